/// Reads plain lines from stdin: no prompt, no escapes, no history.
/// Used whenever stdin or stdout is not a terminal, so `looplab | tee log`
/// and piped scripts stay clean.
public final class PlainReader: LineReader {
    public init() {}

    public func readLine(prompt: Prompt) -> ReadResult {
        guard let line = Swift.readLine(strippingNewline: true) else { return .eof }
        return .line(line)
    }

    public func addHistory(_ line: String) {}
}

/// Replays a fixed script of results; for tests of the shell loop.
public final class ScriptedReader: LineReader {
    private var script: [ReadResult]
    public private(set) var prompts: [Prompt] = []
    public private(set) var history: [String] = []

    public init(_ script: [ReadResult]) { self.script = script }

    public func readLine(prompt: Prompt) -> ReadResult {
        prompts.append(prompt)
        return script.isEmpty ? .eof : script.removeFirst()
    }

    public func addHistory(_ line: String) { history.append(line) }
}
