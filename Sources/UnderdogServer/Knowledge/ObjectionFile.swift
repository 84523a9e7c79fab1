import Foundation
import UnderdogDomain
import UnderdogStore

/// One `content/objections/<category>.json` file: an array of entries, checked field by field so a broken
/// entry is refused with its file, id and field named.
enum ObjectionFile {
    struct Entry: Decodable {
        let id: String
        let category: String
        let objection: String
        let variants: [String]?
        let responseTemplate: String
        let psychologyPrinciple: String?
        let keywords: [String]?

        enum CodingKeys: String, CodingKey {
            case id, category, objection, variants, keywords
            case responseTemplate = "response_template"
            case psychologyPrinciple = "psychology_principle"
        }
    }

    /// The seed's five categories.
    static let categories: Set<String> = ["pricing", "status_quo", "brush_off", "timing", "authority"]

    static func rows(_ data: Data, file: String) throws -> [ObjectionRow] {
        let entries: [Entry]
        do {
            entries = try JSONDecoder().decode([Entry].self, from: data)
        } catch {
            throw IngestError.unreadable(file: file, reason: "not an array of objection entries (\(error))")
        }
        return try entries.map { entry in
            func invalid(_ field: String, _ reason: String) -> IngestError {
                IngestError.invalid(file: file, field: "\(entry.id).\(field)", reason: reason)
            }
            guard entry.id.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) != nil else {
                throw invalid("id", "must be a lower-case slug")
            }
            guard categories.contains(entry.category) else { throw invalid("category", "must be one of \(categories.sorted())") }
            guard !entry.objection.isBlank else { throw invalid("objection", "is empty") }
            guard !entry.responseTemplate.isBlank else { throw invalid("response_template", "is empty") }
            let hashed = [entry.category, entry.objection, entry.responseTemplate, entry.psychologyPrinciple ?? "",
                          (entry.variants ?? []).joined(separator: "\n"), (entry.keywords ?? []).joined(separator: "\n")]
            return ObjectionRow(
                slug: entry.id, category: entry.category, objection: entry.objection, responseTemplate: entry.responseTemplate,
                psychologyPrinciple: entry.psychologyPrinciple, keywords: entry.keywords ?? [], variants: entry.variants ?? [],
                sourceFile: file, contentHash: PortableSHA256.hex(hashed.joined(separator: "\u{1F}")))
        }
    }
}

extension ObjectionRow {
    /// What is embedded: how buyers say it, in every wording, then how to answer it.
    var embeddingText: String {
        ([objection] + variants + [keywords.joined(separator: ", "), responseTemplate]).joined(separator: "\n")
    }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
