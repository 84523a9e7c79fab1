import Foundation
import NIOCore
import UnderdogBlobs
import UnderdogDomain
import UnderdogStore

/// Copies a recording from the blob store to a local file for ffmpeg, chunk by chunk: an hour-long call never
/// sits in memory, and an S3 store works the same as a folder.
enum RecordingDownload {
    static func copy(_ path: String, from blobs: any BlobStore, to file: URL) async throws {
        let key = try BlobKey(path)
        let stream = try await blobs.read(bucket: UploadQueries.bucket, key: key, range: nil)
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
            throw PipelineError.transient("cannot create \(file.path)")
        }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        for try await chunk in stream.chunks {
            try chunk.withUnsafeReadableBytes { try handle.write(contentsOf: $0) }
        }
        try handle.synchronize()
    }
}

extension RecordingDownload {
    /// Reads the downloaded recording whole and refuses one that hides markup or text behind its audio
    /// header (`HiddenMarkupScanner`): a permanent failure, with the reason in words for the rep.
    static func checkIsAudio(_ file: URL) throws {
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        var scanner = HiddenMarkupScanner()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            scanner.feed(chunk)
            if scanner.marker != nil { break }
        }
        scanner.finish()
        if let finding = scanner.finding {
            throw PipelineError.permanent("This file is not a call recording: \(finding).")
        }
    }
}
