import Testing
@testable import UnderdogDomain

@Suite("The system prompt and messages a chat model gets to play a persona")
struct PersonaPromptTests {
    let persona = EngineFixtures.persona

    @Test("the system prompt carries who they are, the company, temperament, difficulty, cares, facts, objections, meeting and hang-up terms")
    func systemPromptFromPersonaFile() {
        let prompt = PersonaPrompt.system(persona: persona, scenario: .coldCall)
        #expect(prompt.contains("You are Marta Kowalski, Director of Operations at Northgate Cold Storage"))
        #expect(prompt.contains(persona.company.context))
        #expect(prompt.contains("busy and distracted"))
        #expect(prompt.contains("moderately hard call"))
        for care in persona.cares { #expect(prompt.contains(care.topic)) }
        for fact in persona.facts { #expect(prompt.contains(fact.answer)) }
        for objection in persona.objections { #expect(prompt.contains(objection.line)) }
        #expect(prompt.contains("status quo: \"Honestly, we're happy with our spreadsheet."))
        #expect(prompt.contains("at least 7 out of 10") && prompt.contains("covered staffing"))
        #expect(prompt.contains(persona.acceptLine(slot: "<the day and time agreed>")) && prompt.contains(persona.meeting.notYetLine))
        #expect(prompt.contains(persona.brief.product) && prompt.contains(persona.email))
        #expect(prompt.contains("insults, or being told what she needs") && prompt.contains(persona.hangUp.line))
        #expect(prompt.contains("a cold call") && prompt.contains(persona.greeting))
        #expect(prompt.contains("Never say you are an AI"))
        #expect(prompt.contains("with the line [MEETING_BOOKED]") && prompt.contains("with the line [HANG_UP]"))
    }

    @Test("each scenario type is described in its own way")
    func scenarios() {
        let texts = ScenarioType.allCases.map { PersonaPrompt.system(persona: persona, scenario: $0) }
        #expect(Set(texts).count == ScenarioType.allCases.count)
        #expect(texts[ScenarioType.allCases.firstIndex(of: .gatekeeper)!].contains("screen calls"))
        #expect(texts[ScenarioType.allCases.firstIndex(of: .objection)!].contains("Raise your first objection early"))
        #expect(texts[ScenarioType.allCases.firstIndex(of: .closing)!].contains("follow-up call"))
    }

    @Test("the call maps to messages: the system prompt first, the rep as user, the persona as assistant, in order")
    func historyAsMessages() {
        let messages = PersonaPrompt.messages(persona: persona, scenario: .coldCall, turns: [
            (.prospect, "Northgate, Marta speaking."), (.rep, "Hi Marta, Sam from Shiftly."), (.prospect, "What's this about?"), (.rep, "Overtime."),
        ])
        #expect(messages.map(\.role) == [.system, .assistant, .user, .assistant, .user])
        #expect(messages.dropFirst().map(\.content) == ["Northgate, Marta speaking.", "Hi Marta, Sam from Shiftly.", "What's this about?", "Overtime."])
        #expect(messages[0].content == PersonaPrompt.system(persona: persona, scenario: .coldCall))
    }
}

@Suite("Reading a persona reply's outcome marker, whole or streamed")
struct PersonaReplyParserTests {
    @Test("a final marker line is stripped and becomes the outcome")
    func markers() {
        #expect(PersonaReplyParser.parse("Fine, Tuesday at ten.\n[MEETING_BOOKED]") == PersonaReply(text: "Fine, Tuesday at ten.", outcome: .meetingBooked))
        #expect(PersonaReplyParser.parse("I'm done here.\n[HANG_UP]\n") == PersonaReply(text: "I'm done here.", outcome: .hungUp))
        #expect(PersonaReplyParser.parse("Go on then. [meeting_booked]") == PersonaReply(text: "Go on then.", outcome: .meetingBooked))
        #expect(PersonaReplyParser.parse("  What's this about?  ") == PersonaReply(text: "What's this about?", outcome: .continuing))
        #expect(PersonaReplyParser.parse("Prices [in dollars] matter.") == PersonaReply(text: "Prices [in dollars] matter.", outcome: .continuing))
        #expect(PersonaReplyParser.parse("[HANG_UP]") == PersonaReply(text: "", outcome: .hungUp))
    }

    @Test("streamed: a marker split across pieces never reaches the shown text, and the pieces join to the final text")
    func streamedMarkerHeldBack() {
        let pieces = ["Alright", ", you've", " earned it.", "\n", "[MEET", "ING_", "BOOKED", "]", "\n"]
        var parser = PersonaReplyParser()
        var shown: [String] = []
        for piece in pieces {
            let out = parser.feed(piece)
            #expect(!out.contains("["), "a piece of the marker was shown: \(out)")
            shown.append(out)
        }
        let (rest, reply) = parser.finish()
        shown.append(rest)
        #expect(reply == PersonaReply(text: "Alright, you've earned it.", outcome: .meetingBooked))
        #expect(shown.joined() == reply.text)
        #expect(shown.filter { !$0.isEmpty }.count >= 3, "text was held back longer than needed: \(shown)")
    }

    @Test("streamed: a bracket that turns out not to be a marker is shown once it is clear")
    func bracketThatIsNotAMarker() {
        var parser = PersonaReplyParser()
        var shown = parser.feed("We use [H")
        #expect(shown == "We use")
        shown += parser.feed("R] tools.")
        let (rest, reply) = parser.finish()
        #expect(shown + rest == "We use [HR] tools." && reply.outcome == .continuing && reply.text == "We use [HR] tools.")
    }
}
