import Foundation
import NIOCore

/// Writes a ZIP archive (PKWARE APPNOTE 6.3) of stored, uncompressed entries to a file, streaming each entry's
/// bytes through: a recording is never held in memory. Each entry's CRC-32 and sizes follow its data in a data
/// descriptor (general-purpose flag bit 3), so nothing is written twice; names are UTF-8 (bit 11). No ZIP64:
/// an archive or entry past 4 GiB is refused (one recording is at most 100 MB).
/// Used by one task at a time.
final class ZipArchiveWriter {
    private struct Entry {
        let name: [UInt8]
        let crc: UInt32
        let size: UInt32
        let offset: UInt32
    }

    private let handle: FileHandle
    private var offset: UInt64 = 0
    private var entries: [Entry] = []
    private let dosTime: UInt16
    private let dosDate: UInt16

    init(path: String, date: Date = Date()) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw ZipArchiveError.cannotCreate(path)
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        dosTime = UInt16((parts.hour ?? 0) << 11 | (parts.minute ?? 0) << 5 | (parts.second ?? 0) / 2)
        dosDate = UInt16(max(0, (parts.year ?? 1980) - 1980) << 9 | (parts.month ?? 1) << 5 | (parts.day ?? 1))
    }

    deinit { try? handle.close() }

    func add(name: String, data: Data) async throws {
        try await add(name: name, chunks: AsyncThrowingStream { continuation in
            continuation.yield(ByteBuffer(bytes: data))
            continuation.finish()
        })
    }

    func add<Chunks: AsyncSequence>(name: String, chunks: Chunks) async throws where Chunks.Element == ByteBuffer {
        let nameBytes = Array(name.utf8)
        guard !nameBytes.isEmpty, nameBytes.count <= 0xFFFF, offset <= 0xFFFF_FFFF else { throw ZipArchiveError.tooLarge(name) }
        let start = UInt32(offset)
        var header = Bytes()
        header.u32(0x0403_4B50)
        header.u16(20)               // version needed: 2.0
        header.u16(1 << 3 | 1 << 11) // sizes in the data descriptor; UTF-8 name
        header.u16(0)                // stored
        header.u16(dosTime)
        header.u16(dosDate)
        header.u32(0); header.u32(0); header.u32(0)  // CRC and sizes: in the descriptor
        header.u16(UInt16(nameBytes.count))
        header.u16(0)
        header.bytes.append(contentsOf: nameBytes)
        try write(header.bytes)

        var crc = CRC32()
        var size: UInt64 = 0
        for try await chunk in chunks {
            let bytes = Array(chunk.readableBytesView)
            crc.update(bytes)
            size += UInt64(bytes.count)
            guard size <= 0xFFFF_FFFF else { throw ZipArchiveError.tooLarge(name) }
            try write(bytes)
        }
        var descriptor = Bytes()
        descriptor.u32(0x0807_4B50)
        descriptor.u32(crc.value)
        descriptor.u32(UInt32(size))
        descriptor.u32(UInt32(size))
        try write(descriptor.bytes)
        entries.append(Entry(name: nameBytes, crc: crc.value, size: UInt32(size), offset: start))
    }

    /// Writes the central directory and closes the file.
    func finish() throws {
        guard offset <= 0xFFFF_FFFF, entries.count <= 0xFFFF else { throw ZipArchiveError.tooLarge("the archive") }
        let directoryStart = UInt32(offset)
        for entry in entries {
            var record = Bytes()
            record.u32(0x0201_4B50)
            record.u16(0x0314)           // made by: UNIX, 2.0
            record.u16(20)
            record.u16(1 << 3 | 1 << 11)
            record.u16(0)
            record.u16(dosTime)
            record.u16(dosDate)
            record.u32(entry.crc)
            record.u32(entry.size)
            record.u32(entry.size)
            record.u16(UInt16(entry.name.count))
            record.u16(0); record.u16(0); record.u16(0); record.u16(0)
            record.u32(0o100600 << 16)   // a regular file, rw for its owner
            record.u32(entry.offset)
            record.bytes.append(contentsOf: entry.name)
            try write(record.bytes)
        }
        let directorySize = UInt32(offset - UInt64(directoryStart))
        var end = Bytes()
        end.u32(0x0605_4B50)
        end.u16(0); end.u16(0)
        end.u16(UInt16(entries.count)); end.u16(UInt16(entries.count))
        end.u32(directorySize)
        end.u32(directoryStart)
        end.u16(0)
        try write(end.bytes)
        try handle.synchronize()
        try handle.close()
    }

    private func write(_ bytes: [UInt8]) throws {
        try handle.write(contentsOf: bytes)
        offset += UInt64(bytes.count)
    }
}

enum ZipArchiveError: Error, CustomStringConvertible {
    case cannotCreate(String)
    case tooLarge(String)

    var description: String {
        switch self {
        case .cannotCreate(let path): "cannot create \(path)"
        case .tooLarge(let name): "\(name) is too large for a ZIP archive without ZIP64 (4 GiB)"
        }
    }
}

/// Little-endian fields, as ZIP stores them.
private struct Bytes {
    var bytes: [UInt8] = []
    mutating func u16(_ value: UInt16) { bytes.append(UInt8(value & 0xFF)); bytes.append(UInt8(value >> 8)) }
    mutating func u32(_ value: UInt32) { u16(UInt16(value & 0xFFFF)); u16(UInt16(value >> 16)) }
}

/// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as ZIP checks entries with.
struct CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }
    private var state: UInt32 = 0xFFFF_FFFF

    mutating func update(_ bytes: [UInt8]) {
        for byte in bytes { state = Self.table[Int((state ^ UInt32(byte)) & 0xFF)] ^ (state >> 8) }
    }

    var value: UInt32 { state ^ 0xFFFF_FFFF }
}
