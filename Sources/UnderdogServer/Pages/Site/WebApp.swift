import Foundation
import Hummingbird

/// The web app's routes, in a group of their own with their own middleware: the browser session from
/// cookies (with CSRF), and errors as HTML pages. The API and the webhooks never pass through it.
struct WebApp: Sendable {
    let services: PageServices
    let settingsPages: SettingsPages
    let signIn: SignInPages
    let tokens: AccessTokens
    let trustForwardedProto: Bool

    /// An error page for requests that never reached the pages' own middleware (an unknown page, a body over
    /// the limit): it knows nobody, so it shows no navigation.
    var anonymousErrorPage: @Sendable (AppError, String) -> Response {
        let renderer = services.renderer
        return { error, requestID in renderer.errorPage(error, layout: PageLayout.nobody, requestID: requestID) }
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        services.renderer.assets.addRoutes(to: router)
        // Errors become pages twice over: inside the session, so the error page knows who is signed in; and
        // outside it, for what the session middleware itself refuses (a missing CSRF token).
        let pages = router.group()
            .add(middleware: PageErrorMiddleware(renderer: services.renderer))
            .add(middleware: BrowserSessionMiddleware(tokens: tokens, provider: signIn.provider, database: services.database,
                                                  trustForwardedProto: trustForwardedProto))
            .add(middleware: PageErrorMiddleware(renderer: services.renderer))
        signIn.addRoutes(to: pages)
        PracticePages(services: services).addRoutes(to: pages)
        settingsPages.addRoutes(to: pages)
        pages.get(RouterPath(SiteURL.Template.home)) { _, context in
            guard context.user != nil else { return Response.seeOther(.signIn) }
            let content = try await HomeModel.content(services, context: context)
            return services.renderer.page(content: content, title: "Home", layout: PageLayout(context: context, current: .home))
        }
        pages.get(RouterPath(SiteURL.Template.scoreCard)) { _, context in
            let id = try PracticePages.id(context)
            let content = try await ScoreCardModel.content(id, services: services, context: context)
            return services.renderer.page(content: content, title: "Score card", layout: PageLayout(context: context, current: .history))
        }
        pages.get(RouterPath(SiteURL.Template.history)) { request, context in
            let query = request.uri.queryParameters
            let model = try await HistoryModel.query(
                services, context: context, cursor: query["page"].map(String.init),
                scenario: query["scenario"].map(String.init), persona: query["persona"].map(String.init))
            return services.renderer.page("history", title: "Your sessions", layout: PageLayout(context: context, current: .history), model: model)
        }
    }
}
