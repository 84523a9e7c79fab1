import Testing
@testable import UnderdogDomain

@Suite("The offline coach's quotes")
struct ExtractiveAnswerTests {
    @Test("a quotation is never cut inside, an abbreviation does not end a sentence, and a list is quoted whole")
    func pieces() {
        let passage = """
            Open with who you are. Then say \u{201C}I'll be brief. Thirty seconds, then you decide.\u{201D} and pause.
            Ask about timing, e.g. when the contract ends.

            Before you hang up:
            - Name the day and time.
            - Say who will join.
            - Send the invite while they are still on the line.
            """
        let pieces = ExtractiveAnswer.sentences(passage)
        #expect(pieces.contains("Then say \u{201C}I'll be brief. Thirty seconds, then you decide.\u{201D} and pause."))
        #expect(pieces.contains("Ask about timing, e.g. when the contract ends."))
        #expect(pieces.contains("Name the day and time; Say who will join; Send the invite while they are still on the line."))
        #expect(!pieces.contains { $0.hasPrefix("Thirty seconds") })
    }

    @Test("an answer quoting a list quotes all of it")
    func wholeList() {
        let answer = ExtractiveAnswer.compose(question: "what should I confirm before I hang up?", sources: [
            .init(number: 1, title: "Closing", text: "Be clear.\n\n- Confirm the day and time.\n- Confirm who will join.\n- Send the invite now.", isObjection: false),
        ], sentencesPerSource: 1)
        #expect(answer.contains("Confirm the day and time; Confirm who will join; Send the invite now."), "\(answer)")
    }
}
