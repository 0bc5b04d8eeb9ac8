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
    public let payload: AnyObject
    unowned(unsafe) var bridge: AsyncioBridge?
    var dict: PyDict?

    init(cls: PyClass, payload: AnyObject, bridge: AsyncioBridge? = nil) {
        self.payload = payload
        self.bridge = bridge
        super.init(cls: cls, kind: .instance)
    }

    deinit {
        if let f = payload as? Future, let h = f.hostObject,
           h.toOpaque() == Unmanaged.passUnretained(self).toOpaque() {
            f.hostObject = nil
        }
    }

    public override var attributes: PyDict? { dict }

    /// The first attribute set on the object. An object with attributes must keep its
    /// identity even when Python drops it and later gets the future back from the engine,
    /// so the bridge pins it.
    public override func makeAttributes() -> PyDict? {
        let d = PyDict()
        dict = d
        if payload is Future { bridge?.pinned.append(self) }
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
final class CoroutineObject: EngineObject, NativeAwaitIterator {
    let coroutine: Coroutine
    let label: String
    /// Already awaited: a second `await` is an error.
    var consumed = false
    /// The coroutine returned or raised: a later throw is re-raised as it is.
    var done = false

    init(cls: PyClass, coroutine: Coroutine, label: String, bridge: AsyncioBridge) {
        self.coroutine = coroutine
        self.label = label
        super.init(cls: cls, payload: coroutine, bridge: bridge)
    }

    override func awaitIterator(_ vm: VM) throws -> Value {
        if consumed { throw vm.runtimeError("cannot reuse already awaited coroutine") }
        consumed = true
        return .obj(self)
    }

    // After the coroutine finished, its own `send`/`throw` answer as CPython's do (the
    // "cannot reuse" RuntimeError, or the exception re-raised).
    func awaitSend(_ vm: VM, _ value: Value) throws -> NativeAwaitStep {
        let b = bridge!
        return try finish(coroutine.send(b.toEngine(value)), b)
    }

    func awaitThrow(_ vm: VM, _ exc: PyException) throws -> NativeAwaitStep {
        if done { throw exc }
        let b = bridge!
        return try finish(coroutine.throw(b.toEngineError(exc)), b)
    }

    /// `send(v)` from Python: the next value to yield, or StopIteration(result).
    func send(_ v: Value, vm: VM) throws -> Value {
        switch try awaitSend(vm, v) {
        case .yielded(let y): return y
        case .returned(let r): throw vm.stopIteration(r)
        }
    }

    func throwIn(_ e: PyException, vm: VM) throws -> Value {
        switch try awaitThrow(vm, e) {
        case .yielded(let y): return y
        case .returned(let r): throw vm.stopIteration(r)
        }
    }

    func finish(_ s: Engine.CoroutineStep, _ bridge: AsyncioBridge) throws -> NativeAwaitStep {
        switch s {
        case .yielded(let y): return .yielded(bridge.toVM(y))
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

    func awaitSend(_ vm: VM, _ value: Value) throws -> NativeAwaitStep { try target.awaitSend(vm, value) }
    func awaitThrow(_ vm: VM, _ exc: PyException) throws -> NativeAwaitStep { try target.awaitThrow(vm, exc) }
}
