/// Why a stage of the call pipeline stopped. The distinction that matters is whether trying again can help:
/// a file that is not audio never will; a provider's outage or a full disk may.
enum PipelineError: Error, CustomStringConvertible {
    /// Retrying cannot help: the message is for the rep who uploaded the file.
    case permanent(String)
    /// Worth another attempt after a backoff.
    case transient(String)
    /// Another worker holds the job now; this one must stop without writing anything.
    case leaseLost

    var description: String {
        switch self {
        case .permanent(let message), .transient(let message): message
        case .leaseLost: "the job's lease was lost"
        }
    }
}
