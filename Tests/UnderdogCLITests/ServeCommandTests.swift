import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import UnderdogStore
import UnderdogTestSupport

@Suite("underdog serve")
struct ServeCommandTests {
    @Test("serve answers /ready, logs JSON lines with request ids, and exits cleanly on SIGTERM")
    func serveAndShutDown() async throws {
        try await withTestDatabase { test in
            // setup
            let port = try FreePort.find()
            let logURL = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString).log")
            _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
            defer { try? FileManager.default.removeItem(at: logURL) }
            let log = try FileHandle(forWritingTo: logURL)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLI.executable)
            process.arguments = ["serve", "--port", "\(port)"]
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["DATABASE_URL": test.url.libpq, "LOG_FORMAT": "json", "JWT_SECRET": "serve-test-secret-serve-test-secret-0123"]) { _, new in new }
            process.standardOutput = log
            process.standardError = log
            try process.run()
            defer { if process.isRunning { process.terminate() } }

            // act: wait for readiness
            var status = 0
            for _ in 0..<100 {
                if let (_, response) = try? await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/ready")!) {
                    status = (response as? HTTPURLResponse)?.statusCode ?? 0
                    if status == 200 { break }
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(status == 200)

            // act: graceful shutdown
            kill(process.processIdentifier, SIGTERM)
            let deadline = ContinuousClock.now + .seconds(15)
            while process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }

            // assert
            #expect(!process.isRunning)
            #expect(process.terminationStatus == 0)
            try log.close()
            let lines = try String(contentsOf: logURL, encoding: .utf8).split(separator: "\n")
            let objects = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            #expect(objects.count == lines.count, "every log line is a JSON object")
            let requests = objects.filter { ($0["msg"] as? String) == "request" }
            #expect(!requests.isEmpty)
            #expect(requests.allSatisfy { ($0["request_id"] as? String)?.isEmpty == false })
        }
    }
}
