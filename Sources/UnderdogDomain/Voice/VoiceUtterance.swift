import Foundation

/// One line of a voice call as a provider reports it (VAPI's artifact messages, Retell's transcript object),
/// already mapped to who said it: the rep is the human on the call, the persona is the provider's assistant.
public struct VoiceUtterance: Sendable, Hashable {
    public let speaker: Speaker
    public let text: String
    /// Seconds from the start of the call, when the provider gave them.
    public let start: Double?
    public let end: Double?

    public init(speaker: Speaker, text: String, start: Double? = nil, end: Double? = nil) {
        self.speaker = speaker
        self.text = text
        self.start = start
        self.end = end
    }

    /// The call as a scorable transcript, or nil when nobody said anything.
    ///
    /// Providers split one speaker's stretch into several messages at pauses; consecutive lines of one speaker
    /// become one turn, so turn-taking metrics count real hand-overs. Times are kept only when every line has
    /// sane ones, since a half-timed transcript would mislead the pace and monologue metrics.
    public static func transcript(_ utterances: [VoiceUtterance]) -> Transcript? {
        let spoken = utterances.filter { !$0.text.allSatisfy(\.isWhitespace) }
        let timed = spoken.allSatisfy { line in
            guard let start = line.start, let end = line.end else { return false }
            return start.isFinite && end.isFinite && start >= 0 && end >= start
        }
        var merged: [VoiceUtterance] = []
        for line in spoken {
            let text = line.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if let last = merged.last, last.speaker == line.speaker {
                merged[merged.count - 1] = VoiceUtterance(
                    speaker: last.speaker, text: last.text + " " + text,
                    start: last.start, end: max(last.end ?? 0, line.end ?? 0))
            } else {
                merged.append(VoiceUtterance(speaker: line.speaker, text: text, start: line.start, end: line.end))
            }
        }
        let turns = merged.enumerated().map { position, line in
            Turn(index: position, speaker: line.speaker, text: line.text,
                 start: timed ? line.start : nil, end: timed ? max(line.end ?? 0, line.start ?? 0) : nil)
        }
        return try? Transcript(turns: turns)
    }
}
