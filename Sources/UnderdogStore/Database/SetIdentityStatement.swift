import PostgresNIO

/// The first statement of every transaction: takes on the identity's role and claims for that transaction only,
/// and answers whether the identity's session is still live (migration 018), so revocation costs no extra
/// round trip.
///
/// Prepared once per connection, because it runs on every request: planning it anew each time costs more
/// than running it. The plan cannot leak one user into another's request: the values are parameters, and
/// `set_config(…, true)` ends with the transaction.
public struct SetIdentityStatement: PostgresPreparedStatement {
    public static let sql = """
        SELECT set_config('role', $1, true),
               set_config('request.jwt.claims', $2, true),
               set_config('request.client_ip', $3, true),
               set_config('request.user_agent', $4, true),
               app.session_is_live(nullif($5, '')::uuid, nullif($6, '')::uuid)
        """
    public typealias Row = (String, String, String, String, Bool)

    public let identity: DatabaseIdentity

    public init(_ identity: DatabaseIdentity) {
        self.identity = identity
    }

    /// The values bound to `$1…$6`, in order, as text: the bench replays them through pgbench.
    public var parameters: [String] {
        [identity.role.rawValue, identity.claimsJSON, identity.clientIP ?? "", identity.userAgent ?? "",
         identity.userID?.uuidString.lowercased() ?? "", identity.sessionID?.uuidString.lowercased() ?? ""]
    }

    public func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 6)
        for value in parameters { bindings.append(value) }
        return bindings
    }

    public func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Row.self)
    }
}
