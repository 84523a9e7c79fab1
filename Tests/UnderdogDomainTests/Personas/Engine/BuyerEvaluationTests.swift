import Foundation
import Testing
@testable import UnderdogDomain

/// The offline buyer on the labelled practice calls of the tuning set: the share of rep turns whose reply fits
/// the label. The held-out set has its own suite (`BuyerHeldOutEvaluationTests`). Floors sit just under the
/// measured figures (`underdog bench persona --evaluate` prints them); they may rise, never fall.
@Suite("Buyer evaluation on labelled calls")
struct BuyerEvaluationTests {
    static let tuning = PersonaContent.root.appendingPathComponent("content/evaluation/buyer-tuning")

    @Test("every tuning call loads, names a shipped persona and a call type it plays, and uses known kinds")
    func tuningIsWellFormed() throws {
        try Self.checkWellFormed(Self.tuning)
    }

    static func checkWellFormed(_ directory: URL) throws {
        let personas = try PersonaContent.loadAll()
        for call in try BuyerEvaluation.load(directory) {
            let persona = try #require(personas.first { $0.id == call.personaID }, "\(call.id)")
            #expect(persona.scenarios.contains(call.scenarioType), "\(call.id)")
            for turn in call.turns { #expect(BuyerEvaluation.fittingActs[turn.expect.kind] != nil, "\(call.id): \(turn.expect.kind)") }
        }
    }

    @Test("fitting replies stay above their floor on the tuning set")
    func floors() throws {
        let personas = try PersonaContent.loadAll()
        let tuning = try BuyerEvaluation.evaluate(try BuyerEvaluation.load(Self.tuning), personas: personas)
        print(String(format: "buyer tuning: %d calls, %d turns, fitting %.3f", tuning.calls, tuning.results.count, tuning.share))
        #expect(tuning.results.count >= 400)
        // Measured 0.965 on 67 calls (the 47 first calls, eight t2 calls written in other words and twelve b3 calls
        // written blind, on which the engine scored 0.870 before tuning on them) after issue 17's second round; the
        // floor sits 0.03 under it. After the third round: 0.964 on 81 calls (fourteen b4 calls written blind added,
        // 0.755 on them before tuning, 0.939 after; the 67 earlier calls 0.970), so the floor stays.
        #expect(tuning.share >= 0.935)
    }
}
