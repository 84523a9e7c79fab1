import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

@Suite("Organisations: invites, roles, removal and plan limits")
struct OrganizationFlowTests {
    @Test("invite → accept → role change → removal → restore, on a live server")
    func inviteToRemoval() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let admin = try await api.signUp(email: "boss@example.com", organization: "Harbour Sales")

                // invite: the token is shown once; the invite is pending
                let invited = try await api.call(.post, "/invites", token: admin.accessToken, json: ["email": "Rep@Example.com"])
                #expect(invited.status == .created, "\(invited.text)")
                let token = try #require(invited.json["token"] as? String)
                let invite = try #require(invited.json["invite"] as? [String: Any])
                #expect(invite["email"] as? String == "rep@example.com")
                #expect(invite["status"] as? String == "pending")
                #expect(invite["role"] as? String == "user")

                // a different address cannot use it; the invited one can, once
                let stranger = try await api.signUp(email: "stranger@example.com", invite: token)
                #expect(stranger.status == .forbidden)
                let rep = try await api.signUp(email: "rep@example.com", name: "Riley Rep", invite: token)
                #expect(rep.status == .created, "\(rep.text)")
                #expect(rep.user["role"] as? String == "user")
                #expect(rep.user["org_id"] as? String == admin.user["org_id"] as? String)
                let again = try await api.signUp(email: "rep@example.com", invite: token)
                #expect(again.status == .conflict)
                let invites = try await api.call(.get, "/invites", token: admin.accessToken)
                #expect(((invites.json["items"] as? [[String: Any]])?.first)?["status"] as? String == "accepted")

                // the admin sees both members; the rep sees only themselves and may not manage anyone
                let members = try await api.call(.get, "/members", token: admin.accessToken)
                #expect((members.json["items"] as? [Any])?.count == 2)
                let seenByRep = try await api.call(.get, "/members", token: rep.accessToken)
                #expect((seenByRep.json["items"] as? [[String: Any]])?.map { $0["email"] as? String } == ["rep@example.com"])
                let repID = try #require(rep.user["id"] as? String)
                let adminID = try #require(admin.user["id"] as? String)
                #expect(try await api.call(.post, "/invites", token: rep.accessToken, json: ["email": "x@example.com"]).status == .forbidden)
                // RLS hides the admin's row from the rep, so to the rep that member does not exist
                #expect(try await api.call(.patch, "/members/\(adminID)", token: rep.accessToken, json: ["role": "user"]).status == .notFound)

                // role change: promote the rep; the last admin cannot be demoted
                let promoted = try await api.call(.patch, "/members/\(repID)", token: admin.accessToken, json: ["role": "admin"])
                #expect(promoted.status == .ok, "\(promoted.text)")
                #expect(promoted.json["role"] as? String == "admin")
                #expect(try await api.call(.patch, "/members/\(repID)", token: admin.accessToken, json: ["role": "user"]).status == .ok)
                let lastAdmin = try await api.call(.patch, "/members/\(adminID)", token: admin.accessToken, json: ["role": "user"])
                #expect(lastAdmin.status == .conflict)

                // removal is soft: the rep can no longer sign in or refresh, their row stays, restore brings them back
                #expect(try await api.call(.delete, "/members/\(adminID)", token: admin.accessToken).status == .conflict)
                let removed = try await api.call(.delete, "/members/\(repID)", token: admin.accessToken)
                #expect(removed.status == .noContent, "\(removed.text)")
                let signIn = try await api.call(.post, "/auth/signin", json: ["email": "rep@example.com", "password": "correct horse battery"])
                #expect(signIn.status == .forbidden)
                #expect(signIn.errorCode == "member_removed")
                #expect(try await api.call(.post, "/auth/refresh", json: ["refresh_token": rep.refreshToken]).status == .unauthorized)
                let listed = try await api.call(.get, "/members", token: admin.accessToken)
                let repRow = (listed.json["items"] as? [[String: Any]])?.first { $0["id"] as? String == repID }
                #expect(repRow?["removed"] as? Bool == true)
                let restored = try await api.call(.post, "/members/\(repID)/restore", token: admin.accessToken)
                #expect(restored.status == .noContent)
                #expect(try await api.call(.post, "/auth/signin", json: ["email": "rep@example.com", "password": "correct horse battery"]).status == .ok)

