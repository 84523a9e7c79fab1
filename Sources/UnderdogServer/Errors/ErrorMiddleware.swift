import Hummingbird
import Logging
import NIOCore
import OpenAPIRuntime
import UnderdogStore

/// The one place where errors become HTTP: an `AppError` keeps its status and code, a `StoreError` is
/// mapped, the OpenAPI layer's request errors (bad JSON, missing fields, wrong content type) become 4xx, and
/// Hummingbird's own errors (unknown route, body too large) get a code from their status. Anything else is
/// a logged 500 whose details never reach the client.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The error as a page, for a browser's request outside the API, the webhooks and the operators' routes
    /// (an unknown page, a form over the body limit); nil answers every error in JSON.
    var page: (@Sendable (AppError, _ requestID: String) -> Response)? = nil

    /// Paths whose errors are always JSON: clients there read the error body, not a person.
    static var machinePrefixes: [String] { ["/api/", "/webhooks/", "/metrics", "/health", "/ready", "/assets/"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let appError = Self.appError(for: error)
            if appError.status.code >= 500 {
                context.logger.error("request failed", metadata: ["code": "\(appError.code)", "error": "\(Self.loggable(error))"])
            } else {
                context.logger.log(level: appError.logLevel, "request refused", metadata: ["code": "\(appError.code)"])
            }
            let path = request.uri.path
            if let page, !Self.machinePrefixes.contains(where: { path.hasPrefix($0) }) {
                return page(appError, context.id)
            }
            return ErrorBody(code: appError.code, message: appError.message).response(status: appError.status, headers: appError.headers)
        }
    }

    static func appError(for error: any Error) -> AppError {
        switch error {
        case let error as AppError:
            return error
        case let error as StoreError:
            return AppError(error)
        case let error as ServerError:
            // A handler's own error comes wrapped; the rest are the generated code refusing the request.
            if let inner = error.underlyingError as? AppError { return inner }
            if let inner = error.underlyingError as? StoreError { return AppError(inner) }
            if error.httpStatus.code >= 500 { return .internalError }
            if error.underlyingError is DecodingError {
                return AppError(error.httpStatus, code: "invalid_body", message: "The request body does not match the schema: \(Self.describe(error.underlyingError)).")
            }
            return AppError(error.httpStatus, code: code(for: error.httpStatus), message: error.causeDescription)
        case is NIOTooManyBytesError:
            // A body read past its cap anywhere the route forgot to say so: the client's fault, never a 500.
            return AppError(.contentTooLarge, code: "payload_too_large", message: "The request body is too large.")
        case let error as HTTPError:
            return AppError(error.status, code: code(for: error.status), message: error.body ?? message(for: error.status), headers: error.headers)
        default:
            if let classified = StoreError(error) { return AppError(classified) }
            return .internalError
        }
    }

    /// The error's details for the log, without the request it carries: a `ServerError` describes the whole
    /// request, headers included, and the Authorization header must never reach a log.
    static func loggable(_ error: any Error) -> String {
        if let error = error as? ServerError {
            return "\(error.operationID): \(error.causeDescription): \(String(reflecting: error.underlyingError))"
        }
        return String(reflecting: error)
    }

    /// A short account of why decoding failed: which field and what was wrong, no type names.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "unreadable JSON" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "body" : keys.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(_, let context): return "\(path(context)) has the wrong type"
        case .valueNotFound(_, let context): return "\(path(context)) is missing"
        case .keyNotFound(let key, _): return "\(key.stringValue) is required"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "\(path(context)): \(context.debugDescription)"
        @unknown default: return "unreadable JSON"
        }
    }

    static func code(for status: HTTPResponse.Status) -> String {
        switch status {
        case .badRequest: "bad_request"
        case .unauthorized: "unauthorized"
        case .forbidden: "forbidden"
        case .notFound: "not_found"
        case .methodNotAllowed: "method_not_allowed"
        case .notAcceptable: "not_acceptable"
        case .contentTooLarge: "payload_too_large"
        case .unsupportedMediaType: "unsupported_media_type"
        case .unprocessableContent: "unprocessable"
        case .tooManyRequests: "rate_limited"
        default: status.code >= 500 ? "internal_error" : "http_\(status.code)"
        }
    }

    static func message(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "No such resource."
        case .methodNotAllowed: "This method is not allowed here."
        case .contentTooLarge: "The request body is too large."
        default: status.reasonPhrase
        }
    }
}
