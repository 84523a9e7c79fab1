/// How espeak-ng speaks one party of a synthetic call.
///
/// Both use espeak-ng's Klatt-synthesiser variants: PocketSphinx recognises them about half again as well as
/// the default voice (roughly 65% of the words of `SyntheticCall.coldCall` against 40%).
struct SyntheticVoice: Sendable {
    let voice: String
    let pitch: Int
    let wordsPerMinute: Int

    /// Speaker 0, the rep: lower and a little quicker.
    static let rep = SyntheticVoice(voice: "en-us+klatt", pitch: 40, wordsPerMinute: 150)
    /// Speaker 1, the prospect: another variant, higher and slower, so the parties sound apart.
    static let prospect = SyntheticVoice(voice: "en-us+klatt3", pitch: 70, wordsPerMinute: 140)

    static func forSpeaker(_ speaker: Int) -> SyntheticVoice { speaker == 0 ? rep : prospect }

    var arguments: [String] { ["-v", voice, "-p", "\(pitch)", "-s", "\(wordsPerMinute)"] }
}
