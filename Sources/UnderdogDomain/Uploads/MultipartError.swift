/// Why an upload's multipart/form-data body was refused.
///
/// Every case is the client's fault (a 400 or 413), so each carries a sentence that can go straight into the API's
/// error body and a `code` that stays stable when the wording changes.
public enum MultipartError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The boundary is empty, longer than 70 characters, or uses characters RFC 2046 does not allow.
    case invalidBoundary
    /// A part's header block is not `Name: value` lines with CRLF endings in UTF-8, or a header we rely on
    /// (Content-Disposition, Content-Type) is repeated or unparseable.
    case malformedHeaders
    /// A part's header block is longer than `MultipartLimits.maxHeaderBytes`.
    case headersTooLarge
    /// The body has more parts than `MultipartLimits.maxParts`.
    case tooManyParts
    /// A part has no `Content-Disposition: form-data` header, so it cannot be named.
    case missingContentDisposition
    /// A boundary line is followed by something other than CRLF (a new part) or `--` (the end).
    case malformedBoundaryLine
    /// The body ended before its closing boundary: the upload was cut off.
    case truncated

    /// A stable identifier for APIs and logs; the wording of `message` may change, this does not.
    public var code: String {
        switch self {
        case .invalidBoundary: "multipart_invalid_boundary"
        case .malformedHeaders: "multipart_malformed_headers"
        case .headersTooLarge: "multipart_headers_too_large"
        case .tooManyParts: "multipart_too_many_parts"
        case .missingContentDisposition: "multipart_missing_content_disposition"
        case .malformedBoundaryLine: "multipart_malformed_boundary_line"
        case .truncated: "multipart_truncated"
        }
    }

    public var message: String {
        switch self {
        case .invalidBoundary:
            "The multipart boundary must be 1 to 70 characters of letters, digits and '()+_,-./:=? (RFC 2046)."
        case .headersTooLarge:
            "A part's headers are too large."
        case .malformedHeaders:
            "A part's headers are malformed: expected 'Name: value' lines in UTF-8 ending in CRLF."
        case .tooManyParts:
            "The form has too many parts."
        case .missingContentDisposition:
            "Every part needs a 'Content-Disposition: form-data; name=\"…\"' header."
        case .malformedBoundaryLine:
            "A multipart boundary is followed by something other than a line break or '--'."
        case .truncated:
            "The upload ended before the closing multipart boundary; it was probably cut off."
        }
    }

    public var description: String { message }
}
