import Metrics

/// How the connection pool is used: transactions holding a connection now, and how long each took
/// (waiting for a connection included), by the role it ran as.
enum DatabaseMetrics {
    static let inFlight = Meter(label: "underdog_db_transactions_in_flight")

    private static let timers: [DatabaseIdentity.Role: Metrics.Timer] = Dictionary(
        uniqueKeysWithValues: DatabaseIdentity.Role.allCases.map {
            ($0, Metrics.Timer(label: "underdog_db_transaction_duration_seconds", dimensions: [("role", $0.rawValue)]))
        })

    static func duration(for role: DatabaseIdentity.Role) -> Metrics.Timer {
        timers[role]!
    }
}
