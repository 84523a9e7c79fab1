/// The persona engine's own short lines: reactions between the persona file's facts, objections and verdicts.
///
/// Grouped by situation and mood; the engine picks one deterministically from the state and never repeats its
/// previous line.
enum PersonaLines {
    enum Mood { case cold, neutral, warm }

    static func mood(trust: Double) -> Mood {
        trust < 4 ? .cold : (trust < 7 ? .neutral : .warm)
    }

    /// A statement from the rep that asks nothing: a reaction, then a nudge back to the rep.
    static func reaction(_ mood: Mood) -> [String] {
        switch mood {
        case .cold: ["Mm-hm.", "Okay…", "And?", "Get to the point, please.", "I'm still not sure why you're calling."]
        case .neutral: ["Okay.", "Right.", "Go on.", "Sure.", "I follow."]
        case .warm: ["That's fair.", "Yeah, that's true.", "Okay, that's interesting.", "Right, exactly.", "I can see that."]
        }
    }

    static func nudge(_ mood: Mood, pitched: Bool) -> [String] {
        switch (mood, pitched) {
        case (.cold, false): ["What is it you actually want?", "What are you selling?", "What's this about?"]
        case (.cold, true): ["We've heard that pitch before.", "Everyone says that.", "I'm not convinced."]
        case (.neutral, false): ["So what is it you do, exactly?", "What's the reason for the call?", "Where are you going with this?"]
        case (.neutral, true): ["How would that work for us, though?", "Who else uses it?", "And how is that different from what we do now?"]
        case (.warm, false): ["What did you have in mind?", "What would you suggest?", "Where would you start?"]
        case (.warm, true): ["What would that look like for us?", "How fast could we see a difference?", "What would you need from us?"]
        }
    }

    static let permissionGranted: [String] = [
        "Okay, you've got a minute. Go.", "Quickly, then. What's this about?", "Briefly — I'm between things.",
    ]
    static let permissionGrudging: [String] = [
        "Not really, but go ahead.", "I've got about thirty seconds.", "Make it quick.",
    ]
    static let smallTalk: [String] = [
        "Busy. What's this about?", "Fine, thanks. What can I do for you?", "Can't complain. What's the call about?",
    ]
    static let hostile: [String] = [
        "Excuse me? Don't talk to me like that.", "Don't tell me what I need.", "Watch your tone.",
        "I don't appreciate being pushed.",
    ]
    static let monologue: [String] = [
        "That's a lot of talking. What's your question?", "You lost me somewhere in there.",
        "Can you get to the point?",
    ]
    static let resolved: [String] = [
        "Okay. That's fair.", "Hm. Fair enough.", "Alright, I hadn't thought of it that way.", "Okay, that helps.",
    ]
    static let ignoredObjection: [String] = [
        "You didn't answer what I said.", "You're skipping over my point.", "That doesn't address my concern.",
    ]
    static let blockedByObjection: [String] = [
        "Hold on — you haven't dealt with what I said yet.", "Not until you answer my concern.",
        "Let's not get ahead of ourselves. My concern still stands.",
    ]
    static let repeatedNotYet: [String] = [
        "Like I said — not yet.", "You keep asking. The answer is still no, not yet.",
        "I already told you: we're not there.",
    ]
    static let noFact: [String] = [
        "Hard to say. It depends on the week.", "I'd have to think about that.", "I'm not going to get into that.",
    ]
    static let noFactWarm: [String] = [
        "Good question. Honestly, I'd have to check.", "I don't have a number for that off the top of my head.",
        "That's something we haven't really measured.",
    ]
    static let sendInfo: [String] = [
        "Sure, send it over.", "Fine, email me.", "Send something and I'll look if I get a minute.",
    ]
    static let silence: [String] = ["Hello? Are you there?", "Sorry, I didn't catch that.", "Hello?"]
    static let alreadySaid = "Like I said: "

    /// Said after repeating the gist of a fact already told.
    static func afterRepeat(_ mood: Mood) -> [String] {
        switch mood {
        case .cold: ["I don't want to go over it again.", "That's all there is to it.", "Next question."]
        case .neutral: ["It adds up.", "Nobody's happy about it.", "It's been like that for a while."]
        case .warm: ["It's the thing I'd fix first.", "It adds up fast, honestly.", "That's what keeps coming back."]
        }
    }

    static let gatekeeperWho: [String] = [
        "Who's calling, please?", "Sorry — and you are?", "Can I get your name and company, please?",
    ]
    static let gatekeeperWhy: [String] = [
        "And what is this regarding?", "What's the call about?", "Can I tell them what it's regarding?",
    ]
    static let gatekeeperHelp: [String] = [
        "Okay. What do you need from me?", "Alright. How can I help?", "I see. And what are you hoping for?",
    ]
    static let gatekeeperNoReason: [String] = [
        "I can't put anyone through without knowing what it's about.",
        "I'm not booking anything until I know what this is regarding.",
    ]
}
