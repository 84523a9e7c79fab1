import Foundation

/// Writes a line to standard output at once: a bench's progress must show while it runs, also when its
/// output goes to a file or a pipe (where `print` would hold it back until the end).
func say(_ line: String = "") {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
