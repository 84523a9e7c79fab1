import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

/// Two organisations; every API route called by every role of org B against org A's rows.
@Suite("Cross-tenant isolation of the API")
struct CrossTenantTests {
    /// Org A's world, as the test built it.
    struct OrgA {
        var adminToken = ""
        var ids: [String: String] = [:]
        var emails: [String] = []
        /// Everything of org A that must never appear in a response to org B.
        var secrets: [String] { Array(ids.values) + emails + ["Org A Ltd"] }
    }

    /// How a route is exercised against org A, and what counts as a safe answer for org B's roles.
    struct Case: Sendable {
        let method: HTTPRequest.Method
        let template: String
        let path: @Sendable ([String: String]) -> String
        let body: [String: String]?
        /// Statuses acceptable for a caller from org B.
        let allowed: Set<Int>
    }

    static let cases: [Case] = [
        Case(method: .get, template: "/me", path: { _ in "/me" }, body: nil, allowed: [200]),
        Case(method: .patch, template: "/me", path: { _ in "/me" }, body: ["name": "Renamed B"], allowed: [200]),
        Case(method: .get, template: "/organization", path: { _ in "/organization" }, body: nil, allowed: [200]),
        Case(method: .get, template: "/members", path: { _ in "/members" }, body: nil, allowed: [200]),
        Case(method: .patch, template: "/members/{member_id}", path: { "/members/\($0["repA1"]!)" }, body: ["role": "admin"], allowed: [403, 404]),
        Case(method: .delete, template: "/members/{member_id}", path: { "/members/\($0["repA1"]!)" }, body: nil, allowed: [403, 404]),
        Case(method: .post, template: "/members/{member_id}/restore", path: { "/members/\($0["repA2"]!)/restore" }, body: nil, allowed: [403, 404]),
        Case(method: .get, template: "/invites", path: { _ in "/invites" }, body: nil, allowed: [200, 403]),
        Case(method: .post, template: "/invites", path: { _ in "/invites" }, body: ["email": "newcomer-b@example.com"], allowed: [201, 403]),
        Case(method: .delete, template: "/invites/{invite_id}", path: { "/invites/\($0["invite"]!)" }, body: nil, allowed: [403, 404]),
        Case(method: .get, template: "/sessions", path: { _ in "/sessions" }, body: nil, allowed: [200]),
        Case(method: .get, template: "/sessions", path: { "/sessions?user_id=\($0["repA1"]!)" }, body: nil, allowed: [200]),
        Case(method: .get, template: "/sessions/{session_id}", path: { "/sessions/\($0["session"]!)" }, body: nil, allowed: [404]),
        // Trends of another org's rep: RLS leaves none of their sessions, so the trend is empty, never theirs.
        Case(method: .get, template: "/sessions/trends", path: { "/sessions/trends?user_id=\($0["repA1"]!)" }, body: nil, allowed: [200]),
        Case(method: .get, template: "/sessions/team", path: { _ in "/sessions/team" }, body: nil, allowed: [200, 403]),
        Case(method: .delete, template: "/sessions/{session_id}", path: { "/sessions/\($0["session"]!)" }, body: nil, allowed: [404]),
        Case(method: .post, template: "/sessions/{session_id}/restore", path: { "/sessions/\($0["deletedSession"]!)/restore" }, body: nil, allowed: [403, 404]),
        Case(method: .get, template: "/personas", path: { _ in "/personas" }, body: nil, allowed: [200]),
        Case(method: .get, template: "/personas/{persona_id}", path: { _ in "/personas/no-such-persona" }, body: nil, allowed: [404]),
        Case(method: .post, template: "/roleplay/conversations", path: { _ in "/roleplay/conversations" },
             body: ["persona_id": "marcus-oyelaran", "scenario_type": "cold_call"], allowed: [201]),
        Case(method: .get, template: "/roleplay/conversations/{conversation_id}", path: { "/roleplay/conversations/\($0["conversation"]!)" }, body: nil, allowed: [404]),
        Case(method: .post, template: "/roleplay/conversations/{conversation_id}/turns", path: { "/roleplay/conversations/\($0["conversation"]!)/turns" },
             body: ["text": "Hello from org B"], allowed: [404]),
        // A plain streaming route beside the document, guarded like the JSON one.
        Case(method: .post, template: "/roleplay/conversations/{conversation_id}/turns/stream",
             path: { "/roleplay/conversations/\($0["conversation"]!)/turns/stream" }, body: ["text": "Hello from org B"], allowed: [404]),
        Case(method: .post, template: "/roleplay/conversations/{conversation_id}/end", path: { "/roleplay/conversations/\($0["conversation"]!)/end" }, body: nil, allowed: [404]),
        // Sets up a call of the caller's own; no server here has a VAPI key, so it is refused (422) before anything is written.
        Case(method: .post, template: "/voice/web-call", path: { _ in "/voice/web-call" },
             body: ["persona_id": "marcus-oyelaran", "scenario_type": "cold_call"], allowed: [201, 422]),
        Case(method: .get, template: "/uploads", path: { _ in "/uploads" }, body: nil, allowed: [200]),
        Case(method: .get, template: "/uploads", path: { "/uploads?user_id=\($0["repA1"]!)" }, body: nil, allowed: [200]),
        // A JSON body is no upload: the route answers 415 before it reads anything.
        Case(method: .post, template: "/uploads", path: { _ in "/uploads" }, body: ["file": "x"], allowed: [415]),
        Case(method: .get, template: "/uploads/{upload_id}", path: { "/uploads/\($0["upload"]!)" }, body: nil, allowed: [404]),
        Case(method: .delete, template: "/uploads/{upload_id}", path: { "/uploads/\($0["upload"]!)" }, body: nil, allowed: [404]),
        Case(method: .post, template: "/uploads/{upload_id}/restore", path: { "/uploads/\($0["deletedUpload"]!)/restore" }, body: nil, allowed: [403, 404]),
        Case(method: .get, template: "/uploads/{upload_id}/recording", path: { "/uploads/\($0["upload"]!)/recording" }, body: nil, allowed: [404]),
        Case(method: .get, template: "/uploads/{upload_id}/events", path: { "/uploads/\($0["upload"]!)/events" }, body: nil, allowed: [404]),
        Case(method: .post, template: "/coach/messages", path: { _ in "/coach/messages" }, body: ["mode": "techniques", "message": "How do I open a cold call?"], allowed: [200]),
        Case(method: .post, template: "/coach/messages", path: { _ in "/coach/messages" }, body: ["thread_id": "THREAD", "message": "And then?"], allowed: [404]),
        Case(method: .get, template: "/coach/threads", path: { _ in "/coach/threads" }, body: nil, allowed: [200]),
        Case(method: .get, template: "/coach/threads/{thread_id}", path: { "/coach/threads/\($0["thread"]!)" }, body: nil, allowed: [404]),
        Case(method: .get, template: "/objections", path: { _ in "/objections?q=too+expensive" }, body: nil, allowed: [200]),
        Case(method: .get, template: "/curriculum/modules", path: { _ in "/curriculum/modules" }, body: nil, allowed: [200]),
        Case(method: .get, template: "/curriculum/modules/{module_id}", path: { _ in "/curriculum/modules/1" }, body: nil, allowed: [200]),
        // Acts on the caller's own progress only; a body that is no answer map is refused before anything is read.
        Case(method: .post, template: "/curriculum/modules/{module_id}/quiz", path: { _ in "/curriculum/modules/1/quiz" }, body: ["answers": "all of them"], allowed: [400]),
        Case(method: .delete, template: "/curriculum/modules/{module_id}/progress", path: { _ in "/curriculum/modules/1/progress" }, body: nil, allowed: [404]),
        Case(method: .get, template: "/curriculum/recommendation", path: { _ in "/curriculum/recommendation" }, body: nil, allowed: [200]),
        Case(method: .get, template: "/curriculum/team", path: { _ in "/curriculum/team" }, body: nil, allowed: [200, 403]),
        Case(method: .get, template: "/curriculum/progress", path: { _ in "/curriculum/progress" }, body: nil, allowed: [200]),
        Case(method: .get, template: "/rubric", path: { _ in "/rubric" }, body: nil, allowed: [200]),
        Case(method: .get, template: "/audit", path: { _ in "/audit" }, body: nil, allowed: [200, 403]),
        Case(method: .get, template: "/audit", path: { "/audit?user_id=\($0["adminA"]!)" }, body: nil, allowed: [200, 403]),
    ]

