import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UnderdogAI
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
                // the queue, read at the scrape: every known kind, 0 when idle. A scrape gives the queue query 2 s;
                // on a machine too loaded for that it answers without the gauges, so a later scrape is asked.
                func hasQueueGauges(_ lines: [Substring]) -> Bool {
                    lines.contains { $0.hasPrefix("underdog_jobs{") && $0.contains("kind=\"analyse_call\"") && $0.contains("state=\"queued\"") }
                        && lines.contains { $0.hasPrefix("underdog_job_oldest_due_seconds{") && $0.contains("kind=\"retention_purge\"") }
                }
                var scraped = lines
                for _ in 0..<30 where !hasQueueGauges(scraped) {
                    try await Task.sleep(for: .milliseconds(500))
                    scraped = try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(testMetricsToken)"]) {
                        String(buffer: $0.body)
                    }.split(separator: "\n")
                }
                #expect(hasQueueGauges(scraped))
            }
        }
    }

    @Test("a failing AI provider shows on /metrics: errors by endpoint and kind, and its circuit breaker open")
    func providerErrorsAndBreaker() async throws {
        _ = testMetrics  // the process's registry, bootstrapped before the client records anything
        let server = LocalOpenAIServer(script: [.error(status: 503, message: "overloaded"), .error(status: 503, message: "still overloaded")])
        let provider = try await server.run { base in
            let client = OpenAICompatibleClient(
                configuration: OpenAIConfiguration(baseURL: base, apiKey: "sk-local-test", chatModel: "m", requestTimeout: .seconds(10),
                                                   maxRetries: 0, breakerThreshold: 2, breakerCooldown: .seconds(600)),
                logger: TestPostgres.logger)
            let request = ChatCompletionRequest(model: "m", messages: [.user("hello")])
            for _ in 0..<3 { _ = try? await client.chatCompletion(request) }
            return client.configuration.baseURL
        }
        let lines = testMetrics.emitToString().split(separator: "\n")
        // Other tests call other local providers at the same time: only this one's series count.
        let errors = lines.filter { $0.hasPrefix("underdog_provider_errors_total{") && $0.contains("provider=\"\(provider)\"") }
        #expect(errors.contains { $0.contains("kind=\"http_5xx\"") }, "\(errors)")
        #expect(errors.contains { $0.contains("kind=\"circuit_open\"") }, "the third call found the breaker open: \(errors)")
        let breaker = lines.filter { $0.hasPrefix("underdog_provider_circuit_open{") && $0.contains("provider=\"\(provider)\"") }
        #expect(breaker.count == 1 && (breaker[0].hasSuffix(" 1") || breaker[0].hasSuffix(" 1.0")), "\(breaker)")
    }
}
