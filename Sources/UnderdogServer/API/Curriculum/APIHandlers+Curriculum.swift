import Foundation
import UnderdogAPI
import UnderdogStore

extension APIHandlers {
    func listCurriculumProgress(_ input: Operations.ListCurriculumProgress.Input) async throws -> Operations.ListCurriculumProgress.Output {
        let progress = try await asUser { _, connection in
            try await CurriculumProgressQueries.mine(on: connection, logger: logger)
        }
        return .ok(.init(body: .json(.init(items: progress.map {
            Components.Schemas.CurriculumProgress(moduleId: $0.moduleID, completed: $0.completed, score: $0.score, completedAt: $0.completedAt)
        }))))
    }
}
