import Asyncio
import Engine

/// The `events` array of the trace document: one JSON object per `ProgramEvent`
/// (schema: docs/trace-format.md, Documentation/trace.schema.json). Times are the program's
/// virtual clock in seconds; a deadline that can never be reached is `null`.
struct TraceJSON {
    private(set) var out = ""

    mutating func events(_ list: [ProgramEvent]) {
        out += "["
        for (i, e) in list.enumerated() {
            out += i == 0 ? "\n    " : ",\n    "
            event(e)
        }
        out += list.isEmpty ? "]" : "\n  ]"
    }

    mutating func event(_ p: ProgramEvent) {
        let e = p.event
        let o = p.origin
        var f = Fields()
        f.int("seq", e.seq)
        f.raw("time", seconds(e.time, o))
        f.raw("loop", p.loop.map(String.init) ?? "null")
        f.int("pass", e.pass)
        f.raw("task", e.task.map(String.init) ?? "null")
        switch e.kind {
        case .loopStart(let s):
            f.str("kind", "loop_start")
            f.raw("state", state(s, o))
        case .loopStop: f.str("kind", "loop_stop")
        case .loopClosed: f.str("kind", "loop_closed")
        case .taskCreated(let t, let creator):
            f.str("kind", "task_created")
            f.raw("created", task(t))
            f.raw("creator", creator.map(String.init) ?? "null")
        case .stepStart(let cause):
            f.str("kind", "step_start")
            f.raw("cause", self.cause(cause, o))
        case .suspended(let w):
            f.str("kind", "suspended")
            switch w {
            case .nextPass: f.raw("waits_on", "{\"kind\": \"next_pass\"}")
            case .future(let id, let purpose):
                f.raw("waits_on", "{\"kind\": \"future\", \"future\": \(id), \"purpose\": \(self.purpose(purpose, o))}")
            }
        case .taskDone(let outcome):
            f.str("kind", "task_done")
            switch outcome {
            case .result(let r): f.raw("outcome", "{\"kind\": \"result\", \"repr\": \(json(r))}")
            case .exception(let r): f.raw("outcome", "{\"kind\": \"exception\", \"repr\": \(json(r))}")
            case .cancelled: f.raw("outcome", "{\"kind\": \"cancelled\"}")
            }
        case .timerScheduled(let id, let due, let label):
            f.str("kind", "timer_scheduled")
            f.int("timer", id)
            f.raw("due", seconds(due, o))
            f.str("label", label)
        case .timerFired(let id): f.str("kind", "timer_fired"); f.int("timer", id)
        case .timerCancelled(let id): f.str("kind", "timer_cancelled"); f.int("timer", id)
        case .timerDue(let id): f.str("kind", "timer_due"); f.int("timer", id)
        case .handleCancelled(let id): f.str("kind", "handle_cancelled"); f.int("handle", id)
        case .handleSkipped(let id): f.str("kind", "handle_skipped"); f.int("handle", id)
        case .callbackRun(let id, let label):
            f.str("kind", "callback_run")
            f.int("handle", id)
            f.str("label", label)
        case .clockAdvanced(let from, let to):
            f.str("kind", "clock_advanced")
            f.raw("from", seconds(from, o))
            f.raw("to", seconds(to, o))
        case .cancelRequested(let target, let by, let message):
            f.str("kind", "cancel_requested")
            f.int("target", target)
            f.raw("by", by.map(String.init) ?? "null")
            f.raw("message", message.map(json) ?? "null")
        case .blockingCall(let what, let duration):
            f.str("kind", "blocking_call")
            f.str("what", what)
            f.raw("duration", duration_(duration))
        case .deadlock(let r):
            f.str("kind", "deadlock")
            f.raw("waiters", "[" + r.waiters.map { w in
                "{\"task\": \(task(w.task)), \"future\": \(w.futureID.map(String.init) ?? "null"), \"purpose\": \(w.waitsOn.map { purpose($0, o) } ?? "null")}"
            }.joined(separator: ", ") + "]")
            f.raw("sleeps_forever", r.sleepsForever ? "true" : "false")
        case .threadSubmitted(let fut, let worker, let start, let end):
            f.str("kind", "thread_submitted")
            f.int("future", fut)
            f.raw("worker", worker >= 0 ? String(worker) : "null")
            f.raw("start", seconds(start, o))
            f.raw("end", seconds(end, o))
        case .threadCompleted(let fut): f.str("kind", "thread_completed"); f.int("future", fut)
        case .slowCallback(let s):
            f.str("kind", "slow_callback")
            f.raw("step_of", s.task.map(task) ?? "null")
            f.str("label", s.label)
            f.raw("start", seconds(s.start, o))
            f.raw("duration", duration_(s.duration))
            f.raw("kept_waiting", "[" + s.keptWaiting.map(task).joined(separator: ", ") + "]")
        case .scheduled(let entry):
            f.str("kind", "scheduled")
            f.raw("entry", ready(entry))
        case .output(let stream, let text):
            f.str("kind", "output")
            f.str("stream", stream == 2 ? "stderr" : "stdout")
            f.str("text", text)
        case .exceptionRaised(let type, let message):
            f.str("kind", "exception_raised")
            f.str("type", type)
            f.str("message", message)
        case .exceptionCaught(let type):
            f.str("kind", "exception_caught")
            f.str("type", type)
        case .warning(let message):
            f.str("kind", "warning")
            f.str("message", message)
        }
        if let l = e.location {
            f.raw("location", "{\"file\": \(json(l.file)), \"line\": \(l.line), \"column\": \(l.column)}")
        } else {
            f.raw("location", "null")
        }
        out += f.object
    }

