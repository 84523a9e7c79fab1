#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore
import NIOPosix
import Synchronization

/// Streams an object into a temporary file in `<root>/.partial/` and publishes it with one `rename`, so readers
/// see the whole object or nothing, and a crash leaves at most a stray temporary file, never a torn object.
final class LocalFolderWriter: BlobWriter {
    private enum State {
        /// Ready for the next write or the commit.
        case idle(OwnedFileDescriptor, written: Int64)
        /// A write or the commit is on the thread pool.
        case busy(OwnedFileDescriptor, written: Int64)
        case committed
        case aborted
        case failed
    }

    private let state: Mutex<State>
    private let tempPath: String
    private let finalPath: String
    /// `<root>`: the folders below it are created on commit, and the ones created are made durable.
    private let rootPath: String
    private let threadPool: NIOThreadPool

    init(file: OwnedFileDescriptor, tempPath: String, finalPath: String, rootPath: String, threadPool: NIOThreadPool) {
        self.state = Mutex(.idle(file, written: 0))
        self.tempPath = tempPath
        self.finalPath = finalPath
        self.rootPath = rootPath
        self.threadPool = threadPool
    }

    /// A writer dropped without `commit()` or `abort()` (an error path that forgot) must not leak disk space.
    /// `unlink` is one quick metadata call, acceptable here even off the thread pool.
    deinit {
        let open = state.withLock { state in
            switch state {
            case .idle, .busy: true
            case .committed, .aborted, .failed: false
            }
        }
        if open { try? POSIXFile.removeFile(tempPath) }
    }

    func write(_ bytes: ByteBuffer) async throws(BlobStoreError) {
        let (file, written) = try claim(for: "write")
        do {
            try await threadPool.blocking { [tempPath] () throws(BlobStoreError) in
                try POSIXFile.writeAll(file.raw, bytes, path: tempPath)
            }
        } catch {
            await fail()
            throw error
        }
        state.withLock { state in
            // An abort that ran meanwhile has already decided the outcome.
            if case .busy = state { state = .idle(file, written: written + Int64(bytes.readableBytes)) }
        }
    }

    func commit() async throws(BlobStoreError) -> Int64 {
        let (file, written) = try claim(for: "commit")
        do {
            try await threadPool.blocking { [tempPath, finalPath, rootPath] () throws(BlobStoreError) in
                try POSIXFile.syncFile(file.raw, path: tempPath)
                let folder = POSIXFile.parentPath(of: finalPath)
                let created = try POSIXFile.makeDirectories(folder)
                try POSIXFile.moveFile(tempPath, to: finalPath)
                // The rename lives in the object's folder; each new folder lives in its parent. Without these
                // a power loss can undo a commit that already returned.
                for directory in Set(created.map(POSIXFile.parentPath(of:)) + [folder])
                where directory.hasPrefix(rootPath) {
                    try POSIXFile.fsyncDirectory(directory)
                }
            }
        } catch {
            await fail()
            throw error
        }
        let committed = state.withLock { state -> Bool in
            guard case .busy = state else { return false }
            state = .committed
            return true
        }
        guard committed else { throw .writerClosed("aborted while committing") }
        return written
    }

    func abort() async {
        let wasOpen = state.withLock { state -> Bool in
            switch state {
            case .idle, .busy:
                state = .aborted
                return true
            case .committed, .aborted, .failed:
                return false
            }
        }
        // Unlinking while a write is still running is safe: that write finishes into the unlinked file, whose
        // space is freed when the last descriptor user lets go.
        if wasOpen {
            await threadPool.blockingEvenIfCancelled { [tempPath] () throws(BlobStoreError) in try POSIXFile.removeFile(tempPath) }
        }
    }

    /// Takes the descriptor for one operation, refusing a writer that is finished or already in use.
    private func claim(for operation: String) throws(BlobStoreError) -> (OwnedFileDescriptor, Int64) {
        try state.withLock { state throws(BlobStoreError) -> (OwnedFileDescriptor, Int64) in
            switch state {
            case .idle(let file, let written):
                state = .busy(file, written: written)
                return (file, written)
            case .busy: throw .writerClosed("\(operation) while another write or the commit is running")
            case .committed: throw .writerClosed("\(operation) after commit")
            case .aborted: throw .writerClosed("\(operation) after abort")
            case .failed: throw .writerClosed("\(operation) after a failed write")
            }
        }
    }

    /// A failed writer cannot be committed, so its temporary file goes now rather than waiting for `abort()`.
    private func fail() async {
        let wasBusy = state.withLock { state -> Bool in
            guard case .busy = state else { return false }
            state = .failed
            return true
        }
        if wasBusy {
            await threadPool.blockingEvenIfCancelled { [tempPath] () throws(BlobStoreError) in try POSIXFile.removeFile(tempPath) }
        }
    }
}
