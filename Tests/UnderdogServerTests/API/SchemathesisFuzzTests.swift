import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UnderdogStore
import UnderdogTestSupport
import UnderdogProcess
import UnderdogServer

/// Fuzzes the live API from its own OpenAPI document with schemathesis: generated valid and invalid
/// requests for every operation, checked for server errors and for responses that break the document.
/// Bounded: a fixed number of examples per operation and a fixed seed, on loopback only.
@Suite("API fuzzing from the OpenAPI document")
struct SchemathesisFuzzTests {
    static let examplesPerOperation = 25

    /// scripts/test installs schemathesis into the project's virtualenv.
    static var executable: String {
        ProcessInfo.processInfo.environment["UNDERDOG_SCHEMATHESIS"] ?? TestPostgres.repositoryRoot + "/.venv/bin/schemathesis"
    }

    @Test("no 5xx and no response outside the document, for signed-in and anonymous callers")
    func fuzz() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable),
                     "schemathesis is not installed at \(Self.executable): run scripts/test, which installs it")
        try await withTestDatabase { test in
            try await CurriculumRouteTests.seedModules(test)
            let app = try await makeApp(url: test.url, vapi: VapiSettings(publicKey: "pk-fuzz"))
            try await app.test(.live) { client in
                let port = try #require(client.port)
                let api = APIClient(client: client)
                let admin = try await api.signUp(email: "fuzz-admin@example.com", organization: "Fuzz Co")
                let base = "http://127.0.0.1:\(port)/api/v1"
                let report = FileManager.default.temporaryDirectory.appendingPathComponent("schemathesis-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: report, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: report) }
                // Off the cooperative pool: the run takes a while and the server under test shares this process.
                let result = try await Task.detached {
                    // Run inside the scratch folder: schemathesis keeps state in ./.schemathesis.
                    try CommandRunner.run("/bin/sh", ["-c", #"cd "$0" && exec "$@""#, report.path, Self.executable,
                        "run", base + "/openapi.json",
                        "--url", base,
                        "--header", "Authorization: Bearer \(admin.accessToken)",
                        "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,negative_data_rejection,ignored_auth",
                        "--max-examples", "\(Self.examplesPerOperation)",
                        "--seed", "20261125",
                        "--generation-deterministic",
                        "--request-timeout", "120",
                        "--report-dir", report.path,
                        "--no-color",
                    ], environment: .clean(["SCHEMATHESIS_HOOKS": ""]))
                }.value
                #expect(result.status == 0, "schemathesis found problems:\n\(String(result.output.suffix(12000)))")
            }
        }
    }
}
