import Foundation

/// The parts of the configured endpoint that addressing needs, worked out once.
struct S3Endpoint: Sendable {
    let scheme: String
    /// As it goes in a URL and the `host` header: IPv6 in brackets, a non-default port appended.
    let authority: String
    /// A path prefix in front of every request, for S3 behind a reverse proxy; "" normally.
    let basePath: String

    init(_ url: URL) {
        scheme = (url.scheme ?? "https").lowercased()
        let host = url.host ?? "localhost"
        let bracketed = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        let defaultPort = scheme == "https" ? 443 : 80
        authority = url.port.map { $0 == defaultPort ? bracketed : "\(bracketed):\($0)" } ?? bracketed
        var path = url.path
        while path.hasSuffix("/") { path.removeLast() }
        basePath = AWSURIEncoding.encode(path, keepSlash: true)
    }

    /// The `host` header and the encoded path of one request; path-style puts the bucket in the path,
    /// virtual-hosted style in the host name.
    func address(bucket: String, key: BlobKey?, pathStyle: Bool) -> (host: String, path: String) {
        let keyPath = key.map { "/" + AWSURIEncoding.encode($0.value, keepSlash: true) } ?? ""
        if pathStyle {
            return (authority, "\(basePath)/\(bucket)\(keyPath)")
        }
        return ("\(bucket).\(authority)", basePath + (keyPath.isEmpty ? "/" : keyPath))
    }
}
