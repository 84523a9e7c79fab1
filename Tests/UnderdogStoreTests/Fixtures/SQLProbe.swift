import Foundation
import Logging
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

// Small helpers shared by the Contract, Security and Functions suites: run a query and read one column,
// read the SQLSTATE of an error, and act as an identity inside a transaction that is always rolled back.

extension PostgresConnection {
    /// Runs `query` and returns nothing (the rows, if any, are drained).
    func run(_ query: PostgresQuery) async throws {
        _ = try await self.query(query, logger: TestPostgres.logger).collect()
    }

    /// The first column of every row, as text (NULL becomes "NULL").
    func strings(_ query: PostgresQuery) async throws -> [String] {
        try await self.query(query, logger: TestPostgres.logger).collect().map { row in
            try row.decode(String?.self) ?? "NULL"
        }
    }

    /// The first column of the first row, as text (nil when there is no row or it is NULL).
    func string(_ query: PostgresQuery) async throws -> String? {
        try await self.query(query, logger: TestPostgres.logger).collect().first?.decode(String?.self)
    }

    /// The first column of the first row as an integer (count(*) and friends).
    func int(_ query: PostgresQuery) async throws -> Int {
        let row = try #require(try await self.query(query, logger: TestPostgres.logger).collect().first)
        return try row.decode(Int.self)
    }

    func bool(_ query: PostgresQuery) async throws -> Bool? {
        try await self.query(query, logger: TestPostgres.logger).collect().first?.decode(Bool?.self)
    }

    /// Drops the identity taken by `Database.transaction(as:)` for the rest of the transaction: the owner
    /// (superuser, RLS bypassed) then inspects what the identity's statements did, before the rollback.
    func becomeOwner() async throws {
        try await run("RESET ROLE")
        try await run("SELECT set_config('request.jwt.claims', '', true)")
    }
}

/// The error thrown to end a transaction with ROLLBACK while carrying its result out.
struct RolledBack<Value: Sendable>: Error {
    let value: Value
}

extension Database {
    /// Runs `body` as `identity` in a transaction that is rolled back whatever happens, and returns its
    /// result. Nothing done in `body` survives, so cases sharing a database cannot affect each other.
    func rolledBack<Value: Sendable>(
        as identity: DatabaseIdentity,
        _ body: (PostgresConnection) async throws -> Value
    ) async throws -> Value {
        do {
            _ = try await transaction(as: identity, logger: TestPostgres.logger) { connection -> Int in
                throw RolledBack(value: try await body(connection))
            }
            Issue.record("unreachable: the transaction always throws")
            throw CancellationError()
        } catch {
            if let carried = unwrapped(error) as? RolledBack<Value> { return carried.value }
            throw DescribedError(underlying: unwrapped(error))
        }
    }

    /// Runs `body` as `identity` and commits.
    func committed<Value: Sendable>(
        as identity: DatabaseIdentity,
        _ body: (PostgresConnection) async throws -> Value
    ) async throws -> Value {
        do {
            return try await transaction(as: identity, logger: TestPostgres.logger, body)
        } catch {
            throw DescribedError(underlying: unwrapped(error))
        }
    }
}

/// A server error with its SQLSTATE and message in the test report (PSQLError's own description hides them).
struct DescribedError: Error, CustomStringConvertible {
    let underlying: any Error
    var description: String {
        guard let psql = underlying as? PSQLError else { return String(reflecting: underlying) }
        return "\(psql.serverInfo?[.sqlState] ?? "-"): \(psql.serverInfo?[.message] ?? String(reflecting: psql))"
    }
}

/// The error inside postgres-nio's transaction wrapper.
func unwrapped(_ error: any Error) -> any Error {
    if let described = error as? DescribedError { return unwrapped(described.underlying) }
    if let transaction = error as? PostgresTransactionError {
        if let inner = transaction.closureError { return unwrapped(inner) }
        if let inner = transaction.commitError { return unwrapped(inner) }
        if let inner = transaction.beginError { return unwrapped(inner) }
    }
    return error
}

/// The SQLSTATE of a server error ("42501", "23514", …), or nil for anything else.
func sqlState(of error: any Error) -> String? {
    (unwrapped(error) as? PSQLError)?.serverInfo?[.sqlState]
}

/// The server's message text of an error, for diagnostics and to tell a privilege error from an RLS one.
func serverMessage(of error: any Error) -> String {
    let error = unwrapped(error)
    if let psql = error as? PSQLError, let message = psql.serverInfo?[.message] { return message }
    return String(reflecting: error)
}

/// Runs `body`; returns the SQLSTATE it failed with, or nil if it succeeded.
func failure(_ body: () async throws -> Void) async -> String? {
    do {
        try await body()
        return nil
    } catch {
        return sqlState(of: error) ?? "not a server error: \(String(reflecting: unwrapped(error)))"
    }
}

/// A 1536-dimension vector literal for pgvector, from a few leading components (the rest are 0).
func vectorLiteral(_ leading: [Double], dimensions: Int = 1536) -> String {
    var values = leading + Array(repeating: 0, count: max(0, dimensions - leading.count))
    values = Array(values.prefix(dimensions))
    return "[" + values.map { String($0) }.joined(separator: ",") + "]"
}

extension PostgresConnection {
    /// Runs `body` inside a savepoint: returns the SQLSTATE it failed with (the transaction goes on), or nil.
    func attempt(_ body: () async throws -> Void) async throws -> String? {
        try await run("SAVEPOINT attempt")
        let state = await failure(body)
        try await run(state == nil ? "RELEASE SAVEPOINT attempt" : "ROLLBACK TO SAVEPOINT attempt")
        return state
    }
}
