import Foundation

/// The OpenAPI document the API is generated from, as shipped in this build: the server serves it, so
/// what clients read is exactly what the handlers were compiled against.
public enum APIDocument {
    public static var yaml: String {
        get throws {
            guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
                throw CocoaError(.fileNoSuchFile)
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
    }
}
