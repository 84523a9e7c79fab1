import Foundation
import Hummingbird

/// `{"error":{"code","message"}}`: the one shape of every error response.
struct ErrorBody: Codable, Sendable {
    struct Detail: Codable, Sendable {
        let code: String
        let message: String
    }

    let error: Detail

    init(code: String, message: String) {
        self.error = Detail(code: code, message: message)
    }

    func response(status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = (try? encoder.encode(self)) ?? Data(#"{"error":{"code":"internal_error","message":""}}"#.utf8)
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
