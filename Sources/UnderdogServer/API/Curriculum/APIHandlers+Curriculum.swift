import Foundation
import UnderdogAPI
import UnderdogDomain
import UnderdogStore

/// The curriculum: modules from the shipped content, progress from the database (RLS: each rep their own),
/// quizzes graded here against the answer key, which a client sees only in the answer to its submission.
extension APIHandlers {
    func listCurriculumProgress(_ input: Operations.ListCurriculumProgress.Input) async throws -> Operations.ListCurriculumProgress.Output {
        let progress = try await asUser { _, connection in
            try await CurriculumProgressQueries.mine(on: connection, logger: logger)
        }
        return .ok(.init(body: .json(.init(items: progress.map(Components.Schemas.CurriculumProgress.init)))))
    }

    func listCurriculumModules(_ input: Operations.ListCurriculumModules.Input) async throws -> Operations.ListCurriculumModules.Output {
        let progress = try await myProgress()
        return .ok(.init(body: .json(.init(items: curriculum.map { .init($0, progress: progress[$0.moduleNumber]) }))))
    }

    func getCurriculumModule(_ input: Operations.GetCurriculumModule.Input) async throws -> Operations.GetCurriculumModule.Output {
        let module = try self.module(input.path.moduleId)
        let progress = try await myProgress()
        return .ok(.init(body: .json(.init(
            module: .init(module, progress: progress[module.moduleNumber]), summary: module.summary,
            lessons: module.lessons.map { .init(title: $0.title, body: $0.body) },
            keyTechniques: module.keyTechniques.map { .init(name: $0.name, description: $0.description) },
            exampleDialogue: module.exampleDialogue.map { .init(speaker: .init(rawValue: $0.speaker.rawValue) ?? .rep, text: $0.text) },
            quiz: .init(passMark: module.quiz.passMark, questions: module.quiz.questions.map { question in
                .init(id: question.id, _type: .init(rawValue: question.type.rawValue) ?? .singleChoice, prompt: question.prompt,
                      options: question.options.map { .init(id: $0.id, text: $0.text) })
            }),
            drill: .init(personaId: module.drill.personaID, scenarioType: .init(rawValue: module.drill.scenarioType.rawValue) ?? .coldCall,
                         goal: module.drill.goal, successCriteria: module.drill.successCriteria)))))
    }

    func submitQuiz(_ input: Operations.SubmitQuiz.Input) async throws -> Operations.SubmitQuiz.Output {
        let module = try self.module(input.path.moduleId)
        guard case .json(let body) = input.body else { throw AppError.badRequest("Send JSON.") }
        let answers = body.answers.additionalProperties
        let result: QuizGrading.Result
        do {
            result = try QuizGrading.grade(module.quiz, answers: answers)
        } catch {
            throw AppError.unprocessable(Self.describe(error), code: "invalid_answers")
        }
        let progress = try await asUser { _, connection in
            try await CurriculumProgressQueries.record(module: module.moduleNumber, score: result.score, passed: result.passed, on: connection, logger: logger)
        }
        logger.info("quiz graded", metadata: ["module": "\(module.moduleNumber)", "score": "\(result.score)", "passed": "\(result.passed)"])
        return .ok(.init(body: .json(.init(
            moduleId: module.moduleNumber, score: result.score, passed: result.passed, correct: result.correct, total: result.total,
            results: result.items.map { .init(questionId: $0.questionID, correct: $0.correct, chosen: $0.chosen, answer: $0.answer, explanation: $0.explanation) },
            progress: .init(progress)))))
    }

    func resetModuleProgress(_ input: Operations.ResetModuleProgress.Input) async throws -> Operations.ResetModuleProgress.Output {
        let module = try self.module(input.path.moduleId)
        let reset = try await asUser { _, connection in
            try await CurriculumProgressQueries.reset(module: module.moduleNumber, on: connection, logger: logger)
        }
        guard reset else { throw AppError.notFound("No progress on this module to reset.") }
        return .noContent(.init())
    }

