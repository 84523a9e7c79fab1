import Crypto
import Foundation
import Hummingbird

/// The stylesheet and the script, served under names that carry a hash of their bytes, so a browser may keep
/// them for a year and still never run an old script against a new page.
struct Assets: Sendable {
    struct File: Sendable {
        let bytes: ByteBuffer
        let contentType: String
    }

    let files: [String: File]
    let stylesheet: String
    let script: String

    init(folder: URL) throws {
        var files: [String: File] = [:]
        func add(_ name: String, _ ext: String, _ type: String) throws -> String {
            let data = try Data(contentsOf: folder.appendingPathComponent("\(name).\(ext)"))
            let digest = SHA256.hash(data: data).prefix(6).map { String(format: "%02x", $0) }.joined()
            let served = "\(name).\(digest).\(ext)"
            files[served] = File(bytes: ByteBuffer(data: data), contentType: type)
            return "/assets/" + served
        }
        stylesheet = try add("app", "css", "text/css; charset=utf-8")
        script = try add("app", "js", "text/javascript; charset=utf-8")
        self.files = files
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/assets/:name") { _, context -> Response in
            let name = try context.parameters.require("name")
            guard let file = files[name] else { throw HTTPError(.notFound) }
            return Response(
                status: .ok,
                headers: [.contentType: file.contentType, .cacheControl: "public, max-age=31536000, immutable"],
                body: .init(byteBuffer: file.bytes))
        }
    }
}
