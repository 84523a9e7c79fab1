import Testing
@testable import UnderdogDomain

@Suite("Dimension scorers")
struct ScorerTests {
    @Test("a well-run call scores high on every dimension it can be judged on")
    func goodCall() throws {
        let analysis = Fixtures.analyze(Fixtures.goodCall)
        for dimension in [ScoringDimension.opener, .pitch, .discovery, .closing, .communication] {
            let result = try #require(analysis.result(for: dimension))
            #expect(result.score >= 7, "\(dimension.rawValue) scored \(result.score): \(result.feedback)")
        }
    }

    @Test("a poorly run call scores low on every dimension")
    func poorCall() throws {
        let analysis = Fixtures.analyze(Fixtures.poorCall)
        for result in analysis.dimensions {
            #expect(result.score <= 4, "\(result.dimension.rawValue) scored \(result.score): \(result.feedback)")
        }
    }

    @Test("every score is 1–10 and every piece of evidence points at a real turn")
    func evidencePointsAtTurns() {
        for transcript in [Fixtures.goodCall, Fixtures.poorCall, Fixtures.call([(.prospect, "Hello?")])] {
            let analysis = Fixtures.analyze(transcript)
            #expect(analysis.dimensions.map(\.dimension) == ScoringDimension.allCases)
            for result in analysis.dimensions {
                #expect(Score.range.contains(result.score))
                #expect(!result.feedback.isEmpty)
                for evidence in result.evidence {
                    #expect(transcript.turns.indices.contains(evidence.turn), "\(result.dimension.rawValue): turn \(evidence.turn)")
                }
            }
        }
    }

    @Test("with no objection raised, objection handling is neutral, unjudged, and says why")
    func noObjection() throws {
        let result = try #require(Fixtures.analyze(Fixtures.goodCall).result(for: .objectionHandling))
        #expect(!result.judged)
        #expect(result.score == ContentFiles.rubric.unjudgedScore(of: .objectionHandling, in: .coldCall))
        #expect(result.feedback.contains("No objection came up"))
    }

    @Test("a judged score is the baseline plus its evidence points, within 1–10")
    func scoreIsBaselinePlusEvidence() {
        let analysis = Fixtures.analyze(Fixtures.goodCall)
        for result in analysis.dimensions where result.judged && result.dimension != .objectionHandling {
            let points = result.evidence.reduce(0) { $0 + $1.effect.points }
            #expect(result.score == Score.clamp(result.baseline + points))
        }
    }

    @Test("feedback names what to do next when points were lost")
    func feedbackNamesNextStep() throws {
        let closing = try #require(Fixtures.analyze(Fixtures.poorCall).result(for: .closing))
        #expect(closing.feedback.contains("Next time:"))
    }

    @Test("a call where the rep never speaks does not crash and is judged on nothing")
    func silentRep() {
        let analysis = Fixtures.analyze(Fixtures.call([(.prospect, "Hello? Anyone there?")]))
        #expect(analysis.dimensions.allSatisfy { !$0.judged || $0.dimension == .closing })
    }

    @Test("scenario changes the weights: a gatekeeper call weighs discovery less")
    func scenarioWeights() {
        let results = ScoringDimension.allCases.map { dimension in
            DimensionResult(dimension: dimension, score: dimension == .discovery ? 1 : 10, baseline: 5, judged: true, feedback: "", evidence: [])
        }
        let coldCall = Analyzer.overallScore(results, rubric: ContentFiles.rubric, scenario: .coldCall)
        let gatekeeper = Analyzer.overallScore(results, rubric: ContentFiles.rubric, scenario: .gatekeeper)
        #expect(gatekeeper > coldCall)
    }

    @Test("the overall score is the weighted mean spread from the middle, rounded half up")
    func overallRounding() {
        let results = ScoringDimension.allCases.map { dimension in
            DimensionResult(dimension: dimension, score: dimension == .opener ? 8 : 7, baseline: 5, judged: true, feedback: "", evidence: [])
        }
        // Closing weighs 2 and opener 0.5 in a closing call: (0.5·8 + 1·7·4 + 2·7) / 6.5 = 7.08, spread
        // 5.5 + 1.25 · 1.58 = 7.47 → 7.
        #expect(Analyzer.overallScore(results, rubric: ContentFiles.rubric, scenario: .closing) == 7)
        // The spread uses the whole scale: all nines is a 10, all twos a 1, all fives and sixes stay put.
        let uniform = { (score: Int) in ScoringDimension.allCases.map {
            DimensionResult(dimension: $0, score: score, baseline: 5, judged: true, feedback: "", evidence: [])
        } }
        #expect(Analyzer.overallScore(uniform(9), rubric: ContentFiles.rubric, scenario: .coldCall) == 10)
        #expect(Analyzer.overallScore(uniform(2), rubric: ContentFiles.rubric, scenario: .coldCall) == 1)
        #expect(Analyzer.overallScore(uniform(5), rubric: ContentFiles.rubric, scenario: .coldCall) == 5)
        #expect(Analyzer.overallScore(uniform(6), rubric: ContentFiles.rubric, scenario: .coldCall) == 6)
    }
}
