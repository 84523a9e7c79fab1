import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

@Suite("Accounts: sign-up, sign-in, refresh, sign-out, password")
struct AuthFlowTests {
    @Test("sign-up → sign-in → refresh → reuse detection → sign-out, on a live server")
    func fullFlow() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                // sign-up creates an organisation whose first member is its admin
                let signedUp = try await api.signUp(email: "Dana@Example.com", organization: "Dana's Team")
                #expect(signedUp.status == .created, "\(signedUp.text)")
                #expect(signedUp.user["email"] as? String == "dana@example.com")
                #expect(signedUp.user["role"] as? String == "admin")
                #expect(signedUp.json["expires_in"] as? Int == 900)

                // the access token works; the org exists with the free plan
                let me = try await api.call(.get, "/me", token: signedUp.accessToken)
                #expect(me.status == .ok)
                #expect(me.json["name"] as? String == "Test Person")
                let org = try await api.call(.get, "/organization", token: signedUp.accessToken)
                #expect(org.json["name"] as? String == "Dana's Team")
                #expect(org.json["plan"] as? String == "free")

                // sign-in with any letter case of the email
                let signedIn = try await api.call(.post, "/auth/signin", json: ["email": "DANA@example.com", "password": "correct horse battery"])
                #expect(signedIn.status == .ok)
                let wrong = try await api.call(.post, "/auth/signin", json: ["email": "dana@example.com", "password": "not the password"])
                #expect(wrong.status == .unauthorized)
                #expect(wrong.errorCode == "invalid_credentials")
                let unknown = try await api.call(.post, "/auth/signin", json: ["email": "nobody@example.com", "password": "whatever it is"])
                #expect(unknown.status == .unauthorized)
                #expect(unknown.errorCode == "invalid_credentials")

                // refresh rotates: a new refresh token, a working access token
                let first = signedIn.refreshToken
                let rotated = try await api.call(.post, "/auth/refresh", json: ["refresh_token": first])
                #expect(rotated.status == .ok)
                #expect(rotated.refreshToken != first)
                #expect(try await api.call(.get, "/me", token: rotated.accessToken).status == .ok)

                // the old token again: reuse → the whole family is revoked, the newest token included
                let reused = try await api.call(.post, "/auth/refresh", json: ["refresh_token": first])
                #expect(reused.status == .unauthorized)
                #expect(reused.errorCode == "refresh_token_reused")
                let newestAfterReuse = try await api.call(.post, "/auth/refresh", json: ["refresh_token": rotated.refreshToken])
                #expect(newestAfterReuse.status == .unauthorized)
                #expect(newestAfterReuse.errorCode == "invalid_refresh_token")

                // the sign-up's own family is untouched by that, until signed out
                let other = try await api.call(.post, "/auth/refresh", json: ["refresh_token": signedUp.refreshToken])
                #expect(other.status == .ok)
                let signedOut = try await api.call(.post, "/auth/signout", json: ["refresh_token": other.refreshToken])
                #expect(signedOut.status == .noContent)
                let afterSignOut = try await api.call(.post, "/auth/refresh", json: ["refresh_token": other.refreshToken])
                #expect(afterSignOut.status == .unauthorized)

