import NIOCore
import NIOHTTP1

/// An answer whose body was small enough to collect: everything but a successful download.
struct S3Response: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: ByteBuffer

    var isSuccess: Bool { (200..<300).contains(status) }

    var text: String { String(buffer: body) }

    /// The `<Code>` of an XML error body, used to tell a missing key from a missing bucket.
    var errorCode: String? { S3XML.firstValue(of: "Code", in: text) }

    /// The error S3 reported; HEAD answers have no body, so the status line stands in for the message.
    func failure() -> BlobStoreError {
        let document = text
        let message = S3XML.firstValue(of: "Message", in: document)
            ?? (document.isEmpty ? HTTPResponseStatus(statusCode: status).reasonPhrase : String(document.prefix(300)))
        return .s3(status: status, code: S3XML.firstValue(of: "Code", in: document), message: message)
    }
}
