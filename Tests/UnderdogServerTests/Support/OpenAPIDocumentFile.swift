import Foundation
import UnderdogAPI
import Yams

/// The API's OpenAPI document as JSON, read from the same YAML the server is generated from.
enum OpenAPIDocumentFile {
    static func json() throws -> Data {
        let object = try Yams.load(yaml: try APIDocument.yaml)
        return try JSONSerialization.data(withJSONObject: object as Any)
    }
}
