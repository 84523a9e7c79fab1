import Foundation

extension DatabaseURL {
    /// The URL with its password, in the form libpq's tools (psql, pg_dump) and DATABASE_URL take; never log it.
    public var libpq: String {
        var components = URLComponents()
        components.scheme = "postgresql"
        components.user = username
        components.password = password
        components.host = host
        components.port = port
        components.path = "/" + database
        return components.string ?? ""
    }
}
