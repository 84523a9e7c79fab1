import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

/// What the seed (/work/shared/seed/database.md) says about one table, plus the design's closures of its
/// holes (grants, extra DELETE policies for soft delete), checked against the live catalog and by trying
/// values the constraints must refuse.
struct TableSpec: Sendable {
    struct ColumnSpec: Sendable {
        let name: String
        let type: String
        let nullable: Bool
        /// The default the seed implies (`now()`, `gen_random_uuid()`, `'user'::text`); nil: not stated.
        let defaultValue: String?
    }

    /// A CHECK the seed enumerates: the constraint must list exactly `allowed`, accept each, refuse `rejected`.
    struct CheckSpec: Sendable {
        let column: String
        /// For enumerations: exactly these literals; for ranges: the bounds' text in the definition.
        let allowed: [String]
        let isRange: Bool
        let rejected: [String]
        /// An INSERT of one row with the value (as text, cast in the SQL) in `column`.
        let insert: @Sendable (String) -> PostgresQuery
    }

    let name: String
    let columns: [ColumnSpec]
    let primaryKey: [String]
    let foreignKeys: Set<Catalog.ForeignKey>
    let checks: [CheckSpec]
    let uniques: Set<[String]>
    let policies: Set<Catalog.Policy>
    /// Table privileges per API role (RLS decides the rows; a command without policy has no privilege).
    let privileges: [String: Set<String>]
    /// The seed's indexes on this table, by name.
    let indexes: [String]

    var qualified: String { "public.\(name)" }
}

fileprivate func column(_ name: String, _ type: String, null nullable: Bool, default defaultValue: String? = nil) -> TableSpec.ColumnSpec {
    TableSpec.ColumnSpec(name: name, type: type, nullable: nullable, defaultValue: defaultValue)
}

fileprivate func policy(_ name: String, _ command: String, to roles: String = "authenticated", permissive: Bool = true) -> Catalog.Policy {
    Catalog.Policy(name: name, command: command, roles: [roles], permissive: permissive)
}

fileprivate func references(_ columns: [String], _ target: String, onDelete: String) -> Catalog.ForeignKey {
    Catalog.ForeignKey(columns: columns, references: target, onDelete: onDelete)
}

