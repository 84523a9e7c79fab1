import Foundation

/// A position in a list ordered newest first by (created_at, id): stable while rows are added, and opaque
/// to clients (base64url of a small JSON object).
public struct Cursor: Sendable, Equatable, Codable {
    public let createdAt: Date
    public let id: UUID

    public init(createdAt: Date, id: UUID) {
        self.createdAt = createdAt
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case createdAt = "t"
        case id = "i"
    }

    public var encoded: String {
        let encoder = JSONEncoder()
        // Microseconds, as PostgreSQL stores them, so the next page starts exactly after this row.
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Int64((date.timeIntervalSince1970 * 1_000_000).rounded()))
        }
        let data = (try? encoder.encode(self)) ?? Data()
        return data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Nil for anything that is not a cursor this server made.
    public init?(encoded: String) {
        guard encoded.utf8.count <= 200 else { return nil }
        var base64 = encoded.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let micros = try decoder.singleValueContainer().decode(Int64.self)
            return Date(timeIntervalSince1970: Double(micros) / 1_000_000)
        }
        guard let cursor = try? decoder.decode(Cursor.self, from: data) else { return nil }
        self = cursor
    }
}

/// One page of a list and where the next one starts.
public struct Page<Item: Sendable>: Sendable {
    public let items: [Item]
    public let next: Cursor?

    public init(items: [Item], next: Cursor?) {
        self.items = items
        self.next = next
    }

    /// Builds a page from `limit + 1` fetched rows: the extra row only says that another page exists.
    public init(fetched: [Item], limit: Int, position: (Item) -> Cursor) {
        if fetched.count > limit {
            let items = Array(fetched.prefix(limit))
            self.init(items: items, next: items.last.map(position))
        } else {
            self.init(items: fetched, next: nil)
        }
    }
}
