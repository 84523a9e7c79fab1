import Foundation
import Testing
@testable import UnderdogDomain

@Suite("Rubric content file")
struct RubricTests {
    private func rubricJSON() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: ContentFiles.rubricURL)) as? [String: Any])
    }

    private func decode(_ object: [String: Any]) throws(RubricError) -> Rubric {
        let data: Data
        do { data = try JSONSerialization.data(withJSONObject: object) } catch { throw .invalidJSON("\(error)") }
        return try Rubric.decode(data)
    }

    @Test("the shipped rubric decodes, is versioned and cites its sources")
    func shipped() {
        let rubric = ContentFiles.rubric
        #expect(!rubric.version.isEmpty)
        #expect(rubric.references.contains { $0.source == "Gong Labs" && $0.finding.contains("43") })
        #expect(rubric.references.contains { $0.finding.contains("11 to 14") })
        #expect(rubric.references.contains { $0.finding.contains("130 to 175") })
        #expect(rubric.references.contains { $0.finding.contains("4%") })
        #expect(rubric.communication.thresholds.wordsPerMinute == Band(min: 130, max: 175))
        #expect(rubric.communication.thresholds.fillerRateMax == 0.04)
        #expect(rubric.communication.thresholds.monologueMaxSeconds == 120)
        #expect(rubric.discovery.thresholds.questionsPerCall == Band(min: 11, max: 14))
    }

    @Test("every criterion a scorer uses is in the file, with a description")
    func criteriaComplete() {
        for dimension in ScoringDimension.allCases {
            let criteria = ContentFiles.rubric.criteria(of: dimension)
            for id in ScorerCriteria.ids(for: dimension) {
                #expect(criteria.contains { $0.id == id && !$0.description.isEmpty }, "\(dimension.rawValue) lacks \(id)")
            }
        }
    }

    @Test("scenario weights override the dimension's own, and gatekeeper calls weigh discovery less")
    func scenarioWeights() {
        let rubric = ContentFiles.rubric
        #expect(rubric.weight(of: .discovery, in: .gatekeeper) < rubric.weight(of: .discovery, in: .coldCall))
        #expect(rubric.weight(of: .objectionHandling, in: .objection) > rubric.weight(of: .objectionHandling, in: .coldCall))
        #expect(rubric.weight(of: .pitch, in: .closing) == rubric.pitch.weight)
    }

    @Test("a rubric missing a criterion is refused, naming it")
    func missingCriterion() throws {
        var object = try rubricJSON()
        var dimensions = try #require(object["dimensions"] as? [String: Any])
        var opener = try #require(dimensions["opener"] as? [String: Any])
        opener["criteria"] = (opener["criteria"] as? [[String: Any]])?.filter { $0["id"] as? String != "permission_ask" }
        dimensions["opener"] = opener
        object["dimensions"] = dimensions
        #expect(throws: RubricError.missingCriterion(dimension: .opener, id: "permission_ask")) { try decode(object) }
    }

    @Test("an unknown scenario, an out-of-range baseline or broken JSON is refused")
    func invalid() throws {
        var object = try rubricJSON()
        var scenarios = try #require(object["scenarios"] as? [String: Any])
        scenarios["webinar"] = ["description": "", "dimensions": [String: Any]()]
        object["scenarios"] = scenarios
        #expect(throws: RubricError.unknownKey(path: "scenarios", key: "webinar")) { try decode(object) }

        var baseline = try rubricJSON()
        var dimensions = try #require(baseline["dimensions"] as? [String: Any])
        var pitch = try #require(dimensions["pitch"] as? [String: Any])
        pitch["baseline"] = 11
        dimensions["pitch"] = pitch
        baseline["dimensions"] = dimensions
        #expect(throws: RubricError.self) { try decode(baseline) }

        #expect(throws: RubricError.self) { try Rubric.decode(Data("{\"version\": 1}".utf8)) }
    }
}
