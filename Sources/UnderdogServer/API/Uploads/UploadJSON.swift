import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import UnderdogAPI
import UnderdogStore

/// The streaming routes answer with the same generated types, and the same date format, as the generated ones.
enum UploadJSON {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        let dates = WireDateTranscoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(try dates.encode(date))
        }
        return try encoder.encode(value)
    }

    static func response(_ status: HTTPResponse.Status, _ value: some Encodable) throws -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(data: try encode(value))))
    }
}

/// One Server-Sent Event of an upload's stream.
enum UploadEvent {
    static func status(_ record: UploadRecord) throws -> ByteBuffer {
        frame(event: "status", data: String(decoding: try UploadJSON.encode(Components.Schemas.Upload(record)), as: UTF8.self))
    }

    static func progress(stage: String, percent: Int) -> ByteBuffer {
        frame(event: "progress", data: #"{"stage":"\#(stage)","percent":\#(percent)}"#)
    }

    /// JSON never holds a raw newline, so `data` is always one line.
    private static func frame(event: String, data: String) -> ByteBuffer {
        ByteBuffer(string: "event: \(event)\ndata: \(data)\n\n")
    }
}

/// A `Content-Disposition` file name that any client parses: ASCII letters, digits and `._- `, the rest `_`.
enum ContentDisposition {
    static func asciiName(_ name: String) -> String {
        String(name.unicodeScalars.map { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._- ".unicodeScalars.contains(scalar)) ? Character(scalar) : "_"
        })
    }
}
