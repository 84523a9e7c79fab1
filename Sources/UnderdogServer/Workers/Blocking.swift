import NIOPosix

/// Work that blocks a thread (ffmpeg running, a file copied) goes to NIO's thread pool, never Swift's few
/// cooperative threads, which serve every request of the server.
enum Blocking {
    static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await NIOThreadPool.singleton.runIfActive(work)
    }
}