    func getCurriculumRecommendation(_ input: Operations.GetCurriculumRecommendation.Input) async throws -> Operations.GetCurriculumRecommendation.Output {
        let (progress, sessions) = try await asUser { user, connection in
            (try await CurriculumProgressQueries.mine(on: connection, logger: logger),
             try await ScoreHistoryQueries.scoredSessions(since: ScoreTrend.start(ofWeeks: 12), userID: user.id, on: connection, logger: logger))
        }
        let byModule = Dictionary(uniqueKeysWithValues: progress.map { ($0.moduleID, $0) })
        let trends = SessionTrends(sessions.map(SessionTrends.Session.init))
        let averages = Dictionary(uniqueKeysWithValues: trends.dimensions.compactMap { dimension, trend in trend.average.map { (dimension, $0) } })
        let next = ModuleRecommendation.next(curriculum, completed: Set(progress.filter(\.completed).map(\.moduleID)))
        let weakest = ModuleRecommendation.weakest(averages: averages, modules: curriculum)
        return .ok(.init(body: .json(.init(
            nextModule: next.map { .init($0, progress: byModule[$0.moduleNumber]) },
            weakest: weakest.map { weak in
                .init(dimension: .init(rawValue: weak.dimension.rawValue)!, average: weak.average,
                      module: weak.moduleNumber.flatMap { number in curriculum.first { $0.moduleNumber == number } }
                        .map { .init($0, progress: byModule[$0.moduleNumber]) })
            }))))
    }

    func getCurriculumTeam(_ input: Operations.GetCurriculumTeam.Input) async throws -> Operations.GetCurriculumTeam.Output {
        let (rows, members) = try await asUser { _, connection in
            guard try await AuditQueries.callerIsAdmin(on: connection, logger: logger) else {
                throw AppError.forbidden("Only an organisation's admins see the team's curriculum progress.")
            }
            return (try await CurriculumProgressQueries.organization(on: connection, logger: logger),
                    try await MemberQueries.list(after: nil, limit: 1000, on: connection, logger: logger).items)
        }
        let byModule = Dictionary(grouping: rows, by: \.progress.moduleID)
        let byMember = Dictionary(grouping: rows, by: \.userID)
        return .ok(.init(body: .json(.init(
            modules: curriculum.map { module in
                let entries = byModule[module.moduleNumber] ?? []
                let scores = entries.compactMap(\.progress.score)
                return .init(moduleId: module.moduleNumber, title: module.title, attempted: entries.count,
                             completed: entries.filter(\.progress.completed).count,
                             averageScore: scores.isEmpty ? nil : (Double(scores.reduce(0, +)) / Double(scores.count) * 100).rounded() / 100)
            },
            members: members.filter { !$0.removed }.map { member in
                let own = (byMember[member.id] ?? []).map(\.progress)
                return .init(userId: member.id.uuidString.lowercased(), email: member.email, name: member.name,
                             completedModules: own.filter(\.completed).count, progress: own.map(Components.Schemas.CurriculumProgress.init))
            }))))
    }

    private func module(_ number: Int) throws -> CurriculumModule {
        guard let module = curriculum.first(where: { $0.moduleNumber == number }) else { throw AppError.notFound("No module \(number).") }
        return module
    }

    private func myProgress() async throws -> [Int: CurriculumProgressRecord] {
        let rows = try await asUser { _, connection in
            try await CurriculumProgressQueries.mine(on: connection, logger: logger)
        }
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.moduleID, $0) })
    }

    static func describe(_ refusal: QuizGrading.Refusal) -> String {
        switch refusal {
        case .noAnswers: "Answer at least one question."
        case .unknownQuestion(let id): "This module's quiz has no question \(id.prefix(40))."
        case .unknownOption(let question, let option): "Question \(question) has no option \(option.prefix(20))."
        case .tooManyChoices(let question): "Question \(question) takes one answer."
        }
    }
}

extension Components.Schemas.CurriculumProgress {
    init(_ record: CurriculumProgressRecord) {
        self.init(moduleId: record.moduleID, completed: record.completed, score: record.score, completedAt: record.completedAt)
    }
}

extension Components.Schemas.CurriculumModuleSummary {
    init(_ module: CurriculumModule, progress: CurriculumProgressRecord?) {
        self.init(id: module.moduleNumber, slug: module.slug, title: module.title, description: module.description,
                  dimensions: module.dimensions.compactMap { .init(rawValue: $0.rawValue) }, topics: module.topics,
                  progress: progress.map(Components.Schemas.CurriculumProgress.init))
    }
}
