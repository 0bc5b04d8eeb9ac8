/// What one attempt to read a line produced.
public enum ReadResult: Equatable, Sendable {
    /// A complete line, without its trailing newline.
    case line(String)
    /// Ctrl-C at the prompt: the partial line is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or end of piped input.
    case eof
}

/// A prompt: the visible text and an optional SGR colour code (e.g. "32").
/// The colour is bracketed so the editor does not count its bytes as columns.
public struct Prompt: Sendable, Equatable {
    public var text: String
    public var colour: String?
    public init(_ text: String, colour: String? = nil) {
        self.text = text
        self.colour = colour
    }
}

/// Produces completion candidates for the word under the cursor.
///
/// - Parameters:
///   - words: the complete words before the one being completed.
///   - partial: the word being completed (possibly empty).
/// - Returns: the candidates, each a full replacement for `partial`, and an
///   optional display label per candidate (e.g. a lesson's title) shown when
///   the candidates are listed.
public typealias Completer = (_ words: [String], _ partial: String) -> [Completion]

/// One completion candidate.
public struct Completion: Equatable, Sendable {
    /// The text that replaces the partial word.
    public var value: String
    /// Shown beside the value when several candidates are listed.
    public var label: String?
    /// False for a folder path, so completion does not add a space after it.
    public var isFinal: Bool
    public init(_ value: String, label: String? = nil, isFinal: Bool = true) {
        self.value = value
        self.label = label
        self.isFinal = isFinal
    }
}

/// The shell reads lines through this seam, so its loop can be driven by a
/// scripted reader in tests and by plain stdin when not on a terminal.
public protocol LineReader: AnyObject {
    func readLine(prompt: Prompt) -> ReadResult
    /// Records an entered line in the history (and persists it, if the reader keeps a file).
    func addHistory(_ line: String)
}
