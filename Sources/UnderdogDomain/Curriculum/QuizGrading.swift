/// Grades a quiz submission against the module's answer key, on the server.
///
/// A question is right when the chosen options are exactly the answer: for multiple choice, every right
/// option and no wrong one (no partial credit, so guessing everything earns nothing). Questions left out
/// count as wrong, so a partial submission is graded, not refused. The score is the share right out of 10,
/// rounded, at least 1 (the database's range).
public enum QuizGrading {
    public struct Result: Sendable, Equatable {
        public struct Item: Sendable, Equatable {
            public let questionID: String
            public let chosen: [String]
            public let answer: [String]
            public let correct: Bool
            public let explanation: String
        }

        public let correct: Int
        public let total: Int
        public let score: Int
        public let passed: Bool
        public let items: [Item]
    }

    public enum Refusal: Error, Equatable, Sendable {
        case unknownQuestion(String)
        case unknownOption(question: String, option: String)
        case tooManyChoices(question: String)
        case noAnswers
    }

    /// `answers`: question id → chosen option ids.
    public static func grade(_ quiz: CurriculumModule.Quiz, answers: [String: [String]]) throws(Refusal) -> Result {
        guard !answers.isEmpty else { throw .noAnswers }
        let questions = Dictionary(uniqueKeysWithValues: quiz.questions.map { ($0.id, $0) })
        for (id, chosen) in answers.sorted(by: { $0.key < $1.key }) {
            guard let question = questions[id] else { throw .unknownQuestion(id) }
            let options = Set(question.options.map(\.id))
            for option in chosen where !options.contains(option) { throw .unknownOption(question: id, option: option) }
            if question.type != .multipleChoice, Set(chosen).count > 1 { throw .tooManyChoices(question: id) }
        }
        let items = quiz.questions.map { question in
            let chosen = answers[question.id] ?? []
            return Result.Item(questionID: question.id, chosen: chosen, answer: question.answer,
                               correct: Set(chosen) == Set(question.answer), explanation: question.explanation)
        }
        let correct = items.filter(\.correct).count
        let score = max(1, Int((Double(correct) * 10 / Double(items.count)).rounded()))
        return Result(correct: correct, total: items.count, score: score, passed: score >= quiz.passMark, items: items)
    }
}
