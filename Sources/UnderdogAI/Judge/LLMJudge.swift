import Foundation
import Logging
import UnderdogDomain

/// Asks an OpenAI-compatible chat model to judge a call against the rubric, given the deterministic analysis
/// as a second opinion. It never fails the scoring: on a timeout, an error or an answer that breaks the
/// schema, the deterministic analysis stands and says why the judge was not used.
public struct LLMJudge: Sendable {
    let client: OpenAICompatibleClient
    let logger: Logger

    public init(client: OpenAICompatibleClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public var model: String { client.configuration.chatModel }

    /// `deterministic` judged by the model: its scores, feedback and evidence, the deterministic evidence kept
    /// beside them, and the overall score re-weighted by the rubric.
    public func judge(_ transcript: Transcript, rubric: Rubric, deterministic: Analysis) async -> Analysis {
        let content: String
        do {
            let response = try await client.chatCompletion(request(transcript, rubric: rubric, deterministic: deterministic))
            guard let message = response.choices.first?.message else {
                return fallback(deterministic, reason: "the answer had no choices")
            }
            if let refusal = message.refusal { return fallback(deterministic, reason: "the model refused: \(refusal.prefix(200))") }
            guard let text = message.content else { return fallback(deterministic, reason: "the answer had no content") }
            content = text
        } catch let error as AIProviderError {
            return fallback(deterministic, reason: error.summary)
        } catch {
            return fallback(deterministic, reason: "the call failed: \(error)")
        }
        let verdict: JudgeVerdict
        do {
            verdict = try JudgeVerdictValidator.validate(content, turnCount: transcript.turns.count)
        } catch {
            return fallback(deterministic, reason: "the answer broke the schema: \(error.reason)")
        }
        return merge(verdict, into: deterministic, rubric: rubric)
    }

    func merge(_ verdict: JudgeVerdict, into deterministic: Analysis, rubric: Rubric) -> Analysis {
        let results = verdict.dimensions.map { judged -> DimensionResult in
            let offline = deterministic.result(for: judged.dimension)
            return DimensionResult(
                dimension: judged.dimension, score: judged.score, baseline: offline?.score ?? judged.score, judged: true,
                feedback: judged.feedback, evidence: judged.evidence + (offline?.evidence ?? []))
        }
        let notes = verdict.corrections.isEmpty ? nil : "validator: " + verdict.corrections.joined(separator: "; ")
        return deterministic.rejudged(by: Judge(kind: .llm, model: model, fallbackReason: notes), dimensions: results, rubric: rubric)
    }

    func fallback(_ deterministic: Analysis, reason: String) -> Analysis {
        logger.warning("LLM judge not used; the deterministic analysis stands", metadata: ["model": "\(model)", "reason": "\(reason)"])
        return deterministic.fallingBack(from: model, reason: reason)
    }

    func request(_ transcript: Transcript, rubric: Rubric, deterministic: Analysis) -> ChatCompletionRequest {
        ChatCompletionRequest(
            model: model,
            messages: [.system(JudgePrompt.system(rubric: rubric)), .user(JudgePrompt.call(transcript, deterministic: deterministic))],
            temperature: 0,
            responseFormat: .jsonSchema(name: "call_scores", schema: JudgeVerdictValidator.schema))
    }
}