fileprivate let now = "now()"
fileprivate let uuidDefault = "gen_random_uuid()"
fileprivate let timestamptz = "timestamp with time zone"
fileprivate let readOnly: [String: Set<String>] = ["anon": [], "authenticated": ["SELECT"], "service_role": ["SELECT", "INSERT", "UPDATE", "DELETE"]]
fileprivate let fullService: Set<String> = ["SELECT", "INSERT", "UPDATE", "DELETE"]
extension SharedTenantSuites {
    @Suite("Database contract: tables")
    struct TableContractTests {
        /// Compares every item of `spec` with the live catalog, then proves each CHECK by behaviour.
        static func verify(_ spec: TableSpec) async throws {
            let database = try SharedTenantDatabase.database()
            try await database.ownerConnection { c in
                // columns: names, types (vector(1536), text[], jsonb, inet …), nullability, defaults
                let live = try await Catalog.columns(spec.qualified, on: c)
                #expect(Set(live.keys) == Set(spec.columns.map(\.name)), "columns of \(spec.name)")
                for expected in spec.columns {
                    guard let actual = live[expected.name] else { continue }
                    #expect(actual.type == expected.type, "\(spec.name).\(expected.name) type")
                    #expect(actual.nullable == expected.nullable, "\(spec.name).\(expected.name) nullability")
                    if let defaultValue = expected.defaultValue {
                        #expect(actual.defaultValue == defaultValue, "\(spec.name).\(expected.name) default")
                    }
                }
                // information_schema agrees on the same columns
                let info = try await Catalog.informationSchemaColumns("public", spec.name, on: c)
                #expect(Set(info.keys) == Set(spec.columns.map(\.name)))
                for expected in spec.columns {
                    #expect(info[expected.name]?.hasSuffix(expected.nullable ? " YES" : " NO") == true, "\(spec.name).\(expected.name) is_nullable")
                }

                #expect(try await Catalog.primaryKey(spec.qualified, on: c) == spec.primaryKey, "primary key of \(spec.name)")
                #expect(try await Catalog.foreignKeys(spec.qualified, on: c) == spec.foreignKeys, "foreign keys of \(spec.name)")
                #expect(try await Catalog.uniques(spec.qualified, on: c) == spec.uniques, "unique constraints of \(spec.name)")

                // CHECK constraints: the catalog lists exactly the seed's set
                for check in spec.checks {
                    let definitions = try await Catalog.checks(spec.qualified, column: check.column, on: c)
                    #expect(definitions.count == 1, "one CHECK on \(spec.name).\(check.column): \(definitions)")
                    if check.isRange {
                        for bound in check.allowed {
                            #expect(definitions.first?.contains(bound) == true, "\(spec.name).\(check.column): \(definitions) lacks \(bound)")
                        }
                    } else {
                        #expect(definitions.first.map(Catalog.literals) == check.allowed, "\(spec.name).\(check.column) allows exactly \(check.allowed)")
                    }
                }

                // RLS on, and the policies by the seed's names
                #expect(try await Catalog.rowSecurity(spec.qualified, on: c), "RLS enabled on \(spec.name)")
                let policies = try await Catalog.policies("public", spec.name, on: c)
                #expect(policies == spec.policies, "policies of \(spec.name)")

                for (role, expected) in spec.privileges {
                    #expect(try await Catalog.privileges(spec.qualified, role: role, on: c) == expected, "\(role) privileges on \(spec.name)")
                }

                let indexes = try await Catalog.indexes(spec.qualified, on: c)
                for name in spec.indexes {
                    #expect(indexes[name] != nil, "index \(name) on \(spec.name)")
                }
            }

            // CHECK behaviour: every allowed value is accepted, every rejected one fails with 23514
            for check in spec.checks {
                let values = check.isRange ? check.allowed.map { $0.components(separatedBy: " ").last! } : check.allowed
                for value in values {
                    let state = try await database.rolledBack(as: .service) { c in await failure { try await c.run(check.insert(value)) } }
                    #expect(state == nil, "\(spec.name).\(check.column) = \(value) must be accepted")
                }
                for value in check.rejected {
                    let state = try await database.rolledBack(as: .service) { c in await failure { try await c.run(check.insert(value)) } }
                    #expect(state == "23514", "\(spec.name).\(check.column) = \(value) must be refused by its CHECK")
                }
            }
        }

        static let repA = Tenants.member("repA")

        @Test("organizations: columns, key, plan CHECK, RLS and its policy match the seed")
        func organizations() async throws {
            try await Self.verify(TableSpec(
                name: "organizations",
                columns: [
                    column("id", "uuid", null: false, default: uuidDefault),
                    column("name", "text", null: false),
                    column("plan", "text", null: true),
                    column("created_at", timestamptz, null: true, default: now),
                ],
                primaryKey: ["id"], foreignKeys: [],
                checks: [.init(column: "plan", allowed: ["free", "pro", "enterprise"], isRange: false, rejected: ["gold", "Free"],
                               insert: { "INSERT INTO public.organizations (name, plan) VALUES ('x', \($0))" })],
                uniques: [],
                policies: [policy("Users can view their own organization", "SELECT")],
                privileges: readOnly, indexes: []))
        }

        @Test("users: columns, key, org FK, role CHECK, unique email, RLS and the seed's three policies")
        func users() async throws {
            try await Self.verify(TableSpec(
                name: "users",
                columns: [
                    column("id", "uuid", null: false),
                    column("org_id", "uuid", null: true),
                    column("email", "text", null: false),
                    column("name", "text", null: false),
                    column("role", "text", null: true, default: "'user'::text"),
                    column("created_at", timestamptz, null: true, default: now),
                ],
                primaryKey: ["id"],
                foreignKeys: [references(["org_id"], "public.organizations(id)", onDelete: "NO ACTION")],
                checks: [.init(column: "role", allowed: ["admin", "user"], isRange: false, rejected: ["owner", "superuser"],
                               insert: { "INSERT INTO public.users (id, email, name, role) VALUES (gen_random_uuid(), 'c@x.test', 'c', \($0))" })],
                uniques: [["email"]],
                policies: [
                    policy("Users can view their own data", "SELECT"),
                    // 009: kept by name, made the restrictive tenant fence
                    policy("Admins can view org users", "SELECT", permissive: false),
                    policy("Users can update their own data", "UPDATE"),
                ],
                // authenticated may only UPDATE the name column (a column privilege, not a table one)
                privileges: readOnly, indexes: []))

            // unique email, by behaviour; and the column privilege that stands for "update own data"
            let database = try SharedTenantDatabase.database()
            let duplicate = try await database.rolledBack(as: .service) { c in
                await failure { try await c.run("INSERT INTO public.users (id, email, name) VALUES (gen_random_uuid(), 'rep.a@a.test', 'dup')") }
            }
            #expect(duplicate == "23505")
            let columns = try await database.ownerConnection { c in
                try await c.strings("""
                    SELECT attname::text FROM pg_attribute WHERE attrelid = 'public.users'::regclass AND attnum > 0
                      AND has_column_privilege('authenticated', 'public.users'::regclass, attnum, 'UPDATE') ORDER BY 1
                    """)
            }
            #expect(columns == ["name"])
        }

