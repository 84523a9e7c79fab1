import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

extension SharedTenantSuites {
    @Suite("upload queries")
    struct UploadQueriesTests {
        static func newUpload(for user: UUID, name: String = "call.mp3", size: Int = 1234, type: String = "audio/mpeg") -> NewUpload {
            NewUpload(userID: user, filePath: "\(user.uuidString.lowercased())/1764000000000_\(name)",
                      originalFilename: name, sizeBytes: size, mimeType: type)
        }

        @Test("a rep's upload writes the object row and a pending upload row with its size, and queues one analysis job")
        func createWritesBothRowsAndAJob() async throws {
            let database = try SharedTenantDatabase.database()
            let observed = try await database.rolledBack(as: Caller.repA.identity) { c in
                let record = try await UploadQueries.create(Self.newUpload(for: Tenants.repA), on: c, logger: TestPostgres.logger)
                try await c.becomeOwner()
                let objects = try await c.int("SELECT count(*) FROM storage.objects WHERE name = \(record.filePath) AND owner = \(Tenants.repA)")
                let jobs = try await c.int("SELECT count(*) FROM app.jobs WHERE upload_id = \(record.id) AND kind = 'analyse_call' AND state = 'queued'")
                return "\(record.status) \(record.fileSizeBytes ?? -1) \(record.originalFilename ?? "-") \(objects) \(jobs)"
            }
            #expect(observed == "pending 1234 call.mp3 1 1")
        }

        @Test("with Supabase Storage keeping storage.objects, the upload writes only its own rows and still queues its job")
        func supabaseStorageKeepsObjectRows() async throws {
            let database = try SharedTenantDatabase.database()
            let observed = try await database.rolledBack(as: Caller.repA.identity) { c in
                let record = try await UploadQueries.create(Self.newUpload(for: Tenants.repA, name: "s.mp3"), objectRows: .supabase, on: c, logger: TestPostgres.logger)
                try await c.becomeOwner()
                let objects = try await c.int("SELECT count(*) FROM storage.objects WHERE name = \(record.filePath)")
                let jobs = try await c.int("SELECT count(*) FROM app.jobs WHERE upload_id = \(record.id) AND kind = 'analyse_call'")
                return "\(record.status) \(objects) \(jobs)"
            }
            #expect(observed == "pending 0 1")
        }

        @Test("the bucket refuses another user's folder, an oversize object and a type outside the allow-list; nothing is written")
        func bucketRulesRefuse() async throws {
            let database = try SharedTenantDatabase.database()
            let cases: [NewUpload] = [
                Self.newUpload(for: Tenants.repB),                                      // rep A writing into rep B's folder
                Self.newUpload(for: Tenants.repA, size: 104_857_601),                   // one byte over 100 MB
                Self.newUpload(for: Tenants.repA, name: "notes.pdf", type: "application/pdf"),
            ]
            for upload in cases {
                // The probe wraps errors to show PostgreSQL's message; the words are the bucket's own.
                let refusal = await #expect(throws: (any Error).self) {
                    _ = try await database.rolledBack(as: Caller.repA.identity) { c in
                        try await UploadQueries.create(upload, on: c, logger: TestPostgres.logger)
                    }
                }
                let message = refusal.map { "\($0)" } ?? ""
                #expect(message.contains("row-level security") || message.contains("allows at most") || message.contains("accepts only"), "\(message)")
            }
        }

        @Test("lists: a rep sees their own uploads, an admin their org's, never another org's; progress rides along")
        func listIsScopedByRLS() async throws {
            let database = try SharedTenantDatabase.database()
            func visible(_ caller: Caller) async throws -> Set<String> {
                try await database.rolledBack(as: caller.identity) { c in
                    let page = try await UploadQueries.list(after: nil, limit: 50, userID: nil, status: nil, on: c, logger: TestPostgres.logger)
                    return Set(page.items.map { Tenants.name($0.id.uuidString.lowercased()) })
                }
            }
            #expect(try await visible(.repA) == ["up-repA"])
            #expect(try await visible(.adminA) == ["up-adminA", "up-repA", "up-repB"])
            #expect(try await visible(.adminB) == ["up-adminB"])
        }

        @Test("keyset pages are stable: 5 uploads in pages of 2 come back once each, newest first")
        func keysetPagination() async throws {
            let database = try SharedTenantDatabase.database()
            let pages = try await database.rolledBack(as: Caller.repA.identity) { c in
                for index in 0..<4 {
                    _ = try await UploadQueries.create(Self.newUpload(for: Tenants.repA, name: "call-\(index).wav", type: "audio/wav"), on: c, logger: TestPostgres.logger)
                }
                var seen: [UUID] = []
                var cursor: Cursor?
                repeat {
                    let page = try await UploadQueries.list(after: cursor, limit: 2, userID: nil, status: nil, on: c, logger: TestPostgres.logger)
                    seen += page.items.map(\.id)
                    cursor = page.next
                } while cursor != nil
                return seen
            }
            #expect(pages.count == 5 && Set(pages).count == 5)
        }

        @Test("soft delete by the owner hides the upload; only an admin of the org restores it")
        func deleteAndRestore() async throws {
            let database = try SharedTenantDatabase.database()
            let upload = Tenants.member("repA").upload
            let observed = try await database.rolledBack(as: Caller.repA.identity) { c in
                let deleted = try await UploadQueries.delete(upload, on: c, logger: TestPostgres.logger)
                let hidden = try await UploadQueries.find(upload, on: c, logger: TestPostgres.logger) == nil
                var repRestore = "allowed"
                do { try await UploadQueries.restore(upload, on: c, logger: TestPostgres.logger) } catch {
                    if "\(error)".contains("only an admin") { repRestore = "forbidden" }
                }
                return "\(deleted) \(hidden) \(repRestore)"
            }
            #expect(observed == "true true forbidden")
            let restored = try await database.rolledBack(as: Caller.adminA.identity) { c in
                try await c.becomeOwner()
                try await c.run("UPDATE public.call_uploads SET deleted_at = now() WHERE id = \(upload)")
                try await c.run("SELECT set_config('role', 'authenticated', true), set_config('request.jwt.claims', \(Caller.adminA.identity.claimsJSON), true)")
                try await UploadQueries.restore(upload, on: c, logger: TestPostgres.logger)
                return try await UploadQueries.find(upload, on: c, logger: TestPostgres.logger) != nil
            }
            #expect(restored)
            let otherOrg = await #expect(throws: (any Error).self) {
                try await database.rolledBack(as: Caller.adminB.identity) { c in
                    try await UploadQueries.restore(upload, on: c, logger: TestPostgres.logger)
                }
            }
            #expect("\(otherOrg.map { "\($0)" } ?? "")".contains("no deleted upload with that id in your organisation"))
        }
    }
}
