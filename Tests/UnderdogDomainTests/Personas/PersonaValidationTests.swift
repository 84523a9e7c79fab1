import Foundation
import Testing
import UnderdogDomain

/// Broken persona files: each must fail with an error whose `field` tells the author where to look.
@Suite("Persona validation")
struct PersonaValidationTests {
    /// A small persona that passes every rule; each test breaks one thing.
    private static let valid = """
    {
      "id": "test-buyer",
      "name": "Test Buyer",
      "title": "Operations Lead",
      "company": { "name": "Testco", "industry": "Logistics", "size": "20 people", "context": "Moves boxes. Uses a spreadsheet." },
      "temperament": "busy",
      "difficulty": 3,
      "scenarios": ["cold_call"],
      "greeting": "Testco, go ahead.",
      "startingTrust": 3,
      "patience": 5,
      "cares": [ { "topic": "spreadsheets", "keywords": ["spreadsheet", "manual"] } ],
      "facts": [ { "keywords": ["how many"], "answer": "Twenty of us." } ],
      "objections": [ { "category": "brush_off", "line": "Send me an email.", "resolvedBy": ["one question"] } ],
      "meeting": { "minimumTrust": 5, "requiredTopics": ["spreadsheets"], "acceptLine": "Fine, {slot}.", "notYetLine": "Not yet." },
    \(TestPersonaParts.members(email: "test.buyer@testco.example")),
      "hangUp": { "triggers": ["a long pitch"], "line": "Bye." }
    }
    """

    private static func data(_ edit: (inout [String: Any]) -> Void = { _ in }) throws -> Data {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(valid.utf8)) as? [String: Any])
        edit(&object)
        return try JSONSerialization.data(withJSONObject: object)
    }

    /// Decodes a broken file and returns the error's field, recording an issue if it decodes.
    private static func failingField(_ data: Data, file: String = "content/personas/test-buyer.json") -> String? {
        do {
            let persona = try Persona.decode(data, file: file)
            Issue.record("\(persona.id) decoded, but it should not have")
            return nil
        } catch {
            #expect(error.file == file)
            #expect(!error.problem.isEmpty)
            return error.field
        }
    }

    @Test("the untouched sample is valid")
    func sampleIsValid() throws {
        let persona = try Persona.decode(Self.data(), file: "content/personas/test-buyer.json")
        #expect(persona.id == "test-buyer")
        #expect(persona.objections.first?.category == .brushOff)
    }

    @Test("a missing top-level field is named")
    func missingField() throws {
        #expect(Self.failingField(try Self.data { $0["greeting"] = nil }) == "greeting")
    }

    @Test("a missing nested field is named by its path")
    func missingNestedField() throws {
        let data = try Self.data {
            var meeting = $0["meeting"] as? [String: Any] ?? [:]
            meeting["acceptLine"] = nil
            $0["meeting"] = meeting
        }
        #expect(Self.failingField(data) == "meeting.acceptLine")
    }

    @Test("difficulty outside 1–5 is rejected")
    func difficultyOutOfRange() throws {
        #expect(Self.failingField(try Self.data { $0["difficulty"] = 9 }) == "difficulty")
    }

    @Test("trust and patience outside their ranges are rejected")
    func trustAndPatienceOutOfRange() throws {
        #expect(Self.failingField(try Self.data { $0["startingTrust"] = 11 }) == "startingTrust")
        #expect(Self.failingField(try Self.data { $0["patience"] = 0 }) == "patience")
    }

    @Test("a required topic that is not one of cares[].topic is rejected")
    func unknownRequiredTopic() throws {
        let data = try Self.data {
            var meeting = $0["meeting"] as? [String: Any] ?? [:]
            meeting["requiredTopics"] = ["pricing"]
            $0["meeting"] = meeting
        }
        #expect(Self.failingField(data) == "meeting.requiredTopics[0]")
    }

    @Test("an id that does not match the file name is rejected")
    func idDoesNotMatchFileName() throws {
        #expect(Self.failingField(try Self.data(), file: "content/personas/someone-else.json") == "id")
    }

    @Test("an id that is not a lower-case slug is rejected")
    func idIsNotASlug() throws {
        #expect(Self.failingField(try Self.data { $0["id"] = "Test Buyer" }, file: "Test Buyer") == "id")
    }

    @Test("an upper-case keyword is rejected")
    func upperCaseKeyword() throws {
        let data = try Self.data { $0["cares"] = [["topic": "spreadsheets", "keywords": ["spreadsheet", "Excel"]]] }
        #expect(Self.failingField(data) == "cares[0].keywords")
    }

    @Test("an empty list is rejected")
    func emptyLists() throws {
        #expect(Self.failingField(try Self.data { $0["objections"] = [Any]() }) == "objections")
        #expect(Self.failingField(try Self.data { $0["scenarios"] = [Any]() }) == "scenarios")
    }

    @Test("a scenario type or temperament outside the enums is named")
    func unknownEnumValue() throws {
        #expect(Self.failingField(try Self.data { $0["scenarios"] = ["cold_call", "demo"] }) == "scenarios[1]")
        #expect(Self.failingField(try Self.data { $0["temperament"] = "grumpy" }) == "temperament")
    }

    @Test("snake_case keys are not read as camelCase")
    func snakeCaseKeys() throws {
        let data = try Self.data {
            $0["starting_trust"] = $0["startingTrust"]
            $0["startingTrust"] = nil
        }
        #expect(Self.failingField(data) == "startingTrust")
    }
}