        @Test("roleplay_sessions: columns, cascade FK, scenario CHECK, RLS, policies and indexes")
        func roleplaySessions() async throws {
            try await Self.verify(TableSpec(
                name: "roleplay_sessions",
                columns: [
                    column("id", "uuid", null: false, default: uuidDefault),
                    column("user_id", "uuid", null: false),
                    column("persona_id", "text", null: false),
                    column("scenario_type", "text", null: false),
                    column("duration_seconds", "integer", null: true),
                    column("vapi_call_id", "text", null: true),
                    column("transcript", "jsonb", null: true),
                    column("created_at", timestamptz, null: true, default: now),
                    column("deleted_at", timestamptz, null: true),
                ],
                primaryKey: ["id"],
                foreignKeys: [references(["user_id"], "public.users(id)", onDelete: "CASCADE")],
                checks: [.init(column: "scenario_type", allowed: ["cold_call", "objection", "closing", "gatekeeper"], isRange: false,
                               rejected: ["demo", "COLD_CALL"],
                               insert: { "INSERT INTO public.roleplay_sessions (user_id, persona_id, scenario_type) VALUES (\(Tenants.repA), 'p', \($0))" })],
                uniques: [],
                policies: [
                    policy("Users can view sessions", "SELECT"),
                    policy("Users can insert their own sessions", "INSERT"),
                    policy("Users can delete their own sessions", "DELETE"),
                ],
                privileges: ["anon": [], "authenticated": ["SELECT", "INSERT", "DELETE"], "service_role": fullService],
                indexes: ["idx_roleplay_sessions_user_id", "idx_roleplay_sessions_created_at", "idx_roleplay_sessions_deleted"]))
        }

        @Test("session_scores: columns, cascade FK, dimension and 1–10 CHECKs, RLS, policies and indexes")
        func sessionScores() async throws {
            let insertDimension: @Sendable (String) -> PostgresQuery = {
                "INSERT INTO public.session_scores (session_id, dimension, score) VALUES (\(Self.repA.session), \($0), 5)"
            }
            let insertScore: @Sendable (String) -> PostgresQuery = {
                "INSERT INTO public.session_scores (session_id, dimension, score) VALUES (\(Self.repA.session), 'pitch', \($0)::int)"
            }
            try await Self.verify(TableSpec(
                name: "session_scores",
                columns: [
                    column("id", "uuid", null: false, default: uuidDefault),
                    column("session_id", "uuid", null: false),
                    column("dimension", "text", null: false),
                    column("score", "integer", null: false),
                    column("feedback", "text", null: true),
                    column("created_at", timestamptz, null: true, default: now),
                    column("deleted_at", timestamptz, null: true),
                ],
                primaryKey: ["id"],
                foreignKeys: [references(["session_id"], "public.roleplay_sessions(id)", onDelete: "CASCADE")],
                checks: [
                    .init(column: "dimension", allowed: ["opener", "pitch", "discovery", "objection_handling", "closing", "communication"],
                          isRange: false, rejected: ["humor", "objection"], insert: insertDimension),
                    .init(column: "score", allowed: [">= 1", "<= 10"], isRange: true, rejected: ["0", "11", "-1"], insert: insertScore),
                ],
                uniques: [],
                policies: [
                    policy("Users can view their session scores", "SELECT"),
                    policy("Users can insert scores for their sessions", "INSERT"),
                    policy("Users can delete their own session scores", "DELETE"),
                ],
                privileges: ["anon": [], "authenticated": ["SELECT", "INSERT", "DELETE"], "service_role": fullService],
                indexes: ["idx_session_scores_session_id", "idx_session_scores_deleted"]))
        }

