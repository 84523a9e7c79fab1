#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore

/// The blocking system calls the local store needs, each retried on EINTR and turned into `BlobStoreError.io`
/// with the call, the path and the system's reason. Call only from a thread-pool thread.
enum POSIXFile {
    static func openFile(_ path: String, _ flags: CInt, mode: mode_t = 0) throws(BlobStoreError) -> CInt {
        while true {
            let fd = open(path, flags, mode)
            if fd >= 0 { return fd }
            if errno != EINTR { throw failure("open", path) }
        }
    }

    /// Opens a file that may be missing: nil then, rather than an error.
    static func openExisting(_ path: String, _ flags: CInt) throws(BlobStoreError) -> CInt? {
        while true {
            let fd = open(path, flags)
            if fd >= 0 { return fd }
            switch errno {
            case EINTR: continue
            case ENOENT, ENOTDIR: return nil
            default: throw failure("open", path)
            }
        }
    }

    /// The size of a regular file; nil when there is none (missing, or a folder standing where a file would).
    static func regularFileSize(_ path: String) throws(BlobStoreError) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw failure("stat", path)
        }
        return (info.st_mode & S_IFMT) == S_IFREG ? Int64(info.st_size) : nil
    }

    static func regularFileSize(of fd: CInt, path: String) throws(BlobStoreError) -> Int64? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure("fstat", path) }
        return (info.st_mode & S_IFMT) == S_IFREG ? Int64(info.st_size) : nil
    }

    static func writeAll(_ fd: CInt, _ bytes: ByteBuffer, path: String) throws(BlobStoreError) {
        let code: CInt = bytes.withUnsafeReadableBytes { raw in
            guard let base = raw.baseAddress else { return 0 }
            var done = 0
            while done < raw.count {
                let written = write(fd, base + done, raw.count - done)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += written
            }
            return 0
        }
        if code != 0 { throw failure("write", path, code: code) }
    }

    /// Reads exactly `count` bytes at `offset`; a file that ends sooner is an error, since the caller sized the
    /// read from `fstat` on the same descriptor and committed files are never changed in place.
    static func read(_ fd: CInt, count: Int, at offset: Int64, path: String) throws(BlobStoreError) -> ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: count)
        while buffer.readableBytes < count {
            let wanted = count - buffer.readableBytes
            let position = off_t(offset) + off_t(buffer.readableBytes)
            var code: CInt = 0
            let got = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: wanted) { raw -> Int in
                let result = pread(fd, raw.baseAddress, wanted, position)
                if result < 0 { code = errno; return 0 }
                return result
            }
            if code == EINTR { continue }
            if code != 0 { throw failure("pread", path, code: code) }
            if got == 0 { throw .io("pread \(path): the file ended \(wanted) bytes early") }
        }
        return buffer
    }

    static func syncFile(_ fd: CInt, path: String) throws(BlobStoreError) {
        while fsync(fd) != 0 {
            if errno != EINTR { throw failure("fsync", path) }
        }
    }

    /// Makes a rename or a new folder entry in `path` durable: without it a crash can forget a committed object.
    static func fsyncDirectory(_ path: String) throws(BlobStoreError) {
        let fd = try openFile(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { _ = close(fd) }
        try syncFile(fd, path: path)
    }

    /// `mkdir -p`, safe against other writers creating the same folders at the same time. Returns the folders
    /// it created, outermost first, so the caller can make their entries durable.
    @discardableResult
    static func makeDirectories(_ path: String) throws(BlobStoreError) -> [String] {
        if mkdir(path, 0o755) == 0 { return [path] }
        switch errno {
        case EEXIST:
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                throw .io("mkdir \(path): a file stands where a folder is needed")
            }
            return []
        case ENOENT:
            let parent = parentPath(of: path)
            guard parent != path else { throw failure("mkdir", path) }
            let created = try makeDirectories(parent)
            if mkdir(path, 0o755) == 0 { return created + [path] }
            if errno == EEXIST { return try created + makeDirectories(path) }
            throw failure("mkdir", path)
        default:
            throw failure("mkdir", path)
        }
    }

    static func moveFile(_ from: String, to: String) throws(BlobStoreError) {
        guard rename(from, to) == 0 else { throw failure("rename", "\(from) -> \(to)") }
    }

    /// Removes a file; a missing one (or a folder standing where the file would be) counts as removed.
    static func removeFile(_ path: String) throws(BlobStoreError) {
        guard unlink(path) != 0 else { return }
        switch errno {
        case ENOENT, ENOTDIR, EISDIR: return
        default: throw failure("unlink", path)
        }
    }

    static func parentPath(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func failure(_ call: String, _ path: String, code: CInt = errno) -> BlobStoreError {
        .io("\(call) \(path): \(String(cString: strerror(code)))")
    }
}
