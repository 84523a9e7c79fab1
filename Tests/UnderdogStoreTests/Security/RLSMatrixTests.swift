import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

/// What a statement did, as the RLS matrix (/tmp/briefs/rls-matrix.md) states it.
enum Outcome: Sendable, Equatable, CustomStringConvertible {
    /// A read succeeded and returned exactly these rows (fixture names, sorted).
    case rows([String])
    /// A write succeeded and changed this many rows.
    case applied(Int)
    /// A write succeeded and changed nothing (RLS hid the target).
    case noRows
    /// A DELETE succeeded, and the row is still there with deleted_at set.
    case softDeleted
    /// 42501 "permission denied": no privilege for the command (or column).
    case permissionDenied
    /// 42501 "new row violates row-level security policy": a WITH CHECK refused the row.
    case rlsViolation
    /// 23514 check_violation.
    case checkViolation
    /// 23503 foreign_key_violation.
    case foreignKeyViolation
    case otherError(String)

    var description: String {
        switch self {
        case .rows(let rows): "rows \(rows)"
        case .applied(let n): "applied(\(n))"
        case .noRows: "no rows"
        case .softDeleted: "soft-deleted"
        case .permissionDenied: "42501 permission denied"
        case .rlsViolation: "42501 RLS violation"
        case .checkViolation: "23514"
        case .foreignKeyViolation: "23503"
        case .otherError(let text): "error \(text)"
        }
    }

    static func classify(_ error: any Error) -> Outcome {
        let state = sqlState(of: error)
        let message = serverMessage(of: error)
        switch state {
        case "42501" where message.contains("row-level security"): return .rlsViolation
        case "42501": return .permissionDenied
        case "23514": return .checkViolation
        case "23503": return .foreignKeyViolation
        default: return .otherError("\(state ?? "-"): \(message)")
        }
    }
}

/// The data of one statement of one case: the caller and a fresh id for rows it creates.
struct CaseContext: Sendable {
    let caller: Caller
    let newID: UUID
}

/// One row of the matrix: a statement and, per caller, what it must do.
struct MatrixOperation: Sendable {
    enum Kind: Sendable { case read, write }
    let name: String
    let kind: Kind
    /// The statement, run as the caller.
    let act: @Sendable (CaseContext) -> PostgresQuery
    /// Writes: run as the owner after the act, in the same transaction: (rows changed, rows soft-deleted).
    let effect: (@Sendable (CaseContext) -> PostgresQuery)?
    let expected: [Caller: Outcome]
}

struct MatrixCase: Sendable, CustomTestStringConvertible {
    let operation: MatrixOperation
    let caller: Caller
    let expected: Outcome
    var testDescription: String { "\(operation.name) as \(caller) → \(expected)" }
}
extension SharedTenantSuites {
    @Suite("RLS matrix")
    struct RLSMatrixTests {
        // MARK: the matrix

        // Columns in the matrix file's order: anon, repA, repB, adminA, adminB, service. nil = not applicable.
        static func columns(
            _ anon: Outcome?, _ repA: Outcome?, _ repB: Outcome?, _ adminA: Outcome?, _ adminB: Outcome?, _ service: Outcome?
        ) -> [Caller: Outcome] {
            var result: [Caller: Outcome] = [:]
            for (caller, outcome) in zip(Caller.allCases, [anon, repA, repB, adminA, adminB, service]) {
                if let outcome { result[caller] = outcome }
            }
            return result
        }

        static let P = Outcome.permissionDenied
        static let R = Outcome.rlsViolation
        static let C = Outcome.checkViolation
        static let ok = Outcome.applied(1)
        static let zero = Outcome.noRows
        static let soft = Outcome.softDeleted

        static func read(_ name: String, _ sql: @escaping @Sendable (CaseContext) -> PostgresQuery, _ expected: [Caller: Outcome]) -> MatrixOperation {
            MatrixOperation(name: name, kind: .read, act: sql, effect: nil, expected: expected)
        }

        static func write(
            _ name: String, _ sql: @escaping @Sendable (CaseContext) -> PostgresQuery,
            effect: @escaping @Sendable (CaseContext) -> PostgresQuery, _ expected: [Caller: Outcome]
        ) -> MatrixOperation {
            MatrixOperation(name: name, kind: .write, act: sql, effect: effect, expected: expected)
        }