        @Test("call_uploads: columns, cascade FK, status and overall_score CHECKs, status default, RLS, policies and indexes")
        func callUploads() async throws {
            try await Self.verify(TableSpec(
                name: "call_uploads",
                columns: [
                    column("id", "uuid", null: false, default: uuidDefault),
                    column("user_id", "uuid", null: false),
                    column("file_path", "text", null: false),
                    column("original_filename", "text", null: true),
                    column("status", "text", null: true, default: "'pending'::text"),
                    column("file_size_bytes", "integer", null: true),
                    column("duration_seconds", "integer", null: true),
                    column("transcript", "jsonb", null: true),
                    column("analysis", "jsonb", null: true),
                    column("overall_score", "integer", null: true),
                    column("error_message", "text", null: true),
                    column("created_at", timestamptz, null: true, default: now),
                    column("deleted_at", timestamptz, null: true),
                ],
                primaryKey: ["id"],
                foreignKeys: [references(["user_id"], "public.users(id)", onDelete: "CASCADE")],
                checks: [
                    .init(column: "status", allowed: ["pending", "transcribing", "scoring", "completed", "failed"], isRange: false,
                          rejected: ["done", "queued"],
                          insert: { "INSERT INTO public.call_uploads (user_id, file_path, status) VALUES (\(Tenants.repA), 'f', \($0))" }),
                    .init(column: "overall_score", allowed: [">= 1", "<= 10"], isRange: true, rejected: ["0", "11"],
                          insert: { "INSERT INTO public.call_uploads (user_id, file_path, overall_score) VALUES (\(Tenants.repA), 'f', \($0)::int)" }),
                ],
                uniques: [],
                policies: [
                    policy("Users can view uploads", "SELECT"),
                    policy("Users can insert their own uploads", "INSERT"),
                    policy("Users can update their own uploads", "UPDATE"),
                    policy("Users can delete their own uploads", "DELETE"),
                ],
                privileges: ["anon": [], "authenticated": ["SELECT", "INSERT", "UPDATE", "DELETE"], "service_role": fullService],
                indexes: ["idx_call_uploads_user_id", "idx_call_uploads_status", "idx_call_uploads_user_status", "idx_call_uploads_deleted"]))

            // a new upload starts 'pending'
            let database = try SharedTenantDatabase.database()
            let status = try await database.rolledBack(as: .service) { c in
                try await c.string("INSERT INTO public.call_uploads (user_id, file_path) VALUES (\(Tenants.repA), 'f') RETURNING status")
            }
            #expect(status == "pending")
        }

        @Test("curriculum_modules: columns (text[] topics, jsonb content), integer key, read-only RLS")
        func curriculumModules() async throws {
            try await Self.verify(TableSpec(
                name: "curriculum_modules",
                columns: [
                    column("id", "integer", null: false),
                    column("name", "text", null: false),
                    column("description", "text", null: true),
                    column("order_index", "integer", null: false),
                    column("topics", "text[]", null: true),
                    column("content", "jsonb", null: true),
                    column("created_at", timestamptz, null: true, default: now),
                ],
                primaryKey: ["id"], foreignKeys: [], checks: [], uniques: [],
                policies: [policy("Authenticated users can view curriculum", "SELECT")],
                privileges: readOnly, indexes: []))
        }

