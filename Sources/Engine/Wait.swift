/// `return_when` of `asyncio.wait` (the constants are those strings in CPython).
public enum ReturnWhen: String {
    case firstCompleted = "FIRST_COMPLETED"
    case firstException = "FIRST_EXCEPTION"
    case allCompleted = "ALL_COMPLETED"
}

extension EventLoop {
    /// `await asyncio.wait(fs, timeout=…, return_when=…)` (asyncio-semantics §10). The VM
    /// raises the argument-type errors (`expect a list of futures…`, invalid return_when)
    /// itself; this coroutine raises the empty-set and coroutine errors as 3.11 does, at its
    /// first step. Its result is `.tuple([.set(done), .set(pending)])`, sets in creation
    /// order (CPython: address order).
    public func wait(_ fs: [Awaitable], timeout: Double? = nil,
                     returnWhen: ReturnWhen = .allCompleted) -> Coroutine {
        WaitCoroutine(loop: self, fs, timeout: timeout, returnWhen: returnWhen)
    }

    /// `asyncio.as_completed(fs, timeout=…)`: an iterator of coroutines (3.11's generator);
    /// the set-up runs at the first `next()`, as in CPython.
    public func asCompleted(_ fs: [Awaitable], timeout: Double? = nil) -> AsCompletedIterator {
        AsCompletedIterator(loop: self, fs, timeout: timeout)
    }
}

final class WaitCoroutine: NativeCoroutine {
    let loop: EventLoop
    let args: [Awaitable]
    let timeout: Double?
    let returnWhen: ReturnWhen
    var fs: [Future] = []
    var timeoutHandle: Handle?
    let key = CallbackKey()

    init(loop: EventLoop, _ args: [Awaitable], timeout: Double?, returnWhen: ReturnWhen) {
        self.loop = loop
        self.args = args
        self.timeout = timeout
        self.returnWhen = returnWhen
        super.init(qualname: "wait")
    }

    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 0 {
            if args.isEmpty { return .raised(.value("Set of Tasks/Futures is empty.")) }
            var seen = Set<ObjectIdentifier>()
            for a in args {
                guard case .future(let f) = a else {
                    return .raised(.type("Passing coroutines is forbidden, use tasks explicitly."))
                }
                if seen.insert(ObjectIdentifier(f)).inserted { fs.append(f) }
            }
            fs.sort { $0.id < $1.id }
            let waiter = loop.createFuture(purpose: .wait)
            if let t = timeout {
                timeoutHandle = loop.callLater(t, label: "_release_waiter") {
                    if !waiter.isDone { waiter.setResult(.none) }
                }
            }
            var counter = fs.count
            let returnWhen = self.returnWhen
            for f in fs {
                f.addDoneCallback(label: "_wait.<locals>._on_completion() at <stdlib>/asyncio/tasks.py:519",
                                  key: key) { [unowned self] f in
                    counter -= 1
                    var release = counter <= 0 || returnWhen == .firstCompleted
                    if !release && returnWhen == .firstException && !f.isCancelled,
                       case .success(.some) = f.exception() {
                        release = true
                    }
                    if release {
                        self.timeoutHandle?.cancel()
                        if !waiter.isDone { waiter.setResult(.none) }
                    }
                }
            }
            pc = 1
            return awaitFuture(waiter)
        }
        timeoutHandle?.cancel()
        for f in fs { f.removeDoneCallback(key: key) }
        if case .error(let e) = input { return .raised(e) }
        let done = fs.filter { $0.isDone }.map { EngineValue.future($0) }
        let pending = fs.filter { !$0.isDone }.map { EngineValue.future($0) }
        return .returned(.tuple([.set(done), .set(pending)]))
    }
}

/// 3.11's `as_completed` generator: `next()` returns the next `_wait_for_one()` coroutine.
public final class AsCompletedIterator {
    let loop: EventLoop
    let args: [Awaitable]
    let timeout: Double?
    var started = false
    var remaining = 0
    var todo: [Future] = []
    var done: AsyncQueue
    var timeoutHandle: Handle?
    let key = CallbackKey()

    init(loop: EventLoop, _ args: [Awaitable], timeout: Double?) {
        self.loop = loop
        self.args = args
        self.timeout = timeout
        done = AsyncQueue(runtime: loop.runtime)
    }

    /// `next(it)`: nil when exhausted.
    public func next() -> Coroutine? {
        if !started {
            started = true
            // `{ensure_future(f) for f in set(fs)}`: distinct arguments, creation order.
            var seen = Set<ObjectIdentifier>()
            for a in args where seen.insert(a.identity).inserted { todo.append(loop.ensureFuture(a)) }
            for f in todo {
                f.addDoneCallback(label: "as_completed.<locals>._on_completion() at <stdlib>/asyncio/tasks.py:602",
                                  key: key) { [unowned self] f in self.onCompletion(f) }
            }
            if !todo.isEmpty, let t = timeout {
                timeoutHandle = loop.callLater(t, label: "as_completed.<locals>._on_timeout") { [unowned self] in
                    for f in self.todo {
                        f.removeDoneCallback(key: self.key)
                        self.done.putNowait(.none)
                    }
                    self.todo.removeAll()
                }
            }
            remaining = todo.count
        }
        if remaining == 0 { return nil }
        remaining -= 1
        return WaitForOne(done)
    }

    func onCompletion(_ f: Future) {
        if todo.isEmpty { return }
        if let i = todo.firstIndex(where: { $0 === f }) { todo.remove(at: i) }
        done.putNowait(.future(f))
        if todo.isEmpty { timeoutHandle?.cancel() }
    }
}

/// `as_completed.<locals>._wait_for_one()`.
final class WaitForOne: NativeCoroutine {
    let done: AsyncQueue
    init(_ q: AsyncQueue) { done = q; super.init(qualname: "as_completed.<locals>._wait_for_one") }
    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 0 {
            pc = 1
            return awaitCoroutine(done.get())
        }
        switch input {
        case .error(let e): return .raised(e)
        case .value(.future(let f)): return outcomeStep(f.result())
        case .value: return .raised(.timeout())
        }
    }
}
