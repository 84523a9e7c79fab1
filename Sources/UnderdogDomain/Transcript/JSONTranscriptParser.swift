import Foundation

/// Reads `{"turns":[{"speaker":"rep","text":"…","start":0.0,"end":4.2}]}`; times are optional.
///
/// Speakers are named by role (`rep`/`prospect`) or by an alias from `SpeakerAliases`, so VAPI's `user` is the rep
/// and its `assistant` is the prospect. A label that names neither party is an error, not a guess.
public enum JSONTranscriptParser {
    public static func parse(_ data: Data, limits: ParseLimits = .standard) throws(TranscriptError) -> Transcript {
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .emptyInput }
        guard data.count <= limits.maxBytes else { throw .tooLarge(bytes: data.count, limit: limits.maxBytes) }
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch let error as DecodingError {
            throw .invalidJSON(describe(error))
        } catch {
            throw .invalidJSON("\(error)")
        }
        guard let rawTurns = document.turns else { throw .missingField(.turn(0), field: "turns") }
        guard !rawTurns.isEmpty else { throw .noTurns }
        guard rawTurns.count <= limits.maxTurns else { throw .tooManyTurns(count: rawTurns.count, limit: limits.maxTurns) }

        var turns: [Turn] = []
        turns.reserveCapacity(rawTurns.count)
        for (position, raw) in rawTurns.enumerated() {
            let place = TranscriptError.Location.turn(position)
            guard let label = raw.speaker else { throw .missingField(place, field: "speaker") }
            guard let speaker = SpeakerAliases.speaker(for: label) else { throw .unknownSpeaker(place, name: label) }
            guard let text = raw.text else { throw .missingField(place, field: "text") }
            guard text.utf8.count <= limits.maxTurnCharacters else {
                throw .turnTooLong(place, characters: text.count, limit: limits.maxTurnCharacters)
            }
            turns.append(Turn(index: position, speaker: speaker, text: text, start: raw.start, end: raw.end))
        }
        return try Transcript(turns: turns)
    }

    /// The wire shape; every field optional so a missing one becomes a precise error, not a decoding dump.
    private struct Document: Decodable {
        let turns: [RawTurn]?
    }

    private struct RawTurn: Decodable {
        let speaker: String?
        let text: String?
        let start: Double?
        let end: Double?
    }

    /// Names the JSON path and the problem in one short sentence.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let parts = keys.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
            return parts.isEmpty ? "the document" : "$" + parts.joined()
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)) should be \(readable(type))."
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)) is null; expected \(readable(type))."
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing."
        case .dataCorrupted(let context):
            let underlying = context.underlyingError.map { " (\($0.localizedDescription))" } ?? ""
            return "\(path(context.codingPath)): \(context.debugDescription)\(underlying)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func readable(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Double.Type: "a number"
        case is [RawTurn].Type, is Array<Any>.Type: "an array"
        default: "\(type)"
        }
    }
}
