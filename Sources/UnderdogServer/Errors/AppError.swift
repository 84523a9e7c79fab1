import Hummingbird

/// The error every route throws for a failure the client can act on. It carries a stable machine code,
/// the HTTP status and a message safe to show; `ErrorMiddleware` turns it into the JSON error body.
public struct AppError: Error, Sendable, Equatable {
    public let status: HTTPResponse.Status
    public let code: String
    public let message: String
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    public static func badRequest(_ message: String, code: String = "bad_request") -> AppError {
        AppError(.badRequest, code: code, message: message)
    }

    public static func notFound(_ message: String = "Not found.") -> AppError {
        AppError(.notFound, code: "not_found", message: message)
    }

    public static func unavailable(_ message: String, code: String = "unavailable") -> AppError {
        AppError(.serviceUnavailable, code: code, message: message)
    }

    public static let internalError = AppError(
        .internalServerError, code: "internal_error", message: "Something went wrong on our side; it has been logged.")
}
