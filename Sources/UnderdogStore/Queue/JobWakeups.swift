import Logging
import PostgresNIO

/// LISTENs for `underdog_jobs` on one pooled connection and turns each notification into a wake-up for the
/// workers' loop. Workers poll as well, so a notification lost across a reconnect only delays them.
public enum JobWakeups {
    public static let channel = "underdog_jobs"

    /// Calls `wake` for every notification until the task is cancelled; reconnects after errors.
    public static func listen(on database: ServiceDatabase, wake: @escaping @Sendable () -> Void) async {
        while !Task.isCancelled {
            do {
                try await database.client.withConnection { connection in
                    try await connection.listen(on: channel) { notifications in
                        wake()  // anything queued while we were not listening
                        for try await _ in notifications { wake() }
                    }
                }
            } catch {
                if Task.isCancelled { return }
                database.logger.warning("job notifications interrupted", metadata: ["error": "\(String(reflecting: error))"])
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }
}
