// The seam between the engine and the interpreter.
//
// The engine drives coroutines exactly the way CPython's `Task.__step` does: it resumes a
// coroutine with a value (`send`) or an exception (`throw`), and the coroutine answers with
// one `CoroutineStep`:
//
//   .yielded(x)   the coroutine suspended and handed `x` to the task:
//                   .none          a bare `yield` (`sleep(0)`): run again one loop pass later
//                   .future(f)     `await f` on a pending future; `f.blocking` must be true
//                                  (set by the future's `__await__`, see `Future.awaitStep`)
//                   anything else  CPython's "Task got bad yield" RuntimeError
//   .returned(v)  the coroutine finished (`StopIteration(v)` in CPython)
//   .raised(e)    an exception escaped the coroutine
//
// How the VM plugs in (no VM dependency exists yet):
//   * A VM coroutine object (or a wrapper around one) conforms to `Coroutine`. `send`/`throw`
//     run the frame until its next suspension. `await x` inside VM code must behave like
//     CPython's `yield from x.__await__()`: awaiting another coroutine — a VM one or one of
//     the engine's native ones (`SleepCoroutine`, `Queue.get()` …, which also conform to
//     `Coroutine`) — delegates send/throw to it; awaiting a `Future` uses `Future.awaitStep()`
//     / `Future.awaitResume()` (CPython's FutureIter) or simply wraps the future with
//     `FutureAwaiter`.
//   * Values cross the seam as `EngineValue`: a few structural cases the engine itself must
//     build (None, bools, ints, the result list of `gather`, the `(done, pending)` tuple of
//     `wait` …) and `.host(AnyObject)` for any VM object, passed through untouched.
//   * Exceptions cross as `EngineError` (a class: identity matters — a task re-raises the
//     very CancelledError object that escaped its coroutine). The VM wraps its own exception
//     object in `host` and sets the traits the engine needs (`isCancellation`, `isBaseOnly`,
//     `isExit`); errors the engine creates (CancelledError, TimeoutError,
//     InvalidStateError …) carry `host == nil`, and the VM materialises them lazily, caching
//     its object in `host` so that the identity stays stable.
//   * Reprs of VM values (needed for "Task got bad yield: …", Future reprs) come from
//     `AsyncioRuntime.reprHook`.

/// What a coroutine does when it is resumed.
public enum CoroutineStep {
    /// Suspended, handing this value to the task (`.none` = bare yield, `.future` = await).
    case yielded(EngineValue)
    /// Finished with a return value.
    case returned(EngineValue)
    /// An exception escaped.
    case raised(EngineError)
}

/// The result of something that either produced a value or raised.
public enum Outcome {
    case value(EngineValue)
    case error(EngineError)
}

/// CPython's coroutine protocol, as the engine needs it.
public protocol Coroutine: AnyObject {
    /// `coro.send(value)`; the first resume always sends `.none`.
    func send(_ value: EngineValue) -> CoroutineStep
    /// `coro.throw(error)`: raise `error` at the suspension point.
    func `throw`(_ error: EngineError) -> CoroutineStep
    /// `coro.close()`: throw GeneratorExit in if suspended; mark finished.
    func close()
    /// `__qualname__`, e.g. `main.<locals>.work` (used in warnings and trace snapshots).
    var qualname: String { get }
    /// The part of a task repr after `coro=<…>`: `work() running at f.py:5` /
    /// `work() done, defined at f.py:5`.
    var reprDescription: String { get }
}

/// Something that can be awaited or wrapped by `ensure_future`.
public enum Awaitable {
    case coroutine(Coroutine)
    case future(Future)

    var identity: ObjectIdentifier {
        switch self {
        case .coroutine(let c): return ObjectIdentifier(c)
        case .future(let f): return ObjectIdentifier(f)
        }
    }
}
