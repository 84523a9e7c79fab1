import Synchronization

/// Set by a task's cancellation handler, read by the thread doing the work.
final class CancellationFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    func set() { flag.store(true, ordering: .relaxed) }
    var isSet: Bool { flag.load(ordering: .relaxed) }
}
