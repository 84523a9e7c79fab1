import Logging
import PostgresNIO

/// LISTENs on one channel, on one pooled connection, until the task is cancelled; reconnects after errors.
/// Notifications sent while the connection is down are lost, so `onListening` runs each time listening
/// starts again: callers use it to look for what they may have missed.
public enum NotificationListener {
    public static func listen(
        channel: String, client: PostgresClient, logger: Logger,
        onListening: @escaping @Sendable () -> Void = {},
        receive: @escaping @Sendable (_ payload: String) -> Void
    ) async {
        while !Task.isCancelled {
            do {
                try await client.withConnection { connection in
                    try await connection.listen(on: channel) { notifications in
                        onListening()
                        for try await notification in notifications { receive(notification.payload) }
                    }
                }
            } catch {
                if Task.isCancelled { return }
                logger.warning("notifications interrupted", metadata: ["channel": "\(channel)", "error": "\(String(reflecting: error))"])
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }
}
