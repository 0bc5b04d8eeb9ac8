extension EventLoop {
    /// `asyncio.shield(aw)` (asyncio-semantics §9): a done inner is returned itself;
    /// otherwise an outer future linked both ways — inner completion is copied by a callback
    /// (+1 pass), cancelling the outer only detaches it.
    public func shield(_ aw: Awaitable) -> Future {
        let inner = ensureFuture(aw)
        if inner.isDone { return inner }
        let outer = createFuture(purpose: .shield(inner: inner.id))
        let key = CallbackKey()
        inner.addDoneCallback(label: "shield.<locals>._inner_done_callback() at <stdlib>/asyncio/tasks.py:891",
                              key: key) { inner in
            if outer.isCancelled {
                if !inner.isCancelled { _ = inner.exception() }
                return
            }
            if inner.isCancelled {
                outer.cancel()
            } else if case .success(let e?) = inner.exception() {
                outer.setException(e)
            } else {
                outer.setResult(inner.resultValue)
            }
        }
        outer.addDoneCallback(label: "shield.<locals>._outer_done_callback() at <stdlib>/asyncio/tasks.py:908") { _ in
            if !inner.isDone { inner.removeDoneCallback(key: key) }
        }
        return outer
    }
}

/// An identity for `remove_done_callback` of engine-made callbacks.
final class CallbackKey {}
