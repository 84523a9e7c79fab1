import Foundation

/// The sample organisation `underdog seed` creates: a manager and two reps, so a newcomer can sign in as
/// either and see the product from both sides. Fixed ids make the seed idempotent.
public enum SampleTeam {
    public struct Member: Sendable, Equatable {
        public let id: UUID
        public let email: String
        public let name: String
        public let role: String
    }

    public static let organisationID = UUID(uuidString: "5eed0000-0000-4000-8000-000000000001")!
    public static let organisationName = "Bluejay Freight Software"
    public static let plan = "pro"

    public static let members: [Member] = [
        Member(id: UUID(uuidString: "5eed0000-0000-4000-8000-0000000000a1")!,
               email: "maya.okafor@bluejay.example", name: "Maya Okafor", role: "admin"),
        Member(id: UUID(uuidString: "5eed0000-0000-4000-8000-0000000000b1")!,
               email: "sam.reyes@bluejay.example", name: "Sam Reyes", role: "user"),
        Member(id: UUID(uuidString: "5eed0000-0000-4000-8000-0000000000b2")!,
               email: "priya.natarajan@bluejay.example", name: "Priya Natarajan", role: "user"),
    ]
}
