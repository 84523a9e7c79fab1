import Foundation
import Logging
import PostgresNIO
import UnderdogDomain
import UnderdogStore

/// What the voice webhooks of both providers share: finding the rep's call behind a provider event, filing
/// every event once in `session_events`, and turning the finished call into a scored roleplay session once.
///
/// All of it runs as service_role: a webhook acts for no signed-in user, and the provider's authentication has
/// been checked before anything here is called.
struct VoiceCallLedger: Sendable {
    let database: Database
    let rubric: Rubric

    /// An event as it arrived, to be filed under its call.
    struct Event: Sendable {
        let provider: VoiceProvider
        let providerCallID: String
        /// The token the browser passed in the call's metadata, when the event carries it.
        let callToken: String?
        let type: String
        /// The raw body, as JSON text, kept whole for debugging and replay.
        let json: String
        /// Two deliveries with the same key are one event.
        let key: String
    }

    enum Scoring: Sendable, Equatable {
        case scored(sessionID: UUID)
        case alreadyScored(sessionID: UUID)
        /// The call ended without the rep saying anything: nothing to score, and no session.
        case nothingToScore
        /// No rep set this call up here (or the token expired unused): its events are kept, nothing is scored.
        case unknownCall
    }

    /// The call an event belongs to, tied to the provider's call id on first sight of its token.
    func call(for event: Event, on connection: PostgresConnection, logger: Logger) async throws -> VoiceCallRecord? {
        if let token = event.callToken,
           let bound = try await VoiceCallQueries.bind(
               provider: event.provider.rawValue, tokenHash: OpaqueToken.hash(token),
               providerCallID: event.providerCallID, on: connection, logger: logger) {
            return bound
        }
        return try await VoiceCallQueries.find(provider: event.provider.rawValue, providerCallID: event.providerCallID,
                                               on: connection, logger: logger)
    }

    /// Files the event once; returns the call it belongs to and whether this delivery was the first.
    @discardableResult
    func record(_ event: Event, logger: Logger,
                then work: (VoiceCallRecord?, PostgresConnection) async throws -> Void = { _, _ in }) async throws -> (VoiceCallRecord?, Bool) {
        try await database.transaction(as: .service, logger: logger) { connection in
            let (call, first) = try await file(event, on: connection, logger: logger)
            if first { try await work(call, connection) }
            return (call, first)
        }
    }

    /// Finds the event's call and stores the event under it (or under the orphan id of a call nobody set up).
    private func file(_ event: Event, on connection: PostgresConnection, logger: Logger) async throws -> (VoiceCallRecord?, Bool) {
        let call = try await self.call(for: event, on: connection, logger: logger)
        let first = try await VoiceCallQueries.recordEvent(
            sessionID: call?.id ?? event.provider.orphanSessionID(providerCallID: event.providerCallID),
            type: event.type, dataJSON: event.json, key: event.key, on: connection, logger: logger)
        return (call, first)
    }

    /// Files the final event and, in the same transaction, writes the session and its six scores unless a copy
    /// of the report got there first. The call's row lock makes concurrent copies wait and then find it scored.
    func finish(_ event: Event, utterances: [VoiceUtterance], durationSeconds: Int?, endedReason: String?,
                logger: Logger) async throws -> Scoring {
        try await database.transaction(as: .service, logger: logger) { connection in
            guard let found = try await file(event, on: connection, logger: logger).0 else { return .unknownCall }
            guard let call = try await VoiceCallQueries.lock(found.id, on: connection, logger: logger) else { return .unknownCall }
            if call.scoredAt != nil { return .alreadyScored(sessionID: call.id) }
            guard let transcript = VoiceUtterance.transcript(utterances), transcript.turns.contains(where: { $0.speaker == .rep }) else {
                try await VoiceCallQueries.update(call.id, status: "ended", on: connection, logger: logger)
                return .nothingToScore
            }
            let scenario = ScenarioType(rawValue: call.scenarioType) ?? .coldCall
            let analysis = Analyzer.analyze(
                transcript: transcript, rubric: rubric, scenario: scenario,
                speakers: SpeakerAttribution(method: .labelled, detail: "\(event.provider.rawValue) voice call"))
            let stored = StoredVoiceCall(turns: transcript.turns, outcome: call.outcome, engine: event.provider.rawValue,
                                         endedReason: endedReason)
            try await VoiceCallQueries.finish(
                call, providerCallID: event.providerCallID,
                transcriptJSON: String(decoding: try JSONEncoder().encode(stored), as: UTF8.self),
                durationSeconds: durationSeconds ?? transcript.duration.map { Int($0.rounded()) },
                scores: analysis.dimensions.map { ScoreRecord(dimension: $0.dimension.rawValue, score: $0.score, feedback: $0.feedback) },
                on: connection, logger: logger)
            logger.info("voice roleplay scored", metadata: [
                "session_id": "\(call.id)", "provider": "\(event.provider.rawValue)", "overall": "\(analysis.overallScore)",
            ])
            return .scored(sessionID: call.id)
        }
    }
}

/// What a finished voice roleplay keeps in `roleplay_sessions.transcript`.
struct StoredVoiceCall: Codable {
    let turns: [Turn]
    let outcome: String
    let engine: String
    let endedReason: String?

    enum CodingKeys: String, CodingKey {
        case turns, outcome, engine
        case endedReason = "ended_reason"
    }
}
