import AsyncHTTPClient
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import NIOHTTP1
import Testing
import UnderdogAPI
import UnderdogServer
import UnderdogTestSupport
import Yams

/// Every route of the API, the webhooks and the streaming routes, fed bodies an attacker would send: over the
/// limit with a length and chunked without one, nested ten thousand deep, and in the wrong content type. Each
/// answer is a 4xx with the JSON error body, and the server writes no error-level line about any of them.
@Suite("Hostile bodies on every route")
struct HostileBodyTests {
    struct Route: Sendable, CustomStringConvertible {
        let method: HTTPMethod
        let path: String
        let takesBody: Bool
        var description: String { "\(method.rawValue) \(path)" }
    }

    /// Every operation of the OpenAPI document, path parameters filled with an id nobody has, plus the routes
    /// outside it that read a body.
    static func routes() throws -> [Route] {
        let document = try #require(try Yams.load(yaml: try APIDocument.yaml) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: Any])
        var routes: [Route] = []
        for (template, item) in paths.sorted(by: { $0.key < $1.key }) {
            guard let operations = item as? [String: Any] else { continue }
            let path = "/api/v1" + template.replacingOccurrences(of: #"\{[^}]+\}"#, with: "6f1c1c52-0000-4000-8000-000000000001", options: .regularExpression)
            for method in ["get", "post", "put", "patch", "delete"] {
                guard let operation = operations[method] as? [String: Any] else { continue }
                routes.append(Route(method: HTTPMethod(rawValue: method.uppercased()), path: path, takesBody: operation["requestBody"] != nil))
            }
        }
        routes.append(Route(method: .POST, path: "/api/v1/roleplay/conversations/6f1c1c52-0000-4000-8000-000000000001/turns/stream", takesBody: true))
        routes.append(Route(method: .POST, path: "/webhooks/vapi", takesBody: true))
        routes.append(Route(method: .POST, path: "/webhooks/retell", takesBody: true))
        return routes
    }

    /// What goes wrong with a body, and the statuses that are a right answer to it.
    enum Probe: CaseIterable, CustomStringConvertible {
        case overLimitWithLength, overLimitChunked, deepNesting, wrongContentType

        var description: String {
            switch self {
            case .overLimitWithLength: "2 MiB with Content-Length"
            case .overLimitChunked: "2 MiB chunked, no length"
            case .deepNesting: "JSON nested 10,000 deep"
            case .wrongContentType: "JSON sent as text/plain"
            }
        }

        func applies(to route: Route) -> Bool {
            switch self {
            // The upload's limit is 100 MB: over it is the upload tests' business, not 2 MiB.
            case .overLimitWithLength, .overLimitChunked: route.path != "/api/v1/uploads"
            case .deepNesting, .wrongContentType: route.takesBody
            }
        }
    }

    static func send(_ probe: Probe, to route: Route, port: Int, token: String) async throws -> (status: Int, body: Data) {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(route.path)")
        request.method = route.method
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "Connection", value: "close")
        let big = ByteBuffer(repeating: UInt8(ascii: "a"), count: 2 << 20)
        switch probe {
        case .overLimitWithLength:
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(big)
        case .overLimitChunked:
            request.headers.add(name: "Content-Type", value: "application/json")
            let pieces = (0..<32).map { _ in ByteBuffer(repeating: UInt8(ascii: "a"), count: 64 << 10) }
            request.body = .stream(pieces.async, length: .unknown)
        case .deepNesting:
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)))
        case .wrongContentType:
            request.headers.add(name: "Content-Type", value: "text/plain")
            request.body = .bytes(ByteBuffer(string: #"{"email":"a@b.example","password":"x","message":"hi","text":"hi"}"#))
        }
        let response = try await HTTPClient.shared.execute(request, deadline: .now() + .seconds(120))
        let bytes = try await response.body.collect(upTo: 1 << 20)
        return (Int(response.status.code), Data(buffer: bytes))
    }

    @Test("each probe on each route is a 4xx with a JSON error body, and no error-level line is logged")
    func everyRoute() async throws {
        let lines = RequestLoggingTests.Lines()
        let logger = Logger(label: "hostile") { label in JSONLogHandler(label: label, level: .info) { lines.append($0) } }
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url, logger: logger)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let admin = try await api.signUp(email: "boss@hostile.example")
                let port = try #require(client.port)
                var failures: [String] = []
                var cut: [String] = []
                var probes = 0
                for route in try Self.routes() {
                    for probe in Probe.allCases where probe.applies(to: route) {
                        probes += 1
                        let answer: (status: Int, body: Data)
                        do {
                            answer = try await Self.send(probe, to: route, port: port, token: admin.accessToken)
                        } catch {
                            // The server refused the body early and closed the connection mid-upload: a refusal,
                            // as long as it logged nothing at error level (checked below). Counted, to see how often.
                            cut.append("\(route) \(probe): \(error)")
                            continue
                        }
                        let json = (try? JSONSerialization.jsonObject(with: answer.body)) as? [String: Any]
                        let code = (json?["error"] as? [String: Any])?["code"] as? String
                        if !(400..<500).contains(answer.status) || code == nil {
                            failures.append("\(route) \(probe): \(answer.status) \(String(decoding: answer.body.prefix(200), as: UTF8.self))")
                        }
                    }
                }
                #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
                #expect(probes > 100, "only \(probes) probes: the document's routes were not all found")
                print("hostile bodies: \(probes) probes, \(cut.count) answered by closing the connection mid-body")
                #expect(cut.count < probes / 4, "\(cut.prefix(5))")
            }
        }
        let errors = lines.all.filter { ["error", "critical"].contains($0["level"] as? String ?? "") }
        #expect(errors.isEmpty, "error-level lines: \(errors.prefix(5))")
    }
}
