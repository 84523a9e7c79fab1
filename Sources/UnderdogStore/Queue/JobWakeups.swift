import Logging
import PostgresNIO

/// Turns `underdog_jobs` notifications into wake-ups for the workers' loop. Workers poll as well, so a
/// notification lost across a reconnect only delays them.
public enum JobWakeups {
    public static let channel = "underdog_jobs"

    /// Calls `wake` for every notification, and once whenever listening (re)starts, until cancelled.
    public static func listen(on database: ServiceDatabase, wake: @escaping @Sendable () -> Void) async {
        await NotificationListener.listen(channel: channel, client: database.client, logger: database.logger, onListening: wake) { _ in wake() }
    }
}
