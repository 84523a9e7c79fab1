import Foundation
import Testing
@testable import UnderdogDomain

@Suite("Plain-text transcript parser")
struct PlainTextTranscriptParserTests {
    @Test("reads Rep:/Prospect: lines")
    func labelledRoles() throws {
        let transcript = try PlainTextTranscriptParser.parse("Rep: Hi, this is Sam.\nProspect: Hello.\nRep: Got a minute?")
        #expect(transcript.turns.map(\.speaker) == [.rep, .prospect, .rep])
        #expect(transcript.turns[2].text == "Got a minute?")
    }

    @Test("with two people's names, whoever speaks first is the rep")
    func firstSpeakerIsRep() throws {
        let result = try PlainTextTranscriptParser.parseWithLabels("Sam: Hi Maria.\nMaria: Hi.\nSam: Quick question.")
        #expect(result.transcript.turns.map(\.speaker) == [.rep, .prospect, .rep])
        #expect(result.labels == [
            .init(name: "Sam", speaker: .rep, byAlias: false),
            .init(name: "Maria", speaker: .prospect, byAlias: false),
        ])
    }

    @Test("a known alias decides even when it speaks second")
    func aliasSpeaksSecond() throws {
        let transcript = try PlainTextTranscriptParser.parse("Maria: Hello?\nAgent: Hi Maria, it's Sam.")
        #expect(transcript.turns.map(\.speaker) == [.prospect, .rep])
    }

    @Test("VAPI's AI/User transcript lines map AI to the prospect and User to the rep")
    func vapiTranscriptString() throws {
        let transcript = try PlainTextTranscriptParser.parse("AI: Hello, Acme.\nUser: Hi, this is Sam from Underdog.")
        #expect(transcript.turns.map(\.speaker) == [.prospect, .rep])
    }

    @Test("a line without a label continues the turn; a colon inside text is not a label")
    func continuationLines() throws {
        let transcript = try PlainTextTranscriptParser.parse("Rep: Let's meet at 10:30 on Tuesday.\nHere's the thing: it's quick.\r\n\r\nProspect: Fine.")
        #expect(transcript.turns.count == 2)
        #expect(transcript.turns[0].text == "Let's meet at 10:30 on Tuesday. Here's the thing: it's quick.")
    }

    @Test("a third speaker is refused with its line number")
    func thirdSpeaker() {
        #expect(throws: TranscriptError.tooManySpeakers(.line(3), names: ["Sam", "Maria"])) {
            try PlainTextTranscriptParser.parse("Sam: Hi.\nMaria: Hi.\nBob: Hi all.")
        }
    }

    @Test("a first line without a label is refused with its line number")
    func missingLabel() {
        #expect(throws: TranscriptError.missingSpeakerLabel(.line(2))) {
            try PlainTextTranscriptParser.parse("\njust some words")
        }
    }

    @Test("two labels for the same role are ambiguous")
    func ambiguous() {
        #expect(throws: TranscriptError.ambiguousSpeakers(names: ["Rep", "Agent"], role: .rep)) {
            try PlainTextTranscriptParser.parse("Rep: Hi.\nAgent: Hello.")
        }
    }

    @Test("a label with nothing said is refused")
    func emptyTurn() {
        #expect(throws: TranscriptError.emptyText(.line(2))) {
            try PlainTextTranscriptParser.parse("Rep: Hi.\nProspect:")
        }
    }

    @Test("empty text and invalid UTF-8 bytes are refused")
    func hostileBytes() {
        #expect(throws: TranscriptError.emptyInput) { try PlainTextTranscriptParser.parse("  \n\t") }
        #expect(throws: TranscriptError.notUTF8) { try PlainTextTranscriptParser.parse(Data([0x52, 0x65, 0x70, 0x3A, 0xFF, 0xFE])) }
    }

    @Test("a huge single line is refused by the turn limit, not processed")
    func hugeLine() {
        let text = "Rep: " + String(repeating: "word ", count: 30_000)
        #expect(throws: TranscriptError.self) {
            try PlainTextTranscriptParser.parse(text, limits: ParseLimits(maxTurnCharacters: 100_000))
        }
    }
}
