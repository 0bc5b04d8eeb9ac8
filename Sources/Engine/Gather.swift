/// `gather()`'s outer future: `cancel()` cancels the children instead of itself
/// (asyncio-semantics §8).
public final class GatheringFuture: Future {
    public internal(set) var children: [Future] = []
    var cancelRequested = false

    @discardableResult
    public override func cancel(msg: EngineValue? = nil) -> Bool {
        if isDone { return false }
        var ret = false
        for child in children where child.cancel(msg: msg) { ret = true }
        if ret { cancelRequested = true }
        return ret
    }

    override var className: String { "_GatheringFuture" }
}

extension EventLoop {
    /// `asyncio.gather(*aws, return_exceptions=…)`.
    ///
    /// Each argument goes through `ensure_future` in argument order, now (coroutines become
    /// tasks here); identical arguments share one child. Each distinct child gets a done
    /// callback; the first failure completes the outer future (return_exceptions=False);
    /// when all are done the results are collected in argument order.
    public func gather(_ aws: [Awaitable], returnExceptions: Bool = false) -> Future {
        if aws.isEmpty {
            let outer = createFuture()
            outer.setResult(.list([]))
            return outer
        }
        let state = GatherState(returnExceptions: returnExceptions)
        var argToFut: [ObjectIdentifier: Future] = [:]
        argToFut.reserveCapacity(aws.count)
        // One callback record shared by every child (CPython shares one closure too).
        let callback = FutureCallback(key: state, label: "gather.<locals>._done_callback() at <stdlib>/asyncio/tasks.py:764") {
            [unowned state] f in state.childDone(f)
        }
        var children: [Future] = []
        children.reserveCapacity(aws.count)
        for aw in aws {
            let key = aw.identity
            if let fut = argToFut[key] {
                children.append(fut)
                continue
            }
            let fut = ensureFuture(aw)
            if case .coroutine = aw { fut.logDestroyPending = false }
            state.nfuts += 1
            argToFut[key] = fut
            fut.addDoneCallback(callback)
            children.append(fut)
        }
        let outer = GatheringFuture(loop: self, purpose: .gather(children: children.map { $0.id }))
        outer.children = children
        state.outer = outer
        return outer
    }
}

final class GatherState {
    let returnExceptions: Bool
    var nfuts = 0
    var nfinished = 0
    var outer: GatheringFuture?

    init(returnExceptions: Bool) { self.returnExceptions = returnExceptions }

    /// `gather.<locals>._done_callback(fut)`.
    func childDone(_ fut: Future) {
        nfinished += 1
        guard let outer = outer, !outer.isDone else {
            if !fut.isCancelled { _ = fut.exception() }
            return
        }
        if !returnExceptions {
            if fut.isCancelled {
                outer.finishWithException(fut.makeCancelledError())
                return
            }
            if case .success(let e?) = fut.exception() {
                outer.finishWithException(e)
                return
            }
        }
        if nfinished == nfuts {
            var results: [EngineValue] = []
            results.reserveCapacity(outer.children.count)
            for child in outer.children {
                if child.isCancelled {
                    results.append(.error(.cancelled(child.cancelMessage ?? .string(""))))
                } else if case .success(let e?) = child.exception() {
                    results.append(.error(e))
                } else {
                    results.append(child.resultValue)
                }
            }
            if outer.cancelRequested {
                // CPython uses the loop variable left over from the list comprehension: the
                // last child.
                outer.finishWithException(outer.children[outer.children.count - 1].makeCancelledError())
            } else {
                outer.setResult(.list(results))
            }
        }
    }
}

extension Future {
    /// `Future.set_exception` for engine-internal completions (no StopIteration check needed).
    func finishWithException(_ e: EngineError) {
        guard state == .pending else { return }
        exceptionValue = e
        logTraceback = true
        transition(to: .finished)
    }
}
