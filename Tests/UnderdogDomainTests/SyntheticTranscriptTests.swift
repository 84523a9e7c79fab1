import Foundation
import Testing
@testable import UnderdogDomain

@Suite("Synthetic transcripts")
struct SyntheticTranscriptTests {
    @Test("the same seed gives the same transcript; another seed gives another")
    func deterministic() {
        let a = SyntheticTranscript.make(minutes: 10, turns: 100, seed: 7)
        let b = SyntheticTranscript.make(minutes: 10, turns: 100, seed: 7)
        let c = SyntheticTranscript.make(minutes: 10, turns: 100, seed: 8)
        #expect(a == b)
        #expect(a != c)
    }

    @Test("SplitMix64 produces its published first outputs for seed 0")
    func splitMixReference() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test("it has the turns asked for, alternating speakers, and valid times within the call")
    func shape() {
        let transcript = SyntheticTranscript.make(minutes: 60, turns: 800, seed: 1)
        #expect(transcript.turns.count == 800)
        #expect(transcript.isTimed)
        #expect(transcript.turns[0].speaker == .rep && transcript.turns[1].speaker == .prospect)
        #expect((transcript.duration ?? 0) <= 3600)
    }
}
