import Foundation
@testable import UnderdogDomain

/// Small transcripts built in code, so each test shows the exact words it scores.
enum Fixtures {
    /// An untimed transcript from speaker/text pairs.
    static func call(_ lines: [(Speaker, String)]) -> Transcript {
        do {
            return try Transcript(lines)
        } catch {
            preconditionFailure("fixture is invalid: \(error)")
        }
    }

    /// A timed transcript from speaker/text/start/end.
    static func timed(_ lines: [(Speaker, String, Double, Double)]) -> Transcript {
        do {
            return try Transcript(turns: lines.enumerated().map { index, line in
                Turn(index: index, speaker: line.0, text: line.1, start: line.2, end: line.3)
            })
        } catch {
            preconditionFailure("fixture is invalid: \(error)")
        }
    }

    /// `count` copies of "word", for word-count arithmetic.
    static func words(_ count: Int) -> String {
        Array(repeating: "word", count: count).joined(separator: " ")
    }

    /// The objections the detector finds in a call, found the way the analyser finds them (after next steps).
    static func objections(_ lines: [(Speaker, String)]) -> [DetectedObjection] {
        let call = CallText(Fixtures.call(lines))
        let questions = QuestionFinder.questions(in: call)
        let closing = ClosingDetector.detect(call, questions: questions, thresholds: ContentFiles.rubric.closing.thresholds)
        return ObjectionDetector.detect(call, questions: questions, nextSteps: closing.nextSteps,
                                        thresholds: ContentFiles.rubric.objectionHandling.thresholds)
    }

    static func analyze(_ transcript: Transcript, scenario: ScenarioType = .coldCall) -> Analysis {
        Analyzer.analyze(transcript: transcript, rubric: ContentFiles.rubric, scenario: scenario)
    }

    /// A short, well-run cold call: introduction, reason, permission, discovery, proof, a booked meeting.
    static let goodCall = call([
        (.rep, "Hi Maria, this is Sam from Underdog. I saw your team just opened a second office, congratulations. I'm calling because new offices usually strain onboarding. Can I take thirty seconds to tell you why I called?"),
        (.prospect, "Sure, go ahead."),
        (.rep, "We help sales teams ramp new reps faster. Brightline, a team about your size, cut ramp time from six months to three. How are you handling onboarding for the new office today?"),
        (.prospect, "Honestly it's a mess. New reps shadow calls for weeks and our managers have no time to coach them, so half of them miss quota in their first quarter and two quit last year."),
        (.rep, "That sounds painful. What does a missed first quarter cost you?"),
        (.prospect, "Probably forty thousand a rep in lost pipeline, plus the hiring cost when they leave."),
        (.rep, "Who else would be involved in deciding how you fix onboarding?"),
        (.prospect, "Me and our VP of sales, Dana. She signs off on tools."),
        (.rep, "It sounds like manager time is the bottleneck for your team. Would you be open to twenty minutes with you and Dana on Tuesday at ten?"),
        (.prospect, "Tuesday at ten works."),
        (.rep, "Great, I'll send the invite for Tuesday at ten now. Thanks, Maria."),
        (.prospect, "Thanks, talk then."),
    ])

    /// The call that showed both detection gaps: a timing objection ("too busy … this quarter though") handled
    /// with an acknowledgement and a cost-of-waiting question, then "Would Thursday at 2pm work…?" accepted with
    /// "Thursday at 2 works."
    static let ledgerlyCall = call([
        (.rep, "Hi Jordan, this is Sam from Ledgerly. I saw you just opened a second warehouse. Is now a bad time for thirty seconds?"),
        (.prospect, "I have a minute. What is it about?"),
        (.rep, "Teams like yours cut month-end close from ten days to four. How are you closing the books across both sites today?"),
        (.prospect, "Spreadsheets mostly, and it is painful. We are too busy to look at anything new this quarter though."),
        (.rep, "Understood, a busy quarter is exactly when it hurts. What would another quarter of spreadsheet closes cost you?"),
        (.prospect, "Probably two more late nights a month for my team."),
        (.rep, "Would Thursday at 2pm work for twenty minutes to see if it is worth a look?"),
        (.prospect, "Thursday at 2 works."),
    ])

    /// A poorly run call: no introduction, a feature list, arguing, no next step.
    static let poorCall = call([
        (.rep, "Yeah so um basically we've got like a platform with dashboards, integrations, analytics, templates, automation, reporting, recordings, scorecards and leaderboards and stuff."),
        (.prospect, "Who is this? We already use a tool for that and we're happy with it."),
        (.rep, "Trust me, you're wrong, your tool is a dumpster fire. Everybody knows that."),
        (.prospect, "I'm not interested. I have to go."),
        (.rep, "Whatever, your loss."),
    ])
}
