/// `warnings.warn(message, category, stacklevel=2)` as library code calls it for its caller:
/// CPython's default filters show a DeprecationWarning only when the calling code is
/// `__main__` (every lesson program is), once per (message, category, line) — the "default"
/// action with the module's `__warningregistry__`.
extension VM {
    func warnCaller(_ category: String, _ message: String) {
        guard let f = current else { return }
        let line = f.currentLine
        let key = "\(f.code.filename):\(line):\(category):" + message
        guard shownWarnings.insert(key).inserted else { return }
        var text = "\(f.code.filename):\(line): \(category): \(message)\n"
        if let src = sources[f.code.filename] {
            var l = Substring(src.line(line))
            while let c = l.first, c == " " || c == "\t" { l.removeFirst() }
            while let c = l.last, c == " " || c == "\t" || c == "\r" || c == "\n" { l.removeLast() }
            if !l.isEmpty { text += "  \(l)\n" }
        }
        stderr.write(text)
    }
}
