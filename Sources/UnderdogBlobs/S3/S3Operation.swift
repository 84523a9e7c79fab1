/// The S3 calls the store makes. Named so that tests (through `S3Store`'s internal observer) can assert what
/// went over the wire, e.g. that a 20 MiB object went up in parts, without a proxy in between.
enum S3Operation: Sendable, Hashable {
    case createBucket
    case putObject
    case createMultipartUpload
    case uploadPart(number: Int)
    case completeMultipartUpload
    case abortMultipartUpload
    case listMultipartUploads
    case headObject
    case getObject
    case deleteObject
}
