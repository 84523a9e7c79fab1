/// Who writes a recording's row in `storage.objects`, the bucket's index whose policies and limits decide
/// who may store what where.
public enum StorageObjectRows: String, Sendable, CaseIterable {
    /// The server, in the upload's own transaction and as the uploading user: the default, for the local folder
    /// or any S3-compatible store, where nothing else keeps `storage.objects`.
    case server
    /// Supabase Storage, reached through its S3-compatible endpoint: it inserts and deletes the row itself
    /// with every object it stores or removes (and forbids deleting rows directly), so the server writes none.
    case supabase
}
