/// How many IVFFlat lists a vector index should have for its row count, and when it is worth rebuilding.
///
/// Below 50,000 rows the match functions search every list (exact), so the lists hardly matter. Above, they
/// search a fixed number of lists, and a query's cost is that share of the table: about 100 rows a list keeps
/// a 10-list search near 1,000 vectors (`underdog bench retrieval`: p95 4.2 ms at 100,000 rows with 1,000 lists,
/// 29 ms with 100). A rebuild scans the whole table, so it happens only once the table has doubled past that.
public enum VectorIndexSizing {
    public static let exactBelow = 50_000
    public static let rowsPerList = 100

    /// The lists to rebuild the index with, or nil when the current index is good enough.
    public static func rebuild(rows: Int, currentLists: Int) -> Int? {
        guard rows >= exactBelow else { return nil }
        let wanted = min(32_768, rows / rowsPerList)
        return currentLists * 2 <= wanted ? wanted : nil
    }
}
