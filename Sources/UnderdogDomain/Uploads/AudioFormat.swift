import Foundation

/// The recording formats an upload may be: what the transcriber takes and `AudioSniffer` can recognise.
public enum AudioFormat: String, Sendable, CaseIterable {
    case mp3, wav, ogg, webm, mp4
}

extension AudioFormat {
    /// The MIME types (lowercased) a client may declare for this format.
    ///
    /// A closed allow-list rather than an `audio/*` pattern: the declared type is checked against the sniffed bytes,
    /// and each accepted spelling here is one a real client (browser, recorder, curl user) is known to send.
    public var declarableMIMETypes: Set<String> {
        switch self {
        case .mp3: ["audio/mpeg", "audio/mp3"]
        case .wav: ["audio/wav", "audio/x-wav"]
        case .ogg: ["audio/ogg"]
        case .webm: ["audio/webm"]
        case .mp4: ["audio/mp4", "audio/m4a", "audio/x-m4a"]
        }
    }

    /// Whether a declared Content-Type (maybe with parameters such as `; codecs=opus`, any case) fits this format.
    ///
    /// Only the media type is compared: parameters describe the codec inside the container, which the sniffer
    /// does not look at.
    public func accepts(declaredType: String) -> Bool {
        let mediaType = declaredType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)[0]
        return declarableMIMETypes.contains(mediaType.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
