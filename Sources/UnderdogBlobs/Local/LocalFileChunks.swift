import NIOCore
import NIOPosix
import Synchronization

/// Pulls one byte range of an open file in fixed-size chunks, each `pread` on the thread pool. Reading with
/// explicit offsets keeps no shared file position, and holding the descriptor keeps a consistent snapshot:
/// an overwrite renames a new file into place and leaves this one untouched.
final class LocalFileChunks: Sendable {
    private let file: OwnedFileDescriptor
    private let path: String
    private let threadPool: NIOThreadPool
    private let chunkSize: Int
    /// One past the last byte to read.
    private let end: Int64
    /// The offset of the next chunk, claimed before the read so two readers (a misuse) never get the same bytes.
    private let next: Mutex<Int64>

    init(file: OwnedFileDescriptor, path: String, range: Range<Int64>, chunkSize: Int, threadPool: NIOThreadPool) {
        self.file = file
        self.path = path
        self.threadPool = threadPool
        self.chunkSize = chunkSize
        self.end = range.upperBound
        self.next = Mutex(range.lowerBound)
    }

    func nextChunk() async throws(BlobStoreError) -> ByteBuffer? {
        let (offset, count) = next.withLock { next -> (Int64, Int) in
            let offset = next
            let count = Int(min(Int64(chunkSize), end - offset))
            next += Int64(max(count, 0))
            return (offset, count)
        }
        guard count > 0 else { return nil }
        do {
            return try await threadPool.blocking { [file, path] () throws(BlobStoreError) in
                try POSIXFile.read(file.raw, count: count, at: offset, path: path)
            }
        } catch {
            // A reader that carries on after an error must not get the bytes after a hole: end the stream.
            next.withLock { $0 = end }
            throw error
        }
    }

    /// The stream handed to callers. When it is dropped, this object and so the descriptor go with it.
    func stream() -> AsyncThrowingStream<ByteBuffer, any Error> {
        AsyncThrowingStream(unfolding: { try await self.nextChunk() })
    }
}
