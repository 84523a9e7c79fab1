import Foundation
import Logging
import PostgresNIO

/// Writes the sample content. Running it again changes nothing: rows are keyed by fixed ids, and a member
/// who already exists keeps the password they have.
public struct Seeder: Sendable {
    public struct Credential: Sendable, Equatable {
        public let email: String
        public let password: String
    }

    public struct Outcome: Sendable, Equatable {
        /// Members created by this run, with the password they were given.
        public var created: [Credential] = []
        /// Members that were already there.
        public var existing: [String] = []
    }

    let database: Database
    /// bcrypt lives with authentication; the store only keeps its output.
    let hashPassword: @Sendable (String) -> String
    let makePassword: @Sendable () -> String

    public init(database: Database, hashPassword: @escaping @Sendable (String) -> String, makePassword: @escaping @Sendable () -> String) {
        self.database = database
        self.hashPassword = hashPassword
        self.makePassword = makePassword
    }

    public func run() async throws -> Outcome {
        try await database.transaction(as: .service) { connection in
            let logger = database.logger
            try await connection.run(
                """
                INSERT INTO public.organizations (id, name, plan)
                VALUES (\(SampleTeam.organisationID), \(SampleTeam.organisationName), \(SampleTeam.plan))
                ON CONFLICT (id) DO NOTHING
                """,
                logger: logger
            )
            var outcome = Outcome()
            for member in SampleTeam.members {
                let found = try await connection.query(
                    "SELECT 1 FROM auth.users WHERE id = \(member.id) OR lower(email) = lower(\(member.email))",
                    logger: logger
                ).collect()
                if !found.isEmpty {
                    outcome.existing.append(member.email)
                    continue
                }
                let password = makePassword()
                let metadata = try Self.metadata(for: member)
                // The on_auth_user_created trigger makes the public.users row from this metadata.
                try await connection.run(
                    """
                    INSERT INTO auth.users (id, email, encrypted_password, raw_user_meta_data)
                    VALUES (\(member.id), \(member.email), \(hashPassword(password)), \(metadata)::jsonb)
                    """,
                    logger: logger
                )
                outcome.created.append(Credential(email: member.email, password: password))
            }
            return outcome
        }
    }

    static func metadata(for member: SampleTeam.Member) throws -> String {
        let object = [
            "name": member.name,
            "org_id": SampleTeam.organisationID.uuidString.lowercased(),
            "role": member.role,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
