/// pgvector's text form, `[0.1,0.2,…]`, bound as a parameter and cast with `::vector` in the SQL.
enum VectorLiteral {
    static func text(_ vector: [Float]) -> String {
        "[" + vector.map { $0.isFinite ? String($0) : "0" }.joined(separator: ",") + "]"
    }
}
