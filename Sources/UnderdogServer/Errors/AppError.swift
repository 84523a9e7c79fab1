import Foundation
import HTTPTypes
import Hummingbird
import UnderdogStore
import Logging

/// The error every route throws for a failure the client can act on. It carries a stable machine code,
/// the HTTP status, a message safe to show and the level it is logged at; `ErrorMiddleware` turns it into
/// the JSON error body.
public struct AppError: Error, Sendable, Equatable {
    public let status: HTTPResponse.Status
    public let code: String
    public let message: String
    public var headers: HTTPFields
    public var logLevel: Logger.Level

    public init(_ status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:], logLevel: Logger.Level? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
        self.logLevel = logLevel ?? (status.code >= 500 ? .error : .info)
    }

    public static func badRequest(_ message: String, code: String = "bad_request") -> AppError {
        AppError(.badRequest, code: code, message: message)
    }

    public static func unauthorized(_ message: String = "Sign in first: this needs a valid access token.") -> AppError {
        AppError(.unauthorized, code: "unauthorized", message: message, headers: [.wwwAuthenticate: "Bearer"])
    }

    public static func forbidden(_ message: String) -> AppError {
        AppError(.forbidden, code: "forbidden", message: message)
    }

    public static func notFound(_ message: String = "Not found.") -> AppError {
        AppError(.notFound, code: "not_found", message: message)
    }

    public static func conflict(_ message: String, code: String = "conflict") -> AppError {
        AppError(.conflict, code: code, message: message)
    }

    public static func unprocessable(_ message: String, code: String = "invalid") -> AppError {
        AppError(.unprocessableContent, code: code, message: message)
    }

    public static func payloadTooLarge(maxBytes: Int) -> AppError {
        AppError(.contentTooLarge, code: "payload_too_large", message: "The request body is larger than \(maxBytes) bytes.")
    }

    /// A plan limit: 402, since paying for a larger plan lifts it. The message names the limit.
    public static func planLimit(_ message: String) -> AppError {
        AppError(.init(code: 402, reasonPhrase: "Payment Required"), code: "plan_limit", message: message)
    }

    public static func rateLimited(retryAfter seconds: Int) -> AppError {
        AppError(.tooManyRequests, code: "rate_limited",
                 message: "Too many attempts; try again in \(seconds) seconds.",
                 headers: [.retryAfter: "\(seconds)"], logLevel: .notice)
    }

    public static func unavailable(_ message: String, code: String = "unavailable") -> AppError {
        AppError(.serviceUnavailable, code: code, message: message, logLevel: .warning)
    }

    public static let internalError = AppError(
        .internalServerError, code: "internal_error", message: "Something went wrong on our side; it has been logged.")
}

extension AppError {
    /// The one mapping from database outcomes to HTTP. RLS-hidden rows and missing ones are both 404,
    /// so a response never tells whether another tenant's row exists.
    init(_ error: StoreError) {
        switch error {
        case .notFound: self = .notFound()
        case .forbidden(let message): self = .forbidden(Self.sentence(message))
        case .conflict(let message): self = .conflict(Self.sentence(message))
        case .planLimit(let message): self = .planLimit(Self.sentence(message))
        case .invalid(let message): self = .unprocessable(Self.sentence(message))
        case .sessionEnded:
            self = AppError(.unauthorized, code: "session_ended", message: "This session has ended; sign in again.",
                            headers: [.wwwAuthenticate: "Bearer"])
        }
    }

    private static func sentence(_ message: String) -> String {
        guard let first = message.first else { return message }
        return first.uppercased() + message.dropFirst() + (message.hasSuffix(".") ? "" : ".")
    }
}
