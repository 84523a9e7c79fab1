import Foundation

/// The corpus statistics behind the local embedder's IDF: how many documents were seen and, for every
/// feature id (see `TextFeatures`), in how many of them it occurs.
///
/// Stored as JSON in the database, so it is kept compact: the sorted ids are delta-encoded as varints with
/// their frequencies and the bytes sent as one base64 string (about 5 bytes per feature).
public struct EmbedderVocabulary: Sendable, Codable, Equatable {
    public let documentCount: Int
    /// Feature ids, ascending and distinct, and the document frequency of each.
    let featureIDs: [UInt32]
    let frequencies: [UInt32]
    /// A short stable id of these statistics (12 hex digits of a SHA-256), part of the embedder's model name.
    public let fingerprint: String
    private let table: FrequencyTable

    /// Counts, for every feature, the documents it occurs in.
    public static func fit(_ documents: [String]) -> EmbedderVocabulary {
        var counts: [UInt32: UInt32] = [:]
        for document in documents {
            for id in TextFeatures(document).distinctIDs { counts[id, default: 0] += 1 }
        }
        let sorted = counts.sorted { $0.key < $1.key }
        return EmbedderVocabulary(documentCount: documents.count, featureIDs: sorted.map(\.key), frequencies: sorted.map(\.value))
    }

    init(documentCount: Int, featureIDs: [UInt32], frequencies: [UInt32]) {
        self.documentCount = documentCount
        self.featureIDs = featureIDs
        self.frequencies = frequencies
        self.table = FrequencyTable(ids: featureIDs, frequencies: frequencies, documentCount: documentCount)
        var header = Array("\(Self.format):\(documentCount):".utf8)
        header += Self.encodeTable(ids: featureIDs, frequencies: frequencies)
        self.fingerprint = String(PortableSHA256.hex(bytes: header).prefix(12))
    }

    /// How many distinct features the corpus has.
    public var featureCount: Int { featureIDs.count }

    /// Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1, so a feature the corpus never saw
    /// weighs ln(N + 1) + 1, the most, and one in every document weighs just over 1.
    func inverseDocumentFrequency(_ id: UInt32) -> Double {
        table.inverseDocumentFrequency(id)
    }

    func documentFrequency(_ id: UInt32) -> Int { Int(table[id]) }

    public static func == (lhs: EmbedderVocabulary, rhs: EmbedderVocabulary) -> Bool {
        lhs.documentCount == rhs.documentCount && lhs.featureIDs == rhs.featureIDs && lhs.frequencies == rhs.frequencies
    }

    // MARK: Coding

    /// Names the feature extraction and the encoding: vocabularies of another format are refused, not misread.
    static let format = "underdog-local-v1"

    private enum CodingKeys: String, CodingKey {
        case format, documentCount, featureCount, frequencies
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.format, forKey: .format)
        try container.encode(documentCount, forKey: .documentCount)
        try container.encode(featureIDs.count, forKey: .featureCount)
        try container.encode(Data(Self.encodeTable(ids: featureIDs, frequencies: frequencies)).base64EncodedString(), forKey: .frequencies)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try container.decode(String.self, forKey: .format)
        guard format == Self.format else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: container, debugDescription: "unknown vocabulary format \(format)")
        }
        let documentCount = try container.decode(Int.self, forKey: .documentCount)
        let featureCount = try container.decode(Int.self, forKey: .featureCount)
        guard documentCount >= 0, featureCount >= 0,
              let bytes = Data(base64Encoded: try container.decode(String.self, forKey: .frequencies)),
              let (ids, frequencies) = Self.decodeTable([UInt8](bytes), count: featureCount),
              frequencies.allSatisfy({ $0 >= 1 && Int($0) <= documentCount })
        else {
            throw DecodingError.dataCorruptedError(forKey: .frequencies, in: container, debugDescription: "the frequency table does not decode")
        }
        self.init(documentCount: documentCount, featureIDs: ids, frequencies: frequencies)
    }

    /// Each entry as varint(id − previous id) then varint(frequency).
    static func encodeTable(ids: [UInt32], frequencies: [UInt32]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ids.count * 5)
        var previous: UInt32 = 0
        for (id, frequency) in zip(ids, frequencies) {
            appendVarint(id - previous, to: &bytes)
            appendVarint(frequency, to: &bytes)
            previous = id
        }
        return bytes
    }

    static func decodeTable(_ bytes: [UInt8], count: Int) -> ([UInt32], [UInt32])? {
        var ids: [UInt32] = []
        var frequencies: [UInt32] = []
        ids.reserveCapacity(min(count, bytes.count))
        frequencies.reserveCapacity(min(count, bytes.count))
        var position = 0
        var previous: UInt64 = 0
        for _ in 0..<count {
            guard let delta = readVarint(bytes, &position), let frequency = readVarint(bytes, &position) else { return nil }
            // Ids are non-zero, strictly ascending and fit 32 bits.
            guard delta > 0, previous + UInt64(delta) <= UInt64(UInt32.max), frequency > 0 else { return nil }
            previous += UInt64(delta)
            ids.append(UInt32(previous))
            frequencies.append(frequency)
        }
        return position == bytes.count ? (ids, frequencies) : nil
    }

    private static func appendVarint(_ value: UInt32, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func readVarint(_ bytes: [UInt8], _ position: inout Int) -> UInt32? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 35 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value <= UInt64(UInt32.max) ? UInt32(value) : nil }
            shift += 7
        }
        return nil
    }
}

/// Open addressing over the (already hashed) feature ids: a lookup is a mask and a probe or two, which keeps
/// an embedding's few thousand lookups far cheaper than a `Dictionary`'s. The IDF of every feature is
/// computed once here rather than a logarithm per feature per embedding.
struct FrequencyTable: Sendable {
    private let keys: [UInt32]
    private let values: [UInt32]
    private let weights: [Double]
    private let unseenWeight: Double
    private let mask: Int

    init(ids: [UInt32], frequencies: [UInt32], documentCount: Int) {
        var capacity = 16
        while capacity < ids.count * 2 { capacity <<= 1 }
        var keys = [UInt32](repeating: 0, count: capacity)
        var values = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (id, frequency) in zip(ids, frequencies) {
            var slot = Int(id) & mask
            while keys[slot] != 0 && keys[slot] != id { slot = (slot + 1) & mask }
            keys[slot] = id
            values[slot] = frequency
        }
        self.keys = keys
        self.values = values
        self.mask = mask
        // Smoothed: ln((N + 1) / (df + 1)) + 1.
        let documents = Double(documentCount + 1)
        self.weights = values.map { log(documents / Double($0 + 1)) + 1 }
        self.unseenWeight = log(documents) + 1
    }

    func inverseDocumentFrequency(_ id: UInt32) -> Double {
        var slot = Int(id) & mask
        while true {
            let key = keys[slot]
            if key == id { return weights[slot] }
            if key == 0 { return unseenWeight }
            slot = (slot + 1) & mask
        }
    }

    /// The frequency of `id`; 0 when the corpus never saw it.
    subscript(id: UInt32) -> UInt32 {
        var slot = Int(id) & mask
        while true {
            let key = keys[slot]
            if key == id { return values[slot] }
            if key == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }
}
