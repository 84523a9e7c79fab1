import Foundation
import UnderdogDomain

/// Files the tests read from the checkout: the domain never reads files, so tests hand it the bytes.
enum ContentFiles {
    /// The repository root, found from this file's path (Tests/UnderdogDomainTests/Support/ContentFiles.swift).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // UnderdogDomainTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let rubricURL = root.appendingPathComponent("content/rubric/rubric.json")
    static let calibrationFolder = root.appendingPathComponent("content/evaluation/scoring-tuning")
    static let heldOutFolder = root.appendingPathComponent("content/evaluation/scoring-held-out")

    /// The shipped rubric, decoded once for all tests.
    static let rubric: Rubric = {
        do {
            return try Rubric.decode(Data(contentsOf: rubricURL))
        } catch {
            preconditionFailure("content/rubric/rubric.json does not load: \(error)")
        }
    }()
}
