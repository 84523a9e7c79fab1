/// Why the schema could not be brought up to date.
public enum MigrationError: Error, Equatable, CustomStringConvertible {
    case unreadable(name: String)
    /// An applied migration's file was edited afterwards: history must not be rewritten.
    case checksumMismatch(name: String, applied: String, file: String)
    /// The database has a migration this build does not know: it was migrated by a newer build.
    case unknownApplied(name: String)
    case failed(name: String, reason: String)

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
        }
    }
}
