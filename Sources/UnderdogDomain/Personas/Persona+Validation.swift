import Foundation

extension Persona {
    /// Decodes and checks one persona file; every problem names the file and the field.
    public static func decode(_ data: Data, file: String) throws(PersonaError) -> Persona {
        let persona: Persona
        do {
            persona = try JSONDecoder.personas.decode(Persona.self, from: data)
        } catch let error as DecodingError {
            throw PersonaError(file: file, field: Self.path(of: error), problem: Self.problem(of: error))
        } catch {
            throw PersonaError(file: file, field: "(file)", problem: "is not JSON: \(error)")
        }
        try persona.validate(file: file)
        return persona
    }

    /// The rules a decoder cannot check: ranges, non-empty lists, references between fields.
    public func validate(file: String) throws(PersonaError) {
        func fail(_ field: String, _ problem: String) -> PersonaError { PersonaError(file: file, field: field, problem: problem) }
        guard id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil else { throw fail("id", "must be a lower-case slug like dana-whitfield") }
        guard (file as NSString).lastPathComponent == id + ".json" else { throw fail("id", "must match the file name (\(id).json)") }
        for (field, value) in [("name", name), ("title", title), ("greeting", greeting), ("company.name", company.name),
                               ("company.industry", company.industry), ("company.context", company.context),
                               ("meeting.acceptLine", meeting.acceptLine), ("meeting.notYetLine", meeting.notYetLine), ("hangUp.line", hangUp.line)]
        where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw fail(field, "must not be empty")
        }
        guard (1...5).contains(difficulty) else { throw fail("difficulty", "must be 1 to 5") }
        guard (0...10).contains(startingTrust) else { throw fail("startingTrust", "must be 0 to 10") }
        guard (1...10).contains(patience) else { throw fail("patience", "must be 1 to 10") }
        guard (0...10).contains(meeting.minimumTrust) else { throw fail("meeting.minimumTrust", "must be 0 to 10") }
        guard !scenarios.isEmpty else { throw fail("scenarios", "must name at least one scenario type") }
        guard !cares.isEmpty else { throw fail("cares", "must name at least one topic") }
        guard !objections.isEmpty else { throw fail("objections", "must hold at least one objection") }
        guard !facts.isEmpty else { throw fail("facts", "must hold at least one discovery answer") }
        guard !hangUp.triggers.isEmpty else { throw fail("hangUp.triggers", "must name at least one trigger") }
        for (index, care) in cares.enumerated() where care.keywords.isEmpty || care.keywords.contains(where: { $0 != $0.lowercased() || $0.isEmpty }) {
            throw fail("cares[\(index)].keywords", "must be non-empty lower-case words")
        }
        func blank(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        func badKeywords(_ words: [String]) -> Bool { words.isEmpty || words.contains { blank($0) || $0 != $0.lowercased() } }
        for (index, fact) in facts.enumerated() {
            if badKeywords(fact.keywords) { throw fail("facts[\(index)].keywords", "must be non-empty lower-case words") }
            if blank(fact.answer) { throw fail("facts[\(index)].answer", "must not be empty") }
        }
        for (index, objection) in objections.enumerated() {
            if blank(objection.line) { throw fail("objections[\(index)].line", "must not be empty") }
            if badKeywords(objection.resolvedBy) { throw fail("objections[\(index)].resolvedBy", "must be non-empty lower-case words") }
        }
        for (index, trigger) in hangUp.triggers.enumerated() where blank(trigger) {
            throw fail("hangUp.triggers[\(index)]", "must not be empty")
        }
        let topics = Set(cares.map(\.topic))
        for (index, topic) in meeting.requiredTopics.enumerated() where !topics.contains(topic) {
            throw fail("meeting.requiredTopics[\(index)]", "\"\(topic)\" is not one of cares[].topic")
        }
        try validateCallDetails(fail: fail)
    }

