import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UnderdogBlobs
import UnderdogStore
import UnderdogTestSupport

@Suite("Uploading a call recording")
struct UploadRouteTests {
    /// What an upload leaves behind, as the owner sees it: rows and stored files.
    static func traces(_ test: TestDatabase, blobs: URL) async throws -> [String] {
        let rows = try await test.database.client.query("""
            SELECT 'upload ' || file_path FROM public.call_uploads
            UNION ALL SELECT 'object ' || name FROM storage.objects
            UNION ALL SELECT 'job ' || kind FROM app.jobs
            """).collect().map { try $0.decode(String.self) }
        let files = (FileManager.default.enumerator(atPath: blobs.path)?.allObjects as? [String] ?? [])
            .filter { path in
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: blobs.appendingPathComponent(path).path, isDirectory: &isFolder)
                return !isFolder.boolValue
            }
        return rows.sorted() + files.sorted().map { "file " + $0 }
    }

    /// An MP3's first bytes: an ID3v2 header and an MPEG-1 Layer III frame header.
    static let mp3Bytes = Data([0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFB, 0x90, 0x64]) + Data(count: 4000)

    @Test("a WAV is stored under the rep's folder, recorded as pending with its size, queued, and downloadable with ranges")
    func uploadStoresAndQueues() async throws {
        try await withTestDatabase { test in
            let blobs = TestBlobFolder.make()
            let app = try await makeApp(url: test.url, blobs: LocalFolderStore(root: blobs))
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "rep@example.com")
                let repID = try #require(rep.user["id"] as? String)
                let audio = TestAudio.wav(seconds: 1)
                let uploaded = try await api.upload(.file(audio, name: "Gespräch mit Kunde.wav"), token: rep.accessToken)
                #expect(uploaded.status == .created, "\(uploaded.text)")
                let id = try #require(uploaded.json["id"] as? String)
                let path = try #require(uploaded.json["file_path"] as? String)
                #expect(path.hasPrefix(repID + "/") && path.hasSuffix("_Gespräch mit Kunde.wav"))
                #expect(uploaded.json["status"] as? String == "pending")
                #expect(uploaded.json["file_size_bytes"] as? Int == audio.count)
                #expect(try await Self.traces(test, blobs: blobs) == ["job analyse_call", "object \(path)", "upload \(path)", "file call-recordings/\(path)"])

                let whole = try await api.call(.get, "/uploads/\(id)/recording", token: rep.accessToken)
                #expect(whole.status == .ok && whole.body == audio && whole.headers[.contentType] == "audio/wav")
                let part = try await api.call(.get, "/uploads/\(id)/recording", token: rep.accessToken, headers: [.range: "bytes=10-109"])
                #expect(part.status == .partialContent && part.body == audio[10...109])
                #expect(part.headers[.contentRange] == "bytes 10-109/\(audio.count)")
                let beyond = try await api.call(.get, "/uploads/\(id)/recording", token: rep.accessToken, headers: [.range: "bytes=\(audio.count)-"])
                #expect(beyond.status == .rangeNotSatisfiable && beyond.errorCode == "range_not_satisfiable")

                let listed = try await api.call(.get, "/uploads", token: rep.accessToken)
                #expect((listed.json["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
                let detail = try await api.call(.get, "/uploads/\(id)", token: rep.accessToken)
                #expect(detail.status == .ok && detail.json["original_filename"] as? String == "Gespräch mit Kunde.wav")
            }
        }
    }

    @Test("another rep cannot see or download the recording; the org's admin can")
    func downloadFollowsRLS() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let admin = try await api.signUp(email: "admin@example.com", organization: "Org")
                var reps: [JSONResponse] = []
                for email in ["rep1@example.com", "rep2@example.com"] {
                    let invite = try await api.call(.post, "/invites", token: admin.accessToken, json: ["email": email])
                    reps.append(try await api.signUp(email: email, invite: invite.json["token"] as? String))
                }
                let uploaded = try await api.upload(.file(TestAudio.wav()), token: reps[0].accessToken)
                let id = try #require(uploaded.json["id"] as? String)
                #expect(try await api.call(.get, "/uploads/\(id)/recording", token: reps[1].accessToken).status == .notFound)
                #expect(try await api.call(.get, "/uploads/\(id)", token: reps[1].accessToken).status == .notFound)
                #expect(try await api.call(.get, "/uploads/\(id)/recording", token: admin.accessToken).status == .ok)
                #expect(try await api.call(.get, "/uploads/\(id)/recording").status == .unauthorized)
            }
        }
    }

    @Test("the plan's monthly uploads and storage are enforced: a 402 that names the limit, and nothing stored")
    func planLimits() async throws {
        try await withTestDatabase { test in
            let blobs = TestBlobFolder.make()
            let app = try await makeApp(url: test.url, blobs: LocalFolderStore(root: blobs))
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "rep@example.com")
                // The free plan, tightened by an operator: two uploads a month, 40 kB of recordings.
                try await test.database.client.query(
                    "UPDATE app.plan_limits SET max_uploads_per_month = 2, max_storage_bytes = 40000 WHERE plan = 'free'").collect()
                #expect(try await api.upload(.file(TestAudio.wav(seconds: 0.5)), token: rep.accessToken).status == .created)
                let before = try await Self.traces(test, blobs: blobs)
                let tooBig = try await api.upload(.file(TestAudio.wav(seconds: 1)), token: rep.accessToken)
                #expect(tooBig.status.code == 402 && tooBig.errorCode == "plan_limit" && tooBig.text.contains("storage_bytes"), "\(tooBig.text)")
                #expect(try await api.upload(.file(TestAudio.wav(seconds: 0.2)), token: rep.accessToken).status == .created)
                let third = try await api.upload(.file(TestAudio.wav(seconds: 0.2)), token: rep.accessToken)
                #expect(third.status.code == 402 && third.text.contains("uploads_per_month"), "\(third.text)")
                #expect(try await Self.traces(test, blobs: blobs).count == before.count + 4, "only the second accepted upload added rows and a file")
            }
        }
    }

    struct Hostile: Sendable, CustomTestStringConvertible {
        let name: String
        let status: Int
        let codes: Set<String>
        /// The raw body and its content type; built lazily so the 101 MB case is made only when it runs.
        let body: @Sendable (_ otherUser: String) -> (Data, String)
        var testDescription: String { name }
    }

    static let hostile: [Hostile] = [
        // The bucket's "100 MB" is 104,857,600 bytes; 101 MiB is over it.
        Hostile(name: "101 MB", status: 413, codes: ["payload_too_large"]) { _ in
            let body = MultipartBody.file(mp3Bytes + Data(count: 101 << 20), name: "long.mp3", type: "audio/mpeg")
            return (body.data, body.contentType)
        },
        Hostile(name: "a text file named .mp3", status: 415, codes: ["not_audio"]) { _ in
            let body = MultipartBody.file(Data(String(repeating: "just some notes about the call\n", count: 20).utf8), name: "notes.mp3", type: "audio/mpeg")
            return (body.data, body.contentType)
        },
        Hostile(name: "a valid MP3 sent as application/pdf", status: 415, codes: ["type_mismatch"]) { _ in
            let body = MultipartBody.file(mp3Bytes, name: "call.mp3", type: "application/pdf")
            return (body.data, body.contentType)
        },
        Hostile(name: "a name with ../", status: 400, codes: ["invalid_filename"]) { _ in
            let body = MultipartBody.file(mp3Bytes, name: "../../etc/passwd.mp3", type: "audio/mpeg")
            return (body.data, body.contentType)
        },
        // Raw control bytes break the part's header line itself: the parser refuses them before the name check.
        Hostile(name: "a name with control characters", status: 400, codes: ["invalid_filename", "multipart_malformed_headers"]) { _ in
            let body = MultipartBody.file(mp3Bytes, name: "\u{1}pass\u{7F}wd.mp3", type: "audio/mpeg")
            return (body.data, body.contentType)
        },
        Hostile(name: "an empty file", status: 400, codes: ["empty_file"]) { _ in
            let body = MultipartBody.file(Data(), name: "empty.mp3", type: "audio/mpeg")
            return (body.data, body.contentType)
        },
        Hostile(name: "a truncated multipart body", status: 400, codes: ["multipart_truncated"]) { _ in
            let body = MultipartBody.file(mp3Bytes, name: "call.mp3", type: "audio/mpeg")
            return (body.data.prefix(body.data.count - 40), body.contentType)
        },
        Hostile(name: "another user's folder", status: 400, codes: ["invalid_filename"]) { other in
            let body = MultipartBody.file(mp3Bytes, name: "\(other)/call.mp3", type: "audio/mpeg")
            return (body.data, body.contentType)
        },
        Hostile(name: "not multipart at all", status: 415, codes: ["unsupported_media_type"]) { _ in
            (mp3Bytes, "audio/mpeg")
        },
        Hostile(name: "two files in one upload", status: 400, codes: ["too_many_files"]) { _ in
            var body = MultipartBody()
            body.addFile(fileName: "a.mp3", contentType: "audio/mpeg", bytes: mp3Bytes)
            body.addFile(fileName: "b.mp3", contentType: "audio/mpeg", bytes: mp3Bytes)
            body.close()
            return (body.data, body.contentType)
        },
    ]

    @Test("each hostile upload gets its 4xx and leaves no blob, no object row, no upload row and no job", arguments: hostile)
    func hostileUploads(_ probe: Hostile) async throws {
        try await withTestDatabase { test in
            let blobs = TestBlobFolder.make()
            let app = try await makeApp(url: test.url, blobs: LocalFolderStore(root: blobs))
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let other = try await api.signUp(email: "other@example.com")
                let rep = try await api.signUp(email: "rep@example.com")
                let before = try await Self.traces(test, blobs: blobs)
                let (data, contentType) = probe.body(other.user["id"] as? String ?? "")
                let response = try await api.unhurriedCall(.post, "/uploads", token: rep.accessToken, raw: data, headers: [.contentType: contentType])
                #expect(Int(response.status.code) == probe.status, "\(probe.name): \(response.status.code) \(response.text.prefix(300))")
                #expect(probe.codes.contains(response.errorCode ?? ""), "\(probe.name): \(response.text.prefix(300))")
                #expect(try await Self.traces(test, blobs: blobs) == before, "\(probe.name) left something behind")
            }
        }
    }
}
