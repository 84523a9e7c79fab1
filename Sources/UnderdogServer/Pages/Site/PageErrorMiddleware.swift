import Foundation
import HTTPTypes
import Hummingbird
import UnderdogStore

/// Errors on the page routes become pages, never JSON: a page that needs a signed-in person sends the
/// browser to sign in (and back afterwards), an ended session signs the browser out first, and everything
/// else is the error page in plain words with the request id for support. A page that is not yours is the
/// same 404 as one that does not exist.
struct PageErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let appError = ErrorMiddleware<Context>.appError(for: error)
            let back = SiteURL.safeReturnPath(request.uri.path + (request.uri.query.map { "?" + $0 } ?? ""))
            let signIn = SiteURL.signIn.path + (request.method == .get ? back.map { "?next=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") } ?? "" : "")
            if appError.code == "session_ended" {
                return .seeOther(path: signIn, cookies: BrowserCookies.signedOut(secure: context.secureCookies))
            }
            if appError.status == .unauthorized {
                return .seeOther(path: signIn)
            }
            if appError.status.code >= 500 {
                context.logger.error("page failed", metadata: ["error": "\(ErrorMiddleware<Context>.loggable(error))"])
            } else {
                context.logger.log(level: appError.logLevel, "page refused", metadata: ["code": "\(appError.code)"])
            }
            return renderer.errorPage(appError, layout: PageLayout(context: context, current: nil), requestID: context.id)
        }
    }
}

extension PageRenderer {
    /// The error page: a heading that says what happened, what to do, and the request id.
    func errorPage(_ error: AppError, layout: PageLayout, requestID: String?) -> Response {
        struct Model {
            let heading: String
            let message: String
            let requestID: String?
            let signedIn: Bool
        }
        let heading = switch error.status {
        case .notFound: "We can't find that page"
        case .forbidden: "That didn't go through"
        case .tooManyRequests: "Too many tries"
        case .contentTooLarge: "That was too much to send"
        default: error.status.code >= 500 ? "Something went wrong on our side" : "That didn't work"
        }
        let message = error.status == .notFound
            ? "It may have moved, or it may not be yours to see. Check the address, or go back to your home page."
            : error.message
        var response = page("error", title: heading, layout: layout,
                            model: Model(heading: heading, message: message, requestID: requestID, signedIn: layout.signedIn), status: error.status)
        for field in error.headers where field.name == .retryAfter { response.headers.append(field) }
        return response
    }
}
