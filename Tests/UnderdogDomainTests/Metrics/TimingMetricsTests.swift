import Testing
@testable import UnderdogDomain

@Suite("Time-based metrics")
struct TimingMetricsTests {
    /// Rep 0–10, prospect 10.5–20, rep 21.5–30 (waited 1.5 s), prospect 31–40, rep 39.5–60 (cut in 0.5 s early).
    private let call = CallText(Fixtures.timed([
        (.rep, "What's your biggest challenge?", 0, 10),
        (.prospect, "Ramp time.", 10.5, 20),
        (.rep, "How long does ramp take? Who owns it?", 21.5, 30),
        (.prospect, "Six months.", 31, 40),
        (.rep, Fixtures.words(41), 39.5, 60),
    ]))

    @Test("question rate: 3 rep questions in a 1-minute call is 3 per minute")
    func questionRate() {
        #expect(Measure.questionRate(call, questions: 3) == 3)
    }

    @Test("interactivity: 4 speaker switches in 1 minute is 4 per minute")
    func interactivity() {
        #expect(Measure.interactivity(call) == 4)
    }

    @Test("patience: mean wait before the rep answers, interruptions counting as zero: (1.5 + 0) / 2 = 0.75 s")
    func patience() {
        #expect(Measure.patience(call) == 0.75)
    }

    @Test("interruptions: a turn starting before the other speaker's end")
    func interruptions() {
        #expect(Measure.interruptions(call) == Interruptions(byRep: 1, byProspect: 0, turns: [4]))
    }

    @Test("speaking pace: 50 rep words in 39 s of rep speech is about 76.9 wpm")
    func pace() {
        let words = 4 + 8 + 41
        let seconds = 10.0 + 8.5 + 20.5
        #expect(Measure.speakingPace(call) == Double(words) / (seconds / 60))
    }

    @Test("silence share: gaps of 0.5 + 1.5 + 1 s in a 60 s call is 0.05; overlaps are not silence")
    func silence() {
        #expect(abs((Measure.silenceShare(call) ?? -1) - 3.0 / 60) < 1e-9)
    }

    @Test("without times every time-based metric is nil, not guessed")
    func untimed() {
        let untimed = CallText(Fixtures.goodCall)
        #expect(Measure.questionRate(untimed, questions: 5) == nil)
        #expect(Measure.interactivity(untimed) == nil)
        #expect(Measure.patience(untimed) == nil)
        #expect(Measure.interruptions(untimed) == nil)
        #expect(Measure.speakingPace(untimed) == nil)
        #expect(Measure.silenceShare(untimed) == nil)
        let metrics = ConversationMetrics.measure(Fixtures.goodCall)
        #expect(metrics.durationSeconds == nil)
        #expect(metrics.talkRatio.byTime == nil)
    }
}