        /// Effect of an INSERT: is the new row there?
        static func inserted(_ table: String) -> @Sendable (CaseContext) -> PostgresQuery {
            { c in "SELECT count(*), 0::bigint FROM \(unescaped: table) WHERE id = \(c.newID)" }
        }

        /// Effect of a DELETE of one row: gone (1, 0), marked (0, 1), untouched (0, 0).
        static func deleted(_ table: String, _ id: UUID, soft: Bool = false) -> @Sendable (CaseContext) -> PostgresQuery {
            let marked = soft ? "count(*) FILTER (WHERE deleted_at IS NOT NULL)" : "0::bigint"
            return { _ in "SELECT 1 - count(*), \(unescaped: marked) FROM \(unescaped: table) WHERE id = \(id)" }
        }

        /// Effect of an UPDATE: how many rows now match `condition`.
        static func matching(_ table: String, _ condition: String) -> @Sendable (CaseContext) -> PostgresQuery {
            { _ in "SELECT count(*), 0::bigint FROM \(unescaped: table) WHERE \(unescaped: condition)" }
        }

        static let repA = Tenants.member("repA")
        static let adminB = Tenants.member("adminB")

        static let orgAAudit = [
            "users:adminA", "users:repA", "users:repB",
            "roleplay_sessions:sess-adminA", "roleplay_sessions:sess-repA", "roleplay_sessions:sess-repB", "roleplay_sessions:sess-repA-old",
            "session_scores:score-adminA", "session_scores:score-repA", "session_scores:score-repB", "session_scores:score-repA-old",
            "call_uploads:up-adminA", "call_uploads:up-repA", "call_uploads:up-repB", "call_uploads:up-repA-old",
        ]
        static let orgBAudit = ["users:adminB", "roleplay_sessions:sess-adminB", "session_scores:score-adminB", "call_uploads:up-adminB"]

        /// Per-member rows of a table: own, org A's three, all including rep A's soft-deleted one.
        static func memberRows(_ prefix: String, service extra: [String] = ["repA-old"]) -> [Caller: Outcome] {
            let all = (["adminA", "repA", "repB", "adminB"] + extra).map { "\(prefix)-\($0)" }.sorted()
            return columns(P, .rows(["\(prefix)-repA"]), .rows(["\(prefix)-repB"]),
                           .rows(["\(prefix)-adminA", "\(prefix)-repA", "\(prefix)-repB"]), .rows(["\(prefix)-adminB"]), .rows(all))
        }

        static func everyone(_ rows: [String]) -> [Caller: Outcome] {
            columns(P, .rows(rows), .rows(rows), .rows(rows), .rows(rows), .rows(rows))
        }

