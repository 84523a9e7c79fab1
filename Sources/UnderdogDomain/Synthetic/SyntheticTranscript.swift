/// Builds long, realistic-looking timed calls for benchmarks: same arguments, same transcript, every time.
///
/// Turns alternate rep/prospect and are stitched from sentences a real call contains — openers, questions,
/// objections, proof, fillers, next steps — so every metric and detector does real work on them.
public enum SyntheticTranscript {
    /// A call of `minutes` minutes split into `turns` turns (at least 2), seeded by `seed`.
    public static func make(minutes: Double, turns: Int, seed: UInt64) -> Transcript {
        var random = SplitMix64(seed: seed)
        let count = max(2, turns)
        let total = max(1, minutes) * 60
        let slot = total / Double(count)
        var built: [Turn] = []
        built.reserveCapacity(count)
        var clock = 0.0
        for index in 0..<count {
            let speaker: Speaker = index % 2 == 0 ? .rep : .prospect
            let bank = speaker == .rep ? (index == 0 ? repOpeners : repLines) : prospectLines
            let sentences = 1 + random.below(speaker == .rep ? 4 : 3)
            var text = ""
            for _ in 0..<sentences {
                if !text.isEmpty { text += " " }
                text += bank[random.below(bank.count)]
            }
            // Speech fills most of the slot; the rest is the pause before the next speaker, sometimes an overlap.
            let pause = slot * (Double(random.below(20)) / 100)
            let start = max(0, clock + (random.below(10) == 0 ? -0.4 : 0))
            let end = max(start + 0.5, clock + slot - pause)
            let startSeconds: Double = rounded3(start)
            let endSeconds: Double = rounded3(end)
            built.append(Turn(index: index, speaker: speaker, text: text, start: startSeconds, end: endSeconds))
            clock += slot
        }
        do {
            return try Transcript(turns: built)
        } catch {
            // Unreachable: every turn has text and finite, ordered, non-negative times by construction.
            preconditionFailure("synthetic transcript is invalid: \(error)")
        }
    }

    private static let repOpeners = [
        "Hi, this is Sam from Underdog.",
        "I saw your team just opened a new office, congratulations.",
        "The reason I'm calling is that new teams usually struggle to ramp their reps.",
        "Can I take thirty seconds to tell you why I called?",
    ]

    private static let repLines = [
        "How are you handling onboarding for new reps today?",
        "What happens when a new rep misses quota in the first quarter?",
        "Who else would be involved in a decision like this?",
        "Tell me more about that.",
        "That makes sense, and I hear that a lot.",
        "We help sales teams cut ramp time so you can hit quota sooner.",
        "One of our customers, a team about your size, went from six months of ramp to three.",
        "Um, so, like, basically we have a dashboard and, you know, an integration with your CRM.",
        "Would you be open to a twenty minute call on Tuesday at ten?",
        "I'll send the invite for Thursday at two.",
        "What would it mean for you if that problem went away?",
        "Is that something you're dealing with as well?",
        "Thanks, I appreciate you sharing that.",
        "So what I'm hearing is that coaching time is the bottleneck.",
    ]

    private static let prospectLines = [
        "We mostly shadow calls and hope for the best.",
        "Honestly it's too expensive for us right now.",
        "We already use a tool for that and we're pretty happy with it.",
        "I'd have to check with my manager before anything.",
        "Can you just send me an email?",
        "Sure, Tuesday works for me.",
        "That makes sense, tell me more.",
        "It costs us a few deals every quarter, maybe more.",
        "Our new reps take about six months to ramp.",
        "Not right now, maybe next quarter.",
        "The biggest problem is that managers have no time to coach.",
        "Okay.",
    ]
}
