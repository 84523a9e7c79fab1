import Testing
import UnderdogDomain
import UnderdogMedia

@Suite("Grouping words into utterances and turns")
struct UtterancesTests {
    static func word(_ text: String, _ start: Double, _ end: Double) -> RecognizedWord {
        RecognizedWord(text: text, start: start, end: end)
    }

    @Test("words split into utterances at pauses longer than the threshold")
    func splitsAtPauses() {
        let words = [
            Self.word("hi", 0.5, 0.7), Self.word("there", 0.75, 1.1),
            Self.word("do", 2.5, 2.6), Self.word("you", 2.6, 2.8), Self.word("have", 3.0, 3.3),
            Self.word("a", 3.9, 4.0), Self.word("minute", 4.0, 4.4),
        ]
        #expect(Utterances.group(words) == [
            Utterance(text: "hi there", start: 0.5, end: 1.1),
            Utterance(text: "do you have a minute", start: 2.5, end: 4.4),
        ])
        #expect(Utterances.group(words, pause: 0.5).map(\.text) == ["hi there", "do you have", "a minute"])
        #expect(Utterances.group(words, pause: 10).count == 1)
    }

    @Test("a pause exactly at the threshold does not split; unordered words are ordered; none gives none")
    func edges() {
        #expect(Utterances.group([Self.word("a", 0, 1), Self.word("b", 1.5, 2)], pause: 0.5).count == 1)
        #expect(Utterances.group([Self.word("b", 5, 6), Self.word("a", 0, 1)]).map(\.text) == ["a", "b"])
        #expect(Utterances.group([]).isEmpty)
    }

    @Test("two channels interleave into numbered, timed turns; same-speaker neighbours merge")
    func turns() throws {
        let rep = [
            Utterance(text: "hi this is sam", start: 0.5, end: 2.0),
            Utterance(text: "do you have a minute", start: 2.9, end: 4.0),
            Utterance(text: "great", start: 7.0, end: 7.5),
        ]
        let prospect = [
            Utterance(text: "sure", start: 4.6, end: 5.0),
            Utterance(text: "what is it", start: 6.8, end: 7.6),
        ]
        let transcript = try Utterances.transcript(rep: rep, prospect: prospect)
        #expect(transcript.turns.map(\.speaker) == [.rep, .prospect, .rep])
        #expect(transcript.turns.map(\.index) == [0, 1, 2])
        #expect(transcript.turns[0].text == "hi this is sam do you have a minute")
        #expect(transcript.turns[0].start == 0.5 && transcript.turns[0].end == 4.0)
        #expect(transcript.turns[1].text == "sure what is it")
        #expect(transcript.turns[2].start == 7.0, "an interruption keeps its own start")
        #expect(transcript.isTimed)
    }

    @Test("nothing recognised on either channel is noTurns")
    func empty() {
        #expect(throws: TranscriptError.noTurns) { try Utterances.transcript(rep: [], prospect: []) }
    }
}
