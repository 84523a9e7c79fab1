import Crypto
import Foundation

/// One `.sql` file of the schema's history, identified by its file name and pinned by its checksum.
public struct Migration: Sendable, Equatable {
    public let name: String
    public let sql: String
    /// SHA-256 of the file's bytes, hex: an applied migration whose file changes is refused.
    public let checksum: String
    /// What undoes it, from `down/<name>`; nil when the migration cannot be rolled back.
    public let down: DownMigration?

    public init(name: String, sql: String, down: DownMigration? = nil) {
        self.name = name
        self.sql = sql
        self.checksum = SHA256.hash(data: Data(sql.utf8)).map { String(format: "%02x", $0) }.joined()
        self.down = down
    }

    /// The three-digit number the name starts with ("016" of "016_vector_search_at_scale.sql").
    public var number: Substring { name.prefix { $0.isNumber } }

    /// Every `*.sql` file in `directory`, in name order, each with its down file from `directory/down` if any.
    public static func load(from directory: URL) throws -> [Migration] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".sql") }
            .sorted()
        let downDirectory = directory.appendingPathComponent("down")
        return try names.map { name in
            let sql = try text(of: directory.appendingPathComponent(name), name: name)
            let downFile = downDirectory.appendingPathComponent(name)
            let down = try FileManager.default.fileExists(atPath: downFile.path)
                ? DownMigration.parse(name: "down/" + name, sql: text(of: downFile, name: "down/" + name))
                : nil
            return Migration(name: name, sql: sql, down: down)
        }
    }

    private static func text(of url: URL, name: String) throws -> String {
        let data = try Data(contentsOf: url)
        guard let sql = String(data: data, encoding: .utf8) else { throw MigrationError.unreadable(name: name) }
        return sql
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
