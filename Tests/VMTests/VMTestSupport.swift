import Syntax
@testable import VM

/// Runs `source` as `__main__` in a fresh VM and returns what it printed and its exit status.
func runPython(_ source: String, name: String = "test.py", options: VMOptions = VMOptions(),
               setup: ((VM) -> Void)? = nil) -> (stdout: String, stderr: String, status: Int32) {
    runWithLargeStack {
        var out = "", err = ""
        let vm = VM(options: options, stdout: OutputBuffer(sink: { out += $0 }), stderr: OutputBuffer(sink: { err += $0 }))
        setup?(vm)
        let status = vm.runSource(SourceFile(name: name, text: source))
        vm.flush()
        return (out, err, status)
    }
}
