import Foundation

/// How to reach one S3-compatible service. Path-style addressing is the default because the servers Underdog
/// meets besides AWS (MinIO, moto, Ceph, R2) take it without DNS set-up.
public struct S3Configuration: Sendable, CustomStringConvertible {
    /// S3's smallest allowed part, except the last; a smaller part would make CompleteMultipartUpload fail
    /// only at the very end of an upload.
    public static let minimumPartSize = 5 << 20

    public var endpoint: URL
    public var region: String
    public var accessKeyID: String
    public var secretAccessKey: String
    /// `https://host/bucket/key` when true, `https://bucket.host/key` when false.
    public var pathStyle: Bool
    /// The bytes a writer holds in memory before sending them as one part: the memory an upload costs.
    /// Raised to `minimumPartSize` when smaller.
    public var partSize: Int
    /// How long one request may take to be sent and answered (for a download, until its first byte).
    public var requestTimeout: Duration
    /// How long a download may wait for its next bytes before giving up, so a stalled connection cannot hold
    /// a worker forever. Separate from `requestTimeout` because a long download is fine while bytes flow.
    public var idleReadTimeout: Duration
    /// Tries per request, counting the first: 503 SlowDown and dropped connections are routine at S3's scale.
    public var maxAttempts: Int

    public init(
        endpoint: URL, region: String, accessKeyID: String, secretAccessKey: String, pathStyle: Bool = true,
        partSize: Int = 8 << 20, requestTimeout: Duration = .seconds(60), idleReadTimeout: Duration = .seconds(30),
        maxAttempts: Int = 3
    ) {
        self.endpoint = endpoint
        self.region = region
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.pathStyle = pathStyle
        self.partSize = max(partSize, Self.minimumPartSize)
        self.requestTimeout = requestTimeout
        self.idleReadTimeout = idleReadTimeout
        self.maxAttempts = max(1, maxAttempts)
    }

    /// Never prints the secret: configurations end up in logs.
    public var description: String {
        "S3Configuration(endpoint: \(endpoint.absoluteString), region: \(region), accessKeyID: \(accessKeyID), "
            + "pathStyle: \(pathStyle), partSize: \(partSize))"
    }
}
