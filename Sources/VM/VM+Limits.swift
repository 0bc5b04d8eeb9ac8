import Compiler

/// Limits (step budget, Ctrl-C polling) and looplab's own stops.
extension VM {
    /// Runs when `steps` reaches `stepCheckpoint`: enforces the step budget and polls the
    /// interrupt hook.
    func checkLimits() throws {
        if steps >= stepLimit {
            throw LooplabStop("looplab stopped the program: it ran more than \(options.maxSteps) steps (use --max-steps to raise the limit)")
        }
        stepCheckpoint = min(stepLimit, steps + options.interruptInterval)
        if let check = options.interruptCheck, check() {
            throw newException(ExceptionTypes.keyboardInterrupt)
        }
    }

    func resetLimits() {
        stepLimit = options.maxSteps > 0 ? options.maxSteps : Int.max
        stepCheckpoint = min(stepLimit, steps + options.interruptInterval)
    }

    func unsupportedStop(_ f: Frame, _ message: Value) -> LooplabStop {
        let loc = f.code.locations[max(f.ip - 1, 0)]
        var text = "construct"
        if case .str(let s) = message { text = s.value }
        return LooplabStop("\(f.code.filename):\(loc.line):\(loc.column + 1): \(text) is not supported in lessons")
    }

    /// Interactive expression statements print the repr of non-None values.
    func printExpr(_ v: Value) throws {
        if v.isNone { return }
        stdout.write(try repr(v) + "\n")
        builtins.setStr("_", v)
    }
}
