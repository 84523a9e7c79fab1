import Foundation
import Testing
@testable import UnderdogDomain

@Suite("JSON transcript parser")
struct JSONTranscriptParserTests {
    private func parse(_ json: String) throws(TranscriptError) -> Transcript {
        try JSONTranscriptParser.parse(Data(json.utf8))
    }

    private func error(_ json: String) -> TranscriptError? {
        do {
            _ = try parse(json)
            return nil
        } catch {
            return error
        }
    }

    @Test("reads roles, text and optional times, numbering turns from 0")
    func readsTurns() throws {
        let transcript = try parse(#"{"turns":[{"speaker":"rep","text":"Hi there","start":0,"end":1.5},{"speaker":"prospect","text":"Hello"}]}"#)
        #expect(transcript.turns.count == 2)
        #expect(transcript.turns[0] == Turn(index: 0, speaker: .rep, text: "Hi there", start: 0, end: 1.5))
        #expect(transcript.turns[1] == Turn(index: 1, speaker: .prospect, text: "Hello"))
        #expect(!transcript.isTimed)
    }

    @Test("maps VAPI roles: user is the rep, assistant is the AI buyer")
    func vapiRoles() throws {
        let transcript = try parse(#"{"turns":[{"speaker":"user","text":"Hi"},{"speaker":"assistant","text":"Who is this?"},{"speaker":"bot","text":"Hm"}]}"#)
        #expect(transcript.turns.map(\.speaker) == [.rep, .prospect, .prospect])
    }

    @Test("accepts sales aliases in any case and spacing", arguments: [
        ("Agent", Speaker.rep), ("salesperson", .rep), ("Sales Rep", .rep), ("CUSTOMER", .prospect), ("buyer", .prospect),
        ("gatekeeper", .prospect),
    ])
    func aliases(label: String, speaker: Speaker) throws {
        let transcript = try parse(#"{"turns":[{"speaker":"\#(label)","text":"Hello"}]}"#)
        #expect(transcript.turns[0].speaker == speaker)
    }

    @Test("an empty or blank document is refused")
    func empty() {
        #expect(error("") == .emptyInput)
        #expect(error("   \n ") == .emptyInput)
    }

    @Test("broken JSON is refused with a reason, not a crash")
    func brokenJSON() {
        guard case .invalidJSON(let reason)? = error(#"{"turns":[{"speaker":"rep""#) else {
            Issue.record("expected invalidJSON")
            return
        }
        #expect(!reason.isEmpty)
    }

    @Test("a wrong type names its JSON path")
    func wrongType() {
        guard case .invalidJSON(let reason)? = error(#"{"turns":[{"speaker":"rep","text":"Hi","start":"zero"}]}"#) else {
            Issue.record("expected invalidJSON")
            return
        }
        #expect(reason.contains("$.turns[0].start"))
        #expect(reason.contains("a number"))
    }

    @Test("a document without turns, or with none, is refused")
    func noTurns() {
        #expect(error(#"{"messages":[]}"#) == .missingField(.turn(0), field: "turns"))
        #expect(error(#"{"turns":[]}"#) == .noTurns)
    }

    @Test("an unknown speaker is named with its turn")
    func unknownSpeaker() {
        #expect(error(#"{"turns":[{"speaker":"rep","text":"Hi"},{"speaker":"narrator","text":"Meanwhile"}]}"#)
            == .unknownSpeaker(.turn(1), name: "narrator"))
    }

    @Test("missing speaker or text, and blank text, are refused with the turn")
    func missingFields() {
        #expect(error(#"{"turns":[{"text":"Hi"}]}"#) == .missingField(.turn(0), field: "speaker"))
        #expect(error(#"{"turns":[{"speaker":"rep"}]}"#) == .missingField(.turn(0), field: "text"))
        #expect(error(#"{"turns":[{"speaker":"rep","text":"  "}]}"#) == .emptyText(.turn(0)))
    }

    @Test("an end before its start, or a negative time, is refused")
    func badTimes() {
        #expect(error(#"{"turns":[{"speaker":"rep","text":"Hi","start":5,"end":2}]}"#) == .endBeforeStart(.turn(0), start: 5, end: 2))
        #expect(error(#"{"turns":[{"speaker":"rep","text":"Hi","start":-1,"end":2}]}"#) == .invalidTime(.turn(0), field: "start", value: -1))
    }

    @Test("a number too large to be finite is refused rather than becoming infinity")
    func infiniteTime() {
        let result = error(#"{"turns":[{"speaker":"rep","text":"Hi","start":0,"end":1e400}]}"#)
        #expect(result != nil)
    }

    @Test("input over the byte limit is refused before decoding")
    func tooLarge() {
        let limits = ParseLimits(maxBytes: 100)
        let json = #"{"turns":[{"speaker":"rep","text":""# + String(repeating: "a", count: 200) + #""}]}"#
        #expect(throws: TranscriptError.tooLarge(bytes: json.utf8.count, limit: 100)) {
            try JSONTranscriptParser.parse(Data(json.utf8), limits: limits)
        }
    }

    @Test("too many turns, or a turn too long, is refused")
    func turnLimits() {
        let turns = (0..<5).map { _ in #"{"speaker":"rep","text":"Hi"}"# }.joined(separator: ",")
        #expect(throws: TranscriptError.tooManyTurns(count: 5, limit: 3)) {
            try JSONTranscriptParser.parse(Data(#"{"turns":[\#(turns)]}"#.utf8), limits: ParseLimits(maxTurns: 3))
        }
        #expect(throws: TranscriptError.turnTooLong(.turn(0), characters: 20, limit: 10)) {
            try JSONTranscriptParser.parse(Data(#"{"turns":[{"speaker":"rep","text":"\#(String(repeating: "a", count: 20))"}]}"#.utf8),
                                           limits: ParseLimits(maxTurnCharacters: 10))
        }
    }

    @Test("every error has a stable code and a sentence")
    func errorsDescribeThemselves() {
        let error = TranscriptError.unknownSpeaker(.turn(3), name: "narrator")
        #expect(error.code == "transcript_unknown_speaker")
        #expect(error.description.contains("Turn 3"))
        #expect(error.description.contains("narrator"))
    }
}
