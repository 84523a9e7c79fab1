import Foundation
import UnderdogDomain

/// A transcript file in either shape the product accepts, told apart by its first character.
enum TranscriptFile {
    static func parse(_ data: Data) throws -> Transcript {
        let first = data.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        do {
            if first == UInt8(ascii: "{") { return try JSONTranscriptParser.parse(data) }
            return try PlainTextTranscriptParser.parse(data)
        } catch {
            throw CommandError("the transcript cannot be read: \(error)")
        }
    }
}
