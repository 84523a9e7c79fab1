import Foundation
import UnderdogMedia

/// `SyntheticCall.coldCall` rendered once per test run (espeak-ng takes about a second) as WAV and MP3, with the
/// WAV split into per-channel PCM. Removed when the test process exits.
struct ColdCallFixture: Sendable {
    let folder: URL
    let wav: URL
    let mp3: URL
    let rendering: SyntheticCall.Rendering
    /// 16 kHz s16le PCM: [left (rep), right (prospect)].
    let channels: [URL]

    static func get() throws -> ColdCallFixture { try shared.get() }

    private static let folderPath = FileManager.default.temporaryDirectory
        .appendingPathComponent("underdog-media-fixture-\(ProcessInfo.processInfo.processIdentifier)").path

    private static let shared: Result<ColdCallFixture, MediaError> = Result { () throws(MediaError) -> ColdCallFixture in
        let folder = URL(fileURLWithPath: folderPath, isDirectory: true)
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: ColdCallFixture.folderPath) }
        let wav = folder.appendingPathComponent("cold-call.wav")
        let mp3 = folder.appendingPathComponent("cold-call.mp3")
        let rendering = try SyntheticCall.render(SyntheticCall.coldCall, to: wav)
        try SyntheticCall.render(SyntheticCall.coldCall, to: mp3)
        let channels = try AudioTools().decodeToPCM(wav, into: folder.appendingPathComponent("pcm"), splitChannels: true)
        return ColdCallFixture(folder: folder, wav: wav, mp3: mp3, rendering: rendering, channels: channels)
    }
}
