import Foundation
import OpenAPIRuntime
import Testing
@testable import UnderdogServer

@Suite("Dates on the wire")
struct WireDateTranscoderTests {
    @Test("the hand-made formatter writes exactly what the runtime's ISO 8601 transcoder writes", arguments: [
        0.0, 1_764_074_359.999, 951_782_400, -86_400.5, 4_102_444_799, 1_000_000_000.000_001,
    ])
    func matchesRuntime(seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(try WireDateTranscoder().encode(date) == ISO8601DateTranscoder().encode(date))
    }

    @Test("reading is the runtime's")
    func reads() throws {
        #expect(try WireDateTranscoder().decode("2026-11-25T12:52:39Z") == Date(timeIntervalSince1970: 1_795_611_159))
    }
}
