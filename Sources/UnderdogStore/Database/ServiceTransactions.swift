import PostgresNIO

/// Somewhere to run a transaction as service_role: a pool of its own (`ServiceDatabase`, for the workers and the
/// operator's commands) or the request pool (`Database`, for an admin's action in the web app, whose right to ask
/// was first checked as that admin, under RLS).
public protocol ServiceTransactions: Sendable {
    func serviceTransaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result
}

extension ServiceDatabase: ServiceTransactions {
    public func serviceTransaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await transaction(body)
    }
}

extension Database: ServiceTransactions {
    public func serviceTransaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await transaction(as: .service, body)
    }
}
