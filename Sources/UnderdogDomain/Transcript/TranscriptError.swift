/// Why a transcript could not be read or accepted, with where it went wrong and a stable machine code.
public enum TranscriptError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where in the input a problem is: a line of plain text (from 1) or a JSON turn (from 0, as evidence counts).
    public enum Location: Sendable, Hashable, CustomStringConvertible {
        case line(Int)
        case turn(Int)

        public var description: String {
            switch self {
            case .line(let line): "line \(line)"
            case .turn(let turn): "turn \(turn)"
            }
        }
    }

    case emptyInput
    case tooLarge(bytes: Int, limit: Int)
    case tooManyTurns(count: Int, limit: Int)
    case notUTF8
    case invalidJSON(String)
    case noTurns
    case missingField(Location, field: String)
    case emptyText(Location)
    case turnTooLong(Location, characters: Int, limit: Int)
    case unknownSpeaker(Location, name: String)
    case missingSpeakerLabel(Location)
    case tooManySpeakers(Location, names: [String])
    case ambiguousSpeakers(names: [String], role: Speaker)
    case invalidTime(Location, field: String, value: Double)
    case endBeforeStart(Location, start: Double, end: Double)
    case turnOutOfOrder(Location, index: Int)

    /// A stable identifier for APIs and logs; the wording of `description` may change, this does not.
    public var code: String {
        switch self {
        case .emptyInput: "transcript_empty"
        case .tooLarge: "transcript_too_large"
        case .tooManyTurns: "transcript_too_many_turns"
        case .notUTF8: "transcript_not_utf8"
        case .invalidJSON: "transcript_invalid_json"
        case .noTurns: "transcript_no_turns"
        case .missingField: "transcript_missing_field"
        case .emptyText: "transcript_empty_text"
        case .turnTooLong: "transcript_turn_too_long"
        case .unknownSpeaker: "transcript_unknown_speaker"
        case .missingSpeakerLabel: "transcript_missing_speaker"
        case .tooManySpeakers: "transcript_too_many_speakers"
        case .ambiguousSpeakers: "transcript_ambiguous_speakers"
        case .invalidTime: "transcript_invalid_time"
        case .endBeforeStart: "transcript_end_before_start"
        case .turnOutOfOrder: "transcript_turn_out_of_order"
        }
    }

    public var description: String {
        switch self {
        case .emptyInput:
            "The transcript is empty."
        case .tooLarge(let bytes, let limit):
            "The transcript is \(bytes) bytes; the limit is \(limit)."
        case .tooManyTurns(let count, let limit):
            "The transcript has \(count) turns; the limit is \(limit)."
        case .notUTF8:
            "The transcript is not valid UTF-8 text."
        case .invalidJSON(let reason):
            "The transcript is not valid JSON of the form {\"turns\":[{\"speaker\",\"text\"}]}: \(reason)"
        case .noTurns:
            "The transcript has no turns."
        case .missingField(let place, let field):
            "\(place.capitalised): \"\(field)\" is missing."
        case .emptyText(let place):
            "\(place.capitalised): the text is empty."
        case .turnTooLong(let place, let characters, let limit):
            "\(place.capitalised): the text is \(characters) characters; the limit is \(limit)."
        case .unknownSpeaker(let place, let name):
            "\(place.capitalised): unknown speaker \"\(name)\"; use rep or prospect "
                + "(or an alias such as agent, customer, user, assistant)."
        case .missingSpeakerLabel(let place):
            "\(place.capitalised): expected \"Speaker: text\"."
        case .tooManySpeakers(let place, let names):
            "\(place.capitalised): a third speaker; the call already has \(names.joined(separator: " and ")) "
                + "and only two-party calls can be scored."
        case .ambiguousSpeakers(let names, let role):
            "Speakers \(names.joined(separator: " and ")) both look like the \(role.rawValue); "
                + "label one of them as the other party."
        case .invalidTime(let place, let field, let value):
            "\(place.capitalised): \"\(field)\" is \(value); times must be finite seconds, zero or more."
        case .endBeforeStart(let place, let start, let end):
            "\(place.capitalised): ends at \(end)s before it starts at \(start)s."
        case .turnOutOfOrder(let place, let index):
            "\(place.capitalised): has index \(index); turns must be numbered 0, 1, 2, … in order."
        }
    }
}

extension TranscriptError.Location {
    fileprivate var capitalised: String {
        switch self {
        case .line(let line): "Line \(line)"
        case .turn(let turn): "Turn \(turn)"
        }
    }
}
