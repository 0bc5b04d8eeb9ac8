import CLibEdit
import Glibc

/// Line editing on libedit's native (histedit) API.
///
/// libedit's callbacks are C function pointers that cannot capture; they find
/// this object again through `EL_CLIENTDATA` (an unretained pointer to self),
/// which avoids any global state.
public final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private let completer: Completer
    private let onHistoryError: (String) -> Void
    private var historyErrorReported = false
    /// The prompt as a C string; libedit reads it while `el_gets` runs.
    private var promptCString: UnsafeMutablePointer<CChar>?

    /// The character that brackets invisible prompt bytes (colour escapes).
    private static let promptEscape: CChar = 1

    /// - Parameters:
    ///   - historyPath: the history file, loaded now and rewritten after every
    ///     entry; nil keeps history in memory only.
    ///   - onHistoryError: called once, the first time the file cannot be written.
    public init(programName: String, historyPath: String?, completer: @escaping Completer,
                onHistoryError: @escaping (String) -> Void) {
        editLine = el_init(programName, clibedit_stdin(), clibedit_stdout(), clibedit_stderr())
        history = history_init()
        self.historyPath = historyPath
        self.completer = completer
        self.onHistoryError = onHistoryError

        clibedit_hist_setsize(history, 1000)
        clibedit_hist_setunique(history, 1)
        clibedit_set_editor(editLine, "emacs")  // resets key bindings, so bind after it
        clibedit_set_signal(editLine, 1)  // libedit restores the tty on signals and redraws on resize
        clibedit_set_history(editLine, history)
        clibedit_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        clibedit_set_prompt(editLine, { editLine in
            guard let editLine, let reader = EditLineReader.from(editLine) else { return nil }
            return reader.promptCString
        }, Self.promptEscape)
        clibedit_addfn(editLine, "looplab-complete", "complete the word under the cursor") { editLine, _ in
            guard let editLine, let reader = EditLineReader.from(editLine) else { return UInt8(CC_ERROR) }
            return reader.complete(editLine)
        }
        clibedit_bind(editLine, "^I", "looplab-complete")
        el_source(editLine, nil)  // the user's ~/.editrc

        if let historyPath {
            clibedit_hist_load(history, historyPath)  // a missing file is not an error
        }
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(promptCString)
    }

    private static func from(_ editLine: OpaquePointer) -> EditLineReader? {
        guard let raw = clibedit_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(raw).takeUnretainedValue()
    }

    public func readLine(prompt: Prompt) -> ReadResult {
        setPrompt(prompt)
        var count: Int32 = 0
        guard let raw = el_gets(editLine, &count) else {
            if count == -1 || Interrupt.isPending {
                _ = Interrupt.take()
                return .interrupted
            }
            return .eof
        }
        if Interrupt.take() { return .interrupted }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    public func addHistory(_ line: String) {
        clibedit_hist_enter(history, line)
        guard let historyPath else { return }
        // Saved after every command so a crash or a killed terminal loses nothing.
        if clibedit_hist_save(history, historyPath) < 0, !historyErrorReported {
            historyErrorReported = true
            onHistoryError("cannot write history to \(historyPath): \(String(cString: strerror(errno)))")
        }
    }

    private func setPrompt(_ prompt: Prompt) {
        let escape = "\u{1}"
        let text = prompt.colour.map { "\(escape)\u{1B}[\($0)m\(escape)\(prompt.text)\(escape)\u{1B}[0m\(escape)" }
            ?? prompt.text
        free(promptCString)
        promptCString = strdup(text)
    }

    // MARK: Completion

    private func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let start = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let length = cursor - start
        let bytes = UnsafeRawBufferPointer(start: start, count: length)
        let before = String(decoding: bytes, as: UTF8.self)
        let (words, partial) = CompletionRequest.split(before)
        let candidates = completer(words, partial)
        switch CompletionRequest.resolve(partial: partial, candidates: candidates) {
        case .none:
            return UInt8(CC_ERROR)
        case .insert(let text):
            el_insertstr(editLine, text)
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            print("")
            print(CompletionRequest.listing(candidates, width: Terminal.width()), terminator: "")
            fflush(clibedit_stdout())
            return UInt8(CC_REDISPLAY)
        }
    }
}
