import Foundation
import Hummingbird
import Mustache

/// The web app's templates and assets, loaded and checked once at start-up: a template that does not parse
/// stops the server with its file name, before it answers anyone. Mustache escapes every `{{value}}`; the
/// only triple braces are the layout's `{{{content}}}` (the page template's own output) and the SVG charts
/// `Charts/` draws (which escape their labels), so nothing a user typed reaches a page unescaped.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    let assets: Assets
    /// The layout, rendered once per frame; its slots are the page's content and the CSRF token.
    let frames = SlottedTextCache<PageLayout.FrameKey>(slotNames: ["content", "csrf"], limit: 4096)

    enum LoadError: Error, CustomStringConvertible {
        case missingFolder(String)
        case template(file: String, reason: String)
        case missingTemplate(String)

        var description: String {
            switch self {
            case .missingFolder(let name): "the web app's \(name) folder is missing from the build"
            case .template(let file, let reason): "the page template \(file) does not parse: \(reason)"
            case .missingTemplate(let name): "the page template \(name).mustache is missing"
            }
        }
    }

    /// Every template a page renders; each must be present.
    static let requiredTemplates = ["signin", "signup", "home", "practice", "conversation", "scorecard", "history", "error"]

    static func load() async throws -> PageRenderer {
        guard let templates = Bundle.module.url(forResource: "Templates", withExtension: nil) else { throw LoadError.missingFolder("Templates") }
        guard let assetFolder = Bundle.module.url(forResource: "Assets", withExtension: nil) else { throw LoadError.missingFolder("Assets") }
        let library: MustacheLibrary
        do {
            library = try await MustacheLibrary(directory: templates.path)
        } catch let error as MustacheLibrary.ParserError {
            throw LoadError.template(file: error.filename, reason: "\(error.error) at line \(error.context.lineNumber)")
        }
        for name in requiredTemplates where library.getTemplate(named: name) == nil { throw LoadError.missingTemplate(name) }
        return PageRenderer(library: library, assets: try Assets(folder: assetFolder))
    }

    /// The page `template` filled with `model`, inside the layout, as an HTML response that no one caches.
    func page(_ template: String, title: String, layout: PageLayout, model: Any, status: HTTPResponse.Status = .ok) -> Response {
        page(content: content(template, model: model), title: title, layout: layout, status: status)
    }

    /// The page template `template` filled with `model`, without the layout.
    func content(_ template: String, model: Any) -> String {
        library.render(TemplateValues.flatten(model) ?? model, withTemplate: template) ?? ""
    }

    /// Already rendered page content inside the layout, as an HTML response that no one caches.
    func page(content: String, title: String, layout: PageLayout, status: HTTPResponse.Status = .ok) -> Response {
        let key = PageLayout.FrameKey(signedIn: layout.signedIn, userEmail: layout.userEmail, current: layout.current, title: title)
        let frame = frames.text(for: key) { slots in
            let model = LayoutModel(layout: layout.with(csrf: slots[1]), title: title, assets: assets, content: slots[0])
            return library.render(TemplateValues.flatten(model) ?? model, withTemplate: "layout") ?? slots[0]
        }
        let html = frame.filled([content, layout.csrf])
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store", .contentSecurityPolicy: Self.contentSecurityPolicy],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// Scripts and styles from this origin only, never inline; no frames, no plugins, forms post here only.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
}

/// What the layout template reads. Mustache sees stored properties only (it reads values by reflection), so
/// every value a template names is stored, never computed.
struct LayoutModel {
    let layout: PageLayout
    let title: String
    /// The page template's HTML.
    let content: String
    let stylesheet: String
    let script: String

    init(layout: PageLayout, title: String, assets: Assets, content: String) {
        self.layout = layout
        self.title = title
        self.content = content
        stylesheet = assets.stylesheet
        script = assets.script
    }
}
