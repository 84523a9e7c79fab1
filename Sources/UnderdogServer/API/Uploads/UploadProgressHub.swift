import Foundation
import Logging
import PostgresNIO
import UnderdogStore

/// Wakes the event streams of one upload when its progress row changes. One LISTEN connection per server
/// serves every stream; streams also re-read every few seconds, so a lost notification only delays them.
actor UploadProgressHub {
    static let channel = "underdog_upload_progress"

    private var nextTicket = 0
    private var waiters: [UUID: [Int: CheckedContinuation<Void, Never>]] = [:]

    func notify(_ id: UUID) {
        guard let woken = waiters.removeValue(forKey: id) else { return }
        for waiter in woken.values { waiter.resume() }
    }

    /// Returns when `id` changes, or after `seconds`.
    func wait(for id: UUID, seconds: Double) async {
        nextTicket += 1
        let ticket = nextTicket
        let timeout = Task {
            try? await Task.sleep(for: .seconds(seconds))
            self.wake(id, ticket)
        }
        await withCheckedContinuation { waiters[id, default: [:]][ticket] = $0 }
        timeout.cancel()
    }

    private func wake(_ id: UUID, _ ticket: Int) {
        guard let waiter = waiters[id]?.removeValue(forKey: ticket) else { return }
        if waiters[id]?.isEmpty == true { waiters[id] = nil }
        waiter.resume()
    }

    /// Listens until cancelled, reconnecting after errors.
    func listen(on database: Database) async {
        while !Task.isCancelled {
            do {
                try await database.client.withConnection { connection in
                    try await connection.listen(on: Self.channel) { notifications in
                        for try await notification in notifications {
                            if let id = UUID(uuidString: notification.payload) { self.notify(id) }
                        }
                    }
                }
            } catch {
                if Task.isCancelled { return }
                database.logger.warning("upload progress notifications interrupted", metadata: ["error": "\(String(reflecting: error))"])
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }
}
