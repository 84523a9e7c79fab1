import NIOPosix

extension NIOThreadPool {
    /// Runs blocking file work on the pool, keeping the error typed. The cooperative pool has as many threads
    /// as cores; a 64 KiB `pread` or an `fsync` on it would stall every task in the server meanwhile.
    func blocking<T: Sendable>(_ work: @escaping @Sendable () throws(BlobStoreError) -> T) async throws(BlobStoreError) -> T {
        do {
            return try await runIfActive { try work() }
        } catch let error as BlobStoreError {
            throw error
        } catch is CancellationError {
            throw .cancelled
        } catch {
            throw .io("the file thread pool is not running: \(error)")
        }
    }

    /// Runs clean-up work even when the calling task is cancelled: `runIfActive` drops work whose task was
    /// cancelled before it started, and an abort is most often called from a cancelled upload.
    func blockingEvenIfCancelled(_ work: @escaping @Sendable () throws(BlobStoreError) -> Void) async {
        await Task { try? await self.blocking(work) }.value
    }
}
