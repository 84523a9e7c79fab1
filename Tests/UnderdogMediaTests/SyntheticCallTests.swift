import Foundation
import Testing
@testable import UnderdogMedia

@Suite("Synthetic two-speaker calls from espeak-ng")
struct SyntheticCallTests {
    @Test("the cold call: 8–12 lines, the rep opens, both object and agree, a meeting on Thursday")
    func coldCallScript() {
        let lines = SyntheticCall.coldCall
        #expect((8...12).contains(lines.count))
        #expect(lines.first?.speaker == 0)
        #expect(Set(lines.map(\.speaker)) == [0, 1])
        let prospect = lines.filter { $0.speaker == 1 }.map { $0.text.lowercased() }.joined(separator: " ")
        let rep = lines.filter { $0.speaker == 0 }.map { $0.text.lowercased() }.joined(separator: " ")
        #expect(prospect.contains("vendor") && prospect.contains("email"))
        #expect(rep.contains("meeting") && rep.contains("thursday"))
        #expect(rep.filter { $0 == "?" }.count >= 3, "the rep asks discovery questions")
        #expect(prospect.contains("thursday works"))
    }

    @Test("lines follow one another with the fixed gap, on their speaker's channel, never overlapping")
    func layout() throws {
        let call = try ColdCallFixture.get()
        let spans = call.rendering.spans
        #expect(spans.map(\.speaker) == SyntheticCall.coldCall.map(\.speaker))
        #expect(spans.map(\.text) == SyntheticCall.coldCall.map(\.text))
        #expect(abs(spans[0].start - SyntheticCall.leadingSilence) < 0.001)
        for (earlier, later) in zip(spans, spans.dropFirst()) {
            #expect(earlier.end > earlier.start + 0.5, "\"\(earlier.text)\" should take a while to say")
            #expect(abs(later.start - earlier.end - SyntheticCall.gap) < 0.001)
        }
        #expect(abs(call.rendering.duration - spans[spans.count - 1].end - SyntheticCall.trailingSilence) < 0.001)
        #expect(call.rendering.channels == 2)
    }

    @Test("rendering is repeatable: the same lines give the same bytes")
    func repeatable() throws {
        let scratch = try Scratch("repeat")
        let lines = Array(SyntheticCall.coldCall.prefix(2))
        let first = try SyntheticCall.render(lines, to: scratch.file("a.wav"))
        let second = try SyntheticCall.render(lines, to: scratch.file("b.wav"))
        #expect(first == second)
        #expect(try Data(contentsOf: scratch.file("a.wav")) == Data(contentsOf: scratch.file("b.wav")))
    }

    @Test("the mono rendering is the same call on one channel, equally long")
    func mono() throws {
        let scratch = try Scratch("mono")
        let lines = Array(SyntheticCall.coldCall.prefix(3))
        let stereo = try SyntheticCall.render(lines, to: scratch.file("stereo.wav"))
        let mono = try SyntheticCall.renderMono(lines, to: scratch.file("mono.wav"))
        #expect(mono.channels == 1)
        #expect(mono.spans == stereo.spans)
        let audio = try PCMAudio.readWAV(scratch.file("mono.wav"))
        #expect(audio.channels == 1)
        #expect(abs(audio.duration - stereo.duration) < 0.001)
    }

    @Test("an unknown extension, no lines, or a third speaker is refused before anything is written")
    func refusals() throws {
        let scratch = try Scratch("refuse")
        #expect(throws: MediaError.self) { try SyntheticCall.render(SyntheticCall.coldCall, to: scratch.file("call.aiff")) }
        #expect(throws: MediaError.self) { try SyntheticCall.render([], to: scratch.file("call.wav")) }
        #expect(throws: MediaError.self) { try SyntheticCall.render([.init(speaker: 2, text: "hello")], to: scratch.file("call.wav")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).isEmpty)
    }

    @Test("writing replaces an existing file and leaves no partial files behind")
    func replaces() throws {
        let scratch = try Scratch("replace")
        let file = scratch.file("call.mp3")
        try Data("old".utf8).write(to: file)
        try SyntheticCall.render([.rep("Hello there.")], to: file)
        #expect(try AudioTools().probe(file).codec == "mp3")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path) == ["call.mp3"])
    }
}
