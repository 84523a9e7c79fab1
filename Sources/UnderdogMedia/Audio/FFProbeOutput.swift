import Foundation

/// The part of `ffprobe -print_format json -show_format -show_streams` this target reads.
struct FFProbeOutput: Decodable {
    struct Stream: Decodable {
        let codecType: String?
        let codecName: String?
        let sampleRate: String?
        let channels: Int?
        let duration: String?

        enum CodingKeys: String, CodingKey {
            case codecType = "codec_type"
            case codecName = "codec_name"
            case sampleRate = "sample_rate"
            case channels
            case duration
        }
    }

    struct Format: Decodable {
        let duration: String?
        let formatName: String?

        enum CodingKeys: String, CodingKey {
            case duration
            case formatName = "format_name"
        }
    }

    let streams: [Stream]?
    let format: Format?

    /// Decodes the JSON document in ffprobe's output, skipping anything printed before it.
    static func parse(_ output: String) -> FFProbeOutput? {
        guard let open = output.firstIndex(of: "{"), let close = output.lastIndex(of: "}"), open < close else { return nil }
        return try? JSONDecoder().decode(FFProbeOutput.self, from: Data(output[open...close].utf8))
    }

    var firstAudioStream: Stream? { streams?.first { $0.codecType == "audio" } }

    /// ffprobe prints "N/A" for unknown durations; a finite, non-negative number or nil.
    static func seconds(_ text: String?) -> Double? {
        guard let text, let value = Double(text), value.isFinite, value >= 0 else { return nil }
        return value
    }
}
