import Foundation
import Testing
@testable import UnderdogDomain

/// The offline buyer on labelled practice calls: the share of rep turns whose reply fits the label, on the tuning
/// set and on the held-out set written blind from the persona files. Floors sit just under the measured figures
/// (`underdog bench persona --evaluate` prints them); they may rise, never fall.
@Suite("Buyer evaluation on labelled calls")
struct BuyerEvaluationTests {
    static let tuning = PersonaContent.root.appendingPathComponent("content/evaluation/buyer-tuning")
    static let heldOut = PersonaContent.root.appendingPathComponent("content/evaluation/buyer-held-out")

    @Test("every labelled call loads, names a shipped persona and a call type it plays, and uses known kinds")
    func setsAreWellFormed() throws {
        let personas = try PersonaContent.loadAll()
        for directory in [Self.tuning, Self.heldOut] where FileManager.default.fileExists(atPath: directory.path) {
            for call in try BuyerEvaluation.load(directory) {
                let persona = try #require(personas.first { $0.id == call.personaID }, "\(call.id)")
                #expect(persona.scenarios.contains(call.scenarioType), "\(call.id)")
                for turn in call.turns { #expect(BuyerEvaluation.fittingActs[turn.expect.kind] != nil, "\(call.id): \(turn.expect.kind)") }
            }
        }
    }

    @Test("fitting replies stay above their floors on the tuning and held-out sets")
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
        guard FileManager.default.fileExists(atPath: Self.heldOut.path) else { return }
        let heldOut = try BuyerEvaluation.evaluate(try BuyerEvaluation.load(Self.heldOut), personas: personas)
        print(String(format: "buyer held-out: %d calls, %d turns, fitting %.3f", heldOut.calls, heldOut.results.count, heldOut.share))
        #expect(heldOut.results.count >= 150 && heldOut.calls >= 20)
        #expect(heldOut.share >= Self.heldOutFloor)
    }

    /// 0.03 under the held-out figure measured once after issue 17's third round (0.840; 0.825 after the second
    /// round, 0.811 after the first, 0.757 before it).
    static let heldOutFloor = 0.810
}
