/// Why a part is not XML that statpipe reads: ill-formed, or using a feature it refuses.
struct XMLSyntaxError: Error, Equatable, CustomStringConvertible {
    /// What is wrong, in a few words.
    let message: String
    /// The byte offset in the (unpacked) part where the problem was found.
    let offset: Int

    var description: String { "\(message) (at byte \(offset))" }
}
