import Foundation
import Testing
@testable import UnderdogDomain

/// The buyer never says the same thing twice in one reply, and does not repeat a line from earlier in the call
/// while another fits.
@Suite("The offline buyer says a thing once")
struct BuyerSaysItOnceTests {
    @Test("a fact is not followed by a background clause that says it again")
    func noEchoingClause() throws {
        var engine = PersonaEngine(persona: try PersonaContent.load("dale-kowalczyk.json"), scenario: .coldCall)
        _ = engine.open()
        _ = engine.respond(to: "Hi Dale, it's Sam from Shopline. Have you got a minute?")
        let reply = engine.respond(to: "When a customer chases an order, how do you find out where their parts are?")
        #expect(reply.acts.contains(.answer), "\(reply)")
        #expect(reply.text.contains("walks out to the floor"), "\(reply)")
        #expect(!reply.text.contains("walk onto the floor"), "\(reply)")
    }

    @Test("a repeated clause is caught by its content words in other forms")
    func repeatsByContentWords() {
        let said = ContentStems("Customers ring three or four times a day asking where their parts are. Someone walks out to the floor to check.").stems
        #expect(PersonaEngine.repeats(ContentStems("When a customer chases an order, somebody has to walk onto the floor to find out."), said))
        #expect(!PersonaEngine.repeats(ContentStems("Every customer quote is built by hand by one estimator who retires next summer."), said))
    }

    @Test("small talk over several turns does not bring back a line already said while another fits")
    func noRepeatedLines() throws {
        var engine = PersonaEngine(persona: try PersonaContent.load("dale-kowalczyk.json"), scenario: .coldCall)
        _ = engine.open()
        _ = engine.respond(to: "Hi Dale, it's Sam from Shopline. Have you got a minute?")
        var said: [String] = []
        for line in ["Lovely weather up your way this week, isn't it?", "Did you catch the match at the weekend?", "How was your weekend, by the way?"] {
            let reply = engine.respond(to: line)
            if reply.acts.contains(.smallTalk) { said.append(reply.text) }
        }
        let sentences = said.flatMap { PersonaEngine.sentences(of: $0) }
        #expect(Set(sentences).count == sentences.count, "\(said)")
    }
}
