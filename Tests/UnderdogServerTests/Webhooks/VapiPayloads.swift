import Foundation

/// VAPI server messages shaped as VAPI sends them (docs.vapi.ai, "Server events"): `{"message": {…}}` with the
/// call object, the assistant's metadata, and the type's own fields.
enum VapiPayloads {
    static func call(_ id: String, token: String?) -> [String: Any] {
        var call: [String: Any] = ["id": id, "orgId": "org-test", "type": "webCall", "status": "in-progress",
                                   "createdAt": "2026-11-25T10:00:00.000Z"]
        if let token { call["assistantOverrides"] = ["metadata": ["underdog_call_token": token]] }
        return call
    }

    static func message(_ type: String, call: [String: Any], timestamp: Double = 1_764_064_800_000, _ fields: [String: Any] = [:]) -> Data {
        var message: [String: Any] = ["type": type, "timestamp": timestamp, "call": call]
        for (key, value) in fields { message[key] = value }
        return try! JSONSerialization.data(withJSONObject: ["message": message])
    }

    /// A finished practice call: the persona greets, the rep opens with permission, asks, and closes for a meeting.
    static func endOfCallReport(call: [String: Any]) -> Data {
        let lines: [(String, String, Double, Double)] = [
            ("bot", "Priya speaking.", 0.4, 1.2),
            ("user", "Hi Priya, this is Sam from Brightline. I know this is out of the blue, could I take thirty seconds to say why I called?", 2.0, 8.5),
            ("bot", "Go on, you have thirty seconds.", 9.0, 10.6),
            ("user", "We help logistics teams cut the time spent chasing late delivery updates. How do your dispatchers track late loads today?", 11.0, 18.0),
            ("bot", "Mostly spreadsheets and phone calls, honestly.", 18.5, 21.0),
            ("user", "That makes sense. How many hours a week would you say go into those calls?", 21.5, 25.0),
            ("bot", "Probably twenty across the team.", 25.5, 27.0),
            ("user", "Would a twenty minute call next Tuesday at ten work to see if we can give those hours back?", 27.5, 32.0),
            ("bot", "Fine, Tuesday at ten.", 32.5, 34.0),
        ]
        let base = 1_764_064_800_000.0
        var messages: [[String: Any]] = [["role": "system", "message": "You are Priya…", "time": base, "secondsFromStart": 0.0]]
        for (role, text, start, end) in lines {
            let line: [String: Any] = [
                "role": role, "message": text, "time": base + start * 1000, "endTime": base + end * 1000,
                "secondsFromStart": start, "duration": (end - start) * 1000,
            ]
            messages.append(line)
        }
        return message("end-of-call-report", call: call, [
            "endedReason": "customer-ended-call",
            "durationSeconds": 35.2,
            "startedAt": "2026-11-25T10:00:00.000Z",
            "endedAt": "2026-11-25T10:00:35.200Z",
            "summary": "The rep booked a meeting for Tuesday.",
            "artifact": ["messages": messages, "transcript": lines.map { "\($0.0 == "bot" ? "AI" : "User"): \($0.1)" }.joined(separator: "\n")],
        ])
    }
}