    // MARK: parts

    func state(_ s: LoopSnapshot, _ o: Int64) -> String {
        let readyList = s.ready.map(ready).joined(separator: ", ")
        let timers = s.timers.map { t in
            "{\"timer\": \(t.id), \"due\": \(seconds(t.due, o)), \"label\": \(json(t.label))}"
        }.joined(separator: ", ")
        let tasks = s.tasks.map { t in
            "{\"task\": \(task(t.task)), \"purpose\": \(t.waitsOn.map { purpose($0, o) } ?? "null")}"
        }.joined(separator: ", ")
        return "{\"ready\": [\(readyList)], \"timers\": [\(timers)], \"tasks\": [\(tasks)]}"
    }

    func ready(_ r: ReadyEntry) -> String {
        switch r {
        case .taskStep(let t): return "{\"kind\": \"task_step\", \"task\": \(t)}"
        case .taskWakeup(let t, let fut): return "{\"kind\": \"task_wakeup\", \"task\": \(t), \"future\": \(fut)}"
        case .callback(let h, let label): return "{\"kind\": \"callback\", \"handle\": \(h), \"label\": \(json(label))}"
        }
    }

    func task(_ t: TaskSnapshot) -> String {
        "{\"id\": \(t.id), \"name\": \(json(t.name)), \"coroutine\": \(json(t.coroutine))}"
    }

    func cause(_ c: ResumeCause, _ o: Int64) -> String {
        switch c {
        case .start: return "{\"kind\": \"start\"}"
        case .yieldedBare: return "{\"kind\": \"next_pass\"}"
        case .wakeup(let fut, let p): return "{\"kind\": \"wakeup\", \"future\": \(fut), \"purpose\": \(purpose(p, o))}"
        case .cancelled: return "{\"kind\": \"cancelled\"}"
        case .exception(let r): return "{\"kind\": \"exception\", \"repr\": \(json(r))}"
        }
    }

    func purpose(_ p: WaitPurpose, _ o: Int64) -> String {
        func k(_ s: String) -> String { "{\"kind\": \"\(s)\"}" }
        switch p {
        case .plain: return k("future")
        case .task(let id): return "{\"kind\": \"task\", \"task\": \(id)}"
        case .sleep(let until): return "{\"kind\": \"sleep\", \"until\": \(until.map { seconds($0, o) } ?? "null")}"
        case .gather(let children): return "{\"kind\": \"gather\", \"children\": [\(children.map(String.init).joined(separator: ", "))]}"
        case .shield(let inner): return "{\"kind\": \"shield\", \"inner\": \(inner)}"
        case .wait: return k("wait")
        case .waitFor: return k("wait_for")
        case .queueGet: return k("queue_get")
        case .queuePut: return k("queue_put")
        case .queueJoin: return k("queue_join")
        case .lock: return k("lock")
        case .event: return k("event")
        case .semaphore: return k("semaphore")
        case .condition: return k("condition")
        case .taskGroup: return k("task_group")
        case .executor: return k("executor")
        }
    }

    /// Virtual nanoseconds (loop clock + the loop's origin) as seconds; never → null.
    func seconds(_ ns: Int64, _ origin: Int64) -> String {
        if ns == Int64.max || ns <= Int64.min / 2 { return "null" }
        let (sum, overflow) = ns.addingReportingOverflow(origin)
        return overflow ? "null" : jsonNumber(Double(sum) / 1e9)
    }

    func duration_(_ ns: Int64) -> String { jsonNumber(Double(ns) / 1e9) }

    func json(_ s: String) -> String { jsonString(s) }
}

/// A JSON object written key by key, in order.
private struct Fields {
    var parts: [String] = []
    mutating func raw(_ key: String, _ value: String) { parts.append("\"\(key)\": \(value)") }
    mutating func int(_ key: String, _ value: Int) { raw(key, String(value)) }
    mutating func str(_ key: String, _ value: String) { raw(key, jsonString(value)) }
    var object: String { "{" + parts.joined(separator: ", ") + "}" }
}

/// A finite double as a JSON number that reads back as the same double (`2.0`, `0.1`,
/// `1e-09`); non-finite values have no JSON form and become `null`.
func jsonNumber(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) + ".0" }
    return "\(d)"
}

/// A JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8).
func jsonString(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if u.value < 0x20 {
                let h = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
            } else { out.unicodeScalars.append(u) }
        }
    }
    return out + "\""
}
