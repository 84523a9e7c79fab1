import Foundation
import PostgresNIO
import UnderdogStore
import UnderdogTestSupport

/// A copy of the shipped content in a folder of its own, so a test can edit and delete files, with paths
/// stored as `content/…` exactly as `underdog ingest` stores them.
struct ContentCopy {
    let base: URL
    var content: URL { base.appendingPathComponent("content") }

    static func make(_ folders: [String] = ["wiki", "objections", "personas", "rubric", "curriculum"]) throws -> ContentCopy {
        let base = TestBlobFolder.make()
        let copy = ContentCopy(base: base)
        try FileManager.default.createDirectory(at: copy.content, withIntermediateDirectories: true)
        for folder in folders {
            try FileManager.default.copyItem(
                at: URL(fileURLWithPath: TestPostgres.repositoryRoot + "/content/" + folder),
                to: copy.content.appendingPathComponent(folder))
        }
        return copy
    }
}

extension TestDatabase {
    func count(_ sql: PostgresQuery) async throws -> Int {
        try await database.client.query(sql).collect()[0].decode(Int.self)
    }
}