    /// Routes that act on no tenant's rows by id: the caller's own credentials are the only key.
    static let notTenantScoped: Set<String> = [
        "POST /auth/signup", "POST /auth/signin", "POST /auth/refresh", "POST /auth/signout", "POST /auth/password",
    ]

    @Test("every route of the OpenAPI document has a cross-tenant case")
    func everyRouteCovered() throws {
        let document = try JSONSerialization.jsonObject(with: try OpenAPIDocumentFile.json()) as? [String: Any]
        let paths = try #require(document?["paths"] as? [String: [String: Any]])
        var routes: Set<String> = []
        for (path, item) in paths {
            for method in item.keys where ["get", "post", "patch", "put", "delete"].contains(method) {
                routes.insert("\(method.uppercased()) \(path)")
            }
        }
        let covered = Set(Self.cases.map { "\($0.method.rawValue) \($0.template)" }).union(Self.notTenantScoped)
        #expect(routes.subtracting(covered).isEmpty, "routes without a cross-tenant case: \(routes.subtracting(covered).sorted())")
    }

    @Test("org B's admin and rep get 403/404 or their own data on every route, and nothing of org A leaks or changes")
    func isolation() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let orgA = try await Self.buildOrgA(api: api, test: test)
                let before = try await Self.snapshot(of: orgA, test: test)

