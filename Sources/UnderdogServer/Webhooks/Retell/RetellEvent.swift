import Foundation
import UnderdogDomain

/// A Retell webhook: `{"event": "call_started" | "call_ended" | "call_analyzed", "call": {…}}`.
/// Only the fields Underdog acts on are decoded; the raw body is what `session_events` keeps.
struct RetellEvent: Decodable, Sendable {
    let event: String
    let call: Call

    struct Call: Decodable, Sendable {
        let callID: String
        let callStatus: String?
        let metadata: VapiServerMessage.Metadata?
        let dynamicVariables: VapiServerMessage.Metadata?
        /// Milliseconds since the Unix epoch.
        let startTimestamp: Double?
        let endTimestamp: Double?
        let durationMS: Double?
        let transcriptObject: [Utterance]?
        let disconnectionReason: String?

        enum CodingKeys: String, CodingKey {
            case callID = "call_id"
            case callStatus = "call_status"
            case metadata
            case dynamicVariables = "retell_llm_dynamic_variables"
            case startTimestamp = "start_timestamp"
            case endTimestamp = "end_timestamp"
            case durationMS = "duration_ms"
            case transcriptObject = "transcript_object"
            case disconnectionReason = "disconnection_reason"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            callID = try container.decode(String.self, forKey: .callID)
            callStatus = try? container.decodeIfPresent(String.self, forKey: .callStatus)
            metadata = try? container.decodeIfPresent(VapiServerMessage.Metadata.self, forKey: .metadata)
            dynamicVariables = try? container.decodeIfPresent(VapiServerMessage.Metadata.self, forKey: .dynamicVariables)
            startTimestamp = try? container.decodeIfPresent(Double.self, forKey: .startTimestamp)
            endTimestamp = try? container.decodeIfPresent(Double.self, forKey: .endTimestamp)
            durationMS = try? container.decodeIfPresent(Double.self, forKey: .durationMS)
            transcriptObject = try? container.decodeIfPresent([Utterance].self, forKey: .transcriptObject)
            disconnectionReason = try? container.decodeIfPresent(String.self, forKey: .disconnectionReason)
        }
    }

    /// One stretch of speech: `agent` is the persona, `user` the rep; word times are seconds from the start.
    struct Utterance: Decodable, Sendable {
        let role: String
        let content: String
        let words: [Word]?

        struct Word: Decodable, Sendable {
            let start: Double?
            let end: Double?
        }
    }

    /// The server's call token, from the metadata or the dynamic variables the call was created with.
    var callToken: String? {
        call.metadata?[VoiceProvider.callTokenKey] ?? call.dynamicVariables?[VoiceProvider.callTokenKey]
    }

    var utterances: [VoiceUtterance] {
        (call.transcriptObject ?? []).compactMap { line in
            let speaker: Speaker
            switch line.role {
            case "user": speaker = .rep
            case "agent": speaker = .prospect
            default: return nil
            }
            return VoiceUtterance(speaker: speaker, text: line.content,
                                  start: line.words?.first?.start, end: line.words?.last?.end)
        }
    }

    var durationSeconds: Int? {
        if let durationMS = call.durationMS, durationMS.isFinite, durationMS >= 0 { return Int((durationMS / 1000).rounded()) }
        if let start = call.startTimestamp, let end = call.endTimestamp, end >= start { return Int(((end - start) / 1000).rounded()) }
        return nil
    }
}
