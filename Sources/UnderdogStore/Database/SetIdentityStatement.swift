import PostgresNIO

/// The first statement of every transaction: takes on the identity's role and claims for that transaction only.
///
/// Prepared once per connection, because it runs on every request: planning it anew each time costs more
/// than running it. The plan cannot leak one user into another's request: the values are parameters, and
/// `set_config(…, true)` ends with the transaction.
public struct SetIdentityStatement: PostgresPreparedStatement {
    public static let sql = """
        SELECT set_config('role', $1, true),
               set_config('request.jwt.claims', $2, true),
               set_config('request.client_ip', $3, true),
               set_config('request.user_agent', $4, true)
        """
    public typealias Row = (String, String, String, String)

    public let identity: DatabaseIdentity

    public init(_ identity: DatabaseIdentity) {
        self.identity = identity
    }

    /// The values bound to `$1…$4`, in order, as text: the bench replays them through pgbench.
    public var parameters: [String] {
        [identity.role.rawValue, identity.claimsJSON, identity.clientIP ?? "", identity.userAgent ?? ""]
    }

    public func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 4)
        for value in parameters { bindings.append(value) }
        return bindings
    }

    public func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Row.self)
    }
}
