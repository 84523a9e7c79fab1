import Foundation
import Hummingbird

/// An `application/x-www-form-urlencoded` body as a browser posts a form, read whole (the body limit
/// middleware has already capped it) and put back for anyone after. Other bodies (a page script's JSON) read
/// as no fields.
enum FormBody {
    static func read(_ request: inout Request) async throws -> [String: String] {
        let buffer = try await request.collectBody(limit: 1 << 20)
        request.body = .init(buffer: buffer)
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true else { return [:] }
        return parse(String(buffer: buffer))
    }

    static func parse(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String? {
                part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let name = parts.first.flatMap(decode), let value = (parts.count > 1 ? decode(parts[1]) : "") else { continue }
            if fields[name] == nil { fields[name] = value }
        }
        return fields
    }
}
