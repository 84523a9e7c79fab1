/// Carries a value that is not `Sendable` from one task to another when only one task ever holds it: the
/// download's body iterator moves into a short-lived task per chunk, so the wait can be abandoned on a timeout.
struct Transfer<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
