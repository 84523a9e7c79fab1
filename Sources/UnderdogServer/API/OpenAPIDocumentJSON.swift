import Foundation
import UnderdogAPI
import Yams

/// The OpenAPI document as JSON, converted once from the YAML the API is generated from.
enum OpenAPIDocumentJSON {
    static func render() throws -> Data {
        let object = try Yams.load(yaml: try APIDocument.yaml)
        return try JSONSerialization.data(withJSONObject: object as Any, options: [.sortedKeys, .withoutEscapingSlashes])
    }
}
