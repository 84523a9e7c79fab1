import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UnderdogStore
import UnderdogTestSupport

@Suite("Health and readiness")
struct HealthTests {
    struct Report: Decodable {
        let status: String
        let checks: [String: String]
    }

    @Test("/health answers 200 whatever the database's state")
    func healthIsLiveness() async throws {
        let nowhere = DatabaseURL(host: "127.0.0.1", port: 1, username: "nobody", password: nil, database: "none")
        let app = try await makeApp(url: nowhere)
        try await app.test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                let report = try JSONDecoder().decode(Report.self, from: Data(buffer: response.body))
                #expect(report.status == "ok")
            }
        }
    }

    @Test("/ready answers 200 when the database is reachable and fully migrated")
    func readyWhenMigrated() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                try await client.execute(uri: "/ready", method: .get) { response in
                    #expect(response.status == .ok)
                    let report = try JSONDecoder().decode(Report.self, from: Data(buffer: response.body))
                    #expect(report.status == "ready")
                    #expect(report.checks["database"] == "ok")
                }
            }
        }
    }

    @Test("/ready answers 503 with a JSON reason naming the pending migrations")
    func notReadyWhenNotMigrated() async throws {
        try await withTestDatabase(migrated: false) { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                try await client.execute(uri: "/ready", method: .get) { response in
                    #expect(response.status == .serviceUnavailable)
                    let body = try JSONDecoder().decode(ErrorResponse.self, from: Data(buffer: response.body))
                    #expect(body.error.code == "not_ready")
                    #expect(body.error.message.contains("migrations pending: 000_supabase_compat.sql"))
                }
            }
        }
    }

    @Test("/ready answers 503 when an applied migration was edited")
    func notReadyWhenChecksumDiffers() async throws {
        try await withTestDatabase { test in
            try await test.database.client.query(
                "UPDATE app.schema_migrations SET checksum = 'edited' WHERE name = '004_audit_log.sql'")
            // A generous deadline: this test is about the checksum, not speed, and a busy CI machine is slow.
            let app = try await makeApp(url: test.url, readinessTimeout: .seconds(20))
            try await app.test(.router) { client in
                try await client.execute(uri: "/ready", method: .get) { response in
                    #expect(response.status == .serviceUnavailable)
                    let body = try JSONDecoder().decode(ErrorResponse.self, from: Data(buffer: response.body))
                    #expect(body.error.message.contains("004_audit_log.sql"))
                }
            }
        }
    }

    @Test("/ready answers 503 naming the database when the database cannot be reached")
    func notReadyWhenUnreachable() async throws {
        let nowhere = DatabaseURL(host: "127.0.0.1", port: 1, username: "nobody", password: nil, database: "none")
        let app = try await makeApp(url: nowhere, readinessTimeout: .seconds(1))
        try await app.test(.router) { client in
            try await client.execute(uri: "/ready", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let body = try JSONDecoder().decode(ErrorResponse.self, from: Data(buffer: response.body))
                #expect(body.error.message.contains("database"))
            }
        }
    }

    @Test("an unknown API route is a 404 with the JSON error body (an unknown page is an HTML one: WebAppTests)")
    func unknownRoute() async throws {
        let nowhere = DatabaseURL(host: "127.0.0.1", port: 1, username: "nobody", password: nil, database: "none")
        let app = try await makeApp(url: nowhere)
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/no/such/thing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let body = try JSONDecoder().decode(ErrorResponse.self, from: Data(buffer: response.body))
                #expect(body.error.code == "not_found")
            }
        }
    }
}
