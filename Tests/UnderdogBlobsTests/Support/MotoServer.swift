import AsyncHTTPClient
import Foundation
import UnderdogProcess
import NIOCore

/// A moto_server of its own for one test, on a free loopback port, so S3 tests run against a real HTTP
/// S3 implementation without sharing state. Missing moto is a failure, not a skip: a skipped S3 suite would
/// let a broken S3 store ship.
final class MotoServer: @unchecked Sendable {
    let endpoint: URL
    private let process: Process
    private let logURL: URL

    private init(endpoint: URL, process: Process, logURL: URL) {
        self.endpoint = endpoint
        self.process = process
        self.logURL = logURL
    }

    /// `UNDERDOG_MOTO_SERVER` (set by scripts/test), else `.venv/bin/moto_server` at the repository root.
    static func executable() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let configured = environment["UNDERDOG_MOTO_SERVER"], !configured.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: configured) else {
                throw TestFailure("UNDERDOG_MOTO_SERVER is \(configured), which is not an executable file")
            }
            return URL(fileURLWithPath: configured)
        }
        let root = try repositoryRoot()
        let fallback = root.appendingPathComponent(".venv/bin/moto_server")
        guard FileManager.default.isExecutableFile(atPath: fallback.path) else {
            throw TestFailure("""
                moto_server not found: UNDERDOG_MOTO_SERVER is not set and \(fallback.path) does not exist. \
                Run scripts/test (it installs moto into .venv), or set UNDERDOG_MOTO_SERVER to a moto_server binary.
                """)
        }
        return fallback
    }

    /// The folder holding Package.swift above this file, symlinks resolved so a scratch package that links
    /// the test folder in still finds the real checkout.
    static func repositoryRoot() throws -> URL {
        var folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder.deleteLastPathComponent()
        }
        throw TestFailure("no Package.swift above \(#filePath)")
    }

    static func start() async throws -> MotoServer {
        let executable = try executable()
        var lastError: (any Error)?
        // A free port can be taken between finding it and moto binding it; another port then does.
        for _ in 0..<3 {
            do {
                return try await start(executable: executable, port: FreePort.find())
            } catch {
                lastError = error
            }
        }
        throw lastError!
    }

    private static func start(executable: URL, port: Int) async throws -> MotoServer {
        let logURL = FileManager.default.temporaryDirectory.appendingPathComponent("moto-\(port)-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-H", "127.0.0.1", "-p", String(port)]
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        // Only the basics: no credentials of the caller's reach the local S3 server.
        process.environment = ChildEnvironment.clean().variables
        try process.run()
        let server = MotoServer(endpoint: URL(string: "http://127.0.0.1:\(port)")!, process: process, logURL: logURL)
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            guard process.isRunning else {
                let output = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
                server.stop()
                throw TestFailure("moto_server exited during start-up (status \(process.terminationStatus)):\n\(output.suffix(2000))")
            }
            if await server.answers() { return server }
            try await Task.sleep(for: .milliseconds(100))
        }
        server.stop()
        throw TestFailure("moto_server did not answer on port \(port) within 30 s")
    }

    /// Makes moto check every request's signature from now on, as AWS does, and returns the only credentials
    /// it will accept. By default moto takes any signature, which would let a signing bug pass every test.
    /// moto checks with botocore's signer: an implementation independent of ours.
    func enforceSignatures() async throws -> (accessKeyID: String, secretAccessKey: String) {
        // While authentication is off, IAM calls need only an Authorization header naming the service.
        let authorization = "AWS4-HMAC-SHA256 Credential=AKIAUNDERDOGSETUP/20240101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0"
        func iam(_ parameters: [(String, String)]) async throws -> String {
            let form = (parameters + [("Version", "2010-05-08")])
                .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0.1)" }
                .joined(separator: "&")
            return try await call("/", body: form, contentType: "application/x-www-form-urlencoded", authorization: authorization)
        }
        _ = try await iam([("Action", "CreateUser"), ("UserName", "underdog-tests")])
        let created = try await iam([("Action", "CreateAccessKey"), ("UserName", "underdog-tests")])
        _ = try await iam([
            ("Action", "PutUserPolicy"), ("UserName", "underdog-tests"), ("PolicyName", "s3"),
            ("PolicyDocument", #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#),
        ])
        guard let keyID = Self.value(of: "AccessKeyId", in: created), let secret = Self.value(of: "SecretAccessKey", in: created) else {
            throw TestFailure("moto's CreateAccessKey answer has no key: \(created)")
        }
        // Authentication starts after this many further requests: none.
        _ = try await call("/moto-api/reset-auth", body: "0", contentType: "text/plain", authorization: nil)
        return (keyID, secret)
    }

    private func call(_ path: String, body: String, contentType: String, authorization: String?) async throws -> String {
        var request = HTTPClientRequest(url: endpoint.absoluteString + path)
        request.method = .POST
        request.headers.add(name: "content-type", value: contentType)
        if let authorization { request.headers.add(name: "authorization", value: authorization) }
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let text = String(buffer: try await response.body.collect(upTo: 1 << 20))
        guard response.status == .ok else { throw TestFailure("moto answered \(response.status) to \(path): \(text)") }
        return text
    }

    private static func value(of element: String, in document: String) -> String? {
        guard let open = document.range(of: "<\(element)>"), let close = document.range(of: "</\(element)>") else { return nil }
        return String(document[open.upperBound..<close.lowerBound])
    }

    private func answers() async -> Bool {
        do {
            let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: endpoint.absoluteString + "/"), timeout: .seconds(1))
            _ = try await response.body.collect(upTo: 1 << 20)
            return true
        } catch {
            return false
        }
    }

    /// SIGKILL straight away: Foundation's `Process` passes on the test thread's blocked signals, so moto never
    /// sees a SIGTERM, and a throwaway test server has nothing to shut down gracefully. Safe to call twice.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: logURL)
    }
}
