import Testing
@testable import UnderdogDomain

@Suite("Detectors")
struct DetectorTests {
    @Test("objections are classified into the library's five categories", arguments: [
        ("Honestly it's too expensive for us.", ObjectionCategory.pricing),
        ("We already use Gong and we're happy with it.", .statusQuo),
        ("Just send me an email.", .brushOff),
        ("Not right now, maybe next quarter.", .timing),
        ("I'd have to run it by my boss.", .authority),
    ])
    func categories(text: String, category: ObjectionCategory) {
        let found = Fixtures.objections([(.rep, "We help teams ramp faster."), (.prospect, text), (.rep, "Understood.")])
        #expect(found.map(\.category) == [category])
        #expect(found.first?.turn == 1)
    }

    @Test("phrases that only look like objections are not: 'price isn't an issue', 'I'll pass that on'")
    func notObjections() {
        #expect(Fixtures.objections([(.rep, "Hi."), (.prospect, "Price isn't an issue for us."), (.rep, "Great.")]).isEmpty)
        #expect(Fixtures.objections([(.rep, "Could you tell him I called?"), (.prospect, "I'll pass that on."), (.rep, "Thanks.")]).isEmpty)
    }

    @Test("a good answer acknowledges, asks, reframes and proves; the prospect moving on is recorded")
    func goodHandling() throws {
        let found = Fixtures.objections([
            (.rep, "We help teams ramp faster."),
            (.prospect, "It sounds too expensive."),
            (.rep, "That's fair. Compared to what? One of our customers, a team your size, cut ramp time in half and saved forty thousand a rep."),
            (.prospect, "That makes sense, tell me more."),
        ])
        let objection = try #require(found.first)
        #expect(objection.moves == [.acknowledge, .question, .reframe, .proof])
        #expect(objection.missteps.isEmpty)
        #expect(objection.reaction == .movedOn)
        #expect(objection.responseTurns == [2])
    }

    @Test("caving, arguing, discounting and silence are missteps")
    func missteps() {
        #expect(Fixtures.objections([(.rep, "Hi."), (.prospect, "Not interested."), (.rep, "Okay, no problem, have a good day.")]).first?.missteps == [.caved])
        #expect(Fixtures.objections([(.rep, "Hi."), (.prospect, "We already have a vendor."), (.rep, "Trust me, you're wrong about that.")]).first?.missteps == [.argued])
        #expect(Fixtures.objections([(.rep, "Hi."), (.prospect, "That's too expensive."), (.rep, "I can give you a discount.")]).first?.missteps == [.discounted])
        #expect(Fixtures.objections([(.rep, "Hi."), (.prospect, "Not interested.")]).first?.missteps == [.ignored])
    }

    @Test("closing: a meeting with a day and time that the prospect accepts is concrete, exact and accepted")
    func concreteNextStep() throws {
        let call = CallText(Fixtures.goodCall)
        let found = ClosingDetector.detect(call, questions: QuestionFinder.questions(in: call), thresholds: ContentFiles.rubric.closing.thresholds)
        let step = try #require(found.decisive)
        #expect(step.kind == .concrete)
        #expect(step.timing == .exact)
        #expect(step.accepted == true)
        #expect(found.confirmation != nil)
    }

    @Test("closing: 'I'll send you some info' is vague; a gatekeeper ask to be put through is a transfer")
    func vagueAndTransfer() {
        let vague = CallText(Fixtures.call([(.rep, "Thanks for your time, I'll send you some info."), (.prospect, "Okay.")]))
        let found = ClosingDetector.detect(vague, questions: [], thresholds: ContentFiles.rubric.closing.thresholds)
        #expect(found.nextSteps.map(\.kind) == [.vague])
        #expect(found.decisive == nil)
        let transfer = CallText(Fixtures.call([(.rep, "Could you put me through to Dana?"), (.prospect, "One moment, I'll put you through.")]))
        let steps = ClosingDetector.detect(transfer, questions: QuestionFinder.questions(in: transfer), thresholds: ContentFiles.rubric.closing.thresholds)
        #expect(steps.decisive?.kind == .transfer)
        #expect(steps.decisive?.accepted == true)
    }

    @Test("closing: time precision is exact, day or loose", arguments: [
        ("Tuesday at ten", NextStep.Timing.exact), ("3pm", .exact), ("Thursday", .day), ("the 14th", .day), ("next week", .loose),
    ])
    func timing(text: String, timing: NextStep.Timing) {
        #expect(ClosingDetector.timing(TokenizedText(text)) == timing)
        #expect(ClosingDetector.timing(TokenizedText("Good afternoon, Acme.")) == nil)
    }

    @Test("opener: introduction with company, reason, permission and personalisation are found in the first turn")
    func opener() {
        let call = CallText(Fixtures.goodCall)
        let found = OpenerDetector.detect(call, questions: QuestionFinder.questions(in: call), thresholds: ContentFiles.rubric.opener.thresholds)
        #expect(found.introduction?.turn == 0)
        #expect(found.reason != nil)
        #expect(found.permission != nil)
        #expect(found.personalisation != nil)
        #expect(found.pleasantry == nil)
    }

    @Test("opener: 'how are you' alone is a pleasantry, 'how are you handling…' is not")
    func pleasantry() {
        func pleasantry(_ text: String) -> Finding? {
            let call = CallText(Fixtures.call([(.rep, text), (.prospect, "Hi.")]))
            return OpenerDetector.detect(call, questions: QuestionFinder.questions(in: call), thresholds: ContentFiles.rubric.opener.thresholds).pleasantry
        }
        #expect(pleasantry("Hi Janet! How are you doing today?") != nil)
        #expect(pleasantry("Hi Janet. How are you handling onboarding right now?") == nil)
    }

    @Test("discovery: pain, impact and decision-process questions, and a follow-up on the prospect's words")
    func discovery() {
        let call = CallText(Fixtures.goodCall)
        let found = DiscoveryDetector.detect(call, questions: QuestionFinder.questions(in: call))
        #expect(found.impact?.turn == 4)
        #expect(found.decisionProcess?.turn == 6)
        #expect(found.questions.count == 3)
    }

    @Test("pitch: value before features, a named customer's result, a check-in question")
    func pitch() {
        let call = CallText(Fixtures.goodCall)
        let found = PitchDetector.detect(call, questions: QuestionFinder.questions(in: call), thresholds: ContentFiles.rubric.pitch.thresholds)
        #expect(found.pitched)
        #expect(found.features.isEmpty)
        #expect(found.peerProof?.turn == 2)
        #expect(found.checkIn != nil)
    }
}
