/// What the rep's opening contained: who they are, why they call, something personal or shared history, a
/// request for time — or an apology, a pleasantry, a pitch dump, pressure.
struct OpenerFindings: Sendable {
    /// The rep turns within the opening window.
    let openingTurns: [Int]
    /// A name with a company, early in an opening turn.
    let introduction: Finding?
    /// The prospect had to ask who was calling.
    let askedWho: Finding?
    let reason: Finding?
    let permission: Finding?
    let personalisation: Finding?
    let context: Finding?
    let apology: Finding?
    let pleasantry: Finding?
    let pressure: Finding?
    /// The first rep turn when it ran long without a question: a pitch dump before earning attention.
    let pitchDump: (turn: Int, words: Int)?
}

enum OpenerDetector {
    /// How far into the first turn the company may come: "Hi Rachel, Simon Hale from Quillstone".
    static let introductionWindow = 14

    /// Introduction phrases that name who is calling on their own, without a "from" or "with".
    static let fullIntroductions: Set<String> = [
        "my name is", "my name's", "i'm calling from", "calling from", "i'm with", "here from", "i'm from", "i am from",
    ]

    static func detect(_ call: CallText, questions: [Question], thresholds: OpenerThresholds) -> OpenerFindings {
        let window = call.turns.prefix(max(1, thresholds.openingTurns)).filter { $0.speaker == .rep }.map(\.index)
        // A call that opens with a long prospect monologue still has an opening: the rep's first turn.
        let opening = window.isEmpty ? Array(call.turns(of: .rep).prefix(1)) : window
        var pitchDump: (Int, Int)?
        if let first = opening.first {
            let words = call.words(in: first)
            let asked = questions.contains { $0.turn == first }
            if words > thresholds.maxFirstTurnWords && !asked { pitchDump = (first, words) }
        }
        let prospectOpening = call.turns.prefix(max(1, thresholds.openingTurns))
            .filter { $0.speaker == .prospect }.map(\.index)
        // "How are you?" as a sentence of its own (a name may follow); "how are you, um, how are you handling
        // shipping" is a real question that happens to start the same way.
        let pleasantry = opening.lazy.compactMap { turn -> Finding? in
            let text = call.tokens[turn]
            let match = OpenerLexicon.pleasantry.matches(in: text).first { match in
                guard match.label else { return false }
                let sentence = text.sentences[text.sentence(of: match.tokens.lowerBound)]
                return sentence.tokens.upperBound - match.tokens.upperBound <= 2
            }
            return match.map { Finding(turn: turn, phrase: $0.phrase) }
        }.first
        // A name given only once the prospect had to ask "who's this?" is an answer, not an introduction.
        let askedWho = OpenerLexicon.whoIsThis.first(in: call, turns: prospectOpening)
        let introducing = opening.filter { turn in askedWho.map { turn < $0.turn } ?? true }
        // Research buried in a pitch dump, or said as a put-down ("I've looked at your website, it's an
        // embarrassment"), does not make the opening about them.
        let sayingAboutThem = opening.filter { turn in
            turn != pitchDump?.0 && !PolitenessLexicon.rudeness.contains(in: call.tokens[turn])
                && ContemptReader.contempt(in: call, turns: [turn]).isEmpty
        }
        return OpenerFindings(
            openingTurns: opening,
            introduction: introducing.lazy.compactMap { introduction(call, $0) }.first,
            askedWho: askedWho,
            reason: OpenerLexicon.reason.first(in: call, turns: opening) ?? OpeningReader.reason(call, turns: opening),
            permission: OpenerLexicon.permission.first(in: call, turns: opening)
                ?? OpeningReader.permission(call, turns: opening, questions: questions),
            personalisation: OpenerLexicon.personalisation.first(in: call, turns: sayingAboutThem)
                ?? OpeningReader.personalisation(call, turns: sayingAboutThem),
            context: OpenerLexicon.context.first(in: call, turns: sayingAboutThem) ?? OpeningReader.sharedContext(call, turns: sayingAboutThem),
            apology: OpenerLexicon.apologetic.first(in: call, turns: opening),
            pleasantry: pleasantry,
            pressure: ClosingLexicon.pressure.first(in: call, turns: opening),
            pitchDump: pitchDump
        )
    }

    /// A name tied to a company early in an opening turn: "this is Dana with Routewise", "Brad from CloudNest",
    /// "my name is…" or "calling from…". "It's Chris for Mike" names nobody's company.
    private static func introduction(_ call: CallText, _ turn: Int) -> Finding? {
        let text = call.tokens[turn]
        let limit = min(text.count, introductionWindow)
        for position in 0..<limit where OpenerLexicon.company.contains(text.hashes[position]) && position > 0 {
            return Finding(turn: turn, phrase: "name and company")
        }
        if let match = OpenerLexicon.introduction.firstMatch(in: text, within: 0..<limit), fullIntroductions.contains(match.phrase) {
            return Finding(turn: turn, phrase: match.phrase)
        }
        return nil
    }
}
