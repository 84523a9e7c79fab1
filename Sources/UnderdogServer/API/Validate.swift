/// Checks the constraints the OpenAPI document states but the generated decoders do not enforce
/// (lengths, ranges), so a request that breaks the document is a 400 naming the field.
enum Validate {
    static func length(_ value: String, _ field: String, _ range: ClosedRange<Int>) throws {
        let count = value.count
        guard range.contains(count) else {
            throw AppError.badRequest("\(field) must be \(range.lowerBound) to \(range.upperBound) characters long.", code: "invalid_\(field)")
        }
        // PostgreSQL cannot store NUL in text or JSON, and no name, title or answer needs a control character.
        guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }) else {
            throw AppError.badRequest("\(field) must not contain control characters.", code: "invalid_\(field)")
        }
    }

    static func length(_ value: String?, _ field: String, _ range: ClosedRange<Int>) throws {
        if let value { try length(value, field, range) }
    }
}
