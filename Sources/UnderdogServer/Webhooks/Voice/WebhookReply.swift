import Foundation
import Hummingbird
import NIOCore

/// The JSON bodies the voice webhooks answer with. Providers only need a 2xx; the body says what happened,
/// which is what someone replaying an event by hand wants to see.
enum WebhookReply {
    static func describe(_ scoring: VoiceCallLedger.Scoring) -> [String: String] {
        switch scoring {
        case .scored(let id): ["status": "scored", "session_id": id.uuidString.lowercased()]
        case .alreadyScored(let id): ["status": "already_scored", "session_id": id.uuidString.lowercased()]
        case .nothingToScore: ["status": "nothing_to_score"]
        case .unknownCall: ["status": "unknown_call"]
        }
    }

    static func json(_ value: some Encodable) throws -> Response {
        let data = try JSONEncoder().encode(value)
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
