/// Why the schema could not be brought up to date.
public enum MigrationError: Error, Equatable, CustomStringConvertible {
    case unreadable(name: String)
    /// An applied migration's file was edited afterwards: history must not be rewritten.
    case checksumMismatch(name: String, applied: String, file: String)
    /// The database has a migration this build does not know: it was migrated by a newer build.
    case unknownApplied(name: String)
    case failed(name: String, reason: String)
    /// A down file without its `-- loses:` line, or with an item that is not `schema.table[.column]`.
    case downHeaderMissing(name: String)
    case downHeaderInvalid(name: String, item: String)
    /// `migrate down --to` named a migration this build does not ship.
    case unknownTarget(String)
    /// A migration to be undone has no down file.
    case irreversible(name: String)
    /// The down files would destroy rows still held in these tables or columns; `--force` accepts that.
    case wouldLoseData(holding: [String])

    public var description: String {
        switch self {
        case .unreadable(let name):
            "migration \(name) is not valid UTF-8"
        case .checksumMismatch(let name, let applied, let file):
            "migration \(name) was applied with checksum \(applied.prefix(12)) but the file now has \(file.prefix(12)): "
                + "an applied migration must not be edited; restore the file and add a new migration instead"
        case .unknownApplied(let name):
            "the database has migration \(name), which this build does not ship: it was migrated by a newer build"
        case .failed(let name, let reason):
            "migration \(name) failed and was rolled back: \(reason)"
        case .downHeaderMissing(let name):
            "\(name) has no '-- loses:' line: say which tables or columns it destroys, or '-- loses: nothing'"
        case .downHeaderInvalid(let name, let item):
            "\(name): '\(item)' in its '-- loses:' line is not schema.table or schema.table.column"
        case .unknownTarget(let target):
            "no shipped migration is numbered \(target)"
        case .irreversible(let name):
            "migration \(name) has no down file and cannot be rolled back (see Migrations/down/README.md)"
        case .wouldLoseData(let holding):
            "rolling back would destroy data still held in \(holding.joined(separator: ", ")); "
                + "take a backup (scripts/backup) and run again with --force to accept the loss"
        }
    }
}
