/// A lesson module's attribute that CPython has but looplab does not implement
/// (`functools.lru_cache`, `random.gauss`): a looplab stop naming it, in the form of the
/// sandboxed-import stop, instead of an AttributeError or ImportError CPython would never
/// raise (DESIGN §3). The names come from CPythonModuleNames.swift.
extension VM {
    func unsupportedModuleAttribute(_ m: PyModule, _ name: String) -> LooplabStop? {
        guard let names = VM.cpythonModuleNames[m.name], names.contains(name) else { return nil }
        return unsupportedHere("'\(m.name).\(name)' is not supported in lessons (lessons run in a sandbox)")
    }

    /// A looplab stop prefixed with `file:line:col: ` of the instruction running now.
    func unsupportedHere(_ message: String) -> LooplabStop {
        var position = ""
        if let f = current {
            let loc = f.code.locations[max(f.ip - 1, 0)]
            position = "\(f.code.filename):\(loc.line):\(loc.column + 1): "
        }
        return LooplabStop(position + message)
    }
}
