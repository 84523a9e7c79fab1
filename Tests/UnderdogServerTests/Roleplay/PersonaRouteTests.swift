import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UnderdogTestSupport

@Suite("Personas in the API")
struct PersonaRouteTests {
    @Test("signed-in callers list every shipped persona and read one; the call's secrets stay out; anonymous callers get 401")
    func listAndGet() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "rep@example.com")
                let list = try await api.call(.get, "/personas", token: rep.accessToken)
                let items = try #require(list.json["items"] as? [[String: Any]])
                #expect(items.count >= 8)
                let ids = items.compactMap { $0["id"] as? String }
                #expect(ids == ids.sorted() && Set(ids).count == ids.count)
                let scenarios = Set(items.flatMap { $0["scenarios"] as? [String] ?? [] })
                #expect(scenarios == ["cold_call", "objection", "closing", "gatekeeper"])
                // What wins the meeting and what the objections' answers are is for the call, not the profile.
                #expect(!list.text.contains("resolvedBy") && !list.text.contains("acceptLine") && !list.text.contains("minimumTrust"))
                #expect(!list.text.contains("busyDays") && !list.text.contains("permissionGranted"))
                // The brief is for the rep: whom they call from, what they sell, and one aim per call type.
                for item in items {
                    let brief = try #require(item["brief"] as? [String: Any])
                    let goals = try #require(brief["goals"] as? [[String: Any]])
                    #expect(!(brief["product"] as? String ?? "").isEmpty && !(brief["seller"] as? String ?? "").isEmpty)
                    #expect(goals.compactMap { $0["scenario_type"] as? String } == item["scenarios"] as? [String])
                }

                let one = try await api.call(.get, "/personas/\(ids[0])", token: rep.accessToken)
                #expect(one.status == .ok && one.json["id"] as? String == ids[0])
                #expect(try await api.call(.get, "/personas/nobody", token: rep.accessToken).status == .notFound)
                #expect(try await api.call(.get, "/personas").status == .unauthorized)
            }
        }
    }
}
