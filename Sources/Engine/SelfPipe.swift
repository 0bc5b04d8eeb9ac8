/// `call_soon_threadsafe` and the loop's self-pipe (CPython's `BaseSelectorEventLoop`):
/// a handle queued from another thread (a worker finishing, a signal handler) is appended to
/// `ready` at once, and `_write_to_self()` writes a byte to the self-pipe so that a loop
/// waiting in `select()` wakes up. The next I/O poll finds the pipe readable and queues its
/// reader, `_read_from_self`, which drains the pipe: one extra handle in that pass (after
/// the handles already queued, before the due timers), however many bytes were written.
extension EventLoop {
    /// `loop.call_soon_threadsafe(fn, *args)` for a host callback.
    @discardableResult
    public func callSoonThreadsafe(_ cb: HostCallback) -> Handle {
        let h = callSoon(cb)
        selfPipeWritten = true
        return h
    }

    /// `call_soon_threadsafe` for the engine's own callbacks.
    func enqueueThreadsafe(_ h: Handle) {
        enqueue(h)
        selfPipeWritten = true
    }

    /// Step 3 of a pass found the self-pipe readable: queue its reader.
    func readFromSelf() {
        selfPipeWritten = false
        enqueue(Handle(.call({}), label: "BaseSelectorEventLoop._read_from_self()"))
    }
}
