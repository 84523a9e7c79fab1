import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

/// Who a case acts as: the six columns of the RLS matrix.
enum Caller: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case anon, repA, repB, adminA, adminB, service

    var testDescription: String { rawValue }

    /// The signed-in user behind the caller, if any.
    var userID: UUID? {
        switch self {
        case .anon, .service: nil
        case .repA: Tenants.repA
        case .repB: Tenants.repB
        case .adminA: Tenants.adminA
        case .adminB: Tenants.adminB
        }
    }

    var identity: DatabaseIdentity {
        switch self {
        case .anon: .anon
        case .service: .service
        default: .user(userID!, email: nil, clientIP: "203.0.113.10", userAgent: "contract-tests")
        }
    }

    /// "Own" rows for callers without a user of their own (service work acts on rep A's behalf).
    var ownOrRepA: UUID { userID ?? Tenants.repA }

    /// Another user than the caller, in org A: rep B for rep A and for callers without a user, rep A otherwise.
    var someoneElse: UUID { self == .repA || userID == nil ? Tenants.repB : Tenants.repA }
}

/// The shared tenant fixture, the same as the SQL author's /tmp/migcheck/fixture.sql:
/// org A {adminA, repA, repB}, org B {adminB}, an org-less `loner`. Each of the four org users has one
/// session, one score, one upload, progress on module 1, one session event and one storage object. Rep A
/// also has soft-deleted history (session "repA-old" with its score and event, an upload, progress on
/// module 2) that only service_role may see. Modules 1–12, one knowledge chunk, one objection.
///
/// Users are created the way the server signs people up: a row in auth.users whose metadata carries
/// name / org_id / role, from which `handle_new_user` makes the public.users row.
enum Tenants {
    static func uuid(_ prefix: String, _ suffix: String) -> UUID {
        UUID(uuidString: "\(prefix)-0000-0000-0000-0000000000\(suffix)")!
    }

    static let orgA = UUID(uuidString: "aaaaaaaa-0000-0000-0000-000000000000")!
    static let orgB = UUID(uuidString: "bbbbbbbb-0000-0000-0000-000000000000")!
    static let adminA = uuid("aaaaaaaa", "0a")
    static let repA = uuid("aaaaaaaa", "01")
    static let repB = uuid("aaaaaaaa", "02")
    static let adminB = uuid("bbbbbbbb", "0a")
    static let loner = uuid("cccccccc", "01")

    /// One member of an org with their per-table rows; `suffix` makes the row ids readable.
    struct Member: Sendable {
        let label: String
        let user: UUID
        let suffix: String
        var session: UUID { Tenants.uuid("5e551011", suffix) }
        var score: UUID { Tenants.uuid("5c0e5c0e", suffix) }
        var upload: UUID { Tenants.uuid("0b10ad00", suffix) }
        var progress: UUID { Tenants.uuid("9e0c9e0c", suffix) }
        var event: UUID { Tenants.uuid("e0e0e0e0", suffix) }
        var object: UUID { Tenants.uuid("0b1ec700", suffix) }
        var folder: String { user.uuidString.lowercased() }
    }

    static let members: [Member] = [
        Member(label: "adminA", user: adminA, suffix: "0a"),
        Member(label: "repA", user: repA, suffix: "01"),
        Member(label: "repB", user: repB, suffix: "02"),
        Member(label: "adminB", user: adminB, suffix: "0b"),
    ]
    static func member(_ label: String) -> Member { members.first { $0.label == label }! }
    /// Rep A's soft-deleted history.
    static let repAOld = Member(label: "repA-old", user: repA, suffix: "f1")

    static let knowledge = uuid("0000cb00", "01")
    static let objection = uuid("00000b00", "01")
    /// The knowledge chunk's and the objection's embedding: the first unit vector.
    static let embedding = vectorLiteral([1])

    /// Readable names of every fixture id, for expectations and failure messages.
    static let names: [String: String] = {
        var names: [String: String] = [
            orgA.uuidString.lowercased(): "orgA", orgB.uuidString.lowercased(): "orgB",
            loner.uuidString.lowercased(): "loner",
            knowledge.uuidString.lowercased(): "kb-1", objection.uuidString.lowercased(): "objection-1",
        ]
        for m in members + [repAOld] {
            if m.label != "repA-old" { names[m.user.uuidString.lowercased()] = m.label }
            names[m.session.uuidString.lowercased()] = "sess-\(m.label)"
            names[m.score.uuidString.lowercased()] = "score-\(m.label)"
            names[m.upload.uuidString.lowercased()] = "up-\(m.label)"
            names[m.progress.uuidString.lowercased()] = "prog-\(m.label)"
            names[m.event.uuidString.lowercased()] = "ev-\(m.label)"
            names[m.object.uuidString.lowercased()] = "obj-\(m.label)"
        }
        return names
    }()

    /// `text` with every fixture uuid in it replaced by its name.
    static func name(_ text: String) -> String {
        var result = text
        for (id, name) in names where result.contains(id) {
            result = result.replacingOccurrences(of: id, with: name)
        }
        return result
    }

