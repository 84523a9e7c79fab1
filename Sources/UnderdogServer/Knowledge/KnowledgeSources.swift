import Foundation
import UnderdogDomain
import UnderdogStore

/// The shipped content, read into what ingestion stores: knowledge chunks (`knowledge_base`) and objection
/// library entries. The folder says what a file is: `wiki/` and other markdown are chunked by heading,
/// `personas/`, `rubric/` and `curriculum/` JSON are rendered into readable sections, `objections/` JSON
/// fills the objection library. READMEs (how to write the content) and `evaluation/` are not content.
struct KnowledgeSources: Sendable {
    struct Chunk: Sendable {
        let source: String
        let sourceFile: String
        let chunk: KnowledgeChunk

        /// One chunk per file and heading path.
        var key: String { Self.key(file: sourceFile, chunkKey: chunkKey) }
        /// The heading path as `metadata.chunk_key` stores it.
        var chunkKey: String { chunk.headingPath.joined(separator: " / ") }

        static func key(file: String, chunkKey: String) -> String { file + "#" + chunkKey }

        /// Everything stored with the chunk: its text and headings (the chunk's own hash), its topics and source.
        var hash: String {
            PortableSHA256.hex([chunk.contentHash, chunk.sectionTitle, chunk.topics.joined(separator: ","), source].joined(separator: "\u{1F}"))
        }
    }

    var chunks: [Chunk] = []
    var objections: [ObjectionRow] = []

    /// Reads every file under `roots` (folders or single files); paths are stored relative to `base`.
    static func read(_ roots: [URL], base: URL) throws -> KnowledgeSources {
        var sources = KnowledgeSources()
        for url in try files(under: roots) {
            let relative = Self.relativePath(of: url, to: base)
            let folders = Set(relative.split(separator: "/").dropLast().map(String.init))
            let data = try Data(contentsOf: url)
            do {
                switch (url.pathExtension.lowercased(), folders) {
                case ("md", _):
                    let source = folders.contains("curriculum") ? "curriculum" : folders.contains("rubric") ? "rubric"
                        : folders.contains("personas") ? "persona" : "wiki"
                    let markdown = String(decoding: data, as: UTF8.self)
                    sources.chunks += MarkdownChunker.chunks(markdown: markdown, fileName: url.lastPathComponent)
                        .map { Chunk(source: source, sourceFile: relative, chunk: $0) }
                case ("json", let folders) where folders.contains("objections"):
                    sources.objections += try ObjectionFile.rows(data, file: relative)
                case ("json", let folders) where folders.contains("personas"):
                    let persona = try Persona.decode(data, file: relative)
                    sources.chunks += ContentRendering.chunks(of: persona).map { Chunk(source: "persona", sourceFile: relative, chunk: $0) }
                case ("json", let folders) where folders.contains("curriculum"):
                    sources.chunks += try ContentRendering.curriculumChunks(data).map { Chunk(source: "curriculum", sourceFile: relative, chunk: $0) }
                case ("json", let folders) where folders.contains("rubric"):
                    sources.chunks += try ContentRendering.rubricChunks(data).map { Chunk(source: "rubric", sourceFile: relative, chunk: $0) }
                default:
                    continue
                }
            } catch let error as IngestError {
                throw error
            } catch {
                throw IngestError.unreadable(file: relative, reason: "\(error)")
            }
        }
        return sources
    }

    /// Content files under the roots, in a stable order; READMEs and evaluation sets are skipped.
    static func files(under roots: [URL]) throws -> [URL] {
        var found: [URL] = []
        for root in roots {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) else {
                throw IngestError.missing(path: root.path)
            }
            if !isFolder.boolValue {
                found.append(root)
                continue
            }
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = walker?.nextObject() as? URL {
                if url.lastPathComponent == "evaluation" { walker?.skipDescendants(); continue }
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                      url.lastPathComponent.uppercased() != "README.MD",
                      ["md", "json"].contains(url.pathExtension.lowercased())
                else { continue }
                found.append(url)
            }
        }
        return found.map(\.standardizedFileURL).sorted { $0.path < $1.path }
    }

    static func relativePath(of url: URL, to base: URL) -> String {
        let path = url.standardizedFileURL.path
        let prefix = base.standardizedFileURL.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}

/// Why content could not be ingested; names the file.
enum IngestError: Error, CustomStringConvertible {
    case missing(path: String)
    case unreadable(file: String, reason: String)
    case invalid(file: String, field: String, reason: String)

    var description: String {
        switch self {
        case .missing(let path): "\(path): no such file or folder"
        case .unreadable(let file, let reason): "\(file): \(reason)"
        case .invalid(let file, let field, let reason): "\(file): \(field) \(reason)"
        }
    }
}
