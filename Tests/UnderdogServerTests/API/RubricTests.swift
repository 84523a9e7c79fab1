import Foundation
import HummingbirdTesting
import Testing
import UnderdogTestSupport

@Suite("The scoring rubric, served")
struct RubricTests {
    @Test("a signed-in user reads the shipped rubric, byte for byte in content; a visitor gets 401")
    func servesRubric() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "reader@example.com", organization: "Readers")

                let anonymous = try await api.call(.get, "/rubric")
                let read = try await api.call(.get, "/rubric", token: rep.accessToken)

                #expect(anonymous.status == .unauthorized)
                #expect(read.status == .ok)
                let shipped = try JSONSerialization.jsonObject(
                    with: Data(contentsOf: URL(fileURLWithPath: TestPostgres.repositoryRoot + "/content/rubric/rubric.json"))) as? NSDictionary
                #expect((read.json as NSDictionary) == shipped)
                #expect((read.json["version"] as? String)?.isEmpty == false)
                #expect((read.json["references"] as? [Any])?.isEmpty == false)
            }
        }
    }
}
