import Foundation
import Logging
import PostgresNIO
import UnderdogStore

/// The data `underdog bench api` measures against: one organisation, a rep with a known password, and that
/// rep's scored roleplay sessions, in a database of its own that the bench drops afterwards.
struct APIBenchFixture {
    static let email = "bench.rep@underdog.example"
    let repID: UUID
    let password: String

    static let dimensions = ["opener", "pitch", "discovery", "objection_handling", "closing", "communication"]

    /// Three sessions a day, eight hours apart, newest first. Written as service_role, as an operator's tools write; six scores per session, like a scored practice call.
    static func write(sessions: Int, passwordHash: String, password: String, database: Database) async throws -> APIBenchFixture {
        let repID = UUID()
        try await database.transaction(as: .service) { connection in
            let logger = database.logger
            let orgID = try await OrganizationQueries.create(name: "Bench Team", plan: "enterprise", on: connection, logger: logger)
            try await AccountQueries.createAccount(
                id: repID, email: email, passwordHash: passwordHash, name: "Bench Rep", orgID: orgID, role: "user",
                on: connection, logger: logger)
            try await connection.run(
                """
                INSERT INTO public.roleplay_sessions (user_id, persona_id, scenario_type, duration_seconds, created_at)
                SELECT \(repID), 'bench-buyer', 'cold_call', 180 + g % 600, now() - make_interval(mins => g * 480)
                  FROM generate_series(1, \(sessions)::int) AS g
                """,
                logger: logger)
            try await connection.run(
                """
                INSERT INTO public.session_scores (session_id, dimension, score, feedback)
                SELECT s.id, d.dimension, 1 + (abs(hashtext(s.id::text || d.dimension)) % 10), 'Bench feedback.'
                  FROM public.roleplay_sessions s CROSS JOIN unnest(\(dimensions)::text[]) AS d(dimension)
                 WHERE s.user_id = \(repID)
                """,
                logger: logger)
        }
        // Fresh tables have no statistics until autovacuum gets round to them; a live database has them.
        try await database.ownerConnection { connection in
            try await connection.run("ANALYZE public.roleplay_sessions, public.session_scores, public.users", logger: database.logger)
        }
        return APIBenchFixture(repID: repID, password: password)
    }
}
