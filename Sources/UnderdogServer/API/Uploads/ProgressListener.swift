import Foundation
import ServiceLifecycle
import UnderdogStore

/// One LISTEN connection per server for `underdog_upload_progress` (payload: the upload id), waking the event
/// streams of that upload; runs beside the server and stops with it.
struct ProgressListener: Service {
    static let channel = "underdog_upload_progress"

    let wakeUps: WakeUps<UUID>
    let database: Database

    func run() async throws {
        let wakeUps = self.wakeUps
        await cancelWhenGracefulShutdown {
            await NotificationListener.listen(channel: Self.channel, client: database.client, logger: database.logger) { payload in
                guard let id = UUID(uuidString: payload) else { return }
                Task { await wakeUps.wake(id) }
            }
        }
    }
}
