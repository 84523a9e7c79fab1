import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport
extension SharedTenantSuites {
    @Suite("call-recordings bucket: folder policies and the size/MIME trigger")
    struct StorageBucketTests {
        static let repA = Tenants.repA.uuidString.lowercased()
        static let repB = Tenants.repB.uuidString.lowercased()

        static func insert(_ c: PostgresConnection, name: String, size: String? = "5", mime: String? = "audio/mpeg", bucket: String = "call-recordings") async throws {
            var metadata: [String] = []
            if let size { metadata.append(#""size": \#(size)"#) }
            if let mime { metadata.append(#""mimetype": "\#(mime)""#) }
            try await c.run("""
                INSERT INTO storage.objects (bucket_id, name, metadata) VALUES (\(bucket), \(name), \("{" + metadata.joined(separator: ", ") + "}")::jsonb)
                """)
        }

        @Test("a user uploads, reads and deletes in their own folder, sub-folders included, and nowhere else")
        func folderIsTheUsersID() async throws {
            let database = try SharedTenantDatabase.database()
            let cases: [(String, String?)] = [
                ("\(Self.repA)/2_call.mp3", nil),
                ("\(Self.repA)/2024/05/call.mp3", nil),
                ("\(Self.repB)/call.mp3", "42501"),                 // someone else's folder
                ("\(Self.repB)/\(Self.repA)/call.mp3", "42501"),    // only the first segment counts
                ("\(Self.repA)x/call.mp3", "42501"),                // a prefix of the id is not the id
                ("call.mp3", "42501"),                              // the bucket root
                ("/\(Self.repA)/call.mp3", "42501"),                // a leading slash makes the first segment empty
            ]
            for (name, expected) in cases {
                let state = try await database.rolledBack(as: Caller.repA.identity) { c in
                    await failure { try await Self.insert(c, name: name) }
                }
                #expect(state == expected, "\(name)")
            }
            let (seen, deletedByRepB, deletedByRepA) = try await database.rolledBack(as: Caller.repA.identity) { c in
                try await Self.insert(c, name: "\(Self.repA)/2024/call.mp3")
                let seen = try await c.strings("SELECT name FROM storage.objects ORDER BY name")
                try await c.run("SELECT set_config('request.jwt.claims', \(Caller.repB.identity.claimsJSON), true)")
                let byRepB = try await c.strings("DELETE FROM storage.objects WHERE name LIKE \(Self.repA + "/%") RETURNING name")
                try await c.run("SELECT set_config('request.jwt.claims', \(Caller.repA.identity.claimsJSON), true)")
                let byRepA = try await c.strings("DELETE FROM storage.objects WHERE name LIKE \(Self.repA + "/%") RETURNING name")
                return (seen, byRepB, byRepA)
            }
            #expect(seen == ["\(Self.repA)/1_x.mp3", "\(Self.repA)/2024/call.mp3"])
            #expect(deletedByRepB == [])
            #expect(deletedByRepA.sorted() == ["\(Self.repA)/1_x.mp3", "\(Self.repA)/2024/call.mp3"])
        }

        @Test("the policies cover the call-recordings bucket only: another bucket is closed to users")
        func otherBucketsAreClosed() async throws {
            let database = try SharedTenantDatabase.database()
            let state = try await database.rolledBack(as: Caller.repA.identity) { c in
                try await c.becomeOwner()
                try await c.run("INSERT INTO storage.buckets (id, name) VALUES ('avatars', 'avatars')")
                try await c.run("SELECT set_config('role', 'authenticated', true), set_config('request.jwt.claims', \(Caller.repA.identity.claimsJSON), true)")
                return await failure { try await Self.insert(c, name: "\(Self.repA)/me.png", bucket: "avatars") }
            }
            #expect(state == "42501")
        }

        @Test("size and type: at most 104857600 bytes, one of the nine MIME types (case and parameters ignored), both stated")
        func bucketLimits() async throws {
            let database = try SharedTenantDatabase.database()
            let nine = ["audio/mpeg", "audio/mp3", "audio/wav", "audio/webm", "audio/ogg", "audio/m4a", "audio/mp4", "audio/x-m4a", "audio/x-wav"]
            var cases: [(size: String?, mime: String?, expected: String?)] = nine.map { ("5", $0, nil) }
            cases += [
                ("104857600", "Audio/MPEG; foo=bar", nil),
                ("0", " audio/ogg ", nil),
                ("104857601", "audio/mpeg", "23514"),
                ("-1", "audio/mpeg", "23514"),
                ("\"lots\"", "audio/mpeg", "23514"),
                (nil, "audio/mpeg", "23514"),
                ("5", nil, "23514"),
                ("5", "", "23514"),
                ("5", "video/mp4", "23514"),
                ("5", "application/x-msdownload", "23514"),
                ("5", "audio/flac", "23514"),
            ]
            for (index, item) in cases.enumerated() {
                let state = try await database.rolledBack(as: Caller.repA.identity) { c in
                    await failure { try await Self.insert(c, name: "\(Self.repA)/\(index).bin", size: item.size, mime: item.mime) }
                }
                #expect(state == item.expected, "size \(item.size ?? "none"), type \(item.mime ?? "none")")
            }
        }

        @Test("Supabase Storage's own shape: its permission check writes {mimetype, contentLength} without size, and is judged by contentLength")
        func storageUploadShape() async throws {
            let database = try SharedTenantDatabase.database()
            var states: [String?] = []
            for (length, size) in [("48213", nil), ("104857601", nil), ("\"x\"", nil), ("5", "104857601")] as [(String, String?)] {
                let sizePart = size.map { #", "size": \#($0)"# } ?? ""
                let metadata = #"{"mimetype": "audio/mpeg", "contentLength": \#(length)\#(sizePart)}"#
                states.append(try await database.rolledBack(as: Caller.repA.identity) { c in
                    await failure {
                        try await c.run("""
                            INSERT INTO storage.objects (bucket_id, name, metadata) VALUES ('call-recordings', \(Self.repA + "/s.mp3"), \(metadata)::jsonb)
                            """)
                    }
                })
            }
            // metadata.size, when stated, is what counts
            #expect(states == [nil, "23514", "23514", "23514"])
        }

        @Test("the limits hold for service_role and on UPDATE too; a bucket without limits is unaffected; 'audio/*' entries match")
        func limitsEverywhere() async throws {
            let database = try SharedTenantDatabase.database()
            let oversizeUpdate = try await database.rolledBack(as: .service) { c in
                await failure {
                    try await c.run(#"UPDATE storage.objects SET metadata = '{"size": 999999999, "mimetype": "audio/mpeg"}' WHERE name LIKE \#(Self.repA + "/%")"#)
                }
            }
            #expect(oversizeUpdate == "23514")
            let states = try await database.rolledBack(as: .service) { c in
                try await c.run("INSERT INTO storage.buckets (id, name) VALUES ('free', 'free')")
                try await c.run("INSERT INTO storage.buckets (id, name, file_size_limit, allowed_mime_types) VALUES ('any-audio', 'any-audio', 10, ARRAY['audio/*'])")
                return [
                    try await c.attempt { try await Self.insert(c, name: "x/y", size: nil, mime: nil, bucket: "free") },
                    try await c.attempt { try await Self.insert(c, name: "x/y.flac", size: "10", mime: "audio/flac", bucket: "any-audio") },
                    try await c.attempt { try await Self.insert(c, name: "x/y.mp4", size: "10", mime: "video/mp4", bucket: "any-audio") },
                    try await c.attempt { try await Self.insert(c, name: "x/z.flac", size: "11", mime: "audio/flac", bucket: "any-audio") },
                ]
            }
            #expect(states == [nil, nil, "23514", "23514"])
        }
    }
}
