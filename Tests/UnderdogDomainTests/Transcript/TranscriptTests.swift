import Foundation
import Testing
@testable import UnderdogDomain

@Suite("Transcript model")
struct TranscriptTests {
    @Test("a transcript needs at least one turn")
    func needsTurns() {
        #expect(throws: TranscriptError.noTurns) { try Transcript(turns: []) }
    }

    @Test("NaN and infinite times are refused")
    func nonFiniteTimes() {
        #expect(throws: TranscriptError.self) { try Transcript(turns: [Turn(index: 0, speaker: .rep, text: "Hi", start: .nan, end: 1)]) }
        #expect(throws: TranscriptError.self) { try Transcript(turns: [Turn(index: 0, speaker: .rep, text: "Hi", start: 0, end: .infinity)]) }
    }

    @Test("turn indices must count 0, 1, 2 in order")
    func indicesInOrder() {
        #expect(throws: TranscriptError.turnOutOfOrder(.turn(1), index: 5)) {
            try Transcript(turns: [Turn(index: 0, speaker: .rep, text: "Hi"), Turn(index: 5, speaker: .prospect, text: "Hi")])
        }
    }

    @Test("timed only when every turn has both times; duration runs from first start to last end")
    func timing() {
        let timed = Fixtures.timed([(.rep, "Hi", 2, 4), (.prospect, "Hello", 4.5, 9)])
        #expect(timed.isTimed)
        #expect(timed.duration == 7)
        let partial = try? Transcript(turns: [Turn(index: 0, speaker: .rep, text: "Hi", start: 0, end: 1), Turn(index: 1, speaker: .prospect, text: "Yo")])
        #expect(partial?.isTimed == false)
        #expect(partial?.duration == nil)
    }

    @Test("decoding a transcript validates it too")
    func decodingValidates() throws {
        let bad = Data(#"{"turns":[{"index":0,"speaker":"rep","text":"Hi","start":3,"end":1}]}"#.utf8)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Transcript.self, from: bad) }
        let good = try JSONEncoder().encode(Fixtures.goodCall)
        #expect(try JSONDecoder().decode(Transcript.self, from: good) == Fixtures.goodCall)
    }
}
