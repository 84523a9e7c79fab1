import Foundation
import Logging
import UnderdogAI

/// Knowledge and coach settings, each an OpenAI-compatible model reached through `OPENAI_BASE_URL` (with
/// `OPENAI_API_KEY`):
/// - `UNDERDOG_EMBEDDING_MODEL`: embeds content at ingestion and questions when answering, instead of the
///   offline embedder (ingest again after changing it: the stored vectors record their model).
/// - `UNDERDOG_COACH_MODEL`: writes the coach's answers from the retrieved sources, instead of the extractive coach.
extension CommandEnvironment {
    func modelConfiguration(_ variable: String) throws -> OpenAIConfiguration? {
        let environment = ProcessInfo.processInfo.environment
        guard let model = environment[variable], !model.isEmpty else { return nil }
        guard let base = environment["OPENAI_BASE_URL"], let url = URL(string: base), ["http", "https"].contains(url.scheme ?? "") else {
            throw CommandError("\(variable) needs OPENAI_BASE_URL, an http(s) URL such as https://api.openai.com/v1")
        }
        return OpenAIConfiguration(baseURL: base, apiKey: environment["OPENAI_API_KEY"], chatModel: model)
    }

    func remoteEmbedder(logger: Logger) throws -> OpenAIEmbedder? {
        try modelConfiguration("UNDERDOG_EMBEDDING_MODEL").map {
            OpenAIEmbedder(client: OpenAICompatibleClient(configuration: $0, logger: logger), model: $0.chatModel)
        }
    }
}
