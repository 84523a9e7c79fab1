import Foundation
import UnderdogDomain

/// A VAPI server message: every one is POSTed as `{"message": {"type": …, "call": …, …}}`.
///
/// Only the fields Underdog acts on are decoded, each optional, so a message of a newer shape still decodes;
/// the raw body is what `session_events` keeps.
struct VapiServerMessage: Decodable, Sendable {
    let type: String
    /// Milliseconds since the Unix epoch (older messages sent an ISO-8601 string, which is ignored).
    let timestamp: Double?
    let call: Call?
    let assistant: Assistant?
    // status-update
    let status: String?
    let endedReason: String?
    // transcript
    let role: String?
    let transcriptType: String?
    // tool-calls
    let toolCallList: [ToolCall]?
    // end-of-call-report: the messages live under `artifact` now, at the top level in older reports.
    let artifact: Artifact?
    let messages: [ArtifactMessage]?
    let durationSeconds: Double?
    let startedAt: String?
    let endedAt: String?

    struct Envelope: Decodable, Sendable {
        let message: VapiServerMessage
    }

    struct Call: Decodable, Sendable {
        let id: String?
        let metadata: Metadata?
        let assistantOverrides: Overrides?
        let startedAt: String?
        let endedAt: String?

        struct Overrides: Decodable, Sendable {
            let metadata: Metadata?
        }
    }

    struct Assistant: Decodable, Sendable {
        let metadata: Metadata?
    }

    struct ToolCall: Decodable, Sendable {
        let id: String
        let function: Function?

        struct Function: Decodable, Sendable {
            let name: String
            /// VAPI sends the arguments as an object; OpenAI's format, which some set-ups forward, as a JSON string.
            let arguments: [String: LooseValue]

            enum CodingKeys: String, CodingKey { case name, arguments }

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                name = try container.decode(String.self, forKey: .name)
                if let object = try? container.decode([String: LooseValue].self, forKey: .arguments) {
                    arguments = object
                } else if let text = try? container.decode(String.self, forKey: .arguments),
                          let object = try? JSONDecoder().decode([String: LooseValue].self, from: Data(text.utf8)) {
                    arguments = object
                } else {
                    arguments = [:]
                }
            }
        }
    }

    struct Artifact: Decodable, Sendable {
        let messages: [ArtifactMessage]?
    }

    /// One line of the call: `role` is `user` (the rep), `bot` or `assistant` (the persona), or `system`,
    /// `tool_calls`, `tool_call_result`, which are not speech.
    struct ArtifactMessage: Decodable, Sendable {
        let role: String
        let message: String?
        let secondsFromStart: Double?
        /// Milliseconds.
        let duration: Double?
    }

    /// The metadata a web call was started with: string values only matter here.
    struct Metadata: Decodable, Sendable {
        let values: [String: LooseValue]

        init(from decoder: any Decoder) throws {
            values = (try? decoder.singleValueContainer().decode([String: LooseValue].self)) ?? [:]
        }

        subscript(key: String) -> String? { values[key]?.text }
    }

    /// Any JSON value; strings and numbers are read as text, everything else is carried but not read.
    struct LooseValue: Decodable, Sendable {
        let text: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                text = string
            } else if let number = try? container.decode(Double.self) {
                text = String(number)
            } else {
                text = nil
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case type, timestamp, call, assistant, status, endedReason, role, transcriptType, toolCallList, artifact, messages
        case durationSeconds, startedAt, endedAt
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        timestamp = try? container.decodeIfPresent(Double.self, forKey: .timestamp)
        call = try? container.decodeIfPresent(Call.self, forKey: .call)
        assistant = try? container.decodeIfPresent(Assistant.self, forKey: .assistant)
        status = try? container.decodeIfPresent(String.self, forKey: .status)
        endedReason = try? container.decodeIfPresent(String.self, forKey: .endedReason)
        role = try? container.decodeIfPresent(String.self, forKey: .role)
        transcriptType = try? container.decodeIfPresent(String.self, forKey: .transcriptType)
        toolCallList = try container.decodeIfPresent([ToolCall].self, forKey: .toolCallList)
        artifact = try? container.decodeIfPresent(Artifact.self, forKey: .artifact)
        messages = try? container.decodeIfPresent([ArtifactMessage].self, forKey: .messages)
        durationSeconds = try? container.decodeIfPresent(Double.self, forKey: .durationSeconds)
        startedAt = try? container.decodeIfPresent(String.self, forKey: .startedAt)
        endedAt = try? container.decodeIfPresent(String.self, forKey: .endedAt)
    }

    /// The token the server handed out for this call, wherever the browser's start call put it.
    var callToken: String? {
        call?.metadata?[VoiceProvider.callTokenKey]
            ?? call?.assistantOverrides?.metadata?[VoiceProvider.callTokenKey]
            ?? assistant?.metadata?[VoiceProvider.callTokenKey]
    }

    /// The call as spoken, rep and persona only.
    var utterances: [VoiceUtterance] {
        (artifact?.messages ?? messages ?? []).compactMap { line in
            let speaker: Speaker
            switch line.role {
            case "user": speaker = .rep
            case "bot", "assistant": speaker = .prospect
            default: return nil
            }
            guard let text = line.message else { return nil }
            let end = line.secondsFromStart.flatMap { start in line.duration.map { start + $0 / 1000 } }
            return VoiceUtterance(speaker: speaker, text: text, start: line.secondsFromStart, end: end)
        }
    }

    /// Whole seconds the call lasted: as reported, else from its start and end times, else from the last line.
    var callDuration: Int? {
        if let durationSeconds, durationSeconds.isFinite, durationSeconds >= 0 { return Int(durationSeconds.rounded()) }
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        func date(_ text: String?) -> Date? {
            guard let text else { return nil }
            return iso.date(from: text) ?? ISO8601DateFormatter().date(from: text)
        }
        if let start = date(startedAt ?? call?.startedAt), let end = date(endedAt ?? call?.endedAt), end >= start {
            return Int(end.timeIntervalSince(start).rounded())
        }
        return utterances.compactMap(\.end).max().map { Int($0.rounded()) }
    }
}