        static let readOperations: [MatrixOperation] = [
            read("organizations SELECT", { _ in "SELECT id::text FROM public.organizations" },
                 columns(P, .rows(["orgA"]), .rows(["orgA"]), .rows(["orgA"]), .rows(["orgB"]), .rows(["orgA", "orgB"]))),
            read("users SELECT", { _ in "SELECT id::text FROM public.users" },
                 columns(P, .rows(["repA"]), .rows(["repB"]), .rows(["adminA", "repA", "repB"]), .rows(["adminB"]),
                         .rows(["adminA", "adminB", "loner", "repA", "repB"]))),
            read("roleplay_sessions SELECT", { _ in "SELECT id::text FROM public.roleplay_sessions" }, memberRows("sess")),
            read("session_scores SELECT", { _ in "SELECT id::text FROM public.session_scores" }, memberRows("score")),
            read("session_events SELECT", { _ in "SELECT id::text FROM public.session_events" }, memberRows("ev")),
            read("call_uploads SELECT", { _ in "SELECT id::text FROM public.call_uploads" }, memberRows("up")),
            read("curriculum_progress SELECT", { _ in "SELECT id::text FROM public.curriculum_progress" },
                 columns(P, .rows(["prog-repA"]), .rows(["prog-repB"]), .rows(["prog-adminA"]), .rows(["prog-adminB"]),
                         .rows(["prog-adminA", "prog-adminB", "prog-repA", "prog-repA-old", "prog-repB"]))),
            read("curriculum_modules SELECT", { _ in "SELECT 'module-' || id FROM public.curriculum_modules" },
                 everyone((1...12).map { "module-\($0)" }.sorted())),
            read("knowledge_base SELECT", { _ in "SELECT id::text FROM public.knowledge_base" }, everyone(["kb-1"])),
            read("objection_library SELECT", { _ in "SELECT id::text FROM public.objection_library" }, everyone(["objection-1"])),
            read("audit_log SELECT", { _ in "SELECT table_name || ':' || record_id FROM public.audit_log" },
                 columns(P, .rows([]), .rows([]), .rows(orgAAudit.sorted()), .rows(orgBAudit.sorted()),
                         .rows((orgAAudit + orgBAudit + ["users:loner"]).sorted()))),
            // Objects are private to their folder's owner: admins see only their own folder too.
            read("storage.objects SELECT", { _ in "SELECT id::text FROM storage.objects" },
                 columns(P, .rows(["obj-repA"]), .rows(["obj-repB"]), .rows(["obj-adminA"]), .rows(["obj-adminB"]),
                         .rows(["obj-adminA", "obj-adminB", "obj-repA", "obj-repB"]))),
            read("storage.buckets SELECT", { _ in "SELECT id FROM storage.buckets" }, columns(P, P, P, P, P, .rows(["call-recordings"]))),
            read("auth.users SELECT", { _ in "SELECT id::text FROM auth.users" },
                 columns(P, P, P, P, P, .rows(["adminA", "adminB", "loner", "repA", "repB"]))),
            read("match_knowledge EXECUTE", { _ in "SELECT id::text FROM public.match_knowledge(\(Tenants.embedding)::vector, 0.5, 5)" },
                 everyone(["kb-1"])),
            read("match_objections EXECUTE", { _ in "SELECT id::text FROM public.match_objections(\(Tenants.embedding)::vector, 0.5, 5)" },
                 everyone(["objection-1"])),
        ]

