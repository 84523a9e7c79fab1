/// Bounds how long an operation may take, for the waits AsyncHTTPClient's deadline does not cover (collecting
/// a body, waiting for a download's next bytes). The operation is cancelled when time runs out.
enum Deadline {
    struct Exceeded: Error {}

    static func run<T: Sendable>(_ timeout: Duration, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw Exceeded() }
            return value
        }
    }
}
