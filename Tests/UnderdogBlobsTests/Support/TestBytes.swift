import Crypto
import NIOCore
import UnderdogBlobs

/// Deterministic test content: SplitMix64, so a failure reproduces byte for byte, and no two objects in a
/// test (different seeds) can pass for each other.
func testBytes(count: Int, seed: UInt64) -> [UInt8] {
    var state = seed &+ 0x9E37_79B9_7F4A_7C15
    var bytes = [UInt8]()
    bytes.reserveCapacity(count + 8)
    while bytes.count < count {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        withUnsafeBytes(of: z.littleEndian) { bytes.append(contentsOf: $0) }
    }
    return Array(bytes.prefix(count))
}

/// Writes `bytes` in chunks whose sizes cycle through `chunkSizes`: odd sizes catch buffering bugs at part
/// and chunk boundaries that round sizes hide.
func write(_ bytes: [UInt8], to writer: any BlobWriter, chunkSizes: [Int] = [1, 7, 4093, 65_537, 3, 100_003, 17]) async throws {
    var offset = 0
    var index = 0
    while offset < bytes.count {
        let size = min(chunkSizes[index % chunkSizes.count], bytes.count - offset)
        try await writer.write(ByteBuffer(bytes: bytes[offset..<(offset + size)]))
        offset += size
        index += 1
    }
}

/// Writes and commits a whole object.
@discardableResult
func put(_ bytes: [UInt8], in store: any BlobStore, bucket: String, key: BlobKey) async throws -> Int64 {
    let writer = try await store.makeWriter(bucket: bucket, key: key)
    try await write(bytes, to: writer)
    return try await writer.commit()
}

func collect(_ stream: BlobReadStream) async throws -> [UInt8] {
    var bytes = [UInt8]()
    for try await chunk in stream.chunks { bytes.append(contentsOf: chunk.readableBytesView) }
    return bytes
}

func sha256Hex(_ bytes: [UInt8]) -> String {
    SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
}
