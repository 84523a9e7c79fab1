import Foundation

/// The file that undoes one migration: `Migrations/down/<the up file's name>`.
///
/// Its header names the stored data it destroys (`-- loses: public.t, public.t.column` or `-- loses: nothing`),
/// so a rollback can refuse before it starts when any of that still holds rows. A down file without the line
/// is refused at load time: an unknown loss must not pass for no loss.
public struct DownMigration: Sendable, Equatable {
    public let sql: String
    public let losses: [DataLoss]

    public init(sql: String, losses: [DataLoss]) {
        self.sql = sql
        self.losses = losses
    }

    /// Parses the header of a down file named `name`.
    public static func parse(name: String, sql: String) throws -> DownMigration {
        guard let line = sql.split(separator: "\n").first(where: { $0.hasPrefix("-- loses:") }) else {
            throw MigrationError.downHeaderMissing(name: name)
        }
        let list = String(line.dropFirst("-- loses:".count)).trimmingCharacters(in: .whitespaces)
        if list == "nothing" { return DownMigration(sql: sql, losses: []) }
        let losses = try list.split(separator: ",").map { item in
            let text = item.trimmingCharacters(in: .whitespaces)
            guard let loss = DataLoss(text) else { throw MigrationError.downHeaderInvalid(name: name, item: text) }
            return loss
        }
        return DownMigration(sql: sql, losses: losses)
    }
}

/// A table whose rows, or a column whose values, a down file destroys.
public struct DataLoss: Sendable, Hashable, CustomStringConvertible {
    public let schema: SQLIdentifier
    public let table: SQLIdentifier
    /// nil: the whole table goes.
    public let column: SQLIdentifier?

    /// `schema.table` or `schema.table.column`, each part a plain lower-case identifier.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count),
              let schema = SQLIdentifier(parts[0]), let table = SQLIdentifier(parts[1]) else { return nil }
        var column: SQLIdentifier?
        if parts.count == 3 {
            guard let name = SQLIdentifier(parts[2]) else { return nil }
            column = name
        }
        self.schema = schema
        self.table = table
        self.column = column
    }

    public var description: String {
        [schema.name, table.name, column?.name].compactMap { $0 }.joined(separator: ".")
    }
}
