import Synchronization
import UnderdogAI

/// A `RetryWait` that writes down each delay the client asked for and returns at once: a test proves the
/// client honoured `Retry-After` by what it asked to wait, not by how long a loaded machine took.
final class RecordedWaits: Sendable {
    private let delays = Mutex<[Duration]>([])

    var all: [Duration] { delays.withLock { $0 } }

    var wait: RetryWait {
        RetryWait { delay in self.delays.withLock { $0.append(delay) } }
    }
}
