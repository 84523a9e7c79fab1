import UnderdogDomain

/// The buyers a rep can practise with, each a card with who they are and the calls they take.
struct PracticeModel: Sendable {
    struct Scenario: Sendable {
        let value: String
        let title: String
        let first: Bool
        /// What a call of this type with this buyer is for, from the persona's brief.
        let goal: String
    }

    struct Card: Sendable {
        let id: String
        let name: String
        let role: String
        let company: String
        let industry: String
        let size: String
        let context: String
        let temperament: String
        let difficulty: String
        let scenarios: [Scenario]
        let singleScenario: Scenario?
        /// The brief: whom the rep calls from, what they sell, and each call type's aim.
        let seller: String
        let product: String
        let goals: [Scenario]
    }

    let cards: [Card]
    let action = SiteURL.practice.path
    let csrf: String

    init(personas: [Persona], csrf: String) {
        self.csrf = csrf
        cards = personas.sorted { ($0.difficulty, $0.name) < ($1.difficulty, $1.name) }.map { persona in
            let scenarios = persona.scenarios.enumerated().map { index, scenario in
                Scenario(value: scenario.rawValue, title: scenario.title, first: index == 0, goal: persona.brief.goal(for: scenario) ?? "")
            }
            return Card(
                id: persona.id, name: persona.name, role: persona.title, company: persona.company.name,
                industry: persona.company.industry, size: persona.company.size, context: persona.company.context,
                temperament: persona.temperament.rawValue.capitalized,
                difficulty: ["", "Gentle", "Fair", "Firm", "Tough", "Very tough"][max(0, min(5, persona.difficulty))],
                scenarios: scenarios.count > 1 ? scenarios : [], singleScenario: scenarios.count == 1 ? scenarios.first : nil,
                seller: persona.brief.seller, product: persona.brief.product, goals: scenarios)
        }
    }
}
