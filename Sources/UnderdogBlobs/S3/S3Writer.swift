import NIOCore

/// Uploads one object while holding at most about `partSize` bytes. The choice between one PUT and a
/// multipart upload is made lazily: parts start only once more than `partSize` bytes have arrived, so a
/// recording that fits in one part costs one request, and an object is never split into a last part of zero.
actor S3Writer: BlobWriter {
    private enum State {
        case open
        /// A write or the commit is waiting on S3.
        case busy
        case committed
        case aborted
        case failed
    }

    private let store: S3Store
    private let bucket: String
    private let key: BlobKey
    private let partSize: Int
    private var pending: ByteBuffer
    private var uploadID: String?
    private var parts: [S3Store.CompletedPart] = []
    private var total: Int64 = 0
    private var state = State.open

    init(store: S3Store, bucket: String, key: BlobKey) {
        self.store = store
        self.bucket = bucket
        self.key = key
        self.partSize = max(store.configuration.partSize, S3Configuration.minimumPartSize)
        self.pending = ByteBufferAllocator().buffer(capacity: 0)
    }

    /// A writer dropped mid-upload (an error path that forgot `abort()`) would leave parts billed until a
    /// lifecycle rule removes them; abort them in the background instead.
    deinit {
        switch state {
        case .committed, .aborted: return
        case .open, .busy, .failed: break
        }
        guard let uploadID else { return }
        let (store, bucket, key) = (store, bucket, key)
        Task { await store.abortMultipartUpload(bucket: bucket, key: key, uploadID: uploadID) }
    }

    func write(_ bytes: ByteBuffer) async throws(BlobStoreError) {
        try begin("write")
        total += Int64(bytes.readableBytes)
        if pending.capacity == 0 { pending.reserveCapacity(min(partSize, max(bytes.readableBytes, 64 << 10))) }
        pending.writeImmutableBuffer(bytes)
        do {
            while pending.readableBytes > partSize {
                let part = pending.readSlice(length: partSize)!
                // Move the remainder to a buffer of its own so the part's memory is freed once it is sent.
                var rest = ByteBufferAllocator().buffer(capacity: max(pending.readableBytes, 64 << 10))
                rest.writeBuffer(&pending)
                pending = rest
                try await upload(part)
            }
        } catch {
            markFailed()
            throw error
        }
        guard case .busy = state else { throw .writerClosed("aborted during write") }
        state = .open
    }

    func commit() async throws(BlobStoreError) -> Int64 {
        try begin("commit")
        do {
            if let uploadID {
                // More than a part's worth arrived earlier, so `pending` holds the last, non-empty part.
                try await upload(pending)
                try await store.completeMultipartUpload(bucket: bucket, key: key, uploadID: uploadID, parts: parts)
            } else {
                try await store.putObject(bucket: bucket, key: key, body: pending)
            }
        } catch {
            markFailed()
            throw error
        }
        guard case .busy = state else { throw .writerClosed("aborted during commit") }
        state = .committed
        pending = ByteBuffer()
        return total
    }

    func abort() async {
        switch state {
        case .committed, .aborted: return
        case .open, .busy, .failed: state = .aborted
        }
        pending = ByteBuffer()
        if let uploadID {
            self.uploadID = nil
            await store.abortMultipartUpload(bucket: bucket, key: key, uploadID: uploadID)
        }
    }

    /// Sends the next part, starting the multipart upload first if needed. An abort that arrives while a call
    /// is in flight is honoured when it returns: an upload created too late for the abort to see is aborted here.
    private func upload(_ part: ByteBuffer) async throws(BlobStoreError) {
        let id: String
        if let uploadID {
            id = uploadID
        } else {
            id = try await store.createMultipartUpload(bucket: bucket, key: key)
            guard case .busy = state else {
                await store.abortMultipartUpload(bucket: bucket, key: key, uploadID: id)
                throw .writerClosed("aborted while writing")
            }
            uploadID = id
        }
        let completed = try await store.uploadPart(bucket: bucket, key: key, uploadID: id, number: parts.count + 1, body: part)
        guard case .busy = state else { throw .writerClosed("aborted while writing") }
        parts.append(completed)
    }

    private func begin(_ operation: String) throws(BlobStoreError) {
        switch state {
        case .open: state = .busy
        case .busy: throw .writerClosed("\(operation) while another write or the commit is running")
        case .committed: throw .writerClosed("\(operation) after commit")
        case .aborted: throw .writerClosed("\(operation) after abort")
        case .failed: throw .writerClosed("\(operation) after a failed write")
        }
    }

    /// A failed call leaves the upload in an unknown state: only `abort()` may follow. An abort that already
    /// ran keeps its say.
    private func markFailed() {
        if case .busy = state { state = .failed }
    }
}
