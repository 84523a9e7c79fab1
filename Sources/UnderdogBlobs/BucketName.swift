/// Checks bucket names against S3's rules. The local store relies on the same check: a name that S3 accepts
/// is a single folder name that cannot climb out of the root or collide with the `.partial` folder.
enum BucketName {
    static func validate(_ name: String) throws(BlobStoreError) {
        let bytes = Array(name.utf8)
        guard (3...63).contains(bytes.count) else {
            throw .invalidBucket("\"\(name.prefix(80))\" must be 3 to 63 characters long")
        }
        func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard bytes.allSatisfy({ isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) else {
            throw .invalidBucket("\"\(name)\" may hold only lowercase letters, digits, \"-\" and \".\"")
        }
        guard isLowerAlphanumeric(bytes.first!), isLowerAlphanumeric(bytes.last!) else {
            throw .invalidBucket("\"\(name)\" must start and end with a letter or digit")
        }
        guard !name.contains("..") else { throw .invalidBucket("\"\(name)\" must not contain \"..\"") }
    }
}
