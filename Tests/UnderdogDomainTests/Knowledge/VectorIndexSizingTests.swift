import Testing
import UnderdogDomain

@Suite("Vector index sizing")
struct VectorIndexSizingTests {
    @Test("no rebuild below the exact-search size; above, rows/100 lists once the current lists are half that or fewer")
    func rebuild() {
        #expect(VectorIndexSizing.rebuild(rows: 300, currentLists: 100) == nil)
        #expect(VectorIndexSizing.rebuild(rows: 49_999, currentLists: 100) == nil)
        #expect(VectorIndexSizing.rebuild(rows: 50_000, currentLists: 100) == 500)
        #expect(VectorIndexSizing.rebuild(rows: 100_000, currentLists: 500) == 1_000)
        #expect(VectorIndexSizing.rebuild(rows: 100_000, currentLists: 1_000) == nil)
        #expect(VectorIndexSizing.rebuild(rows: 150_000, currentLists: 1_000) == nil, "not yet doubled: a rebuild scans the table")
        #expect(VectorIndexSizing.rebuild(rows: 10_000_000, currentLists: 1_000) == 32_768, "pgvector's largest list count")
    }
}
