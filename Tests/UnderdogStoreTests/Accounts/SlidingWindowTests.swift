import Testing
@testable import UnderdogStore

@Suite("Rate limits read as a sliding window")
struct SlidingWindowTests {
    @Test("the previous window counts in full at the boundary, half-way at half a window, not at all a window later")
    func weights() {
        #expect(RateLimitQueries.sliding(current: 0, previous: 3, elapsed: 0, window: 600) == 3)
        #expect(RateLimitQueries.sliding(current: 1, previous: 4, elapsed: 300, window: 600) == 3)
        #expect(RateLimitQueries.sliding(current: 2, previous: 9, elapsed: 600, window: 600) == 2)
        #expect(RateLimitQueries.sliding(current: 2, previous: 9, elapsed: 900, window: 600) == 2)
        #expect(RateLimitQueries.sliding(current: 5, previous: 0, elapsed: 10, window: 600) == 5)
    }
}
