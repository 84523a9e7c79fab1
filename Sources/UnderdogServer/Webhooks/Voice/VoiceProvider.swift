import Crypto
import Foundation

/// The voice platforms a rep can practise through; each calls back on its own webhook.
enum VoiceProvider: String, Sendable {
    case vapi
    case retell

    /// The metadata key under which the browser passes the server's call token to the provider.
    static let callTokenKey = "underdog_call_token"

    /// Where the events of a call nobody set up here are filed: a stable id derived from the provider's call
    /// id, so its replays still collapse, and which no roleplay session (and so no rep) will ever have.
    func orphanSessionID(providerCallID: String) -> UUID {
        var bytes = Array(SHA256.hash(data: Data("\(rawValue):\(providerCallID)".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50  // version 5 style: name-based
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
