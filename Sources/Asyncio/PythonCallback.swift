import Engine
import VM

/// `loop.call_soon(fn, *args)`, `call_later`, `call_at`: a Python callable as the engine's
/// `HostCallback`. One object per scheduled call, no closure; its label
/// (`tick(1) at f.py:3`) is formatted only when the trace, a repr or an error log asks.
final class PythonCallback: HostCallback {
    unowned(unsafe) let bridge: AsyncioBridge
    let fn: Value
    let args: [Value]

    init(_ bridge: AsyncioBridge, _ fn: Value, _ args: [Value]) {
        self.bridge = bridge
        self.fn = fn
        self.args = args
    }

    var label: String { bridge.callbackLabel(fn, args) }

    func run() {
        defer { bridge.vm.flushCPU() }
        do {
            _ = try bridge.vm.call(fn, args)
        } catch let e as PyException {
            bridge.prependFrames([.handleRun], to: e)
            bridge.runtime.runningLoop?.callbackFailed(label: label, error: bridge.toEngineError(e))
        } catch let s as LooplabStop {
            bridge.pendingStop = s
            bridge.runtime.runningLoop?.stop()
        } catch {}
    }
}