        @Test("curriculum_progress: columns, FKs, score CHECK, unique (user_id, module_id), RLS, policies and indexes")
        func curriculumProgress() async throws {
            try await Self.verify(TableSpec(
                name: "curriculum_progress",
                columns: [
                    column("id", "uuid", null: false, default: uuidDefault),
                    column("user_id", "uuid", null: false),
                    column("module_id", "integer", null: false),
                    column("completed", "boolean", null: true),
                    column("score", "integer", null: true),
                    column("completed_at", timestamptz, null: true),
                    column("deleted_at", timestamptz, null: true),
                ],
                primaryKey: ["id"],
                foreignKeys: [
                    references(["user_id"], "public.users(id)", onDelete: "CASCADE"),
                    references(["module_id"], "public.curriculum_modules(id)", onDelete: "NO ACTION"),
                ],
                checks: [.init(column: "score", allowed: [">= 1", "<= 10"], isRange: true, rejected: ["0", "11"],
                               insert: { "INSERT INTO public.curriculum_progress (user_id, module_id, score) VALUES (\(Tenants.repA), 5, \($0)::int)" })],
                uniques: [["user_id", "module_id"]],
                policies: [
                    policy("Users can view their own progress", "SELECT"),
                    policy("Users can insert their own progress", "INSERT"),
                    policy("Users can update their own progress", "UPDATE"),
                    policy("Users can delete their own progress", "DELETE"),
                ],
                privileges: ["anon": [], "authenticated": ["SELECT", "INSERT", "UPDATE", "DELETE"], "service_role": fullService],
                indexes: ["idx_curriculum_progress_user_id", "idx_curriculum_progress_deleted"]))

            // one record per user per module, also when the first one is soft-deleted; module ids must exist
            let database = try SharedTenantDatabase.database()
            for (statement, state) in [
                ("INSERT INTO public.curriculum_progress (user_id, module_id) VALUES (\(Tenants.repA), 1)" as PostgresQuery, "23505"),
                ("INSERT INTO public.curriculum_progress (user_id, module_id) VALUES (\(Tenants.repA), 2)", "23505"),
                ("INSERT INTO public.curriculum_progress (user_id, module_id) VALUES (\(Tenants.repA), 99)", "23503"),
            ] {
                let observed = try await database.rolledBack(as: .service) { c in await failure { try await c.run(statement) } }
                #expect(observed == state, "\(statement.sql)")
            }
        }

        @Test("knowledge_base: columns incl. vector(1536), source CHECK, RLS with the seed's two policies, indexes")
        func knowledgeBase() async throws {
            try await Self.verify(TableSpec(
                name: "knowledge_base",
                columns: [
                    column("id", "uuid", null: false, default: uuidDefault),
                    column("source", "text", null: false),
                    column("source_file", "text", null: false),
                    column("section_title", "text", null: false),
                    column("content", "text", null: false),
                    column("topics", "text[]", null: true),
                    column("metadata", "jsonb", null: true),
                    column("embedding", "vector(1536)", null: true),
                    column("created_at", timestamptz, null: true, default: now),
                    column("updated_at", timestamptz, null: true, default: now),
                ],
                primaryKey: ["id"], foreignKeys: [],
                checks: [.init(column: "source", allowed: ["wiki", "persona", "rubric", "curriculum"], isRange: false, rejected: ["blog", "Wiki"],
                               insert: { "INSERT INTO public.knowledge_base (source, source_file, section_title, content) VALUES (\($0), 'f', 's', 'c')" })],
                uniques: [],
                policies: [
                    policy("Authenticated users can view knowledge", "SELECT"),
                    policy("Service role can manage knowledge", "ALL", to: "service_role"),
                ],
                privileges: readOnly,
                indexes: ["idx_knowledge_base_source", "idx_knowledge_base_source_file", "idx_knowledge_base_topics", "idx_knowledge_base_created_at"]))

            // an embedding of another size is refused
            let database = try SharedTenantDatabase.database()
            let state = try await database.rolledBack(as: .service) { c in
                await failure {
                    try await c.run("INSERT INTO public.knowledge_base (source, source_file, section_title, content, embedding) VALUES ('wiki', 'f', 's', 'c', \(vectorLiteral([1], dimensions: 3))::vector)")
                }
            }
            #expect(state == "22000", "a 3-dimension vector must not fit vector(1536)")
        }

