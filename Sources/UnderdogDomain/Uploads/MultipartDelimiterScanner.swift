import Foundation

/// Finds the multipart delimiter (`CRLF--boundary`) in a stream that arrives in chunks split anywhere.
///
/// This is the hot path of every upload, so it never looks at body bytes one at a time: `memchr` (vectorised by
/// libc) jumps to the next CR, a `memcmp` checks the delimiter there, and everything in between is copied to the
/// body in one slice. The only bytes it keeps between calls are a tail that begins like the delimiter, shorter than
/// it, until the next chunk shows whether it is one.
struct MultipartDelimiterScanner: Sendable {
    /// `CRLF--boundary`.
    let delimiter: [UInt8]
    /// The end of earlier input that matches the start of `delimiter`; always shorter than `delimiter`.
    private var held: [UInt8]

    /// - Parameter held: bytes taken to precede the first input. The parser passes CRLF so that a boundary on the
    ///   body's very first line, which has no CRLF of its own before it, is found like any other.
    init(boundary: String, held: [UInt8]) {
        delimiter = Array("\r\n--\(boundary)".utf8)
        self.held = held
    }

    /// Looks for the delimiter in `input[start...]`, appending to `body` (when `keeping`) the bytes that are
    /// certainly not part of it.
    ///
    /// - Returns: the index just past the delimiter, or nil when `input` is used up without finding one (its tail
    ///   may be held back for the next call).
    mutating func scan(
        _ input: UnsafeRawBufferPointer, from start: Int, keeping: Bool, into body: inout [UInt8]
    ) -> Int? {
        guard start < input.count, let base = input.baseAddress else { return nil }
        return delimiter.withUnsafeBytes { delimiter in
            if !held.isEmpty {
                switch resolveHeld(input, from: start, delimiter: delimiter, keeping: keeping, into: &body) {
                case .found(let next): return next
                case .stillHeld: return nil
                case .released: break
                }
            }
            let end = input.count
            let length = delimiter.count
            var from = start
            while from < end, let hit = memchr(base + from, Int32(HeaderByte.cr), end - from) {
                let candidate = base.distance(to: UnsafeRawPointer(hit))
                let compared = min(length, end - candidate)
                if memcmp(base + candidate, delimiter.baseAddress!, compared) == 0 {
                    if keeping { Self.append(input, start..<candidate, to: &body) }
                    if compared == length { return candidate + length }
                    Self.append(input, candidate..<end, to: &held)
                    return nil
                }
                from = candidate + 1
            }
            if keeping { Self.append(input, start..<end, to: &body) }
            return nil
        }
    }

    private enum HeldOutcome {
        case found(Int)
        case stillHeld
        case released
    }

    /// Decides the held tail against the new input: a delimiter straddling the two, a longer prefix still held, or
    /// (no candidate in it survives) plain body bytes.
    private mutating func resolveHeld(
        _ input: UnsafeRawBufferPointer, from start: Int, delimiter: UnsafeRawBufferPointer, keeping: Bool,
        into body: inout [UInt8]
    ) -> HeldOutcome {
        let available = input.count - start
        for candidate in held.indices where held[candidate] == HeaderByte.cr {
            let inHeld = held.count - candidate
            guard held[candidate...].elementsEqual(delimiter[0..<inHeld]) else { continue }
            let needed = delimiter.count - inHeld
            let compared = min(needed, available)
            guard memcmp(input.baseAddress! + start, delimiter.baseAddress! + inHeld, compared) == 0 else { continue }
            if keeping { body.append(contentsOf: held[..<candidate]) }
            if compared == needed {
                held.removeAll(keepingCapacity: true)
                return .found(start + needed)
            }
            held.removeFirst(candidate)
            Self.append(input, start..<input.count, to: &held)
            return .stillHeld
        }
        if keeping { body.append(contentsOf: held) }
        held.removeAll(keepingCapacity: true)
        return .released
    }

    /// One bulk copy (memcpy) of a slice of the input.
    private static func append(_ input: UnsafeRawBufferPointer, _ range: Range<Int>, to bytes: inout [UInt8]) {
        guard !range.isEmpty else { return }
        UnsafeRawBufferPointer(rebasing: input[range]).withMemoryRebound(to: UInt8.self) { slice in
            bytes.append(contentsOf: slice)
        }
    }
}
