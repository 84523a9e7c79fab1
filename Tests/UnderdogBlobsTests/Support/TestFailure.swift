/// A test's set-up went wrong (moto missing, a port not answering): fails the test with the reason.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
