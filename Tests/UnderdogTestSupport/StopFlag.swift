import Synchronization

/// A flag a test server sets when it stops. Its scripted stalls wait on it, so a stall as long as a test
/// likes ends the moment the test is over, and a client's timeout is the only thing that can end it sooner.
public final class StopFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public var isSet: Bool { flag.load(ordering: .acquiring) }

    public func set() { flag.store(true, ordering: .releasing) }

    /// Sleeps for `duration`, or until the flag is set, whichever comes first.
    public func pause(for duration: Duration) async {
        let end = ContinuousClock.now + duration
        while !isSet, ContinuousClock.now < end {
            try? await Task.sleep(for: min(.milliseconds(50), end - ContinuousClock.now))
        }
    }
}
