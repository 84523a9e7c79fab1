import UnderdogAPI

extension APIHandlers {
    func getRubric(_ input: Operations.GetRubric.Input) async throws -> Operations.GetRubric.Output {
        _ = try context().requireUser()
        return .ok(.init(body: .json(rubric)))
    }
}
