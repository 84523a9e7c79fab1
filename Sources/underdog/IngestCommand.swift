import ArgumentParser
import Foundation
import Logging
import UnderdogAI
import UnderdogServer
import UnderdogStore
#if canImport(Glibc)
import Glibc
#endif

/// `underdog ingest DIR…`: the team's content into the knowledge base and objection library.
///
/// Embeds with `UNDERDOG_EMBEDDING_MODEL` through `OPENAI_BASE_URL` when set, else with the offline embedder.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Chunk, embed and upsert content (wiki, personas, rubric, curriculum, objections); unchanged chunks are not re-embedded.")

    @Argument(help: "Folders or files to ingest (default: the content folder).")
    var paths: [String] = []

    @Flag(help: "Fit the offline embedder's corpus statistics again (a new model: everything is re-embedded).")
    var refit = false

    func run() async throws {
        let environment = try CommandEnvironment()
        environment.bootstrapLogging()
        let logger = Logger(label: "underdog.ingest")
        let content = URL(fileURLWithPath: environment.contentDirectory).standardizedFileURL
        let roots = paths.isEmpty ? [content] : paths.map { URL(fileURLWithPath: $0).standardizedFileURL }
        // Paths are stored relative to the folder above the content, so `content/wiki/closing.md` reads the same
        // wherever the checkout lives.
        let base = content.deletingLastPathComponent()
        let choice: KnowledgeIngestion.EmbedderChoice = try environment.remoteEmbedder(logger: logger).map { .openAI($0) } ?? .local(refit: refit)
        let url = try environment.resolvedDatabaseURL()
        let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        let report = try await Database.withConnected(to: url, logger: logger) { database in
            try await KnowledgeIngestion(database: database, logger: logger).run(roots: roots, base: base, embedder: choice) { done, total in
                bar.show(done, of: total)
            }
        }
        bar.finish()
        print("model \(report.model): \(report.embedded) embedded")
        print("chunks: \(report.chunksInserted) new, \(report.chunksUpdated) changed, \(report.chunksUnchanged) unchanged, \(report.chunksDeleted) removed")
        print("objections: \(report.objectionsInserted) new, \(report.objectionsUpdated) changed, \(report.objectionsUnchanged) unchanged, \(report.objectionsDeleted) removed")
    }
}

/// A one-line bar on a terminal's standard error; silent when that is a pipe or a file.
struct ProgressBar: Sendable {
    let enabled: Bool

    func show(_ done: Int, of total: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        let line = "\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] \(done)/\(total) embedded"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
