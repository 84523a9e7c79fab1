import HummingbirdBcrypt
import NIOPosix

/// bcrypt, run on NIO's thread pool: a hash takes tens of milliseconds of CPU and must not hold up the
/// event loop that serves other requests.
struct PasswordHasher: Sendable {
    let cost: Int
    /// Compared against when an email is unknown, so a sign-in takes as long whether or not the account exists.
    let decoy: String

    init(cost: Int) {
        self.cost = cost
        self.decoy = Bcrypt.hash(OpaqueToken.generate().value, cost: UInt8(cost))
    }

    func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: UInt8(cost)) }
    }

    func verify(_ password: String, against hash: String?) async throws -> Bool {
        let stored = hash ?? decoy
        let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: stored) }
        return matches && hash != nil
    }
}
