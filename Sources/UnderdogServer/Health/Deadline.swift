/// Thrown by `withDeadline` when the work took longer than allowed.
struct DeadlineExceeded: Error {}

/// Runs `work`, giving up after `limit`: the work is cancelled and `DeadlineExceeded` thrown.
func withDeadline<Result: Sendable>(
    _ limit: Duration,
    _ work: @escaping @Sendable () async throws -> Result
) async throws -> Result {
    try await withThrowingTaskGroup(of: Result.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(for: limit)
            throw DeadlineExceeded()
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw DeadlineExceeded() }
        return first
    }
}
