import Engine
import VM

/// A Python object carrying an engine object (a Future, Task, Queue, Lock, loop …).
///
/// Not a `PyInstance`: most of these objects never get an attribute, so the namespace (a
/// `PyDict`) is made on the first assignment (`makeAttributes`). A future's object is its
/// Python identity while it lives; the future points back to it unowned (`hostObject`) and
/// this object clears that pointer when it dies, so the bridge keeps no table of wrappers and
/// a future's wrapper is freed with the last Python reference to it.
public class EngineObject: PyObject, NativeAwaitable {
    /// The payload is a Future whose `hostObject` may be this object (declared first: it
    /// fits in the padding after `PyObject.kind`).
    let wrapsFuture: Bool
    public let payload: AnyObject
    unowned(unsafe) var bridge: AsyncioBridge?
    var dict: PyDict?

    init(cls: PyClass, payload: AnyObject, bridge: AsyncioBridge? = nil, wrapsFuture: Bool = false) {
        self.wrapsFuture = wrapsFuture
        self.payload = payload
        self.bridge = bridge
        super.init(cls: cls, kind: .instance)
    }

    deinit {
        if wrapsFuture {
            let f = unsafeDowncast(payload, to: Future.self)
            if let h = f.hostObject, h.toOpaque() == Unmanaged.passUnretained(self).toOpaque() {
                f.hostObject = nil
            }
        }
    }

    public override var attributes: PyDict? { dict }
    public override var nativeAwaitable: NativeAwaitable? { self }

    /// The first attribute set on the object. An object with attributes must keep its
    /// identity even when Python drops it and later gets the future back from the engine,
    /// so the bridge pins it.
    public override func makeAttributes() -> PyDict? {
        let d = PyDict()
        dict = d
        if wrapsFuture { bridge?.pinned.append(self) }
        return d
    }

    /// `__await__` without a method call: futures get a FutureIter.
    public func awaitIterator(_ vm: VM) throws -> Value {
        if let b = bridge, let f = payload as? Future {
            return .obj(FutureIter(cls: b.awaitIterClass, future: f, bridge: b))
        }
        throw vm.typeError("object \(cls.name) can't be used in 'await' expression")
    }
}

/// A coroutine of asyncio written in Swift (`sleep`, `Lock.acquire`, `wait_for` …) as a Python
/// coroutine object (`<coroutine object sleep at …>`). Like a coroutine, `await` delegates to
/// the object itself (`__await__` returns self), so one allocation serves both roles.
///
/// The common calls that finish at their first step (Engine README "Fast paths": a queue
/// with room or an item, a free lock or semaphore, `sleep(0)`) keep just their arguments and
/// run the fast path at the first `send`; the engine coroutine is built only when the fast
/// path says no, or when something needs it as an object (`create_task(q.get())`). Output,
/// suspensions and loop passes are the same either way.
final class CoroutineObject: EngineObject, NativeAwaitIterator {
    enum State {
        case built(Coroutine)
        /// `asyncio.sleep(d <= 0, result)`: one bare yield, then `result` (`__sleep0`).
        case sleep0(EngineValue, yielded: Bool)
        case queuePut(AsyncQueue, EngineValue)
        case queueGet(AsyncQueue)
        /// `lock.acquire()` (→ True) or `async with lock` (`__aenter__` → None).
        case lockAcquire(AsyncLock, aenter: Bool)
        case semaphoreAcquire(AsyncSemaphore, aenter: Bool)
        /// Returns None at once (a lock's `__aexit__`: the release happened at the call).
        case returnNone
    }
    private var state: State
    let label: String
    /// Already awaited: a second `await` is an error.
    var consumed = false
    /// The coroutine returned or raised: a later throw is re-raised as it is.
    var done = false
    /// Made by an `async def` of asyncio and not yet awaited, driven or given to the loop —
    /// CPython's coroutine would die in the CREATED state and warn "never awaited".
    var unawaited = false

