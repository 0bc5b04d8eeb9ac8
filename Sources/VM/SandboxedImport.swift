/// The looplab stop for an import outside the lesson sandbox (DESIGN §3: "any other import →
/// an error naming the module and saying lessons run in a sandbox"), in the form of looplab's
/// other diagnostics: `file:line:col: message`, what lessons may import instead, and a hint
/// fitted to what the module is usually imported for.
extension VM {
    func sandboxedImportStop(_ name: String, _ f: Frame?) -> LooplabStop {
        var position = ""
        if let f {
            let loc = f.code.locations[max(f.ip - 1, 0)]
            position = "\(f.code.filename):\(loc.line):\(loc.column + 1): "
        }
        // Parent packages registered only to hold a submodule (`concurrent`) are not listed.
        let available = nativeModules.keys.filter { key in
            !nativeModules.keys.contains { $0.hasPrefix(key + ".") }
        }.sorted()
        return LooplabStop("\(position)import of module '\(name)' is not allowed: \(VM.sandboxMessage)\n"
            + "  expected one of the lesson modules: \(available.joined(separator: ", "))\n"
            + "  hint: \(VM.sandboxHint(for: name))")
    }

    /// Why the module is not there, and what to use instead.
    static func sandboxHint(for name: String) -> String {
        let top = String(name.split(separator: ".").first ?? Substring(name))
        switch top {
        case "socket", "ssl", "http", "urllib", "urllib3", "websockets", "websocket", "ftplib", "smtplib", "selectors", "select":
            return "the network is simulated: use requests or aiohttp (answers come from the --network table)"
        case "bs4", "lxml", "html", "xml", "html5lib", "parsel":
            return "HTML/XML parsers are not available: search the response text with str methods, or use response.json()"
        case "threading", "_thread", "multiprocessing", "subprocess", "signal", "sched", "queue":
            return "threads and processes are modelled by asyncio: use asyncio.to_thread, loop.run_in_executor or asyncio.Queue"
        case "os", "pathlib", "shutil", "io", "tempfile", "glob", "fileinput", "pickle", "shelve", "sqlite3", "csv", "logging", "platform", "getpass":
            return "lesson code never touches files, processes or the environment: keep data in variables and print results"
        default:
            return "only the modules above can be imported; paste the code you need from '\(top)' into the lesson file"
        }
    }
}
