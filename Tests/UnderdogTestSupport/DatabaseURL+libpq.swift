import Foundation
import UnderdogStore

extension DatabaseURL {
    /// The URL in the form libpq's tools (psql, pg_dump) read.
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
