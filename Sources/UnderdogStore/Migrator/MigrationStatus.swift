import Foundation

/// Where each migration stands against one database.
public struct MigrationStatus: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        case applied(at: Date)
        case pending
        case changedSinceApplied(appliedChecksum: String, fileChecksum: String)
        /// In the database's ledger but not among this build's files.
        case unknown
    }

    public struct Entry: Sendable, Equatable {
        public let name: String
        public let state: State
    }

    public let entries: [Entry]

    public var pending: [String] { entries.filter { $0.state == .pending }.map(\.name) }

    /// True when every file is applied unchanged and the database knows nothing this build doesn't.
    public var isCurrent: Bool {
        entries.allSatisfy { if case .applied = $0.state { true } else { false } }
    }

    /// The first thing that stops `migrate` from running, if any.
    public var blockingError: MigrationError? {
        for entry in entries {
            switch entry.state {
            case .changedSinceApplied(let applied, let file):
                return .checksumMismatch(name: entry.name, applied: applied, file: file)
            case .unknown:
                return .unknownApplied(name: entry.name)
            case .applied, .pending:
                continue
            }
        }
        return nil
    }
}