                // org B: an admin and a rep
                let adminB = try await api.signUp(email: "admin-b@example.com", organization: "Org B Ltd")
                let inviteB = try await api.call(.post, "/invites", token: adminB.accessToken, json: ["email": "rep-b@example.com"])
                let repB = try await api.signUp(email: "rep-b@example.com", invite: inviteB.json["token"] as? String)

                for (role, token) in [("admin B", adminB.accessToken), ("rep B", repB.accessToken)] {
                    for testCase in Self.cases {
                        let path = testCase.path(orgA.ids)
                        // "THREAD" in a body stands for org A's coach thread, which only a body can name.
                        let body = testCase.body?.mapValues { $0 == "THREAD" ? orgA.ids["thread"]! : $0 }
                        let response = try await api.call(testCase.method, path, token: token, json: body)
                        #expect(testCase.allowed.contains(Int(response.status.code)),
                                "\(role) \(testCase.method) \(path) → \(response.status.code): \(response.text)")
                        for secret in orgA.secrets {
                            #expect(!response.text.localizedCaseInsensitiveContains(secret),
                                    "\(role) \(testCase.method) \(path) leaked \(secret)")
                        }
                    }
                }
                #expect(try await Self.snapshot(of: orgA, test: test) == before, "org A's data changed")
            }
        }
    }

    /// Org A: an admin, two reps (one removed), a scored session, a deleted session, a pending invite.
    static func buildOrgA(api: APIClient, test: TestDatabase) async throws -> OrgA {
        var orgA = OrgA()
        let admin = try await api.signUp(email: "admin-a@example.com", organization: "Org A Ltd")
        orgA.adminToken = admin.accessToken
        orgA.ids["adminA"] = admin.user["id"] as? String
        for rep in ["repA1", "repA2"] {
            let email = "\(rep.lowercased())@example.com"
            let invite = try await api.call(.post, "/invites", token: admin.accessToken, json: ["email": email])
            let account = try await api.signUp(email: email, invite: invite.json["token"] as? String)
            orgA.ids[rep] = account.user["id"] as? String
            orgA.emails.append(email)
        }
        orgA.emails.append("admin-a@example.com")
        _ = try await api.call(.delete, "/members/\(orgA.ids["repA2"]!)", token: admin.accessToken)
        let pending = try await api.call(.post, "/invites", token: admin.accessToken, json: ["email": "pending-a@example.com"])
        orgA.ids["invite"] = (pending.json["invite"] as? [String: Any])?["id"] as? String
        orgA.emails.append("pending-a@example.com")

        let repA1 = try #require(UUID(uuidString: orgA.ids["repA1"]!))
        let (session, deleted) = try await test.database.transaction(as: .user(repA1)) { connection in
            var ids: [UUID] = []
            for persona in ["persona-a-kept", "persona-a-deleted"] {
                let rows = try await connection.query(
                    "INSERT INTO public.roleplay_sessions (user_id, persona_id, scenario_type) VALUES (\(repA1), \(persona), 'cold_call') RETURNING id",
                    logger: TestPostgres.logger).collect()
                let id = try rows[0].decode(UUID.self)
                for dimension in ["opener", "pitch", "discovery", "objection_handling", "closing", "communication"] {
                    try await connection.run(
                        "INSERT INTO public.session_scores (session_id, dimension, score, feedback) VALUES (\(id), \(dimension), 7, 'feedback-a')",
                        logger: TestPostgres.logger)
                }
                ids.append(id)
            }
            try await connection.run("DELETE FROM public.roleplay_sessions WHERE id = \(ids[1])", logger: TestPostgres.logger)
            return (ids[0], ids[1])
        }
        orgA.ids["session"] = session.uuidString.lowercased()
        orgA.ids["deletedSession"] = deleted.uuidString.lowercased()
        orgA.emails.append(contentsOf: ["persona-a-kept", "persona-a-deleted", "feedback-a"])

        let repA1Session = try await api.call(.post, "/auth/signin", json: ["email": "repa1@example.com", "password": "correct horse battery"])
        for name in ["org-a-kept-call.wav", "org-a-deleted-call.wav"] {
            let uploaded = try await api.upload(.file(TestAudio.wav(), name: name), token: repA1Session.accessToken)
            try #require(uploaded.status == .created, "\(uploaded.text)")
            orgA.ids[name.contains("deleted") ? "deletedUpload" : "upload"] = uploaded.json["id"] as? String
        }
        _ = try await api.call(.delete, "/uploads/\(orgA.ids["deletedUpload"]!)", token: repA1Session.accessToken)
        let conversation = try await api.call(.post, "/roleplay/conversations", token: repA1Session.accessToken,
                                              json: ["persona_id": "marcus-oyelaran", "scenario_type": "cold_call"])
        orgA.ids["conversation"] = conversation.json["id"] as? String
        _ = try await api.call(.post, "/roleplay/conversations/\(orgA.ids["conversation"]!)/turns", token: repA1Session.accessToken,
                               json: ["text": "org-a-secret-line about our renewal numbers"])
        orgA.emails.append("org-a-secret-line")
        orgA.emails.append(contentsOf: ["org-a-kept-call", "org-a-deleted-call"])
        // A coach thread: the question is private to its rep, also from admins of another org.
        let asked = try await api.call(.post, "/coach/messages", token: repA1Session.accessToken,
                                       json: ["mode": "free", "message": "org-a-coach-question about gatekeepers"])
        let threadEvent = asked.text.components(separatedBy: "\n\n").first { $0.hasPrefix("event: thread") }
        let threadData = threadEvent?.split(separator: "\n").last.map { String($0.dropFirst("data: ".count)) } ?? "{}"
        orgA.ids["thread"] = (try JSONSerialization.jsonObject(with: Data(threadData.utf8)) as? [String: Any])?["thread_id"] as? String
        try #require(orgA.ids["thread"] != nil, "\(asked.text)")
        orgA.emails.append("org-a-coach-question")
        return orgA
    }

    /// Org A's rows as the owner sees them, to prove nothing changed.
    static func snapshot(of orgA: OrgA, test: TestDatabase) async throws -> [String] {
        let rows = try await test.database.client.query(
            """
            SELECT 'user ' || u.id || u.name || coalesce(u.role, '') FROM public.users u JOIN public.organizations o ON o.id = u.org_id WHERE o.name = 'Org A Ltd'
            UNION ALL SELECT 'session ' || s.id || coalesce(s.deleted_at::text, 'live') FROM public.roleplay_sessions s WHERE s.persona_id LIKE 'persona-a-%'
            UNION ALL SELECT 'score ' || count(*) FROM public.session_scores sc JOIN public.roleplay_sessions s ON s.id = sc.session_id WHERE s.persona_id LIKE 'persona-a-%' AND sc.deleted_at IS NULL
            UNION ALL SELECT 'invite ' || i.email || coalesce(i.revoked_at::text, '') || coalesce(i.accepted_at::text, '') FROM app.invites i JOIN public.organizations o ON o.id = i.org_id WHERE o.name = 'Org A Ltd'
            UNION ALL SELECT 'upload ' || c.id || coalesce(c.deleted_at::text, 'live') || c.file_path FROM public.call_uploads c WHERE c.original_filename LIKE 'org-a-%'
            UNION ALL SELECT 'object ' || o.name FROM storage.objects o WHERE o.name LIKE '%org-a-%'
            UNION ALL SELECT 'conversation ' || c.id || c.turns::text || coalesce(c.session_id::text, '') FROM app.roleplay_conversations c
              JOIN public.users u ON u.id = c.user_id JOIN public.organizations o ON o.id = u.org_id WHERE o.name = 'Org A Ltd'
            UNION ALL SELECT 'removal ' || r.id FROM app.member_removals r JOIN public.organizations o ON o.id = r.org_id WHERE o.name = 'Org A Ltd'
            ORDER BY 1
            """
        ).collect()
        return try rows.map { try $0.decode(String.self) }
    }
}
