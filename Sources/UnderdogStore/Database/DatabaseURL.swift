import Foundation
import NIOSSL
import PostgresNIO

/// A `postgres://user:password@host:port/database?sslmode=…` URL, checked once at start-up.
public struct DatabaseURL: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    public var requireTLS: Bool

    public init(host: String, port: Int, username: String, password: String?, database: String, requireTLS: Bool = false) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.requireTLS = requireTLS
    }

    public init(_ string: String) throws {
        guard let components = URLComponents(string: string),
              let scheme = components.scheme, ["postgres", "postgresql"].contains(scheme),
              let host = components.host, !host.isEmpty
        else {
            throw DatabaseURLError.invalid(reason: "expected postgres://user:password@host:port/database")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else { throw DatabaseURLError.invalid(reason: "the URL names no database") }
        let sslMode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? "prefer"
        self.init(
            host: host,
            port: components.port ?? 5432,
            username: components.user ?? "postgres",
            password: components.password,
            database: database,
            requireTLS: ["require", "verify-ca", "verify-full"].contains(sslMode)
        )
    }

    /// The same server, another database: tests clone templates, `db start` creates the app's database.
    public func with(database: String) -> DatabaseURL {
        var copy = self
        copy.database = database
        return copy
    }

    /// How many connections a server keeps at most when `DATABASE_POOL_SIZE` doesn't say: four per core,
    /// between 8 and 20. More connections than the cores can run only moves the queue from the pool, where
    /// a page waits its turn, into PostgreSQL, where sixteen busy backends on two cores take turns
    /// mid-transaction: `scripts/bench pages` on 2 cores, 16 clients, gave the score card a p99 of 211–367 ms
    /// with 20 connections and 41–50 ms with 8, at the same pages per second (a machine busy with builds).
    public static var defaultPoolSize: Int {
        min(20, max(8, 4 * ProcessInfo.processInfo.activeProcessorCount))
    }

    public var clientConfiguration: PostgresClient.Configuration { clientConfiguration(maximumConnections: 20) }

    public func clientConfiguration(maximumConnections: Int) -> PostgresClient.Configuration {
        var tls: PostgresClient.Configuration.TLS = .disable
        if requireTLS { tls = .require(.makeClientConfiguration()) }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls)
        configuration.options.minimumConnections = 0
        configuration.options.maximumConnections = maximumConnections
        return configuration
    }

    /// The URL with its password masked, for logs.
    public var description: String {
        "postgres://\(username)\(password == nil ? "" : ":***")@\(host):\(port)/\(database)"
    }
}

public enum DatabaseURLError: Error, CustomStringConvertible {
    case invalid(reason: String)

    public var description: String {
        switch self {
        case .invalid(let reason): "DATABASE_URL is not valid: \(reason)"
        }
    }
}
