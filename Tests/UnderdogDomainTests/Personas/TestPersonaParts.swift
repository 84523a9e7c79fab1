/// The parts of a test persona file that every test persona needs but no test is about: the brief, the diary,
/// the voice and the gatekeeper's terms, as JSON members to splice into a persona object.
enum TestPersonaParts {
    static func members(email: String, boss: String = "Dev Patel") -> String {
        #"""
          "email": "\#(email)",
          "brief": {
            "seller": "Shiftwise",
            "product": "Scheduling software that builds the week's shifts and flags gaps before they turn into overtime.",
            "goals": {
              "cold_call": "Get a first meeting about overtime.",
              "objection": "Hold on to the call through her pushback.",
              "closing": "Agree the next step after last week's demo.",
              "gatekeeper": "Get through to the operations director."
            }
          },
          "calendar": { "busyDays": ["monday"], "counterSlot": "Wednesday at 2pm" },
          "voice": {
            "permissionGranted": ["Go on, you've got a minute.", "Quickly then, I'm listening."],
            "permissionGrudging": ["Thirty seconds, then I'm off.", "Make it fast."],
            "askPurpose": ["What's this about?", "Who are you and what do you want?"],
            "smallTalk": ["Busy, as always. What can I do for you?", "Fine, thanks. What's the call?"],
            "warning": ["Watch your tone with me.", "Talk to me like that again and I'm gone."],
            "monologue": ["You lost me. What's the question?", "That's a speech, not a call."],
            "pitchCold": ["Everyone says that. Why would it work here?", "Heard it before. What's different?"],
            "pitchWarm": ["Okay, that could help. How fast?", "Interesting. What would it take to set up?"],
            "proofReaction": ["Who was that, and how big are they?", "Those are good numbers. Are they anything like us?"],
            "resolved": ["Fair enough.", "Okay, that answers it."],
            "ignoredObjection": ["You haven't answered my point.", "You skipped what I said."],
            "blockedByObjection": ["Not while my concern's still open.", "Deal with my point first."],
            "repeatedNotYet": ["Still not yet.", "I said not yet."],
            "noFact": ["I couldn't tell you.", "Not something I'll get into."],
            "sendInfo": ["Email me, then.", "Send it over."],
            "silence": ["Hello?", "Are you still there?"],
            "declineSlot": ["I'm not booking {slot} yet.", "Let's not put {slot} in the diary just yet."],
            "counterSlot": ["{slot} is no good, I'm in audits. {counter}?", "Not {slot}. Could you do {counter}?"],
            "askSlot": ["Fine. {counter}?", "Go on, then: {counter} works for me."],
            "confirm": ["Yes, {slot}. Send it to {email}.", "That's right, {slot}. I'll bring my supervisor."],
            "goodbye": ["Good. Speak then.", "Right, see you then. Bye."],
            "farewell": ["Okay. Bye.", "Right, I'll let you go."],
            "reactionCold": ["Mm.", "And?"],
            "reactionNeutral": ["Okay.", "Right."],
            "reactionWarm": ["Yes, exactly.", "That's true."],
            "nudgeCold": ["What are you actually selling?", "Why should I care?"],
            "nudgeNeutral": ["How would that work for us?", "Where is this going?"],
            "nudgeWarm": ["What would that look like for us?", "What would you need from me?"]
          },
          "gatekeeper": {
            "boss": "\#(boss)",
            "bossFirstName": "\#(boss.split(separator: " ").first.map(String.init) ?? boss)",
            "bossTitle": "operations director",
            "relevance": ["overtime", "scheduling", "shifts", "staffing", "rota"],
            "askName": ["Who is it you want to speak to?", "And who are you after?"],
            "putThrough": ["Let me put you through now.", "I'll book you in with him for {slot}."],
            "takeMessage": ["I'll take a message.", "Best to email and I'll pass it on."],
            "willHelp": ["He'd want to hear that. Shall I find you a time?", "That's one for him. Want me to look at his diary?"]
          }
        """#
    }
}
