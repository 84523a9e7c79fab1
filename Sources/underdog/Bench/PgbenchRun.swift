import Foundation
import PostgresNIO
import UnderdogStore

/// The same transactions an API request runs, replayed by pgbench straight against PostgreSQL: the floor the
/// API's figures are compared with.
struct PgbenchRun {
    /// One prepared statement of the script, with the text of each bound parameter in order (nil for NULL).
    struct Statement {
        let sql: String
        let bindings: PostgresBindings
        let parameters: [String?]

        init<Prepared: PostgresPreparedStatement>(_ statement: Prepared, parameters: [String?]) throws {
            self.sql = Prepared.sql
            self.bindings = try statement.makeBindings()
            self.parameters = parameters
        }
    }

    let executable: String
    let url: DatabaseURL
    /// What one request runs: each inner list is one transaction, in order.
    let transactions: [[Statement]]
    let clients: Int
    let threads: Int

    init(executable: String, url: DatabaseURL, statements: [Statement], clients: Int, threads: Int) {
        self.init(executable: executable, url: url, transactions: [statements], clients: clients, threads: threads)
    }

    init(executable: String, url: DatabaseURL, transactions: [[Statement]], clients: Int, threads: Int) {
        self.executable = executable
        self.url = url
        self.transactions = transactions
        self.clients = clients
        self.threads = threads
    }

    func run(seconds: Int) async throws -> LatencySummary {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("underdog-pgbench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (script, variables) = try Self.script(transactions)
        let scriptPath = folder.appendingPathComponent("request.sql").path
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)

        var arguments = [
            "-n", "-M", "prepared", "-c", "\(clients)", "-j", "\(threads)", "-T", "\(seconds)",
            "-f", scriptPath, "-l", "--log-prefix", folder.appendingPathComponent("tx").path,
            "-h", url.host, "-p", "\(url.port)", "-U", url.username,
        ]
        for (name, value) in variables { arguments += ["-D", "\(name)=\(value)"] }
        arguments.append(url.database)
        let output = try await ExternalTool.run(executable, arguments, environment: ["PGPASSWORD": url.password ?? ""])

        guard let tpsLine = output.split(separator: "\n").first(where: { $0.hasPrefix("tps = ") }),
              let tps = Double(tpsLine.dropFirst("tps = ".count).prefix(while: { $0 != " " }))
        else { throw CommandError("could not read pgbench's report:\n\(output)") }
        let latencies = try Self.transactionLatencies(in: folder).sorted()
        return LatencySummary(
            requestsPerSecond: tps,
            p50Milliseconds: LatencySummary.percentile(0.50, of: latencies),
            p99Milliseconds: LatencySummary.percentile(0.99, of: latencies),
            count: latencies.count)
    }

    /// pgbench names variables `:name`; a NULL cannot be passed that way, so it is written as the literal.
    /// Placeholders are replaced from the highest number down, so `$1` never eats the start of `$12`.
    static func script(_ statements: [Statement]) throws -> (String, [(String, String)]) {
        try script([statements])
    }

    /// One pgbench "transaction" (a latency sample) is the whole request: every transaction it runs.
    static func script(_ transactions: [[Statement]]) throws -> (String, [(String, String)]) {
        var lines: [String] = []
        var variables: [(String, String)] = []
        var index = 0
        for statements in transactions {
            lines.append("BEGIN;")
            for statement in statements {
                lines.append(try line(statement, index: index, variables: &variables))
                index += 1
            }
            lines.append("COMMIT;")
        }
        return (lines.joined(separator: "\n"), variables)
    }

    private static func line(_ statement: Statement, index: Int, variables: inout [(String, String)]) throws -> String {
        guard statement.parameters.count == statement.bindings.count else {
            throw CommandError("statement \(index + 1) binds \(statement.bindings.count) values, the bench names \(statement.parameters.count)")
        }
        var sql = statement.sql
        for (position, value) in statement.parameters.enumerated().reversed() {
            let replacement: String
            if value == "" {
                replacement = "''"  // pgbench refuses an empty variable
            } else if let value {
                let name = "s\(index)p\(position + 1)"
                variables.append((name, value))
                replacement = ":" + name
            } else {
                replacement = "NULL"
            }
            sql = sql.replacingOccurrences(of: "$\(position + 1)", with: replacement)
        }
        return sql + ";"
    }

    /// Each line of pgbench's per-transaction log is `client transaction latency_us script epoch epoch_us`.
    static func transactionLatencies(in folder: URL) throws -> [Double] {
        var latencies: [Double] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasPrefix("tx") {
            let text = try String(contentsOfFile: folder.appendingPathComponent(file).path, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let fields = line.split(separator: " ")
                if fields.count >= 3, let microseconds = Double(fields[2]) { latencies.append(microseconds / 1000) }
            }
        }
        guard !latencies.isEmpty else { throw CommandError("pgbench wrote no transaction log") }
        return latencies
    }
}
