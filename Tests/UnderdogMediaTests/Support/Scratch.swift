import Foundation
import Synchronization

/// A fresh temporary folder per test, removed when the test is done with it.
struct Scratch: ~Copyable {
    let folder: URL

    init(_ label: String = "test") throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("underdog-media-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(at: folder) }
}

/// Collects values handed to a `@Sendable` callback.
final class Recorder<Value: Sendable>: Sendable {
    private let values = Mutex<[Value]>([])

    func record(_ value: Value) { values.withLock { $0.append(value) } }
    var all: [Value] { values.withLock { $0 } }
}