    /// Builds the fixture as the owner (RLS bypassed, triggers run: handle_new_user, audit).
    static func build(_ database: Database) async throws {
        try await database.ownerConnection { c in
            try await c.run("""
                INSERT INTO public.organizations (id, name, plan)
                VALUES (\(orgA), 'Org A', 'pro'), (\(orgB), 'Org B', 'free')
                """)
            // (user id, email, app metadata, user metadata): rep B's org comes from user metadata only, and
            // rep B states no role (handle_new_user defaults it); the loner has no org.
            let signUps: [(UUID, String, String?, String)] = [
                (adminA, "admin.a@a.test", #"{"org_id":"\#(orgA.uuidString.lowercased())","role":"admin"}"#, #"{"name":"adminA"}"#),
                (repA, "rep.a@a.test", #"{"org_id":"\#(orgA.uuidString.lowercased())","role":"user"}"#, #"{"name":"repA"}"#),
                (repB, "rep.b@a.test", nil, #"{"name":"repB","org_id":"\#(orgA.uuidString.lowercased())"}"#),
                (adminB, "admin.b@b.test", #"{"org_id":"\#(orgB.uuidString.lowercased())","role":"admin"}"#, #"{"name":"adminB"}"#),
                (loner, "loner@c.test", nil, #"{"name":"loner"}"#),
            ]
            for (id, email, app, meta) in signUps {
                try await c.run("""
                    INSERT INTO auth.users (id, email, raw_app_meta_data, raw_user_meta_data)
                    VALUES (\(id), \(email), \(app)::jsonb, \(meta)::jsonb)
                    """)
            }
            for m in members + [repAOld] {
                let deleted = m.label == "repA-old"
                try await c.run("""
                    INSERT INTO public.roleplay_sessions (id, user_id, persona_id, scenario_type, deleted_at)
                    VALUES (\(m.session), \(m.user), \("persona-" + m.label), 'cold_call', CASE WHEN \(deleted) THEN now() END)
                    """)
                // The old session's score is itself live: it is hidden through its deleted session.
                try await c.run("""
                    INSERT INTO public.session_scores (id, session_id, dimension, score, feedback)
                    VALUES (\(m.score), \(m.session), 'opener', 7, \("score-" + m.label))
                    """)
                try await c.run("""
                    INSERT INTO public.call_uploads (id, user_id, file_path, original_filename, deleted_at)
                    VALUES (\(m.upload), \(m.user), \(m.folder + "/1_x.mp3"), \("up-" + m.label), CASE WHEN \(deleted) THEN now() END)
                    """)
                try await c.run("""
                    INSERT INTO public.session_events (id, session_id, event_type, data, event_key)
                    VALUES (\(m.event), \(m.session), 'status-update', jsonb_build_object('label', \("ev-" + m.label)::text), 'k1')
                    """)
            }
            try await c.run("""
                INSERT INTO public.curriculum_modules (id, name, order_index)
                SELECT g, 'Module ' || g, g FROM generate_series(1, 12) g
                """)
            for m in members + [repAOld] {
                let deleted = m.label == "repA-old"
                try await c.run("""
                    INSERT INTO public.curriculum_progress (id, user_id, module_id, completed, score, deleted_at)
                    VALUES (\(m.progress), \(m.user), CASE WHEN \(deleted) THEN 2 ELSE 1 END, true, 5, CASE WHEN \(deleted) THEN now() END)
                    """)
                if !deleted {
                    try await c.run("""
                        INSERT INTO storage.objects (id, bucket_id, name, metadata)
                        VALUES (\(m.object), 'call-recordings', \(m.folder + "/1_x.mp3"), '{"size": 1000, "mimetype": "audio/mpeg"}')
                        """)
                }
            }
            try await c.run("""
                INSERT INTO public.knowledge_base (id, source, source_file, section_title, content, embedding)
                VALUES (\(knowledge), 'wiki', 'wiki/a.md', 'A', 'kb-1', \(embedding)::vector)
                """)
            try await c.run("""
                INSERT INTO public.objection_library (id, category, objection_text, response_template, embedding)
                VALUES (\(objection), 'pricing', 'too expensive', 'ask about value', \(embedding)::vector)
                """)
        }
    }
}

/// A fresh database cloned from the migrated template, with the tenant fixture in it.
func withTenantDatabase<Result: Sendable>(_ body: (TestDatabase) async throws -> Result) async throws -> Result {
    try await withTestDatabase { test in
        try await Tenants.build(test.database)
        return try await body(test)
    }
}

/// The tenant database a suite shares: created once when the suite starts, dropped when it ends. Test cases
/// run in transactions that are rolled back (`Database.rolledBack(as:)`), so they cannot affect each other,
/// and hundreds of cases cost one template clone instead of one each (concurrent clones are slow).
enum SharedTenantDatabase {
    @TaskLocal static var current: TestDatabase?

    /// The suite's database; fails the test when the suite lacks the `.tenantDatabase` trait.
    static func database() throws -> Database {
        try #require(current, "the suite needs the .tenantDatabase trait").database
    }
}

struct TenantDatabaseTrait: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        try await withTenantDatabase { database in
            try await SharedTenantDatabase.$current.withValue(database) {
                try await function()
            }
        }
    }
}

extension Trait where Self == TenantDatabaseTrait {
    /// One fresh database with the tenant fixture for the whole suite.
    static var tenantDatabase: Self { TenantDatabaseTrait() }
}

/// The suites that share one tenant database (declared in extensions of this type, one file each): one
/// template clone for all of them. Suites whose transactions take heavy locks (REINDEX) keep their own.
@Suite("Database contract, security and functions", .tenantDatabase)
struct SharedTenantSuites {}