    /// The brief, the diary, the voice and a gatekeeper's terms.
    private func validateCallDetails(fail: (String, String) -> PersonaError) throws(PersonaError) {
        func blank(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        guard email.contains("@"), !email.contains(" ") else { throw fail("email", "must be an email address") }
        if blank(brief.seller) { throw fail("brief.seller", "must not be empty") }
        if blank(brief.product) { throw fail("brief.product", "must not be empty") }
        for scenario in scenarios where blank(brief.goal(for: scenario) ?? "") {
            throw fail("brief.goals.\(scenario.rawValue)", "must say what a \(scenario.rawValue) call is for")
        }
        guard meeting.acceptLine.components(separatedBy: "{slot}").count == 2 else {
            throw fail("meeting.acceptLine", "must hold {slot} exactly once, where the agreed day and time go")
        }
        for (index, day) in calendar.busyDays.enumerated() where MeetingSlot.weekday(day) == nil {
            throw fail("calendar.busyDays[\(index)]", "\"\(day)\" is not a lower-case weekday name")
        }
        guard let counter = MeetingSlot.parse(calendar.counterSlot).first, let counterDay = counter.weekday else {
            throw fail("calendar.counterSlot", "must name a weekday and a time, like \"Thursday at 2pm\"")
        }
        if calendar.busyDays.contains(counterDay) { throw fail("calendar.counterSlot", "falls on one of busyDays") }
        let placeholders: Set<String> = ["{slot}", "{counter}", "{email}", "{seller}"]
        for pool in voice.pools {
            guard pool.lines.count >= 2, !pool.lines.contains(where: blank) else {
                throw fail("voice.\(pool.key)", "must hold at least two lines, none empty")
            }
            for (index, line) in pool.lines.enumerated() {
                for used in Self.placeholders(in: line) where !placeholders.contains(used) {
                    throw fail("voice.\(pool.key)[\(index)]", "\(used) is not a placeholder the engine fills")
                }
                for needed in Voice.required[pool.key] ?? [] where !line.contains(needed) {
                    throw fail("voice.\(pool.key)[\(index)]", "must hold \(needed)")
                }
            }
        }
        if scenarios.contains(.gatekeeper) {
            guard let gatekeeper else { throw fail("gatekeeper", "is missing: a persona that plays gatekeeper names its boss") }
            if blank(gatekeeper.boss) || blank(gatekeeper.bossFirstName) || blank(gatekeeper.bossTitle) {
                throw fail("gatekeeper.boss", "boss, bossFirstName and bossTitle must not be empty")
            }
            if gatekeeper.relevance.isEmpty || gatekeeper.relevance.contains(where: { blank($0) || $0 != $0.lowercased() }) {
                throw fail("gatekeeper.relevance", "must be non-empty lower-case words")
            }
            for (key, lines) in [("askName", gatekeeper.askName), ("putThrough", gatekeeper.putThrough), ("takeMessage", gatekeeper.takeMessage),
                                 ("willHelp", gatekeeper.willHelp)]
            where lines.isEmpty || lines.contains(where: blank) {
                throw fail("gatekeeper.\(key)", "must hold at least one line, none empty")
            }
            if gatekeeper.willHelp.contains(where: { $0.contains("{") }) {
                throw fail("gatekeeper.willHelp", "names no slot: the caller has not asked for time yet")
            }
        }
    }

    /// `{name}` tokens in a line.
    static func placeholders(in line: String) -> [String] {
        var found: [String] = []
        var rest = line[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.append(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    private static func path(of error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
        case .keyNotFound(let key, let c):
            return (c.codingPath + [key]).map(\.stringValue).joined(separator: ".")
        @unknown default: return "(file)"
        }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        return path.isEmpty ? "(file)" : path.replacingOccurrences(of: ".[", with: "[")
    }

    private static func problem(of error: DecodingError) -> String {
        switch error {
        case .keyNotFound: "is missing"
        case .typeMismatch(let type, _): "must be \(type)"
        case .valueNotFound: "must not be null"
        case .dataCorrupted(let context): context.debugDescription
        @unknown default: "is invalid"
        }
    }
}

extension JSONDecoder {
    /// Persona files use camelCase keys, as the Swift model names them.
    static var personas: JSONDecoder { JSONDecoder() }
}
