import Foundation
import Logging
import PostgresNIO

/// A module row as the seed writes it: the content without the quiz's answer key, which stays in the files.
public struct CurriculumModuleRow: Sendable {
    public let id: Int
    public let name: String
    public let description: String
    public let topics: [String]
    public let contentJSON: String

    public init(id: Int, name: String, description: String, topics: [String], contentJSON: String) {
        self.id = id
        self.name = name
        self.description = description
        self.topics = topics
        self.contentJSON = contentJSON
    }
}

/// `public.curriculum_modules`, written by the seed as service_role.
public enum CurriculumModuleQueries {
    public static func upsert(_ modules: [CurriculumModuleRow], on connection: PostgresConnection, logger: Logger) async throws {
        for module in modules {
            try await connection.run("""
                INSERT INTO public.curriculum_modules (id, name, description, order_index, topics, content)
                VALUES (\(module.id), \(module.name), \(module.description), \(module.id), \(module.topics), \(module.contentJSON)::jsonb)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
                    order_index = excluded.order_index, topics = excluded.topics, content = excluded.content
                """, logger: logger)
        }
    }
}
