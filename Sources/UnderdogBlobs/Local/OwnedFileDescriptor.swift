#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file that is closed when the last user lets go of it, never before. An abort or an abandoned read
/// stream therefore cannot close a descriptor while a thread-pool job still uses it, which would let that job
/// read or write whatever file the kernel gave the reused number to next.
final class OwnedFileDescriptor: Sendable {
    let raw: CInt

    init(_ raw: CInt) { self.raw = raw }

    deinit { _ = close(raw) }
}
