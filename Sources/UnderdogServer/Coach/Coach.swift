import Foundation
import Logging
import PostgresNIO
import UnderdogAI
import UnderdogDomain
import UnderdogStore

/// The coach: retrieves what the team wrote on the question, then answers from it alone, citing each source
/// as `[n]`. With a chat model configured the model writes the answer from the numbered sources; offline the
/// extractive coach quotes them. Either way no source outside the list can be cited.
struct Coach: Sendable {
    let retriever: KnowledgeRetriever
    /// The chat model that writes answers; nil: the extractive coach.
    let chat: PersonaChatModel?

    /// One source the answer may cite, as the client receives it.
    struct Citation: Codable, Sendable, Equatable {
        let n: Int
        let kind: String
        let id: String
        let title: String
        /// The wiki, curriculum, persona or rubric file, for knowledge; nil for a library entry.
        let sourceFile: String?
        /// The library category, for an objection entry.
        let category: String?

        enum CodingKeys: String, CodingKey {
            case n, kind, id, title, category
            case sourceFile = "source_file"
        }
    }

    /// What an answer is made from.
    struct Grounding: Sendable {
        let citations: [Citation]
        let sources: [ExtractiveAnswer.Source]

        var isEmpty: Bool { citations.isEmpty }
    }

    /// The sources for a question, numbered from 1; none when the knowledge base has nothing close enough.
    func ground(_ question: String, mode: CoachMode, on connection: PostgresConnection, logger: Logger) async throws -> Grounding {
        let found = try await retriever.search(
            question, source: mode.knowledgeSource, includeObjections: mode.searchesObjections,
            count: max(mode.passages, mode.objectionEntries), on: connection, logger: logger)
        guard try await retriever.answers(question, found: found, on: connection, logger: logger) else {
            return Grounding(citations: [], sources: [])
        }
        var citations: [Citation] = []
        var sources: [ExtractiveAnswer.Source] = []
        // In objections mode the library's answer comes first; elsewhere the passages do.
        let objections = Array(found.objections.prefix(mode.objectionEntries))
        let passages = Array(found.knowledge.prefix(mode.passages))
        func addObjection(_ hit: ObjectionHit) {
            let n = citations.count + 1
            let title = "\u{201C}\(hit.objection)\u{201D}"
            citations.append(Citation(n: n, kind: "objection", id: hit.id.uuidString.lowercased(), title: title, sourceFile: nil, category: hit.category))
            let principle = hit.psychologyPrinciple.map { " Why it works: \($0)" } ?? ""
            sources.append(.init(number: n, title: title, text: hit.responseTemplate + principle, isObjection: true))
        }
        func addPassage(_ hit: KnowledgeHit) {
            let n = citations.count + 1
            citations.append(Citation(n: n, kind: "knowledge", id: hit.id.uuidString.lowercased(), title: hit.sectionTitle, sourceFile: hit.sourceFile, category: nil))
            sources.append(.init(number: n, title: hit.sectionTitle, text: hit.content, isObjection: false))
        }
        if mode == .objections {
            objections.forEach(addObjection)
            passages.forEach(addPassage)
        } else {
            passages.forEach(addPassage)
            objections.forEach(addObjection)
        }
        return Grounding(citations: citations, sources: sources)
    }

    /// Who writes the answer: "extractive" or the chat model's name.
    var engine: String { chat?.model ?? "extractive" }

    /// The answer, in pieces as they are ready. `history` is the thread so far, oldest first.
    func answer(_ question: String, mode: CoachMode, grounding: Grounding,
                history: [(role: String, content: String)]) -> AsyncThrowingStream<String, any Error> {
        guard let chat, !grounding.isEmpty else {
            let text = ExtractiveAnswer.compose(question: question, sources: grounding.sources)
            return AsyncThrowingStream { continuation in
                // Paragraph by paragraph, so the page shows the answer growing as a model's would.
                let paragraphs = text.components(separatedBy: "\n\n")
                for (index, paragraph) in paragraphs.enumerated() {
                    continuation.yield(index == paragraphs.count - 1 ? paragraph : paragraph + "\n\n")
                }
                continuation.finish()
            }
        }
        let upstream = chat.client.streamChatCompletion(Self.request(question, mode: mode, grounding: grounding, history: history, model: chat.model))
        let allowed = Set(grounding.citations.map(\.n))
        return AsyncThrowingStream { continuation in
            let task = Task {
                var filter = CitationFilter(allowed: allowed)
                do {
                    for try await piece in upstream {
                        let shown = filter.feed(piece)
                        if !shown.isEmpty { continuation.yield(shown) }
                    }
                    let rest = filter.finish()
                    if !rest.isEmpty { continuation.yield(rest) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    static func request(_ question: String, mode: CoachMode, grounding: Grounding,
                        history: [(role: String, content: String)], model: String) -> ChatCompletionRequest {
        let sources = grounding.sources.map { "[\($0.number)] \($0.title)\n\($0.text)" }.joined(separator: "\n\n")
        let system = """
            You are Underdog's sales coach for cold-calling reps. Answer the rep's question using only the numbered \
            sources below, which are the team's own playbook (\(mode.rawValue) mode). Be practical: what to say and \
            why, with a line the rep could use. Cite every source you use as [n] right after the sentence it \
            supports. Never cite a number that is not listed and never invent a source. If the sources do not \
            answer the question, say that the playbook doesn't cover it instead of guessing.

            Sources:
            \(sources)
            """
        var messages = [ChatCompletionRequest.Message.system(system)]
        for turn in history.suffix(6) {
            messages.append(ChatCompletionRequest.Message(role: turn.role == "coach" ? "assistant" : "user", content: turn.content))
        }
        messages.append(.user(question))
        return ChatCompletionRequest(model: model, messages: messages, temperature: 0.3, maxTokens: 700)
    }
}

extension AppError {
    /// The chat model failed while answering; the question is not saved, so asking again is safe.
    static func coachUnavailable(_ reason: String) -> AppError {
        AppError(.badGateway, code: "coach_unavailable",
                 message: "The coach could not finish its answer (\(reason.prefix(200))); nothing was saved, ask again.", logLevel: .warning)
    }
}
