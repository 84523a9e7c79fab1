import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

/// What one request sends: its content type and a body, made afresh for each attempt because a streamed
/// body can be sent only once.
struct RequestPayload: Sendable {
    let contentType: String
    let makeBody: @Sendable () -> HTTPClientRequest.Body

    static func json(_ data: Data) -> RequestPayload {
        let buffer = ByteBuffer(bytes: data)
        return RequestPayload(contentType: "application/json") { .bytes(buffer) }
    }

    static func multipart(_ form: PreparedMultipartForm) -> RequestPayload {
        RequestPayload(contentType: form.contentType) { form.body() }
    }
}

/// A `multipart/form-data` body (RFC 7578): text fields, then one file part whose bytes are streamed from
/// disk rather than read into memory.
struct MultipartForm: Sendable {
    struct Field: Sendable, Equatable {
        let name: String
        let value: String
    }

    struct File: Sendable, Equatable {
        let fieldName: String
        let url: URL
        let fileName: String
        let mimeType: String
    }

    let fields: [Field]
    let file: File
    /// Files larger than this are refused before anything is sent.
    let maxFileBytes: Int64
    let boundary: String

    init(fields: [Field], file: File, maxFileBytes: Int64, boundary: String = "underdog-" + UUID().uuidString.lowercased()) {
        self.fields = fields
        self.file = file
        self.maxFileBytes = maxFileBytes
        self.boundary = boundary
    }

    /// Checks the file (there, a regular file, readable, not too large) and lays out everything around
    /// its bytes, so the body's length is known before the first byte goes out.
    func prepare() throws -> PreparedMultipartForm {
        let path = file.url.path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw AIProviderError.unreadableFile("\(path) does not exist or cannot be inspected")
        }
        guard (attributes[.type] as? FileAttributeType) == .typeRegular else {
            throw AIProviderError.unreadableFile("\(path) is not a regular file")
        }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        guard size <= maxFileBytes else { throw AIProviderError.fileTooLarge(bytes: size, limit: maxFileBytes) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw AIProviderError.unreadableFile("\(path) is not readable") }

        var head = ""
        for field in fields {
            head += "--\(boundary)\r\n"
            head += "Content-Disposition: form-data; name=\"\(Self.quoted(field.name))\"\r\n\r\n"
            head += "\(field.value)\r\n"
        }
        head += "--\(boundary)\r\n"
        head += "Content-Disposition: form-data; name=\"\(Self.quoted(file.fieldName))\"; filename=\"\(Self.quoted(file.fileName))\"\r\n"
        head += "Content-Type: \(Self.headerValue(file.mimeType))\r\n\r\n"
        let tail = "\r\n--\(boundary)--\r\n"
        return PreparedMultipartForm(
            contentType: "multipart/form-data; boundary=\(boundary)",
            head: ByteBuffer(string: head), fileURL: file.url, fileBytes: size, tail: ByteBuffer(string: tail))
    }

    /// A name or file name inside a quoted header parameter, escaped as browsers do (WHATWG HTML).
    static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A header value with no line breaks to smuggle in further headers.
    static func headerValue(_ text: String) -> String {
        let cleaned = text.filter { $0 != "\r" && $0 != "\n" }
        return cleaned.isEmpty ? "application/octet-stream" : cleaned
    }
}

/// A checked form, ready to be streamed as many times as there are attempts.
struct PreparedMultipartForm: Sendable {
    let contentType: String
    let head: ByteBuffer
    let fileURL: URL
    let fileBytes: Int64
    let tail: ByteBuffer

    var length: Int64 { Int64(head.readableBytes) + fileBytes + Int64(tail.readableBytes) }

    func body() -> HTTPClientRequest.Body {
        .stream(MultipartStream(form: self), length: .known(length))
    }
}

/// The form's bytes: the head, the file in chunks read on NIO's blocking-I/O thread pool, the tail.
struct MultipartStream: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    static let chunkBytes = 64 << 10

    let form: PreparedMultipartForm

    func makeAsyncIterator() -> Iterator { Iterator(form: form) }

    struct Iterator: AsyncIteratorProtocol {
        private enum Stage { case head, file, tail, done }
        private let form: PreparedMultipartForm
        private var stage = Stage.head
        private var handle: FileHandle?
        private var sent: Int64 = 0

        init(form: PreparedMultipartForm) { self.form = form }

        mutating func next() async throws -> ByteBuffer? {
            switch stage {
            case .head:
                stage = form.fileBytes > 0 ? .file : .tail
                return form.head
            case .file:
                if handle == nil { handle = try FileHandle(forReadingFrom: form.fileURL) }
                guard let handle else { throw MultipartStreamError.fileChanged }
                let wanted = Int(Swift.min(Int64(MultipartStream.chunkBytes), form.fileBytes - sent))
                let data = try await NIOThreadPool.singleton.runIfActive { try handle.read(upToCount: wanted) ?? Data() }
                // The length was announced up front: a file that shrank meanwhile cannot be sent truthfully.
                guard !data.isEmpty else {
                    try? handle.close()
                    self.handle = nil
                    stage = .done
                    throw MultipartStreamError.fileChanged
                }
                sent += Int64(data.count)
                if sent >= form.fileBytes {
                    try? handle.close()
                    self.handle = nil
                    stage = .tail
                }
                return ByteBuffer(bytes: data)
            case .tail:
                stage = .done
                return form.tail
            case .done:
                return nil
            }
        }
    }
}

struct MultipartStreamError: Error, CustomStringConvertible {
    static let fileChanged = MultipartStreamError()
    var description: String { "the file shrank while it was being sent" }
}
