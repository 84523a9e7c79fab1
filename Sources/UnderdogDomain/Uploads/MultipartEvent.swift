/// What the parser found in the bytes it was fed, in order.
///
/// Bodies come as pieces so a 100 MB recording can go to storage as it arrives; a part is always bracketed by
/// `partBegan` and `partEnded`, with zero or more `body` pieces between.
public enum MultipartEvent: Equatable, Sendable {
    /// A new part's headers are complete.
    case partBegan(MultipartPartHeaders)
    /// The next bytes of the current part's body; never empty. Owned by the caller.
    case body([UInt8])
    /// The current part's body is complete (its closing boundary was seen).
    case partEnded
}