                // tokens are stored hashed: no row holds the token itself
                let stored = try await test.database.client.query(
                    "SELECT count(*) FROM app.refresh_tokens WHERE token_hash = \(first)").collect()[0].decode(Int.self)
                #expect(stored == 0)
            }
        }
    }

    @Test("a password change signs the account out everywhere and the new password works")
    func passwordChange() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let account = try await api.signUp(email: "pat@example.com")
                let wrongCurrent = try await api.call(.post, "/auth/password", token: account.accessToken,
                                                      json: ["current_password": "nope nope nope", "new_password": "a brand new password"])
                #expect(wrongCurrent.status == .forbidden)
                let changed = try await api.call(.post, "/auth/password", token: account.accessToken,
                                                 json: ["current_password": "correct horse battery", "new_password": "a brand new password"])
                #expect(changed.status == .noContent)
                #expect(try await api.call(.post, "/auth/refresh", json: ["refresh_token": account.refreshToken]).status == .unauthorized)
                #expect(try await api.call(.post, "/auth/signin", json: ["email": "pat@example.com", "password": "correct horse battery"]).status == .unauthorized)
                #expect(try await api.call(.post, "/auth/signin", json: ["email": "pat@example.com", "password": "a brand new password"]).status == .ok)
            }
        }
    }

    @Test("sign-up refuses a taken email, a weak password and a missing organisation, writing nothing")
    func signUpRefusals() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                #expect(try await api.signUp(email: "sam@example.com").status == .created)
                let taken = try await api.signUp(email: "SAM@example.com")
                #expect(taken.status == .conflict)
                #expect(taken.errorCode == "email_taken")
                let weak = try await api.signUp(email: "weak@example.com", password: "short")
                #expect(weak.status == .badRequest)
                let noOrg = try await api.signUp(email: "lonely@example.com", organization: nil)
                #expect(noOrg.status == .badRequest)
                #expect(noOrg.errorCode == "organization_required")
                let counts = try await test.database.client.query(
                    "SELECT (SELECT count(*) FROM auth.users), (SELECT count(*) FROM public.organizations)").collect()[0]
                    .decode((Int, Int).self)
                #expect(counts == (1, 1))
            }
        }
    }

    @Test("sign-in is limited per email and address and per address, with Retry-After, shared through the database")
    func rateLimits() async throws {
        try await withTestDatabase { test in
            var settings = testAuthSettings
            settings.signInFailuresPerPair = [RateLimit(limit: 3, window: .seconds(600))]
            settings.signInPerIP = RateLimit(limit: 5, window: .seconds(600))
            let app = try await makeApp(url: test.url, auth: settings)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                _ = try await api.signUp(email: "lee@example.com")
                for _ in 0..<3 {
                    #expect(try await api.call(.post, "/auth/signin", json: ["email": "lee@example.com", "password": "wrong wrong"]).status == .unauthorized)
                }
                let limited = try await api.call(.post, "/auth/signin", json: ["email": "lee@example.com", "password": "correct horse battery"])
                #expect(limited.status == .tooManyRequests)
                #expect(limited.errorCode == "rate_limited")
                let retryAfter = try #require(limited.headers[.retryAfter].flatMap(Int.init))
                #expect((1...600).contains(retryAfter))
                // another email from the same address runs into the per-IP limit next
                _ = try await api.call(.post, "/auth/signin", json: ["email": "x@example.com", "password": "wrong wrong"])
                let perIP = try await api.call(.post, "/auth/signin", json: ["email": "y@example.com", "password": "wrong wrong"])
                #expect(perIP.status == .tooManyRequests)
                let counted = try await test.database.client.query(
                    "SELECT coalesce(sum(hits), 0)::int FROM app.rate_limit_counters WHERE key LIKE 'signin:email:lee@%'").collect()[0].decode(Int.self)
                #expect(counted == 3, "the per-email counter counts failures, as a signal")
            }
        }
    }

    @Test("50 failed sign-ins for an email from one address slow that address, and the owner still signs in from another")
    func attackerCannotLockOutOwner() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url, auth: AuthSettings(jwtSecret: testAuthSettings.jwtSecret, bcryptCost: 4), trustForwardedFor: true)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                _ = try await api.signUp(email: "owner@example.com")
                let attacker: HTTPFields = [HTTPField.Name("X-Forwarded-For")!: "203.0.113.9"]
                var statuses: [HTTPResponse.Status] = []
                var retryAfter: [Int] = []
                for attempt in 0..<50 {
                    let response = try await api.call(.post, "/auth/signin", json: ["email": "owner@example.com", "password": "guess number \(attempt)"], headers: attacker)
                    statuses.append(response.status)
                    if let seconds = response.headers[.retryAfter].flatMap(Int.init) { retryAfter.append(seconds) }
                }
                #expect(statuses.prefix(5).allSatisfy { $0 == .unauthorized }, "\(statuses)")
                #expect(statuses.dropFirst(5).allSatisfy { $0 == .tooManyRequests }, "\(statuses)")
                #expect(!retryAfter.isEmpty && retryAfter.allSatisfy { $0 >= 1 })
                // The right password from the attacker's address waits too: that pair is locked.
                let guessedRight = try await api.call(.post, "/auth/signin", json: ["email": "owner@example.com", "password": "correct horse battery"], headers: attacker)
                #expect(guessedRight.status == .tooManyRequests)

                let owner = try await api.call(.post, "/auth/signin", json: ["email": "owner@example.com", "password": "correct horse battery"],
                                               headers: [HTTPField.Name("X-Forwarded-For")!: "198.51.100.7"])
                #expect(owner.status == .ok, "\(owner.text)")
            }
        }
    }

    @Test("an invalid, forged or expired access token is a 401 even on a public route")
    func badTokens() async throws {
        try await withTestDatabase { test in
            var expired = testAuthSettings
            expired.accessTokenLifetime = .seconds(-60)
            let expiringApp = try await makeApp(url: test.url, auth: expired)
            let stale = try await expiringApp.test(.router) { client in
                try await APIClient(client: client).signUp(email: "old@example.com").accessToken
            }
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let expiredCall = try await api.call(.get, "/me", token: stale)
                #expect(expiredCall.status == .unauthorized)
                #expect(expiredCall.headers[.wwwAuthenticate] == "Bearer")
                #expect(try await api.call(.get, "/me", token: "not.a.jwt").status == .unauthorized)
                var forgedSettings = testAuthSettings
                forgedSettings.jwtSecret = String(repeating: "f", count: 40)
                let forgedApp = try await makeApp(url: test.url, auth: forgedSettings)
                let forged = try await forgedApp.test(.router) { client in
                    try await APIClient(client: client).signUp(email: "forger@example.com").accessToken
                }
                #expect(try await api.call(.get, "/me", token: forged).status == .unauthorized)
                #expect(try await api.call(.get, "/me").status == .unauthorized)
                #expect(try await api.call(.post, "/auth/signin", token: "garbage",
                                            json: ["email": "old@example.com", "password": "correct horse battery"]).status == .unauthorized)
            }
        }
    }
}
