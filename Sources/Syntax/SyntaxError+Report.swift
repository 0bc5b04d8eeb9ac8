// The text CPython 3.11 writes to stderr for an uncaught SyntaxError raised while compiling
// a script (pythonrun.c: print_exception_file_and_line + print_error_text), reproduced byte
// for byte from the recorded fields. Note that CPython measures `offset` in UTF-8 bytes of
// `text` when it draws the caret, so after non-ASCII characters its caret is misplaced on
// screen — this reproduces that too, as fidelity requires.

extension SyntaxError {
    /// What `python3 script.py` prints for this error (the caller adds nothing; the exit
    /// status is 1). `.unsupported` errors use the same layout with looplab's message.
    public var cpythonReport: String {
        var out = warnings.map { $0.cpythonReport }.joined()
        switch kind {
        case .memoryError:
            return out + "MemoryError\n"
        case .recursionError:
            return out + "RecursionError: \(message)\n"
        default:
            break
        }
        if let line {
            out += "  File \"\(filename)\", line \(line)\n"
            if let text {
                let bytes = Array(text.utf8)
                var end = endOffset ?? -1
                if let endLine, endLine > line { end = bytes.count }
                if end > bytes.count + 1 { end = bytes.count + 1 }
                // IndentationError and TabError always get a single caret.
                if kind == .indentationError || kind == .tabError { end = -1 }
                out += SyntaxError.errorText(bytes, offset: offset ?? -1, endOffset: end)
            }
        }
        let name = kind == .unsupported ? "SyntaxError" : kind.rawValue
        out += message.isEmpty ? "\(name)\n" : "\(name): \(message)\n"
        return out
    }

    /// print_error_text: the stripped source line and the caret line.
    static func errorText(_ text: [UInt8], offset startOffset: Int, endOffset: Int) -> String {
        let carets = endOffset > 0 && endOffset > startOffset ? endOffset - startOffset : 1
        var offset = startOffset - 1
        var i = 0
        while i < text.count && (text[i] == 0x20 || text[i] == 0x09 || text[i] == 0x0C) {
            i += 1
            offset -= 1
        }
        var t = Array(text[i...])
        var length = t.count
        if length > 0 && t[length - 1] == 0x0A { length -= 1 }
        if offset > length { offset = length }
        // Skip past newlines embedded in the text before the offset.
        while let nl = t.firstIndex(of: 0x0A), nl < offset {
            let skip = nl + 1
            t.removeFirst(skip)
            length -= skip
            offset -= skip
        }
        var out = "    " + String(decoding: t, as: UTF8.self)
        if length >= t.count || t[length] != 0x0A { out += "\n" }
        if offset < 0 { return out }
        out += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: carets) + "\n"
        return out
    }
}
