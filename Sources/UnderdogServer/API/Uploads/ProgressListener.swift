import ServiceLifecycle
import UnderdogStore

/// Runs the hub's LISTEN connection beside the server, and stops it with the server.
struct ProgressListener: Service {
    let hub: UploadProgressHub
    let database: Database

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await hub.listen(on: database)
        }
    }
}