        static let writeOperations: [MatrixOperation] = [
            // organizations: operator data
            write("organizations INSERT", { c in "INSERT INTO public.organizations (id, name) VALUES (\(c.newID), 'Org X')" },
                  effect: inserted("public.organizations"), columns(P, P, P, P, P, ok)),
            write("organizations UPDATE org A", { _ in "UPDATE public.organizations SET name = 'renamed' WHERE id = \(Tenants.orgA)" },
                  effect: matching("public.organizations", "name = 'renamed'"), columns(P, P, P, P, P, ok)),
            write("organizations DELETE org A (members reference it)", { _ in "DELETE FROM public.organizations WHERE id = \(Tenants.orgA)" },
                  effect: deleted("public.organizations", Tenants.orgA), columns(P, P, P, P, P, .foreignKeyViolation)),
            // users
            write("users INSERT", { c in "INSERT INTO public.users (id, email, name) VALUES (\(c.newID), 'new@x.test', 'new')" },
                  effect: inserted("public.users"), columns(P, P, P, P, P, ok)),
            write("users UPDATE own name", { c in "UPDATE public.users SET name = 'renamed' WHERE id = \(c.caller.ownOrRepA)" },
                  effect: matching("public.users", "name = 'renamed'"), columns(P, ok, ok, ok, ok, ok)),
            write("users UPDATE own role", { c in
                      "UPDATE public.users SET role = CASE role WHEN 'admin' THEN 'user' ELSE 'admin' END WHERE id = \(c.caller.ownOrRepA)" },
                  effect: { c in
                      let before = c.caller == .adminA || c.caller == .adminB ? "admin" : "user"
                      return "SELECT count(*) FILTER (WHERE role IS DISTINCT FROM \(before)), 0::bigint FROM public.users WHERE id = \(c.caller.ownOrRepA)" },
                  columns(P, P, P, P, P, ok)),
            write("users UPDATE own org_id", { c in
                      "UPDATE public.users SET org_id = CASE WHEN org_id = \(Tenants.orgA) THEN \(Tenants.orgB) ELSE \(Tenants.orgA) END WHERE id = \(c.caller.ownOrRepA)" },
                  effect: { c in "SELECT count(*) FILTER (WHERE org_id IS DISTINCT FROM \(c.caller == .adminB ? Tenants.orgB : Tenants.orgA)), 0::bigint FROM public.users WHERE id = \(c.caller.ownOrRepA)" },
                  columns(P, P, P, P, P, ok)),
            write("users UPDATE own email", { c in "UPDATE public.users SET email = 'evil@x.test' WHERE id = \(c.caller.ownOrRepA)" },
                  effect: matching("public.users", "email = 'evil@x.test'"), columns(P, P, P, P, P, ok)),
            write("users UPDATE rep B's name", { _ in "UPDATE public.users SET name = 'renamed' WHERE id = \(Tenants.repB)" },
                  effect: matching("public.users", "name = 'renamed'"), columns(P, zero, ok, zero, zero, ok)),
            write("users DELETE rep B", { _ in "DELETE FROM public.users WHERE id = \(Tenants.repB)" },
                  effect: deleted("public.users", Tenants.repB), columns(P, P, P, P, P, ok)),
            // roleplay_sessions
            write("sessions INSERT own", { c in
                      "INSERT INTO public.roleplay_sessions (id, user_id, persona_id, scenario_type) VALUES (\(c.newID), \(c.caller.ownOrRepA), 'p', 'cold_call')" },
                  effect: inserted("public.roleplay_sessions"), columns(P, ok, ok, ok, ok, ok)),
            write("sessions INSERT with another user's id", { c in
                      "INSERT INTO public.roleplay_sessions (id, user_id, persona_id, scenario_type) VALUES (\(c.newID), \(c.caller.someoneElse), 'p', 'cold_call')" },
                  effect: inserted("public.roleplay_sessions"), columns(P, R, R, R, R, ok)),
            write("sessions UPDATE rep A's", { _ in "UPDATE public.roleplay_sessions SET duration_seconds = 99 WHERE id = \(repA.session)" },
                  effect: matching("public.roleplay_sessions", "duration_seconds = 99"), columns(P, P, P, P, P, ok)),
            write("sessions DELETE rep A's", { _ in "DELETE FROM public.roleplay_sessions WHERE id = \(repA.session)" },
                  effect: deleted("public.roleplay_sessions", repA.session, soft: true), columns(P, soft, zero, soft, zero, soft)),
            // session_scores
            write("scores INSERT on rep A's session", { c in
                      "INSERT INTO public.session_scores (id, session_id, dimension, score) VALUES (\(c.newID), \(repA.session), 'pitch', 5)" },
                  effect: inserted("public.session_scores"), columns(P, ok, R, R, R, ok)),
            write("scores INSERT on admin B's session", { c in
                      "INSERT INTO public.session_scores (id, session_id, dimension, score) VALUES (\(c.newID), \(adminB.session), 'pitch', 5)" },
                  effect: inserted("public.session_scores"), columns(P, R, R, R, ok, ok)),
            write("scores UPDATE rep A's", { _ in "UPDATE public.session_scores SET score = 1 WHERE id = \(repA.score)" },
                  effect: matching("public.session_scores", "score = 1"), columns(P, P, P, P, P, ok)),
            write("scores DELETE rep A's", { _ in "DELETE FROM public.session_scores WHERE id = \(repA.score)" },
                  effect: deleted("public.session_scores", repA.score, soft: true), columns(P, soft, zero, zero, zero, soft)),
            // call_uploads
            write("uploads INSERT own", { c in
                      "INSERT INTO public.call_uploads (id, user_id, file_path) VALUES (\(c.newID), \(c.caller.ownOrRepA), 'f')" },
                  effect: inserted("public.call_uploads"), columns(P, ok, ok, ok, ok, ok)),
            write("uploads INSERT for another user", { c in
                      "INSERT INTO public.call_uploads (id, user_id, file_path) VALUES (\(c.newID), \(c.caller.someoneElse), 'f')" },
                  effect: inserted("public.call_uploads"), columns(P, R, R, R, R, ok)),
            write("uploads UPDATE rep A's status", { _ in "UPDATE public.call_uploads SET status = 'failed' WHERE id = \(repA.upload)" },
                  effect: matching("public.call_uploads", "status = 'failed'"), columns(P, ok, zero, zero, zero, ok)),
            write("uploads UPDATE rep A's user_id to rep B", { _ in "UPDATE public.call_uploads SET user_id = \(Tenants.repB) WHERE id = \(repA.upload)" },
                  effect: { _ in "SELECT count(*), 0::bigint FROM public.call_uploads WHERE id = \(repA.upload) AND user_id = \(Tenants.repB)" },
                  columns(P, R, zero, zero, zero, ok)),
            write("uploads UPDATE rep A's deleted_at", { _ in "UPDATE public.call_uploads SET deleted_at = now() WHERE id = \(repA.upload)" },
                  effect: { _ in "SELECT count(*), 0::bigint FROM public.call_uploads WHERE id = \(repA.upload) AND deleted_at IS NOT NULL" },
                  columns(P, R, zero, zero, zero, ok)),
            write("uploads DELETE rep A's", { _ in "DELETE FROM public.call_uploads WHERE id = \(repA.upload)" },
                  effect: deleted("public.call_uploads", repA.upload, soft: true), columns(P, soft, zero, soft, zero, soft)),
            // curriculum_modules: shared content
            write("modules INSERT", { _ in "INSERT INTO public.curriculum_modules (id, name, order_index) VALUES (13, 'x', 13)" },
                  effect: matching("public.curriculum_modules", "id = 13"), columns(P, P, P, P, P, ok)),
            write("modules UPDATE", { _ in "UPDATE public.curriculum_modules SET name = 'renamed' WHERE id = 1" },
                  effect: matching("public.curriculum_modules", "name = 'renamed'"), columns(P, P, P, P, P, ok)),
            write("modules DELETE", { _ in "DELETE FROM public.curriculum_modules WHERE id = 12" },
                  effect: { _ in "SELECT 1 - count(*), 0::bigint FROM public.curriculum_modules WHERE id = 12" }, columns(P, P, P, P, P, ok)),
            // curriculum_progress
            write("progress INSERT own", { c in
                      "INSERT INTO public.curriculum_progress (id, user_id, module_id) VALUES (\(c.newID), \(c.caller.ownOrRepA), 3)" },
                  effect: inserted("public.curriculum_progress"), columns(P, ok, ok, ok, ok, ok)),
            write("progress INSERT for another user", { c in
                      "INSERT INTO public.curriculum_progress (id, user_id, module_id) VALUES (\(c.newID), \(c.caller.someoneElse), 3)" },
                  effect: inserted("public.curriculum_progress"), columns(P, R, R, R, R, ok)),
            write("progress UPDATE rep A's", { _ in "UPDATE public.curriculum_progress SET score = 9 WHERE id = \(repA.progress)" },
                  effect: matching("public.curriculum_progress", "score = 9"), columns(P, ok, zero, zero, zero, ok)),
            write("progress DELETE rep A's", { _ in "DELETE FROM public.curriculum_progress WHERE id = \(repA.progress)" },
                  effect: deleted("public.curriculum_progress", repA.progress, soft: true), columns(P, soft, zero, zero, zero, soft)),
            // knowledge_base, objection_library, session_events: written by service_role only
            write("knowledge INSERT", { c in
                      "INSERT INTO public.knowledge_base (id, source, source_file, section_title, content) VALUES (\(c.newID), 'wiki', 'f', 's', 'c')" },
                  effect: inserted("public.knowledge_base"), columns(P, P, P, P, P, ok)),
            write("knowledge UPDATE", { _ in "UPDATE public.knowledge_base SET content = 'renamed' WHERE id = \(Tenants.knowledge)" },
                  effect: matching("public.knowledge_base", "content = 'renamed'"), columns(P, P, P, P, P, ok)),
            write("knowledge DELETE", { _ in "DELETE FROM public.knowledge_base WHERE id = \(Tenants.knowledge)" },
                  effect: deleted("public.knowledge_base", Tenants.knowledge), columns(P, P, P, P, P, ok)),
            write("objections INSERT", { c in
                      "INSERT INTO public.objection_library (id, category, objection_text, response_template) VALUES (\(c.newID), 'timing', 'a', 'b')" },
                  effect: inserted("public.objection_library"), columns(P, P, P, P, P, ok)),
            write("objections UPDATE", { _ in "UPDATE public.objection_library SET objection_text = 'renamed' WHERE id = \(Tenants.objection)" },
                  effect: matching("public.objection_library", "objection_text = 'renamed'"), columns(P, P, P, P, P, ok)),
            write("objections DELETE", { _ in "DELETE FROM public.objection_library WHERE id = \(Tenants.objection)" },
                  effect: deleted("public.objection_library", Tenants.objection), columns(P, P, P, P, P, ok)),
            write("session_events INSERT", { c in
                      "INSERT INTO public.session_events (id, session_id, event_type, data) VALUES (\(c.newID), \(repA.session), 't', '{}')" },
                  effect: inserted("public.session_events"), columns(P, P, P, P, P, ok)),
            write("session_events UPDATE", { _ in "UPDATE public.session_events SET event_type = 'renamed' WHERE id = \(repA.event)" },
                  effect: matching("public.session_events", "event_type = 'renamed'"), columns(P, P, P, P, P, ok)),
            write("session_events DELETE", { _ in "DELETE FROM public.session_events WHERE id = \(repA.event)" },
                  effect: deleted("public.session_events", repA.event), columns(P, P, P, P, P, ok)),
            // audit_log: appended by the trigger and service_role, never rewritten
            write("audit INSERT", { c in "INSERT INTO public.audit_log (id, table_name, operation) VALUES (\(c.newID), 'users', 'INSERT')" },
                  effect: inserted("public.audit_log"), columns(P, P, P, P, P, ok)),
            write("audit UPDATE", { _ in "UPDATE public.audit_log SET user_agent = 'forged' WHERE table_name = 'users' AND record_id = \(Tenants.repA)" },
                  effect: matching("public.audit_log", "user_agent = 'forged'"), columns(P, P, P, P, P, P)),
            write("audit DELETE", { _ in "DELETE FROM public.audit_log WHERE table_name = 'users' AND record_id = \(Tenants.repA)" },
                  effect: { _ in "SELECT 1 - count(*), 0::bigint FROM public.audit_log WHERE table_name = 'users' AND record_id = \(Tenants.repA)" },
                  columns(P, P, P, P, P, ok)),
            // storage.objects in the call-recordings bucket
            write("objects INSERT in own folder", { c in object(c, folder: c.caller.ownOrRepA, size: 5, mime: "audio/mpeg") },
                  effect: insertedObject, columns(P, ok, ok, ok, ok, ok)),
            write("objects INSERT in rep A's folder", { c in object(c, folder: Tenants.repA, size: 5, mime: "audio/mpeg") },
                  effect: insertedObject, columns(P, ok, R, R, R, ok)),
            write("objects INSERT at the bucket root", { c in object(c, folder: nil, size: 5, mime: "audio/mpeg") },
                  effect: insertedObject, columns(P, R, R, R, R, ok)),
            write("objects INSERT over 104857600 bytes", { c in object(c, folder: c.caller.ownOrRepA, size: 104_857_601, mime: "audio/mpeg") },
                  effect: insertedObject, columns(P, C, C, C, C, C)),
            write("objects INSERT over the limit in rep A's folder (size checked before RLS)", { c in
                      object(c, folder: Tenants.repA, size: 104_857_601, mime: "audio/mpeg") },
                  effect: insertedObject, columns(P, C, C, C, C, C)),
            write("objects INSERT of a MIME type not in the bucket's list", { c in
                      object(c, folder: c.caller.ownOrRepA, size: 5, mime: "application/x-msdownload") },
                  effect: insertedObject, columns(P, C, C, C, C, C)),
            write("objects INSERT without metadata", { c in
                      "INSERT INTO storage.objects (id, bucket_id, name) VALUES (\(c.newID), 'call-recordings', \(c.caller.ownOrRepA.uuidString.lowercased() + "/n.mp3"))" },
                  effect: insertedObject, columns(P, C, C, C, C, C)),
            write("objects INSERT of exactly 104857600 bytes as 'Audio/MPEG; foo=bar'", { c in
                      object(c, folder: c.caller.ownOrRepA, size: 104_857_600, mime: "Audio/MPEG; foo=bar") },
                  effect: insertedObject, columns(P, ok, ok, ok, ok, ok)),
            write("objects UPDATE rep A's", { _ in
                      #"UPDATE storage.objects SET metadata = '{"size": 1, "mimetype": "audio/wav"}' WHERE id = \#(repA.object)"# },
                  effect: matching("storage.objects", "metadata->>'mimetype' = 'audio/wav'"), columns(P, P, P, P, P, ok)),
            write("objects DELETE rep A's", { _ in "DELETE FROM storage.objects WHERE id = \(repA.object)" },
                  effect: deleted("storage.objects", repA.object), columns(P, ok, zero, zero, zero, ok)),
        ]

        static func object(_ c: CaseContext, folder: UUID?, size: Int, mime: String) -> PostgresQuery {
            let name = (folder.map { $0.uuidString.lowercased() + "/" } ?? "") + c.newID.uuidString.lowercased() + ".mp3"
            let metadata = #"{"size": \#(size), "mimetype": "\#(mime)"}"#
            return "INSERT INTO storage.objects (id, bucket_id, name, metadata) VALUES (\(c.newID), 'call-recordings', \(name), \(metadata)::jsonb)"
        }

        static let insertedObject = inserted("storage.objects")

        static func cases(_ operations: [MatrixOperation]) -> [MatrixCase] {
            operations.flatMap { operation in
                Caller.allCases.compactMap { caller in
                    operation.expected[caller].map { MatrixCase(operation: operation, caller: caller, expected: $0) }
                }
            }
        }

        /// Runs one case in a rolled-back transaction and reports what happened.
        static func observe(_ matrixCase: MatrixCase, on database: Database) async throws -> Outcome {
            let context = CaseContext(caller: matrixCase.caller, newID: UUID())
            let operation = matrixCase.operation
            return try await database.rolledBack(as: matrixCase.caller.identity) { connection in
                do {
                    switch operation.kind {
                    case .read:
                        let rows = try await connection.strings(operation.act(context))
                        return .rows(rows.map(Tenants.name).sorted())
                    case .write:
                        try await connection.run(operation.act(context))
                        try await connection.becomeOwner()
                        let row = try #require(try await connection.query(operation.effect!(context), logger: TestPostgres.logger).collect().first)
                        let (changed, marked) = try row.decode((Int, Int).self)
                        if changed > 0 { return .applied(changed) }
                        return marked > 0 ? .softDeleted : .noRows
                    }
                } catch {
                    return Outcome.classify(error)
                }
            }
        }

        // MARK: tests

        /// Cases where the migrations disagree with the matrix, reported to the SQL author. Each one is expected
        /// to fail; when the migration is fixed the known issue stops occurring and the test says so.
        static let knownDefects: [String: Comment] = [:]

        @Test("SELECT with no WHERE returns exactly the rows the matrix allows", arguments: cases(readOperations))
        func readCase(_ matrixCase: MatrixCase) async throws {
            let database = try SharedTenantDatabase.database()
            let observed = try await Self.observe(matrixCase, on: database)
            if let defect = Self.knownDefects["\(matrixCase.operation.name) as \(matrixCase.caller)"] {
                withKnownIssue(defect) { #expect(observed == matrixCase.expected) }
            } else {
                #expect(observed == matrixCase.expected)
            }
        }

        @Test("INSERT / UPDATE / DELETE are allowed or refused as the matrix says", arguments: cases(writeOperations))
        func writeCase(_ matrixCase: MatrixCase) async throws {
            let database = try SharedTenantDatabase.database()
            let observed = try await Self.observe(matrixCase, on: database)
            #expect(observed == matrixCase.expected)
        }

        @Test("every table of public and storage.objects has a read case for every caller")
        func matrixCoversEveryTable() async throws {
            let database = try SharedTenantDatabase.database()
            let tables = try await database.ownerConnection { c in
                try await c.strings("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'")
            }
            let covered = Set(Self.readOperations.map { String($0.name.split(separator: " ")[0]) })
            for table in tables {
                #expect(covered.contains(table), "no read case for \(table)")
            }
            for operation in Self.readOperations + Self.writeOperations {
                #expect(Set(operation.expected.keys).count == 6, "\(operation.name) lacks a caller")
            }
        }
    }
}
