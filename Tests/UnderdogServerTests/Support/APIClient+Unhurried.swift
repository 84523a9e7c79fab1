import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1

extension APIClient {
    /// The same call over a connection of its own, without the test client's 20-second read deadline, against
    /// a live server: a 100 MB body on a machine busy with other work can take longer than that to send and
    /// refuse, and a test must not fail on how fast the machine is. Falls back to `call` without a live port.
    func unhurriedCall(_ method: HTTPRequest.Method, _ path: String, token: String? = nil, raw: Data,
                       headers extra: HTTPFields = [:]) async throws -> JSONResponse {
        guard let port = client.port else { return try await call(method, path, token: token, raw: raw, headers: extra) }
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            var request = HTTPClientRequest(url: "http://localhost:\(port)/api/v1" + path)
            request.method = HTTPMethod(rawValue: method.rawValue)
            if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
            for field in extra { request.headers.add(name: field.name.rawName, value: field.value) }
            request.body = .bytes(ByteBuffer(data: raw))
            let response = try await http.execute(request, timeout: .minutes(10))
            let body = try await response.body.collect(upTo: 16 << 20)
            var headers = HTTPFields()
            for (name, value) in response.headers {
                if let fieldName = HTTPField.Name(name) { headers.append(HTTPField(name: fieldName, value: value)) }
            }
            try await http.shutdown()
            return JSONResponse(status: HTTPResponse.Status(code: Int(response.status.code)), headers: headers, body: Data(buffer: body))
        } catch {
            try? await http.shutdown()
            throw error
        }
    }
}
