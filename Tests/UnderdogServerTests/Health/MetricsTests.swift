import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UnderdogTestSupport

@Suite("Prometheus metrics")
struct MetricsTests {
    @Test("/metrics counts requests by route and status, times them, and shows the database pool's use")
    func exposition() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let account = try await api.signUp(email: "metrics@example.com")
                _ = try await api.call(.get, "/me", token: account.accessToken)
                _ = try await api.call(.get, "/me")
                let refused = try await client.execute(uri: "/metrics", method: .get) { $0.status }
                #expect(refused == .unauthorized, "no scrape token, not on loopback")
                let wrong = try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(account.accessToken)"]) { $0.status }
                #expect(wrong == .unauthorized, "a user's access token is not the scrape token")
                let text = try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(testMetricsToken)"]) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                    return String(buffer: response.body)
                }
                let lines = text.split(separator: "\n")
                let meLines = lines.filter { $0.contains("/api/v1/me") && !$0.hasPrefix("#") }
                #expect(meLines.contains { $0.contains("http_response_status_code=\"200\"") }, "\(meLines)")
                #expect(meLines.contains { $0.contains("http_response_status_code=\"401\"") }, "\(meLines)")
                #expect(lines.contains { $0.hasPrefix("http_server_request_duration_bucket") })
                #expect(lines.contains { $0.hasPrefix("underdog_db_transaction_duration_seconds_bucket") && $0.contains("role=\"authenticated\"") })
                #expect(lines.contains { $0.hasPrefix("underdog_db_transactions_in_flight") })
                // the queue, read at the scrape: every known kind, 0 when idle
                #expect(lines.contains { $0.hasPrefix("underdog_jobs{") && $0.contains("kind=\"analyse_call\"") && $0.contains("state=\"queued\"") })
                #expect(lines.contains { $0.hasPrefix("underdog_job_oldest_due_seconds{") && $0.contains("kind=\"retention_purge\"") })
            }
        }
    }
}
