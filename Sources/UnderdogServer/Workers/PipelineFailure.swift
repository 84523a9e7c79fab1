import UnderdogAI
import UnderdogBlobs
import UnderdogMedia

/// Sorts any error a stage throws into "retrying may help" or not, with a message a rep can read.
struct PipelineFailure {
    let isPermanent: Bool
    let message: String

    init(_ error: any Error) {
        switch error {
        case PipelineError.permanent(let message):
            (isPermanent, self.message) = (true, message)
        case PipelineError.transient(let message):
            (isPermanent, self.message) = (false, message)
        case let error as MediaError:
            switch error {
            case .notAudio, .decodeFailed, .unsupportedFormat, .fileNotFound:
                (isPermanent, message) = (true, error.message)
            case .toolMissing, .recognizerFailed, .synthesisFailed:
                (isPermanent, message) = (false, error.message)
            }
        case let error as AIProviderError:
            (isPermanent, message) = (false, "The speech-to-text service failed: \(error.summary)")
        case BlobStoreError.notFound:
            (isPermanent, message) = (true, "The recording is missing from storage.")
        default:
            (isPermanent, message) = (false, String(describing: error))
        }
    }
}
