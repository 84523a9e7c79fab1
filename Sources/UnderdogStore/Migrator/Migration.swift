import Crypto
import Foundation

/// One `.sql` file of the schema's history, identified by its file name and pinned by its checksum.
public struct Migration: Sendable, Equatable {
    public let name: String
    public let sql: String
    /// SHA-256 of the file's bytes, hex: an applied migration whose file changes is refused.
    public let checksum: String

    public init(name: String, sql: String) {
        self.name = name
        self.sql = sql
        self.checksum = SHA256.hash(data: Data(sql.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Every `*.sql` file in `directory`, in name order.
    public static func load(from directory: URL) throws -> [Migration] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".sql") }
            .sorted()
        return try names.map { name in
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            guard let sql = String(data: data, encoding: .utf8) else {
                throw MigrationError.unreadable(name: name)
            }
            return Migration(name: name, sql: sql)
        }
    }

    /// The folder of migrations shipped inside the binary's resources.
    public static var bundledDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Migrations")
    }

    /// The migrations shipped with this build.
    public static func bundled() throws -> [Migration] {
        try load(from: bundledDirectory)
    }
}
