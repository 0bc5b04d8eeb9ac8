/// `asyncio.TaskGroup` as 3.11 implements it (asyncio-semantics §14), including the quirk
/// that a parent cancelled by the group while waiting in `__aexit__` is never uncancelled.
public final class TaskGroup {
    let loop: EventLoop
    var entered = false
    var exiting = false
    var aborting = false
    var parentCancelRequested = false
    var parent: Task?
    /// Child tasks not yet done (a set in CPython; creation order here).
    var tasks: [Task] = []
    var errors: [EngineError] = []
    var baseError: EngineError?
    var onCompletedFut: Future?

    public init(loop: EventLoop) { self.loop = loop }

    /// `repr(tg)`.
    public var repr: String {
        var info = [""]
        if !tasks.isEmpty { info.append("tasks=\(tasks.count)") }
        if !errors.isEmpty { info.append("errors=\(errors.count)") }
        if aborting { info.append("cancelling") } else if entered { info.append("entered") }
        return "<TaskGroup" + info.joined(separator: " ") + ">"
    }

    /// `__aenter__` body.
    public func enter() -> EngineError? {
        if entered { return .runtime("TaskGroup \(repr) has already been entered") }
        guard let p = loop.currentTask else {
            return .runtime("TaskGroup \(repr) cannot determine the parent task")
        }
        parent = p
        entered = true
        return nil
    }

    public func aenter() -> Coroutine {
        SyncCoroutine("TaskGroup.__aenter__") { [self] in
            if let e = enter() { return .error(e) }
            return .value(.none)
        }
    }

    /// `tg.create_task(coro, name=…)`: unnamed first (consumes a Task-N), then renamed.
    public func createTask(_ coro: Coroutine, name: String? = nil) -> Result<Task, EngineError> {
        if !entered { return .failure(.runtime("TaskGroup \(repr) has not been entered")) }
        if exiting && tasks.isEmpty { return .failure(.runtime("TaskGroup \(repr) is finished")) }
        if aborting { return .failure(.runtime("TaskGroup \(repr) is shutting down")) }
        let t = loop.createTask(coro)
        if let n = name { t.name = n }
        t.addDoneCallback(label: "TaskGroup._on_task_done()", key: self) { [unowned self] f in
            self.onTaskDone(f as! Task)
        }
        tasks.append(t)
        return .success(t)
    }

    func abort() {
        aborting = true
        for t in tasks where !t.isDone { t.cancel() }
    }

    func onTaskDone(_ task: Task) {
        if let i = tasks.firstIndex(where: { $0 === task }) { tasks.remove(at: i) }
        if let f = onCompletedFut, tasks.isEmpty, !f.isDone { f.setResult(.bool(true)) }
        if task.isCancelled { return }
        guard case .success(let e?) = task.exception() else { return }
        errors.append(e)
        if e.isExit && baseError == nil { baseError = e }
        let p = parent!
        if p.isDone {
            loop.log(LoopLog(message: "Task \(task.repr) has errored out but its parent task \(p.repr) is already completed",
                             exception: e, fields: [("task", task.repr)]))
            return
        }
        if !aborting && !parentCancelRequested {
            abort()
            parentCancelRequested = true
            p.cancel()
        }
    }

    /// `await tg.__aexit__(et, exc, tb)` with the exception leaving the body (nil: none).
    public func aexit(_ error: EngineError?) -> Coroutine { TaskGroupExit(self, error) }
}

final class TaskGroupExit: NativeCoroutine {
    let tg: TaskGroup
    let exc: EngineError?
    var propagate: EngineError?
    init(_ tg: TaskGroup, _ exc: EngineError?) {
        self.tg = tg
        self.exc = exc
        super.init(qualname: "TaskGroup.__aexit__")
    }

    override func resume(_ input: Outcome) -> CoroutineStep {
        if pc == 0 {
            tg.exiting = true
            if let e = exc, e.isExit, tg.baseError == nil { tg.baseError = e }
            propagate = (exc?.kind == .cancelledError) ? exc : nil
            if tg.parentCancelRequested {
                if tg.parent!.uncancel() == 0 { propagate = nil }
            }
            if exc != nil && !tg.aborting { tg.abort() }
            pc = 1
        } else {
            if case .error(let e) = input, e.isCancellation {
                if !tg.aborting {
                    propagate = e
                    tg.abort()
                }
            }
            tg.onCompletedFut = nil
        }
        if !tg.tasks.isEmpty {
            let f = tg.onCompletedFut ?? tg.loop.createFuture(purpose: .taskGroup)
            tg.onCompletedFut = f
            return awaitFuture(f)
        }
        if let b = tg.baseError { return .raised(b) }
        if let p = propagate, tg.errors.isEmpty { return .raised(p) }
        if let e = exc, e.kind != .cancelledError { tg.errors.append(e) }
        if !tg.errors.isEmpty {
            let g = EngineError.group("unhandled errors in a TaskGroup", tg.errors)
            g.suppressContext = true
            tg.errors = []
            return .raised(g)
        }
        return .returned(.none)
    }
}
