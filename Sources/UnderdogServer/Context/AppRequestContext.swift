import Hummingbird

/// The context every route receives. Later: the signed-in identity for the RLS transaction.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }
}
