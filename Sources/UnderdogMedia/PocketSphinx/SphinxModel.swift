import Foundation

/// The three files a PocketSphinx decoder loads, found in a model directory laid out like Debian's
/// pocketsphinx-en-us: `en-us/` (acoustic model), `en-us.lm.bin` (language model), `cmudict-en-us.dict`.
struct SphinxModel: Sendable {
    let acousticModel: URL
    let languageModel: URL
    let dictionary: URL

    init(directory: URL) throws(MediaError) {
        acousticModel = directory.appendingPathComponent("en-us", isDirectory: true)
        languageModel = directory.appendingPathComponent("en-us.lm.bin")
        dictionary = directory.appendingPathComponent("cmudict-en-us.dict")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: acousticModel.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .recognizerFailed("no acoustic model at \(acousticModel.path) (Debian package: pocketsphinx-en-us)")
        }
        for file in [languageModel, dictionary] where !FileManager.default.isReadableFile(atPath: file.path) {
            throw .recognizerFailed("no \(file.lastPathComponent) in \(directory.path) (Debian package: pocketsphinx-en-us)")
        }
    }
}
