import Foundation
import Hummingbird
import UnderdogStore

/// Sign in, start a team, join by invite, sign out. The forms post as plain HTML forms (no script needed);
/// a wrong password, a locked-out address or a taken email come back as the same form with the reason in
/// plain words. Who checks the password is the `SignInProvider`'s business: the server's own accounts, or
/// Supabase Auth on a deployment on Supabase.
struct SignInPages: Sendable {
    let provider: any SignInProvider
    let renderer: PageRenderer

    struct SignInModel {
        let action = SiteURL.signIn.path
        let signUp = SiteURL.signUp.path
        let csrf: String
        let next: String
        let email: String
        let error: String?
        let notice: String?
    }

    struct SignUpModel {
        let action: String
        let signIn = SiteURL.signIn.path
        let csrf: String
        let inviteToken: String?
        let name: String
        let email: String
        let organization: String
        let error: String?
    }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(RouterPath(SiteURL.Template.signIn)) { request, context in
            if context.user != nil { return Response.seeOther(.home) }
            let next = SiteURL.safeReturnPath(request.uri.queryParameters["next"].map(String.init)) ?? ""
            return signInPage(context, next: next, email: "", error: nil)
        }
        group.post(RouterPath(SiteURL.Template.signIn)) { _, context in try await signIn(context) }
        group.get(RouterPath(SiteURL.Template.signUp)) { _, context in
            if context.user != nil { return Response.seeOther(.home) }
            return signUpPage(context, invite: nil, form: [:], error: nil)
        }
        group.post(RouterPath(SiteURL.Template.signUp)) { _, context in try await signUp(context) }
        group.get(RouterPath(SiteURL.Template.invite)) { _, context in
            let token = try context.parameters.require("token")
            return signUpPage(context, invite: token, form: [:], error: nil)
        }
        group.post(RouterPath(SiteURL.Template.signOut)) { request, context in
            let cookies = BrowserCookies.read(request.headers)
            try await provider.signOut(refreshToken: cookies[BrowserCookies.refresh], accessToken: cookies[BrowserCookies.access])
            return Response.seeOther(.signIn, cookies: BrowserCookies.signedOut(secure: context.secureCookies))
        }
    }

    func signInPage(_ context: AppRequestContext, next: String, email: String, error: String?, status: HTTPResponse.Status = .ok) -> Response {
        renderer.page("signin", title: "Sign in", layout: PageLayout(context: context, current: nil),
                      model: SignInModel(csrf: context.csrfToken ?? "", next: next, email: email, error: error, notice: nil), status: status)
    }

    func signUpPage(_ context: AppRequestContext, invite: String?, form: [String: String], error: String?, status: HTTPResponse.Status = .ok) -> Response {
        renderer.page("signup", title: invite == nil ? "Start a team" : "Join your team", layout: PageLayout(context: context, current: nil),
                      model: SignUpModel(action: SiteURL.signUp.path, csrf: context.csrfToken ?? "", inviteToken: invite,
                                         name: form["name"] ?? "", email: form["email"] ?? "", organization: form["organization"] ?? "",
                                         error: error), status: status)
    }

    func signIn(_ context: AppRequestContext) async throws -> Response {
        let email = context.form["email"] ?? ""
        let next = SiteURL.safeReturnPath(context.form["next"]) ?? SiteURL.home.path
        do {
            let session = try await provider.signIn(email: email, password: context.form["password"] ?? "", client: client(context))
            return .seeOther(path: next, cookies: cookies(for: session, context))
        } catch let error as AppError where error.status.code < 500 {
            var response = signInPage(context, next: next, email: email, error: Self.plainWords(error), status: error.status)
            for field in error.headers where field.name == .retryAfter { response.headers.append(field) }
            return response
        }
    }

    func signUp(_ context: AppRequestContext) async throws -> Response {
        let form = context.form
        let invite = form["invite_token"].flatMap { $0.isEmpty ? nil : $0 }
        let request = AuthService.SignUp(
            email: form["email"] ?? "", password: form["password"] ?? "", name: form["name"] ?? "",
            organizationName: invite == nil ? (form["organization"] ?? "") : nil, inviteToken: invite)
        do {
            let session = try await provider.signUp(request, client: client(context))
            return .seeOther(.home, cookies: cookies(for: session, context))
        } catch let error as AppError where error.status.code < 500 {
            return signUpPage(context, invite: invite, form: form, error: Self.plainWords(error), status: error.status)
        } catch let error as StoreError {
            return signUpPage(context, invite: invite, form: form, error: AppError(error).message, status: AppError(error).status)
        }
    }

    /// The sentence a person reads; the API's messages are written for people already, except the ones
    /// that name fields.
    static func plainWords(_ error: AppError) -> String {
        switch error.code {
        case "invalid_credentials": "That email and password don't match. Check them and try again."
        case "rate_limited": "Too many tries from here. Wait \(error.headers[.retryAfter] ?? "a few") seconds, then try again."
        case "member_removed": "This account was removed from its team. Ask your manager if that's a mistake."
        case "organization_required": "Give your team a name."
        case "auth_unavailable": "Signing in is unavailable right now. Try again in a minute."
        default: error.message
        }
    }

    func client(_ context: AppRequestContext) -> AuthService.Client {
        AuthService.Client(ip: context.clientIP, userAgent: context.userAgent)
    }

    func cookies(for session: BrowserSession, _ context: AppRequestContext) -> [String] {
        BrowserCookies.signedIn(session, secure: context.secureCookies)
    }
}
