import Foundation
import UnderdogProcess
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import UnderdogStore
import UnderdogTestSupport

@Suite("underdog serve")
struct ServeCommandTests {
    @Test("serve answers /ready, signs in the seeded manager, logs JSON lines with request ids, and exits cleanly on SIGTERM")
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
            process.environment = CLI.environment(
                ["DATABASE_URL": test.url.libpq, "LOG_FORMAT": "json", "JWT_SECRET": "serve-test-secret-serve-test-secret-0123"]).variables
            process.standardOutput = log
            process.standardError = log
            try process.run()
            defer { if process.isRunning { process.terminate() } }

            // act: wait for readiness
            // Up to two minutes: a generous deadline that only a server that never gets ready misses.
            var status = 0
            for _ in 0..<1_200 {
                if let (_, response) = try? await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/ready")!) {
                    status = (response as? HTTPURLResponse)?.statusCode ?? 0
                    if status == 200 { break }
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(status == 200)

            // act: the seeded manager signs in through the API with the password the seed printed
            let seeded = try CLI.run(["seed"], environment: ["DATABASE_URL": test.url.libpq, "UNDERDOG_HOME": logURL.path + ".home"])
            defer { try? FileManager.default.removeItem(atPath: logURL.path + ".home") }
            let password = try #require(seeded.output.split(separator: "\n").first { $0.contains("maya.okafor") }?
                .split(separator: " ").last.map(String.init), "\(seeded.output)")
            var signIn = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/v1/auth/signin")!)
            signIn.httpMethod = "POST"
            signIn.setValue("application/json", forHTTPHeaderField: "Content-Type")
            signIn.httpBody = try JSONSerialization.data(withJSONObject: ["email": "maya.okafor@bluejay.example", "password": password])
            let (body, response) = try await URLSession.shared.data(for: signIn)
            #expect((response as? HTTPURLResponse)?.statusCode == 200, "\(String(decoding: body, as: UTF8.self))")
            let session = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            #expect((session?["user"] as? [String: Any])?["role"] as? String == "admin")

            // act: graceful shutdown
            kill(process.processIdentifier, SIGTERM)
            let deadline = ContinuousClock.now + .seconds(120)
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

    @Test("a DATABASE_POOL_SIZE that is not a number of connections stops serve before it starts, naming the setting")
    func poolSizeIsChecked() throws {
        let home = try ScratchHome()
        defer { home.remove() }
        for bad in ["0", "lots", "100000"] {
            let result = try CLI.run(["serve", "--port", "0"], environment: home.environment.merging(["DATABASE_POOL_SIZE": bad]) { $1 })
            #expect(result.status != 0 && result.output.contains("DATABASE_POOL_SIZE must be a number of connections"), "\(result.output)")
        }
    }
}
