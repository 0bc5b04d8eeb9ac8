import Engine
import Compiler
import Syntax
import VM

/// Traceback entries for CPython's own asyncio frames (LibraryFrames.swift): each is a one-
/// instruction code object named like the library function, with its file registered in the
/// VM's sources so the traceback printer shows the library's source line and carets.
extension AsyncioBridge {
    func libraryCode(_ frame: LibraryFrame) -> CodeObject {
        if let c = libraryCodes[frame] { return c }
        let info = frame.info
        let path = LibraryFrame.stdlib + "/" + info.file
        var lines = libraryLines[path] ?? [:]
        lines[info.line] = info.text
        libraryLines[path] = lines
        var text = ""
        let last = lines.keys.max() ?? 0
        for n in 1...max(last, 1) { text += (lines[n] ?? "") + "\n" }
        vm.sources[path] = SourceFile(name: path, bytes: Array(text.utf8))
        let code = stdlibFrameCode(function: info.function, path: path, line: info.line, text: info.text,
                                   span: info.span)
        libraryCodes[frame] = code
        return code
    }

    /// Puts library frames in front of `e`'s traceback (outermost first), as if the exception
    /// had passed through them on its way out.
    func prependFrames(_ frames: [LibraryFrame], to e: PyException) {
        var tb = e.traceback
        for f in frames.reversed() { tb = PyTraceback(code: libraryCode(f), instruction: 0, next: tb) }
        e.traceback = tb
    }

    /// Appends a library frame at the inner end of `e`'s traceback (the exception was raised
    /// inside it).
    func appendFrame(_ frame: LibraryFrame, to e: PyException) {
        var chain: [PyTraceback] = []
        var t = e.traceback
        while let x = t { chain.append(x); t = x.next }
        var tb = PyTraceback(code: libraryCode(frame), instruction: 0, next: nil)
        for x in chain.reversed() { tb = PyTraceback(code: x.code, instruction: x.instruction, next: tb) }
        e.traceback = tb
    }

    /// The RuntimeError of the loop-state checks (`_check_closed()`, `_check_running()`) that
    /// the library function `caller` starts with: the traceback gets CPython's two frames, and
    /// the caller's entry holds `arguments` as the frame's locals would.
    func loopStateError(_ e: EngineError, closedCheck: LibraryFrame, runningCheck: LibraryFrame?,
                        holding arguments: [Value]) -> PyException {
        let exc = toVMException(e)
        let frames: [LibraryFrame]
        switch e.message {
        case "Event loop is closed": frames = [closedCheck, .checkClosed]
        case "This event loop is already running": frames = runningCheck.map { [$0, .checkRunningSelf] } ?? []
        default: frames = runningCheck.map { [$0, .checkRunningOther] } ?? []
        }
        for f in frames { appendFrame(f, to: exc) }
        holdInTraceback(arguments, of: exc, frame: frames.first)
        return exc
    }

    /// Makes the traceback entry of `frame` in `exc` keep `values` alive.
    func holdInTraceback(_ values: [Value], of exc: PyException, frame: LibraryFrame?) {
        guard let frame else { return }
        let code = libraryCode(frame)
        var t = exc.traceback
        while let x = t {
            if x.code === code { x.keepAlive = values; return }
            t = x.next
        }
    }

    /// The library frame of an engine coroutine that raised `e` (CPython's traceback shows the
    /// asyncio function the exception passed through).
    func addLibraryFrames(raisedBy c: Coroutine, _ e: EngineError, _ exc: PyException) {
        if c is SleepCoroutine { prependFrames([.sleep], to: exc); return }
        if let f = c as? Failing, let frame = f.frame {
            prependFrames([frame], to: exc)
            holdInTraceback(f.holding, of: exc, frame: frame)
            return
        }
        switch c.qualname {
        case "Timeout.__aexit__" where e.kind == .timeoutError:
            prependFrames([.timeoutExit], to: exc)
        case "TaskGroup.__aexit__" where e.kind == .exceptionGroup || e.kind == .baseExceptionGroup:
            prependFrames([.taskGroupExit], to: exc)
        case "wait_for" where e.kind == .timeoutError:
            prependFrames([.waitForTimeout], to: exc)
            if let cause = exc.cause, !cause.hasLibraryFrames {
                cause.hasLibraryFrames = true
                prependFrames([.waitForResult], to: cause)
            }
        default: break
        }
    }
}
