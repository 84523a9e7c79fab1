import Hummingbird
import NIOCore

extension Request {
    /// The whole body, refused with a 413 (never a 500) past `limit` bytes, whether it declared its length
    /// or came chunked.
    func collectBody(limit: Int) async throws -> ByteBuffer {
        if let length = headers[.contentLength].flatMap(Int.init), length > limit {
            throw AppError.payloadTooLarge(maxBytes: limit)
        }
        do {
            return try await body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw AppError.payloadTooLarge(maxBytes: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw AppError.payloadTooLarge(maxBytes: limit)
        }
    }
}
