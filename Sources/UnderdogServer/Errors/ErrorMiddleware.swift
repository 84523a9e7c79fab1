import Hummingbird
import Logging

/// The one place where errors become HTTP: an `AppError` keeps its status and code, Hummingbird's own
/// errors (unknown route, body too large) get a code from their status, and anything else is a logged 500
/// whose details never reach the client.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as AppError {
            if error.status.code >= 500 {
                context.logger.error("request failed", metadata: ["code": "\(error.code)", "message": "\(error.message)"])
            }
            return ErrorBody(code: error.code, message: error.message).response(status: error.status, headers: error.headers)
        } catch let error as HTTPError {
            let code = Self.code(for: error.status)
            let message = error.body ?? Self.message(for: error.status)
            return ErrorBody(code: code, message: message).response(status: error.status, headers: error.headers)
        } catch {
            context.logger.error("unhandled error", metadata: ["error": "\(String(reflecting: error))"])
            let internalError = AppError.internalError
            return ErrorBody(code: internalError.code, message: internalError.message).response(status: internalError.status)
        }
    }

    static func code(for status: HTTPResponse.Status) -> String {
        switch status {
        case .badRequest: "bad_request"
        case .unauthorized: "unauthorized"
        case .forbidden: "forbidden"
        case .notFound: "not_found"
        case .methodNotAllowed: "method_not_allowed"
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
