/// Edits made to migrations after they shipped, each reviewed to leave the schema it builds unchanged.
///
/// An applied file must not change (its checksum is in the ledger), so the one kind of edit allowed is one that
/// makes a file apply where it failed before, with the same result where it already applied. Each entry keeps
/// the checksum the file had when databases applied it; such a database reads as up to date, not as edited.
extension Migration {
    static let amendments: [String: Set<String>] = [
        // Loads pgvector's library before the SET ivfflat.probes clauses, so the file applies as Supabase's
        // non-superuser owner in a session of its own (issue 19). The functions are unchanged.
        "016_vector_search_at_scale.sql": ["c8a2db6f4458716ff91596c3fbc81ed46506569f6b6e24ca8f54a23637a87f45"],
    ]

    /// True when `checksum` is this file's current one or one it had before a reviewed amendment.
    public func matches(appliedChecksum checksum: String) -> Bool {
        checksum == self.checksum || Self.amendments[name]?.contains(checksum) == true
    }
}
