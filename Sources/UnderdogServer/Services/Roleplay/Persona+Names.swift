import UnderdogDomain

extension Persona {
    /// The name the transcript shows for the buyer: their first name.
    var firstName: String { name.split(separator: " ").first.map(String.init) ?? name }
}

extension PersonaReply.Outcome {
    /// How a call ended, in a sentence about the buyer; nil while it goes on and the rep has not ended it.
    static func sentence(_ outcome: String, buyer: String, ended: Bool) -> String? {
        switch outcome {
        case Self.meetingBooked.rawValue: "\(buyer) agreed to a meeting."
        case Self.hungUp.rawValue: "\(buyer) hung up."
        default: ended ? "You ended the call." : nil
        }
    }
}