                // every step is in the audit trail, with the admin as actor
                let audit = try await api.call(.get, "/audit?table=member_removals", token: admin.accessToken)
                let operations = (audit.json["items"] as? [[String: Any]])?.compactMap { $0["operation"] as? String }
                #expect(operations == ["DELETE", "INSERT"])
                let roleChanges = try await api.call(.get, "/audit?table=users&operation=UPDATE&user_id=\(adminID)", token: admin.accessToken)
                #expect((roleChanges.json["items"] as? [Any])?.count == 2)
            }
        }
    }

    @Test("an expired or revoked invite cannot be used")
    func unusableInvites() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let admin = try await api.signUp(email: "owner@example.com")
                let first = try await api.call(.post, "/invites", token: admin.accessToken, json: ["email": "late@example.com"])
                try await test.database.client.query("UPDATE app.invites SET expires_at = now() - interval '1 minute'")
                let expired = try await api.signUp(email: "late@example.com", invite: first.json["token"] as? String)
                #expect(expired.status == .conflict)
                #expect(expired.errorCode == "invite_expired")

                let second = try await api.call(.post, "/invites", token: admin.accessToken, json: ["email": "gone@example.com"])
                let inviteID = try #require((second.json["invite"] as? [String: Any])?["id"] as? String)
                #expect(try await api.call(.delete, "/invites/\(inviteID)", token: admin.accessToken).status == .noContent)
                let revoked = try await api.signUp(email: "gone@example.com", invite: second.json["token"] as? String)
                #expect(revoked.errorCode == "invite_revoked")
                #expect(try await api.signUp(email: "who@example.com", invite: "made-up-token").status == .notFound)
            }
        }
    }

    @Test("plan limits: members on invite and acceptance, uploads per month and storage, each named in a 402")
    func planLimits() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let admin = try await api.signUp(email: "lead@example.com")
                // free plan: 5 members; the admin is one, so four invites fill it
                for index in 1...4 {
                    let invite = try await api.call(.post, "/invites", token: admin.accessToken, json: ["email": "m\(index)@example.com"])
                    #expect(invite.status == .created)
                }
                let fifth = try await api.call(.post, "/invites", token: admin.accessToken, json: ["email": "m5@example.com"])
                #expect(fifth.status.code == 402)
                #expect(fifth.errorCode == "plan_limit")
                #expect((fifth.json["error"] as? [String: Any])?["message"] as? String == "Plan limit reached: members (5 on the free plan).")

                let organization = try await api.call(.get, "/organization", token: admin.accessToken)
                #expect((organization.json["limits"] as? [String: Any])?["uploads_per_month"] as? Int == 20)

                // storage and uploads per month are enforced by the database for every writer
                let adminID = try #require(UUID(uuidString: admin.user["id"] as? String ?? ""))
                func upload(_ name: String, bytes: Int) async throws {
                    try await test.database.transaction(as: .user(adminID)) { connection in
                        try await connection.run(
                            "INSERT INTO public.call_uploads (user_id, file_path, file_size_bytes) VALUES (\(adminID), \("\(adminID)/\(name)"), \(bytes))",
                            logger: TestPostgres.logger)
                    }
                }
                try await test.database.client.query("UPDATE app.plan_limits SET max_storage_bytes = 5000 WHERE plan = 'free'")
                for index in 0..<5 { try await upload("\(index).mp3", bytes: 1000) }
                await #expect {
                    try await upload("over.mp3", bytes: 1)
                } throws: { error in
                    StoreError(error) == .planLimit("plan limit reached: storage_bytes (5000 bytes on the free plan)")
                }
                try await test.database.client.query("UPDATE app.plan_limits SET max_storage_bytes = NULL WHERE plan = 'free'")
                for index in 5..<20 { try await upload("\(index).mp3", bytes: 1000) }
                await #expect {
                    try await upload("21.mp3", bytes: 1000)
                } throws: { error in
                    StoreError(error) == .planLimit("plan limit reached: uploads_per_month (20 on the free plan)")
                }
                let count = try await test.database.client.query("SELECT count(*) FROM public.call_uploads").collect()[0].decode(Int.self)
                #expect(count == 20)
            }
        }
    }
}
