import Glibc

/// Where the shell and the command line write. Tests capture both streams;
/// the real console writes straight to the file descriptors.
public struct Console {
    public var out: (String) -> Void
    public var err: (String) -> Void

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        self.out = out
        self.err = err
    }

    /// stdout through C stdio (shared with libedit, so the two interleave
    /// correctly); stderr unbuffered.
    public static let standard = Console(
        out: { text in fputs(text, stdout); fflush(stdout) },
        err: { text in fflush(stdout); fputs(text, stderr) })
}

/// A failure a command reports: printed as `looplab: message`, then the hint.
public struct CommandError: Error, Equatable {
    public var message: String
    public var hint: String?
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var text: String {
        "looplab: \(message)\n" + (hint.map { "  hint: \($0)\n" } ?? "")
    }
}