        @Test("objection_library: columns incl. vector(1536), category CHECK, RLS and its policy, indexes")
        func objectionLibrary() async throws {
            try await Self.verify(TableSpec(
                name: "objection_library",
                columns: [
                    column("id", "uuid", null: false, default: uuidDefault),
                    column("category", "text", null: false),
                    column("objection_text", "text", null: false),
                    column("response_template", "text", null: false),
                    column("psychology_principle", "text", null: true),
                    column("embedding", "vector(1536)", null: true),
                    column("created_at", timestamptz, null: true, default: now),
                ],
                primaryKey: ["id"], foreignKeys: [],
                checks: [.init(column: "category", allowed: ["pricing", "status_quo", "brush_off", "timing", "authority"], isRange: false,
                               rejected: ["budget", "price"],
                               insert: { "INSERT INTO public.objection_library (category, objection_text, response_template) VALUES (\($0), 'a', 'b')" })],
                uniques: [],
                policies: [policy("Authenticated users can view objections", "SELECT")],
                privileges: readOnly,
                indexes: ["idx_objection_library_category"]))
        }

        @Test("audit_log: columns incl. inet, user FK (SET NULL), operation CHECK, RLS and the seed's two policies, indexes")
        func auditLog() async throws {
            try await Self.verify(TableSpec(
                name: "audit_log",
                columns: [
                    column("id", "uuid", null: false, default: uuidDefault),
                    column("table_name", "text", null: false),
                    column("record_id", "uuid", null: true),
                    column("operation", "text", null: false),
                    column("user_id", "uuid", null: true),
                    column("old_data", "jsonb", null: true),
                    column("new_data", "jsonb", null: true),
                    column("ip_address", "inet", null: true),
                    column("user_agent", "text", null: true),
                    column("created_at", timestamptz, null: true, default: now),
                ],
                primaryKey: ["id"],
                foreignKeys: [references(["user_id"], "public.users(id)", onDelete: "SET NULL")],
                checks: [.init(column: "operation", allowed: ["INSERT", "UPDATE", "DELETE"], isRange: false, rejected: ["TRUNCATE", "insert"],
                               insert: { "INSERT INTO public.audit_log (table_name, operation) VALUES ('users', \($0))" })],
                uniques: [],
                policies: [
                    policy("Admins can view audit logs", "SELECT"),
                    // the seed's "INSERT for all (via triggers)", closed to service_role (design: never inserted by a user)
                    policy("Service role can insert audit logs", "INSERT", to: "service_role"),
                ],
                privileges: ["anon": [], "authenticated": ["SELECT"], "service_role": ["SELECT", "INSERT", "DELETE"]],
                indexes: ["idx_audit_log_user", "idx_audit_log_table", "idx_audit_log_created", "idx_audit_log_record"]))
        }

        @Test("session_events: columns (jsonb data NOT NULL), no FK to sessions, idempotency key, RLS")
        func sessionEvents() async throws {
            try await Self.verify(TableSpec(
                name: "session_events",
                columns: [
                    column("id", "uuid", null: false, default: uuidDefault),
                    column("session_id", "uuid", null: false),
                    column("event_type", "text", null: false),
                    column("data", "jsonb", null: false),
                    column("created_at", timestamptz, null: true, default: now),
                    // an addition to the seed (001): the webhook's idempotency key
                    column("event_key", "text", null: true),
                ],
                primaryKey: ["id"], foreignKeys: [], checks: [],
                uniques: [["session_id", "event_key"]],
                policies: [policy("Users can view their session events", "SELECT")],
                privileges: readOnly, indexes: []))

            // a replayed event is recognised; events without key never conflict; an event may precede its session
            let database = try SharedTenantDatabase.database()
            let inserted = try await database.rolledBack(as: .service) { c in
                try await c.strings("""
                    WITH a AS (INSERT INTO public.session_events (session_id, event_type, data, event_key)
                               VALUES (\(Self.repA.session), 'status-update', '{}', 'k1') ON CONFLICT (session_id, event_key) DO NOTHING RETURNING 1),
                         b AS (INSERT INTO public.session_events (session_id, event_type, data)
                               VALUES (\(Self.repA.session), 'x', '{}'), (\(Self.repA.session), 'x', '{}') RETURNING 1),
                         d AS (INSERT INTO public.session_events (session_id, event_type, data)
                               VALUES (gen_random_uuid(), 'assistant-request', '{}') RETURNING 1)
                    SELECT (SELECT count(*) FROM a) || ',' || (SELECT count(*) FROM b) || ',' || (SELECT count(*) FROM d)
                    """)
            }
            #expect(inserted == ["0,2,1"])
        }
    }
}
