import Foundation

/// A call upload as RLS lets the caller see it, with how far its analysis has got.
public struct UploadRecord: Sendable, Equatable {
    public let id: UUID
    public let userID: UUID
    /// The object's key in the call-recordings bucket: `{user_id}/{timestamp}_{name}`.
    public let filePath: String
    public let originalFilename: String?
    public let status: String
    public let fileSizeBytes: Int?
    public let durationSeconds: Int?
    public let overallScore: Int?
    public let errorMessage: String?
    public let createdAt: Date
    /// The kind of call (`cold_call`, `objection`, `closing`, `gatekeeper`) it is scored as.
    public let scenarioType: String
    /// For a two-channel recording, the rep's channel (0 or 1); nil means the first.
    public let repChannel: Int?
    /// The current stage's completion, 0–100, while the pipeline works on it.
    public let progressPercent: Int?
    /// JSON text, read only for a single upload.
    public let transcriptJSON: String?
    public let analysisJSON: String?
}

/// What the upload route has checked and stored before the rows are written.
public struct NewUpload: Sendable {
    public let userID: UUID
    public let filePath: String
    public let originalFilename: String
    public let sizeBytes: Int
    public let mimeType: String
    public let scenarioType: String
    public let repChannel: Int?

    public init(userID: UUID, filePath: String, originalFilename: String, sizeBytes: Int, mimeType: String,
                scenarioType: String = "cold_call", repChannel: Int? = nil) {
        self.userID = userID
        self.filePath = filePath
        self.originalFilename = originalFilename
        self.sizeBytes = sizeBytes
        self.mimeType = mimeType
        self.scenarioType = scenarioType
        self.repChannel = repChannel
    }
}
