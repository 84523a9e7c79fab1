/// What every page's frame shows: the navigation with the current section marked, who is signed in, and
/// the CSRF token the page's forms carry.
struct PageLayout: Sendable {
    /// One entry of the top (or, on a phone, bottom) bar.
    struct NavItem: Sendable {
        let label: String
        let href: String
        let current: Bool
    }

    /// The sections of the app, in the bar's order.
    enum Section: Sendable, Hashable {
        case home, practice, history
    }

    let signedIn: Bool
    let userEmail: String?
    let csrf: String
    let nav: [NavItem]
    let current: Section?
    let signOut = SiteURL.signOut.path
    let settingsHref = SiteURL.settings().path
    let homeHref = SiteURL.home.path

    /// The frame of a page shown to nobody in particular.
    static let nobody = PageLayout(signedIn: false, userEmail: nil, csrf: "", nav: [], current: nil)

    private init(signedIn: Bool, userEmail: String?, csrf: String, nav: [NavItem], current: Section?) {
        self.signedIn = signedIn
        self.userEmail = userEmail
        self.csrf = csrf
        self.nav = nav
        self.current = current
    }

    /// What the layout around a page depends on besides the CSRF token and the content: who is signed in,
    /// the current section and the title. Filling the layout template on every request was, after a cached
    /// score card itself, the largest part of that page's CPU, so `PageRenderer` keeps one per frame.
    struct FrameKey: Hashable, Sendable {
        let signedIn: Bool
        let userEmail: String?
        let current: Section?
        let title: String
    }

    /// The same frame with another CSRF value (the cache's slot).
    func with(csrf: String) -> PageLayout {
        PageLayout(signedIn: signedIn, userEmail: userEmail, csrf: csrf, nav: nav, current: current)
    }

    init(context: AppRequestContext, current: Section?) {
        signedIn = context.user != nil
        userEmail = context.user?.email
        csrf = context.csrfToken ?? ""
        let sections: [(Section, String, SiteURL)] = [(.home, "Home", .home), (.practice, "Practice", .practice), (.history, "History", .history())]
        nav = signedIn ? sections.map { NavItem(label: $0.1, href: $0.2.path, current: $0.0 == current) } : []
        self.current = current
    }
}

extension AppRequestContext {
    /// The signed-in person, or a 401 that the page error middleware turns into a trip to the sign-in page.
    func requirePageUser() throws -> SignedInUser {
        guard let user else { throw AppError.unauthorized() }
        return user
    }
}
