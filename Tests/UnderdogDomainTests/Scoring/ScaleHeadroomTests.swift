import Testing
@testable import UnderdogDomain

/// Room at the top of the scale, earned by what the call does rather than by set phrases: a conversation kept up
/// from start to finish lifts communication past the 8 that balanced talk, courtesy and one act of listening give.
@Suite("An excellent call can reach the top of the scale")
struct ScaleHeadroomTests {
    private static func earned(_ analysis: Analysis, _ dimension: ScoringDimension, _ criterion: String) -> Bool {
        analysis.result(for: dimension)?.evidence.contains { $0.criterion == criterion && $0.effect.points > 0 } ?? false
    }

    @Test("answers that keep taking up what the prospect said, with balanced talk, make an attentive conversation")
    func attentiveConversation() throws {
        let lines: [(Speaker, String)] = [
            (.rep, "Hi Morgan, Jamie from Brightline Freight. Have you got a minute?"),
            (.prospect, "A minute, go on."),
            (.rep, "How are you planning routes across both sites?"),
            (.prospect, "Spreadsheets and phone calls, mostly. Our planner is stretched thin, and she covers both depots on her own every single day."),
            (.rep, "Spreadsheets and phone calls for two sites, that's a lot on one planner. What happens when a driver is off sick?"),
            (.prospect, "The planner redoes the whole day by hand, usually before six in the morning."),
            (.rep, "Redoing the whole day by hand before six is tough. How often does that happen?"),
            (.prospect, "Twice a week in winter, at least. The drivers complain about late changes."),
            (.rep, "Late changes twice a week would wear anyone down. Who else feels it besides the drivers?"),
            (.prospect, "The customers, when deliveries slip to the afternoon. We lost a bakery account last winter because of it, and that one hurt."),
            (.rep, "Deliveries slipping to the afternoon is what customers notice. What have you tried so far?"),
            (.prospect, "We looked at a second planner for winter, but the budget wouldn't stretch that far this year, so we just muddle through."),
            (.rep, "So the budget wouldn't stretch to a second planner. Would a short look at how others handle it help?"),
            (.prospect, "It might. Send me a time that suits and I'll see what I can do."),
        ]
        let analysis = try GeneralisationTests.analyse(lines)
        #expect(Self.earned(analysis, .communication, "attentive_conversation"))
        let found = CommunicationDetector.detect(CallText(try Transcript(lines)))
        #expect(found.listeningTurns.count >= 5)
        let once = try GeneralisationTests.analyse(Array(lines.prefix(6)) + [
            (.rep, "Okay. Do you use any software?"),
            (.prospect, "No."),
            (.rep, "Right. Shall I send a brochure?"),
            (.prospect, "Fine."),
        ])
        #expect(!Self.earned(once, .communication, "attentive_conversation"))
    }
}
