/// What a later judge (an LLM) does to a deterministic analysis: replace the scores, or record why it could not.
extension Analysis {
    /// The analysis with another judge's dimension results: scores kept on 1–10, one result per dimension in the
    /// usual order (a dimension the judge left out keeps its deterministic result), and the overall score
    /// recomputed with the rubric, so it always agrees with the dimensions shown.
    public func rejudged(by judge: Judge, dimensions replacements: [DimensionResult], rubric: Rubric) -> Analysis {
        let merged = ScoringDimension.allCases.compactMap { dimension -> DimensionResult? in
            guard let chosen = replacements.first(where: { $0.dimension == dimension }) ?? result(for: dimension) else { return nil }
            return DimensionResult(dimension: chosen.dimension, score: Score.clamp(chosen.score), baseline: Score.clamp(chosen.baseline),
                                   judged: chosen.judged, feedback: chosen.feedback, evidence: chosen.evidence)
        }
        return Analysis(rubricVersion: rubricVersion, scenario: scenario, judge: judge, speakers: speakers, metrics: metrics,
                        questions: questions, objections: objections, nextSteps: nextSteps, dimensions: merged,
                        overallScore: Analyzer.overallScore(merged, rubric: rubric, scenario: scenario))
    }

    /// The deterministic analysis, marked as standing in for a judge that failed (timeout, invalid output…).
    public func fallingBack(from model: String?, reason: String) -> Analysis {
        Analysis(rubricVersion: rubricVersion, scenario: scenario,
                 judge: Judge(kind: .deterministic, model: model, fallbackReason: reason), speakers: speakers,
                 metrics: metrics, questions: questions, objections: objections, nextSteps: nextSteps,
                 dimensions: dimensions, overallScore: overallScore)
    }
}
