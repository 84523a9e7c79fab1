import PostgresNIO

/// What went wrong in the database, in terms the layers above can act on. The server maps each case to
/// one HTTP status in one place; nothing above the store looks at SQLSTATEs.
public enum StoreError: Error, Equatable, Sendable {
    /// No such row, or one that RLS hides from the caller: the two must look the same.
    case notFound(String)
    /// RLS or a privilege refused the write, or a function's own check did.
    case forbidden(String)
    /// The change conflicts with the current state (a duplicate, the last admin, an invite used twice).
    case conflict(String)
    /// A plan limit is reached; the message names the limit.
    case planLimit(String)
    /// A value the database refused (too long, malformed, out of range).
    case invalid(String)
    /// The request's session has ended (signed out, password changed, member removed, role changed).
    case sessionEnded

    /// Classifies a PostgreSQL error by its SQLSTATE; nil for errors that are the server's fault.
    public init?(_ error: any Error) {
        guard let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] else { return nil }
        let message = error.serverInfo?[.message] ?? "rejected by the database"
        switch state {
        case "UD404", "P0002": self = .notFound(message)
        case "UD403", "42501": self = .forbidden(message)
        case "UD409", "23505", "23P01": self = .conflict(message)
        case "UD402": self = .planLimit(message)
        case "23503": self = .conflict(message)
        case "23502", "23514", "22023": self = .invalid(message)
        default:
            // Class 22: data exceptions (bad encoding, NUL bytes, out-of-range numbers, malformed values).
            if state.hasPrefix("22") { self = .invalid(message) } else { return nil }
        }
    }
}

extension StoreError {
    /// Runs `body`, turning database errors that the caller's input caused into `StoreError`s.
    public static func classifying<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let error as StoreError {
            throw error
        } catch {
            if let classified = StoreError(error) { throw classified }
            throw error
        }
    }
}
