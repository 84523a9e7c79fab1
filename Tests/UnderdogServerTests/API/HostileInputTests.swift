import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UnderdogTestSupport

@Suite("Hostile input: always a 4xx with the JSON error body, never a write")
struct HostileInputTests {
    struct Probe: Sendable, CustomStringConvertible {
        let name: String
        let method: HTTPRequest.Method
        let path: String
        let body: Data?
        let contentType: String?
        let expected: Int

        var description: String { name }
    }

    static func json(_ text: String) -> Data { Data(text.utf8) }

    static let probes: [Probe] = [
        Probe(name: "broken JSON", method: .patch, path: "/me", body: json(#"{"name": "x""#), contentType: "application/json", expected: 400),
        Probe(name: "wrong type", method: .patch, path: "/me", body: json(#"{"name": 42}"#), contentType: "application/json", expected: 400),
        Probe(name: "array instead of object", method: .patch, path: "/me", body: json(#"["name"]"#), contentType: "application/json", expected: 400),
        Probe(name: "unknown field", method: .patch, path: "/me", body: json(#"{"name": "Eve", "role": "admin"}"#), contentType: "application/json", expected: 400),
        Probe(name: "explicit null", method: .patch, path: "/me", body: json(#"{"name": null}"#), contentType: "application/json", expected: 400),
        Probe(name: "invalid UTF-8", method: .patch, path: "/me", body: Data([0x7B, 0x22, 0x6E, 0x61, 0x6D, 0x65, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D]),
              contentType: "application/json", expected: 400),
        Probe(name: "NUL byte in a string", method: .patch, path: "/me", body: json(#"{"name": "Eve\u0000"}"#), contentType: "application/json", expected: 400),
        // Found by schemathesis: JSON metadata in auth.users cannot hold NUL, which was a 500.
        Probe(name: "NUL byte in a sign-up name", method: .post, path: "/auth/signup",
              body: json(#"{"name": "b\u0000!", "email": "nul@example.com", "password": "long enough password", "organization_name": "Fuzz Co"}"#),
              contentType: "application/json", expected: 400),
        Probe(name: "too long", method: .patch, path: "/me", body: json(#"{"name": "\#(String(repeating: "a", count: 500))"}"#), contentType: "application/json", expected: 400),
        Probe(name: "body over the limit", method: .patch, path: "/me",
              body: json(#"{"name": "\#(String(repeating: "a", count: 2 << 20))"}"#), contentType: "application/json", expected: 413),
        Probe(name: "wrong content type", method: .patch, path: "/me", body: json("name=Eve"), contentType: "text/plain", expected: 415),
        Probe(name: "no body", method: .patch, path: "/me", body: nil, contentType: nil, expected: 400),
        Probe(name: "limit not a number", method: .get, path: "/sessions?limit=abc", body: nil, contentType: nil, expected: 400),
        Probe(name: "limit out of range", method: .get, path: "/sessions?limit=100000", body: nil, contentType: nil, expected: 400),
        Probe(name: "forged cursor", method: .get, path: "/sessions?cursor=' OR 1=1 --", body: nil, contentType: nil, expected: 400),
        Probe(name: "id that is not a UUID", method: .get, path: "/sessions/1%27%20OR%20%271%27%3D%271", body: nil, contentType: nil, expected: 404),
        Probe(name: "audit filter out of the enum", method: .get, path: "/audit?operation=DROP", body: nil, contentType: nil, expected: 400),
        Probe(name: "unknown route", method: .get, path: "/nothing-here", body: nil, contentType: nil, expected: 404),
    ]

    @Test("each hostile request gets its 4xx and a JSON error body, and the data stays as it was", arguments: probes)
    func probe(_ probe: Probe) async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let account = try await api.signUp(email: "target@example.com", name: "Original Name")
                let before = try await Self.state(test)
                var headers: HTTPFields = [:]
                if let contentType = probe.contentType { headers[.contentType] = contentType }
                let response = try await api.call(probe.method, probe.path, token: account.accessToken, raw: probe.body, headers: headers)
                #expect(Int(response.status.code) == probe.expected, "\(probe.name): \(response.status.code) \(response.text.prefix(300))")
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                #expect(response.errorCode != nil, "\(probe.name): no error body")
                #expect(try await Self.state(test) == before, "\(probe.name) changed data")
            }
        }
    }

    @Test("SQL in a string is stored as text and runs as nothing")
    func sqlInStrings() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let account = try await api.signUp(email: "bobby@example.com")
                let name = "Robert'); DROP TABLE public.users; --"
                let updated = try await api.call(.patch, "/me", token: account.accessToken, json: ["name": name])
                #expect(updated.status == .ok)
                #expect(updated.json["name"] as? String == name)
                let tables = try await test.database.client.query("SELECT to_regclass('public.users') IS NOT NULL").collect()[0].decode(Bool.self)
                #expect(tables)
            }
        }
    }

    /// Everything a request could have written, as one comparable value.
    static func state(_ test: TestDatabase) async throws -> [String] {
        let rows = try await test.database.client.query(
            """
            SELECT 'user ' || id || ' ' || name || ' ' || coalesce(role, '') FROM public.users
            UNION ALL SELECT 'audit ' || count(*) FROM public.audit_log
            UNION ALL SELECT 'orgs ' || count(*) FROM public.organizations
            ORDER BY 1
            """
        ).collect()
        return try rows.map { try $0.decode(String.self) }
    }
}
