import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing
import UnderdogServer
import UnderdogStore

@Suite("Request ids and structured logs")
struct RequestLoggingTests {
    /// Collects the JSON lines a handler writes.
    final class Lines: Sendable {
        private let storage = Mutex<[String]>([])
        func append(_ line: String) { storage.withLock { $0.append(line) } }
        var all: [[String: Any]] {
            storage.withLock { $0 }.compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }
    }

    static let nowhere = DatabaseURL(host: "127.0.0.1", port: 1, username: "nobody", password: nil, database: "none")

    @Test("every log line of a request carries the request id returned in X-Request-ID")
    func logLinesCarryRequestID() async throws {
        // setup
        let lines = Lines()
        let logger = Logger(label: "test") { label in
            JSONLogHandler(label: label, level: .info) { lines.append($0) }
        }
        let app = try await makeApp(url: Self.nowhere, logger: logger)
        // act
        let id = try await app.test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                response.headers[HTTPField.Name("X-Request-ID")!]
            }
        }
        // assert
        let requestID = try #require(id)
        let requestLines = lines.all.filter { ($0["msg"] as? String) == "request" }
        #expect(!requestLines.isEmpty)
        for line in requestLines {
            #expect(line["request_id"] as? String == requestID)
            #expect(line["level"] as? String == "info")
            #expect((line["ts"] as? String)?.hasSuffix("Z") == true)
            #expect(line["status"] as? String == "200")
            #expect(line["path"] as? String == "/health")
        }
    }

    @Test("a well-formed incoming X-Request-ID is kept; a hostile one is replaced")
    func incomingRequestID() async throws {
        let app = try await makeApp(url: Self.nowhere)
        let header = HTTPField.Name("X-Request-ID")!
        try await app.test(.router) { client in
            try await client.execute(uri: "/health", method: .get, headers: [header: "lb-7f3a.42"]) { response in
                #expect(response.headers[header] == "lb-7f3a.42")
            }
            try await client.execute(uri: "/health", method: .get, headers: [header: "x\"}\n{\"forged\":1"]) { response in
                let id = try #require(response.headers[header])
                #expect(!id.contains("forged"))
                #expect(!id.isEmpty)
            }
        }
    }

    @Test("the JSON log handler writes one parseable object per line, metadata included")
    func jsonLinesAreParseable() {
        let lines = Lines()
        var logger = Logger(label: "unit") { label in JSONLogHandler(label: label, level: .debug) { lines.append($0) } }
        logger[metadataKey: "hb.request.id"] = "abc"
        logger.info("hello \"world\"\nsecond line", metadata: ["user": "u1", "nested": ["a": "b"]])
        let objects = lines.all
        #expect(objects.count == 1)
        #expect(objects.first?["msg"] as? String == "hello \"world\"\nsecond line")
        #expect(objects.first?["request_id"] as? String == "abc")
        #expect((objects.first?["nested"] as? [String: String])?["a"] == "b")
        #expect(objects.first?["logger"] as? String == "unit")
    }
}
