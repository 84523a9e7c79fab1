import Foundation
import Logging
import UnderdogServer
import UnderdogStore

/// The seed's curriculum rows: the twelve modules from the content, so progress rows have modules to point
/// at. The quiz's answers and explanations are left out; they stay in the files, where the server grades.
extension SeedCommand {
    static func seedCurriculum(_ content: ContentCatalog, database: Database, logger: Logger) async throws {
        let rows = try content.curriculum.map { module -> CurriculumModuleRow in
            var object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(module)) as? [String: Any] ?? [:]
            if var quiz = object["quiz"] as? [String: Any], let questions = quiz["questions"] as? [[String: Any]] {
                quiz["questions"] = questions.map { $0.filter { $0.key != "answer" && $0.key != "explanation" } }
                object["quiz"] = quiz
            }
            let json = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
            return CurriculumModuleRow(id: module.moduleNumber, name: module.title, description: module.description,
                                       topics: module.topics, contentJSON: json)
        }
        try await database.transaction(as: .service) { connection in
            try await CurriculumModuleQueries.upsert(rows, on: connection, logger: logger)
        }
    }
}
