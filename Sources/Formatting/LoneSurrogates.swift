/// Formatting works on Swift strings, which cannot hold a lone surrogate (U+D800–U+DFFF).
/// The VM formats text holding them on a *shadow* form (surrogate U+D800+k written as the
/// private-use U+10F800+k, mapped back afterwards); while it does, it sets `shadowBase`, and
/// `%c` / the format code `c` of a surrogate code point write its shadow instead of failing
/// with `unsupportedMessage`.
public enum LoneSurrogates {
    nonisolated(unsafe) public static var shadowBase: UInt32? = nil

    /// The message of the error raised for a surrogate code point outside shadow formatting.
    public static let unsupportedMessage = "lone surrogate characters are not supported"

    /// The scalar for `code`, its shadow for a surrogate while shadow formatting, else nil.
    static func scalar(_ code: UInt32) -> Unicode.Scalar? {
        if let s = Unicode.Scalar(code) { return s }
        guard let base = shadowBase, code >= 0xD800 && code <= 0xDFFF else { return nil }
        return Unicode.Scalar(code - 0xD800 + base)
    }
}
