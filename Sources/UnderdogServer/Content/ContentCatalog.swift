import Foundation
import UnderdogDomain

/// What the product ships as files under `content/` (the rubric now; personas, wiki and curriculum as they
/// come), read and checked once at start-up, so a broken file stops the server with its name, not a request
/// later with a 500.
public struct ContentCatalog: Sendable {
    public let rubric: Rubric
    /// The rubric file's bytes, served as they are.
    public let rubricJSON: Data

    public init(rubric: Rubric, rubricJSON: Data) {
        self.rubric = rubric
        self.rubricJSON = rubricJSON
    }

    /// Reads `directory` (the repository's `content/` by default).
    public static func load(directory: String) throws -> ContentCatalog {
        let path = directory + "/rubric/rubric.json"
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ContentError(file: path, reason: "cannot be read (\(error.localizedDescription)); set UNDERDOG_CONTENT to the content folder")
        }
        do {
            return ContentCatalog(rubric: try Rubric.decode(data), rubricJSON: data)
        } catch {
            throw ContentError(file: path, reason: "\(error)")
        }
    }
}

/// A content file that is missing or does not say what it must.
public struct ContentError: Error, CustomStringConvertible {
    public let file: String
    public let reason: String
    public var description: String { "\(file): \(reason)" }
}