    init(cls: PyClass, coroutine: Coroutine, label: String, bridge: AsyncioBridge) {
        state = .built(coroutine)
        self.label = label
        super.init(cls: cls, payload: coroutine, bridge: bridge)
    }

    /// A coroutine object whose engine coroutine waits to be needed; `target` is the object
    /// it works on (the queue, lock …).
    init(cls: PyClass, state: State, target: AnyObject, label: String, bridge: AsyncioBridge) {
        self.state = state
        self.label = label
        super.init(cls: cls, payload: target, bridge: bridge)
    }

    deinit {
        if unawaited, let vm = VM.active { vm.warnNeverAwaited(qualname) }
    }

    /// `__qualname__` of the coroutine, without building a pending fast path's coroutine.
    var qualname: String {
        switch state {
        case .built(let c): return c.qualname
        case .sleep0: return "sleep"
        case .queuePut: return "Queue.put"
        case .queueGet: return "Queue.get"
        case .lockAcquire(_, let aenter): return aenter ? "_ContextManagerMixin.__aenter__" : "Lock.acquire"
        case .semaphoreAcquire(_, let aenter): return aenter ? "_ContextManagerMixin.__aenter__" : "Semaphore.acquire"
        case .returnNone: return label
        }
    }

    /// The engine coroutine, built now if it was not yet.
    var coroutine: Coroutine {
        if case .built(let c) = state { return c }
        let c = makeCoroutine()
        state = .built(c)
        return c
    }

    private func makeCoroutine() -> Coroutine {
        let b = bridge!
        switch state {
        case .built(let c): return c
        case .sleep0(let r, _):
            if let l = b.runtime.runningLoop { return l.sleep(0, result: r) }
            return Lazy("sleep", b) { l in .success(l.sleep(0, result: r)) }
        case .queuePut(let q, let x): return q.put(x)
        case .queueGet(let q): return q.get()
        case .lockAcquire(let l, let aenter): return aenter ? AcquireThenNone(l.acquire()) : l.acquire()
        case .semaphoreAcquire(let s, let aenter): return aenter ? AcquireThenNone(s.acquire()) : s.acquire()
        case .returnNone: return Failing(nil, label)
        }
    }

    override var nativeAwaitIterator: NativeAwaitIterator? { self }

    override func awaitIterator(_ vm: VM) throws -> Value {
        if consumed { throw vm.runtimeError("cannot reuse already awaited coroutine") }
        consumed = true
        unawaited = false
        return .obj(self)
    }

    // After the coroutine finished, its own `send`/`throw` answer as CPython's do (the
    // "cannot reuse" RuntimeError, or the exception re-raised).
    func awaitSend(_ vm: VM, _ value: Value) throws -> NativeAwaitStep {
        let b = bridge!
        switch state {
        case .built(let c):
            return try finish(c.send(b.toEngine(value)), b)
        case _ where done:
            throw vm.runtimeError("cannot reuse already awaited coroutine")
        case .sleep0(let r, let yielded):
            if !yielded {
                state = .sleep0(r, yielded: true)
                return .yielded(.none)
            }
            done = true
            return .returned(b.toVM(r))
        case .queuePut(let q, let x):
            if q.putIfRoom(x) {
                done = true
                return .returned(.none)
            }
        case .queueGet(let q):
            if let v = q.getIfAvailable() {
                done = true
                return .returned(b.toVM(v))
            }
        case .lockAcquire(let l, let aenter):
            if l.acquireIfFree() {
                done = true
                return .returned(aenter ? .none : .bool(true))
            }
        case .semaphoreAcquire(let s, let aenter):
            if s.acquireIfFree() {
                done = true
                return .returned(aenter ? .none : .bool(true))
            }
        case .returnNone:
            done = true
            return .returned(.none)
        }
        return try finish(coroutine.send(b.toEngine(value)), b)
    }

