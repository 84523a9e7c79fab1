import Foundation
import NIOCore
import NIOPosix

/// Keeps objects as files under `<root>/<bucket>/<key>`: the default for one machine, and what development and
/// the tests use. Temporary files live in `<root>/.partial/` so that the final `rename` stays on one file system
/// and is atomic.
///
/// Every system call runs on a `NIOThreadPool`, never on the cooperative pool, whose few threads a slow disk
/// would otherwise stall for every task in the server. Plain POSIX rather than NIOFileSystem: a NIOFileSystem
/// handle that is not closed explicitly crashes the process when released, and a read stream is exactly the
/// thing a client abandons half way; a descriptor closed on release (`OwnedFileDescriptor`) fits that. Reads
/// are pulled 64 KiB at a time, so memory per download is one chunk however slow the client.
///
/// A key cannot be both an object and a folder here (`a` and `a/b`), unlike S3; Underdog's
/// `{user_id}/{timestamp}_{name}` keys never need both. Emptied folders are kept, so a concurrent commit into
/// the same folder never finds it gone.
public struct LocalFolderStore: BlobStore {
    public let root: URL
    private let rootPath: String
    private let threadPool: NIOThreadPool
    static let chunkSize = 64 * 1024
    static let partialFolderName = ".partial"

    public init(root: URL, threadPool: NIOThreadPool = .singleton) {
        self.root = root
        var path = root.standardizedFileURL.withUnsafeFileSystemRepresentation { String(cString: $0!) }
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        self.rootPath = path
        self.threadPool = threadPool
    }

    /// Where unfinished objects are written; anything left there after a crash can be deleted at start-up.
    public var partialFolder: URL { root.appendingPathComponent(Self.partialFolderName, isDirectory: true) }

    public func makeWriter(bucket: String, key: BlobKey) async throws(BlobStoreError) -> any BlobWriter {
        let finalPath = try path(bucket: bucket, key: key)
        let partial = "\(rootPath)/\(Self.partialFolderName)"
        let tempPath = "\(partial)/\(UUID().uuidString).part"
        let file = try await threadPool.blocking { () throws(BlobStoreError) in
            try POSIXFile.makeDirectories(partial)
            return OwnedFileDescriptor(try POSIXFile.openFile(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode: 0o644))
        }
        return LocalFolderWriter(file: file, tempPath: tempPath, finalPath: finalPath, rootPath: rootPath, threadPool: threadPool)
    }

    public func size(bucket: String, key: BlobKey) async throws(BlobStoreError) -> Int64? {
        let path = try path(bucket: bucket, key: key)
        return try await threadPool.blocking { () throws(BlobStoreError) in try POSIXFile.regularFileSize(path) }
    }

    public func read(bucket: String, key: BlobKey, range: ClosedRange<Int64>?) async throws(BlobStoreError) -> BlobReadStream {
        let path = try path(bucket: bucket, key: key)
        let (file, size) = try await threadPool.blocking { () throws(BlobStoreError) -> (OwnedFileDescriptor, Int64) in
            guard let raw = try POSIXFile.openExisting(path, O_RDONLY | O_CLOEXEC) else { throw .notFound }
            let file = OwnedFileDescriptor(raw)
            guard let size = try POSIXFile.regularFileSize(of: raw, path: path) else { throw .notFound }
            return (file, size)
        }
        let resolved = try ByteRangeResolution.resolve(range, size: size)
        let span = resolved.map { $0.lowerBound..<($0.upperBound + 1) } ?? 0..<size
        let chunks = LocalFileChunks(file: file, path: path, range: span, chunkSize: Self.chunkSize, threadPool: threadPool)
        return BlobReadStream(totalSize: size, range: resolved, chunks: chunks.stream())
    }

    public func delete(bucket: String, key: BlobKey) async throws(BlobStoreError) {
        let path = try path(bucket: bucket, key: key)
        try await threadPool.blocking { () throws(BlobStoreError) in try POSIXFile.removeFile(path) }
    }

    private func path(bucket: String, key: BlobKey) throws(BlobStoreError) -> String {
        try BucketName.validate(bucket)
        return "\(rootPath)/\(bucket)/\(key.value)"
    }
}
