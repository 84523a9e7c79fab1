import Foundation
import NIOCore
import UnderdogBlobs
import UnderdogDomain
import UnderdogStore

/// Follows one multipart upload as it streams in: checks the single `file` part's name and real type, and
/// passes its bytes to a blob writer that is opened only once the first bytes proved to be audio. Whatever
/// goes wrong, `abort()` leaves nothing in the store: a writer's bytes are invisible until it commits.
/// Two optional text fields, in any order, say how to score the call: `scenario` (cold_call, objection,
/// closing, gatekeeper; cold_call when absent) and `rep_channel` (0 or 1: which channel of a two-channel
/// recording is the rep; 0 when absent).
struct UploadReceiver {
    /// A recording that arrived whole, waiting for its rows to be written and its blob committed.
    struct Received {
        let key: BlobKey
        let originalFilename: String
        let mimeType: String
        let format: AudioFormat
        let writer: any BlobWriter
        let size: Int
    }

    let blobs: any BlobStore
    let userID: UUID
    let maxBytes: Int
    let now: Date

    private var inFilePart = false
    /// The text field being read, and its bytes so far (a few bytes at most).
    private var field: String?
    private var fieldBytes: [UInt8] = []
    private(set) var scenario: ScenarioType = .coldCall
    private(set) var repChannel: Int?
    private var seenFields: Set<String> = []
    private var fileName: String?
    private var declaredType: String?
    private var sniffed: [UInt8] = []
    private var format: AudioFormat?
    private var mimeType: String?
    private var key: BlobKey?
    private var writer: (any BlobWriter)?
    private var size = 0
    private(set) var received: Received?

    init(blobs: any BlobStore, userID: UUID, maxBytes: Int, now: Date = Date()) {
        self.blobs = blobs
        self.userID = userID
        self.maxBytes = maxBytes
        self.now = now
    }

    mutating func handle(_ event: MultipartEvent) async throws {
        switch event {
        case .partBegan(let headers):
            if let name = headers.name, Self.textFields.contains(name) {
                guard seenFields.insert(name).inserted else {
                    throw AppError.badRequest("The form has `\(name)` twice.", code: "duplicate_field")
                }
                field = name
                fieldBytes = []
                return
            }
            guard headers.name == "file" else {
                throw AppError.badRequest("The form has the fields `file`, `scenario` and `rep_channel`; `\(headers.name ?? "(unnamed)")` is not expected.", code: "unknown_field")
            }
            guard fileName == nil else { throw AppError.badRequest("Send one recording per upload.", code: "too_many_files") }
            let raw = headers.filename ?? ""
            // A name that reaches for a folder or hides control characters is an attack or a broken client,
            // not a name to tidy up: refuse it outright. Milder oddities are sanitised below.
            if raw.contains("/") || raw.contains("\\") || raw.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw AppError.badRequest("The file name must be a plain name, without folders or control characters.", code: "invalid_filename")
            }
            guard let name = UploadFileName.sanitised(raw) else {
                throw AppError.badRequest("The file needs a name, e.g. call.mp3.", code: "invalid_filename")
            }
            inFilePart = true
            fileName = name
            declaredType = headers.contentType
        case .body(let bytes):
            if field != nil {
                fieldBytes += bytes
                guard fieldBytes.count <= 32 else { throw AppError.badRequest("`\(field ?? "")` is far longer than any value it takes.", code: "invalid_field") }
                return
            }
            guard inFilePart else { return }
            size += bytes.count
            guard size <= maxBytes else { throw AppError.payloadTooLarge(maxBytes: maxBytes) }
            if let writer {
                try await writer.write(ByteBuffer(bytes: bytes))
            } else {
                sniffed += bytes
                if sniffed.count >= AudioSniffer.bytesNeeded { try await open() }
            }
        case .partEnded:
            if let name = field {
                field = nil
                try read(name, String(decoding: fieldBytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
                return
            }
            guard inFilePart else { return }
            inFilePart = false
            guard size > 0 else { throw AppError.badRequest("The file is empty.", code: "empty_file") }
            if writer == nil { try await open() }
            guard let writer, let key, let fileName, let format, let mimeType else { return }
            received = Received(key: key, originalFilename: fileName, mimeType: mimeType, format: format, writer: writer, size: size)
        }
    }

    static let textFields: Set<String> = ["scenario", "rep_channel"]

    private mutating func read(_ name: String, _ value: String) throws {
        switch name {
        case "scenario":
            guard let scenario = ScenarioType(rawValue: value) else {
                throw AppError.badRequest("`scenario` must be one of \(ScenarioType.allCases.map(\.rawValue).joined(separator: ", ")).", code: "invalid_scenario")
            }
            self.scenario = scenario
        default:
            guard let channel = Int(value), channel == 0 || channel == 1 else {
                throw AppError.badRequest("`rep_channel` must be 0 or 1: the channel of a two-channel recording that holds the rep.", code: "invalid_rep_channel")
            }
            repChannel = channel
        }
    }

    /// Decides from the first bytes whether this is a recording we take, then opens the blob writer.
    private mutating func open() async throws {
        guard let format = AudioSniffer.detect(sniffed) else {
            throw AppError(.unsupportedMediaType, code: "not_audio",
                           message: "The file is not an audio recording we can read (MP3, WAV, Ogg, WebM or M4A).")
        }
        mimeType = try Self.mimeType(declared: declaredType, format: format)
        self.format = format
        guard let fileName else { return }
        let key = try BlobKey("\(userID.uuidString.lowercased())/\(Int64(now.timeIntervalSince1970 * 1000))_\(fileName)")
        let writer = try await blobs.makeWriter(bucket: UploadQueries.bucket, key: key)
        self.key = key
        self.writer = writer
        try await writer.write(ByteBuffer(bytes: sniffed))
        sniffed = []
    }

    /// The type stored with the object: the declared one when it names this format, the format's own when the
    /// client declared nothing useful (curl's application/octet-stream), and a 415 when the two disagree.
    static func mimeType(declared: String?, format: AudioFormat) throws -> String {
        let bare = declared?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if bare.isEmpty || bare == "application/octet-stream" {
            return canonicalType(of: format)
        }
        guard format.accepts(declaredType: bare) else {
            throw AppError(.unsupportedMediaType, code: "type_mismatch",
                           message: "The file was sent as \(bare), but its content is \(format.rawValue) audio.")
        }
        return bare
    }

    static func canonicalType(of format: AudioFormat) -> String {
        switch format {
        case .mp3: "audio/mpeg"
        case .wav: "audio/wav"
        case .ogg: "audio/ogg"
        case .webm: "audio/webm"
        case .mp4: "audio/mp4"
        }
    }

    /// The type a stored recording is served with, from its key's extension (the name was checked at upload).
    static func mimeType(forPath path: String) -> String {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "mp3": "audio/mpeg"
        case "wav": "audio/wav"
        case "ogg", "oga", "opus": "audio/ogg"
        case "webm": "audio/webm"
        case "m4a", "mp4", "aac": "audio/mp4"
        default: "application/octet-stream"
        }
    }

    /// Throws away whatever was written; safe to call at any point, and twice.
    func abort() async {
        await writer?.abort()
    }
}
