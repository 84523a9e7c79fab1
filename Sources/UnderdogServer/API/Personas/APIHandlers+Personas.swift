import UnderdogAPI
import UnderdogDomain

extension APIHandlers {
    func listPersonas(_ input: Operations.ListPersonas.Input) async throws -> Operations.ListPersonas.Output {
        _ = try context().requireUser()
        return .ok(.init(body: .json(.init(items: personas.map(Components.Schemas.Persona.init)))))
    }

    func getPersona(_ input: Operations.GetPersona.Input) async throws -> Operations.GetPersona.Output {
        _ = try context().requireUser()
        guard let persona = personas.first(where: { $0.id == input.path.personaId }) else { throw AppError.notFound("No such persona.") }
        return .ok(.init(body: .json(.init(persona))))
    }
}

extension Components.Schemas.Persona {
    init(_ persona: Persona) {
        var categories: [ObjectionCategory] = []
        for objection in persona.objections where !categories.contains(objection.category) { categories.append(objection.category) }
        self.init(
            id: persona.id, name: persona.name, title: persona.title,
            company: .init(name: persona.company.name, industry: persona.company.industry, size: persona.company.size, context: persona.company.context),
            temperament: .init(rawValue: persona.temperament.rawValue) ?? .busy,
            difficulty: persona.difficulty,
            scenarios: persona.scenarios.compactMap { Components.Schemas.ScenarioType(rawValue: $0.rawValue) },
            objectionCategories: categories.compactMap { .init(rawValue: $0.rawValue) },
            brief: .init(
                seller: persona.brief.seller, product: persona.brief.product,
                goals: persona.scenarios.compactMap { scenario in
                    guard let type = Components.Schemas.ScenarioType(rawValue: scenario.rawValue), let goal = persona.brief.goal(for: scenario) else { return nil }
                    return .init(scenarioType: type, goal: goal)
                }))
    }
}