    func awaitThrow(_ vm: VM, _ exc: PyException) throws -> NativeAwaitStep {
        if done { throw exc }
        let b = bridge!
        if case .sleep0 = state {
            // Raised at the bare yield (or before the first step), out through `sleep`.
            done = true
            b.prependFrames([.sleep], to: exc)
            throw exc
        }
        return try finish(coroutine.throw(b.toEngineError(exc)), b)
    }

    /// `close()`: an engine coroutine closes itself; one never built has nothing to run.
    func close() {
        unawaited = false
        if case .built(let c) = state { c.close() } else { done = true }
    }

    /// `send(v)` from Python: the next value to yield, or StopIteration(result).
    func send(_ v: Value, vm: VM) throws -> Value {
        unawaited = false
        switch try awaitSend(vm, v) {
        case .yielded(let y): return y
        case .returned(let r): throw vm.stopIteration(r)
        }
    }

    func throwIn(_ e: PyException, vm: VM) throws -> Value {
        unawaited = false
        switch try awaitThrow(vm, e) {
        case .yielded(let y): return y
        case .returned(let r): throw vm.stopIteration(r)
        }
    }

    func finish(_ s: Engine.CoroutineStep, _ bridge: AsyncioBridge) throws -> NativeAwaitStep {
        switch s {
        case .yielded(let y): return .yielded(bridge.yieldedValue(y))
        case .returned(let v):
            done = true
            return .returned(bridge.toVM(v))
        case .raised(let e):
            let first = !done
            done = true
            let exc = bridge.toVMException(e)
            if first { bridge.addLibraryFrames(raisedBy: coroutine, e, exc) }
            throw exc
        }
    }
}

/// CPython's FutureIter: what `__await__` returns for a future. The VM's `await` drives it
/// through `awaitSend`/`awaitThrow` (Python code through `send`/`__next__`/`throw`).
final class FutureIter: PyObject, NativeAwaitIterator {
    unowned(unsafe) let bridge: AsyncioBridge
    var future: Future?
    var started = false

    init(cls: PyClass, future: Future, bridge: AsyncioBridge) {
        self.future = future
        self.bridge = bridge
        super.init(cls: cls, kind: .instance)
    }

    override var nativeAwaitIterator: NativeAwaitIterator? { self }

    func awaitSend(_ vm: VM, _ value: Value) throws -> NativeAwaitStep {
        guard let f = future else { return .returned(.none) }
        if !started {
            started = true
            if !f.isDone {
                f.blocking = true
                return .yielded(.obj(bridge.wrap(f)))
            }
        }
        future = nil
        switch f.awaitResume() {
        case .returned(let v): return .returned(bridge.toVM(v))
        case .raised(let e): throw bridge.toVMException(e)
        case .yielded(let y): return .yielded(bridge.toVM(y))
        }
    }

    func awaitThrow(_ vm: VM, _ exc: PyException) throws -> NativeAwaitStep {
        future = nil
        throw exc
    }

    func send(_ v: Value, vm: VM) throws -> Value {
        switch try awaitSend(vm, v) {
        case .yielded(let y): return y
        case .returned(let r): throw vm.stopIteration(r)
        }
    }
}

/// What an explicit `coro.__await__()` returns for a native coroutine (CPython's
/// `coroutine_wrapper`): an iterator over the same coroutine, for `yield from` in generator
/// based awaitables. A plain `await` never makes one (the coroutine object drives itself).
final class CoroutineWrapperIter: PyObject, NativeAwaitIterator {
    let target: CoroutineObject

    init(cls: PyClass, target: CoroutineObject) {
        self.target = target
        super.init(cls: cls, kind: .instance)
    }

    override var nativeAwaitIterator: NativeAwaitIterator? { self }

    func awaitSend(_ vm: VM, _ value: Value) throws -> NativeAwaitStep { try target.awaitSend(vm, value) }
    func awaitThrow(_ vm: VM, _ exc: PyException) throws -> NativeAwaitStep { try target.awaitThrow(vm, exc) }
}
