/// The messages CPython's default exception handler logs (asyncio-semantics §19). The engine
/// builds them; the VM, which owns object lifetimes, decides when a future dies.
extension Future {
    /// "Task exception was never retrieved" / "Future exception was never retrieved", if this
    /// future dies now with an unretrieved exception.
    public func neverRetrievedLog() -> LoopLog? {
        guard state == .finished, logTraceback, let e = exceptionValue else { return nil }
        let what = self is Task ? "Task" : "Future"
        return LoopLog(message: "\(what) exception was never retrieved", exception: e,
                       fields: [("future", repr)])
    }
}

extension Task {
    /// "Task was destroyed but it is pending!", if this task dies pending.
    public func destroyedPendingLog() -> LoopLog? {
        guard state == .pending, logDestroyPending else { return nil }
        return LoopLog(message: "Task was destroyed but it is pending!", exception: nil,
                       fields: [("task", repr)])
    }
}

extension EventLoop {
    /// An exception escaped a callback run by the loop (`Exception in callback …`); the loop
    /// goes on.
    public func callbackFailed(label: String, error: EngineError) {
        log(LoopLog(message: "Exception in callback \(label)", exception: error,
                    fields: [("handle", "<Handle \(label)>")]))
    }
}
