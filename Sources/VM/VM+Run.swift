import Compiler

/// How a run of the dispatch loop ended for its entry frame.
enum LoopExit {
    case returned(Value)
    case yielded(Value)
}

extension VM {
    /// The dispatch loop. Runs `entry` (and every Python frame it calls, without recursing in
    /// Swift) until `entry` returns or yields. A pending exception, if given, is raised in `entry`
    /// before the first instruction (used by `generator.throw`).
    ///
    /// This is the one long function of the VM (style example 6): every case is one line or
    /// calls a small method in a topical file.
    func execute(_ entry: Frame, raising pending: PyException? = nil) throws -> LoopExit {
        options.cpuModel ? try execute(entry, raising: pending, CPUCharged.self)
                         : try execute(entry, raising: pending, CPUFree.self)
    }

    /// The loop itself, specialised for the two ways of accounting CPU time (CPUCost.swift).
    @_specialize(where M == CPUFree)
    @_specialize(where M == CPUCharged)
    func execute<M: CPUAccounting>(_ entry: Frame, raising pending: PyException?, _: M.Type) throws -> LoopExit {
        entry.isEntry = true
        var f = entry
        let savedCurrent = current
        current = f
        defer { current = savedCurrent }
        var pendingException = pending
        while true {
            do {
                if let p = pendingException {
                    pendingException = nil
                    throw p
                }
                while true {
                    let ins = f.instructions[f.ip]
                    f.ip += 1
                    if M.charges { cpuPicos &+= ins.cpuCost }
                    steps &+= 1
                    if steps >= stepCheckpoint { try checkLimits() }
                    switch ins {
                    case .nop: break
                    case .popTop: _ = f.pop()
                    case .copy(let n): f.push(f.peek(Int(n) - 1))
                    case .swap(let n): let i = f.sp - Int(n); let t = f.slots[f.sp - 1]; f.slots[f.sp - 1] = f.slots[i]; f.slots[i] = t
                    case .loadConst(let i): f.push(f.constants[Int(i)])
                    case .loadFast(let i):
                        // Small ints (the commonest local) are pushed without the outlined
                        // copy a general value needs.
                        let p = f.slots + Int(i)
                        if case .int(let x) = p.pointee { f.push(.int(x)); break }
                        let v = p.pointee; if v.isNull { throw unboundLocal(f, Int(i)) }; f.push(v)
                    case .storeFast(let i): f.slots[Int(i)] = f.pop()
                    case .deleteFast(let i): if f.slots[Int(i)].isNull { throw unboundLocal(f, Int(i)) }; f.slots[Int(i)] = .null
                    case .loadDeref(let i): f.push(try loadDeref(f, Int(i)))
                    case .storeDeref(let i): f.cells[Int(i)].value = f.pop()
                    case .deleteDeref(let i): _ = try loadDeref(f, Int(i)); f.cells[Int(i)].value = .null
                    case .loadClosure(let i): f.push(.obj(f.cells[Int(i)]))
                    case .loadClassDeref(let i): f.push(try loadClassDeref(f, Int(i)))
                    case .loadName(let i): f.push(try loadName(f, Int(i)))
                    case .storeName(let i): try storeName(f, Int(i), f.pop())
                    case .deleteName(let i): try deleteName(f, Int(i))
                    case .loadGlobal(let i): f.push(try loadGlobal(f, Int(i)))
                    case .storeGlobal(let i): storeGlobal(f, Int(i), f.pop())
                    case .deleteGlobal(let i): if f.globals.removeStr(f.code.names[Int(i)]) == nil { throw nameError(f.code.names[Int(i)]) }
                    case .loadAttr(let i): f.top = try loadAttr(f.top, f.names[Int(i)], f.attrCaches + (f.ip - 1))
                    case .storeAttr(let i): let o = f.pop(); let v = f.pop(); try storeAttr(o, f.names[Int(i)], v, f.attrCaches + (f.ip - 1))
                    case .deleteAttr(let i): try deleteAttr(f.pop(), f.code.names[Int(i)])
                    case .loadMethod(let i): try loadMethod(f, f.names[Int(i)], f.attrCaches + (f.ip - 1))
                    case .binarySubscr: let k = f.pop(); f.top = try getItem(f.top, k)
                    case .storeSubscr: let k = f.pop(); let c = f.pop(); try setItem(c, k, f.pop())
                    case .deleteSubscr: let k = f.pop(); try deleteItem(f.pop(), k)
                    case .binary(let op):
                        // Plain numbers in place (they own nothing, so the slots are just
                        // overwritten): no value copies for the commonest case.
                        if let r = numberFast(op, f.slots + (f.sp - 2)) {
                            f.sp -= 1
                            (f.slots + f.sp).initialize(to: .null)
                            (f.slots + f.sp - 1).initialize(to: r)
                        } else {
                            let b = f.pop(); f.top = try binaryOp(op, f.top, b)
                        }
                    case .inplace(let op):
                        if let r = numberFast(op, f.slots + (f.sp - 2)) {
                            f.sp -= 1
                            (f.slots + f.sp).initialize(to: .null)
                            (f.slots + f.sp - 1).initialize(to: r)
                        } else {
                            let b = f.pop(); f.top = try inplaceOp(op, f.top, b)
                        }
                    case .unary(let op): f.top = try unaryOp(op, f.top)
                    case .compare(let op):
                        if case .int(let x) = f.slots[f.sp - 2], case .int(let y) = f.slots[f.sp - 1] {
                            f.sp -= 1
                            (f.slots + f.sp).initialize(to: .null)
                            (f.slots + f.sp - 1).initialize(to: .bool(compareOrdering(op, x, y)))
                        } else {
                            let b = f.pop(); f.top = try compare(op, f.top, b)
                        }
                    case .isOp(let inv): let b = f.pop(); f.top = .bool(f.top.isIdentical(b) != (inv != 0))
                    case .containsOp(let inv): let b = f.pop(); f.top = .bool(try contains(b, f.top) != (inv != 0))
                    case .buildTuple(let n): f.push(.obj(n == 0 ? PyTuple.empty : PyTuple(f.popMany(Int(n)))))
                    case .buildList(let n): f.push(.obj(PyList(f.popMany(Int(n)))))
                    case .buildSet(let n): f.push(try buildSet(f.popMany(Int(n))))
                    case .buildMap(let n): f.push(try buildMap(f.popMany(2 * Int(n))))
                    case .buildString(let n): buildString(f, Int(n))
                    case .buildSlice(let n): f.push(buildSlice(f.popMany(Int(n))))
                    case .listAppend(let i): let v = f.pop(); (f.peek(Int(i) - 1).object as! PyList).items.append(v)
                    case .setAdd(let i): let v = f.pop(); try (f.peek(Int(i) - 1).object as! PySet).add(v, vm: self)
                    case .mapAdd(let i): let v = f.pop(); let k = f.pop(); try (f.peek(Int(i) - 1).object as! PyDict).set(k, v, vm: self)
                    case .listExtend(let i): let v = f.pop(); try listExtend(f.peek(Int(i) - 1), v)
                    case .setUpdate(let i): let v = f.pop(); try setUpdate(f.peek(Int(i) - 1), v)
                    case .dictUpdate(let i): let v = f.pop(); try dictUpdate(f.peek(Int(i) - 1), v, merge: false)
                    case .dictMerge(let i): let v = f.pop(); try dictUpdate(f.peek(Int(i) - 1), v, merge: true, f: f)
                    case .listToTuple: f.top = .obj(PyTuple((f.top.object as! PyList).items))
                    case .formatValue(let conv, let hasSpec): let spec = hasSpec ? f.pop() : .null; f.top = try formatValue(f.top, conversion: conv, spec: spec)
                    case .unpackSequence(let n): try unpackSequence(f, Int(n))
                    case .unpackEx(let b, let a): try unpackEx(f, Int(b), Int(a))
                    case .jump(let t):
                        // A backward jump is CPython's JUMP_BACKWARD, which warms the code up.
                        if Int(t) < f.ip { warmUp(f.code) }
                        f.ip = Int(t)
                    case .popJumpIfFalse(let t): if !(try isTrue(f.pop())) { f.ip = Int(t) }
                    case .popJumpIfTrue(let t): if try isTrue(f.pop()) { f.ip = Int(t) }
                    case .jumpIfFalseOrPop(let t): if !(try isTrue(f.top)) { f.ip = Int(t) } else { _ = f.pop() }
                    case .jumpIfTrueOrPop(let t): if try isTrue(f.top) { f.ip = Int(t) } else { _ = f.pop() }
                    case .popJumpIfNone(let t): if f.pop().isNone { f.ip = Int(t) }
                    case .popJumpIfNotNone(let t): if !f.pop().isNone { f.ip = Int(t) }
                    case .getIter: f.top = try getIter(f.top)
                    case .forIter(let t): if let g = try forIter(f, t) { f = g; current = f }
                    case .getYieldFromIter: f.top = try getYieldFromIter(f.top)
                    case .getAwaitable(let w): f.top = try getAwaitable(f.top, context: Int(w))
                    case .getAIter: f.top = try getAIter(f.top)
                    case .getANext: f.push(try getANext(f.top))
                    case .endAsyncFor: try endAsyncFor(f)
                    case .send(let t): if let g = try send(f, t) { f = g; current = f }
                    case .yieldValue:
                        let v = f.pop()
                        guard let caller = suspend(f, yielding: v) else { return .yielded(v) }
                        f = caller; current = f
                    case .returnValue:
                        guard let caller = finish(f) else { return .returned(f.pop()) }
                        var done: Frame? = consume f
                        f = caller; current = f
                        recycle(&done)
                        if let e = pendingCallerError { pendingCallerError = nil; throw e }
                    case .makeFunction(let flags): try makeFunction(f, flags)
                    // A called Python frame takes over the loop's reference to its caller.
                    case .call(let n): if let g = try callFromStack(f, argc: Int(n), kwnames: nil) { g.back = consume f; f = g; current = f }
                    case .callKw(let n, let names): if let g = try callFromStack(f, argc: Int(n), kwnames: f.constants[Int(names)]) { g.back = consume f; f = g; current = f }
                    case .callEx(let k): if let g = try callEx(f, hasKwargs: k != 0) { g.back = consume f; f = g; current = f }
                    case .pushNull: f.push(.null)
                    case .loadBuildClass: f.push(builtins.getStr("__build_class__")!)
                    case .loadLocals: f.push(.obj(f.namespace!))
                    case .setupAnnotations: try setupAnnotations(f)
                    case .setupFinally(let t): f.blocks.append(Frame.Block(handler: t, level: Int32(f.stackLevel)))
                    case .popBlock: f.blocks.removeLast()
                    case .pushExcInfo: let e = f.pop(); f.push(f.handled.map { .obj($0) } ?? .none); f.push(e); f.handled = e.object as? PyException
                    case .popExcept: if observer != nil { reportHandled(f) }; f.handled = f.pop().object as? PyException
                    case .reraise: reraising = true; throw f.pop().object as! PyException
                    case .checkExcMatch: let t = f.pop(); let m = try exceptionMatches(f.top, t); if m && observer != nil { reportCaught(f.top) }; f.push(.bool(m))
                    case .checkEgMatch: try checkEgMatch(f)
                    case .prepReraiseStar: try prepReraiseStar(f)
                    case .raise(let n): try raise(f, Int(n))
                    case .loadAssertionError: f.push(.obj(ExceptionTypes.assertionError))
                    case .beforeWith: try beforeWith(f)
                    case .beforeAsyncWith: try beforeAsyncWith(f)
                    case .withExceptStart: f.push(try withExceptStart(f))
                    case .importName(let i): let fromlist = f.pop(); _ = f.pop(); f.push(try importName(f.code.names[Int(i)], fromlist: fromlist, f))
                    case .importFrom(let i): f.push(try importFrom(f.top, f.code.names[Int(i)]))
                    case .timeStart: f.push(.int(clockNow)); timeCPUStarts.append(cpuNanoseconds)
                    case .timeEnd: timeMagicReport(since: f.pop())
                    case .printExpr: try printExpr(f.pop())
                    case .unsupported(let i): throw unsupportedStop(f, f.constants[Int(i)])
                    }
                }
            } catch let exc as PyException {
                f = try unwind(exc, from: f)
                current = f
            }
        }
    }
}
