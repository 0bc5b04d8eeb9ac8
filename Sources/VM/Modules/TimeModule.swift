import Compiler
import Formatting

/// `time`: every reading comes from the VM's clock, so runs are deterministic.
extension VM {
    func seconds(_ v: Value, _ fn: String) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        case .obj(let o) where o.kind == .bigint: return try bigToDouble((o as! PyBigInt).value)
        default: throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    static let timeModule = NativeModule(name: "time") { vm, m in
        m.function("time") { vm, _ in .float(vm.options.epoch + Double(vm.clockNow) / 1e9) }
        m.function("time_ns") { vm, _ in .int(Int(vm.options.epoch) * 1_000_000_000 + vm.clockNow) }
        m.function("monotonic") { vm, _ in .float(Double(vm.clockNow) / 1e9) }
        m.function("monotonic_ns") { vm, _ in .int(vm.clockNow) }
        m.function("perf_counter") { vm, _ in .float(Double(vm.clockNow) / 1e9) }
        m.function("perf_counter_ns") { vm, _ in .int(vm.clockNow) }
        m.function("process_time") { _, _ in .float(0) }
        m.function("sleep") { vm, a in
            try vm.expectArgs("sleep", a, 1)
            let s = try vm.seconds(a[0], "sleep")
            if s.isNaN { throw vm.valueError("Invalid value NaN (not a number)") }
            if s < 0 { throw vm.valueError("sleep length must be non-negative") }
            if s * 1e9 >= 9.2e18 { throw vm.overflowError("timestamp out of range for platform time_t") }
            vm.flushCPU()
            try vm.options.clock.sleep(Int((s * 1e9).rounded(.up)), what: "time.sleep")
            return .none
        }
        m.function("strftime") { vm, a in
            guard a.count >= 1, case .str(let fmt) = a[0] else { throw vm.typeError("strftime() argument 1 must be str") }
            if a.count > 1 {
                let f = try vm.iterate(a[1])
                guard f.count == 9 else { throw vm.typeError("time.struct_time() takes a 9-sequence (\(f.count)-sequence given)") }
                var n: [Int] = []
                for x in f { n.append(try vm.indexValue(x, for: "strftime")) }
                return .string(VM.strftime(fmt.value, fields: (n[0], n[1] - 1, n[2] - 1, n[3], n[4], n[5], (n[6] + 1) % 7, n[7] - 1)))
            }
            let t = vm.options.epoch + Double(vm.clockNow) / 1e9
            return .string(VM.strftime(fmt.value, epochSeconds: t))
        }
    }

    /// `time.strftime` in UTC for the virtual clock (the common directives).
    static func strftime(_ fmt: String, epochSeconds t: Double) -> String {
        let secs = Int(t.rounded(.down))
        var days = secs / 86400
        let rem = secs % 86400
        let hh = rem / 3600, mm = rem % 3600 / 60, ss = rem % 60
        let weekday = (days + 4) % 7  // 1970-01-01 was a Thursday (Sunday = 0)
        var year = 1970
        while true {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let n = leap ? 366 : 365
            if days < n { break }
            days -= n
            year += 1
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var month = 0
        let yday = days
        while days >= monthDays[month] { days -= monthDays[month]; month += 1 }
        return strftime(fmt, fields: (year, month, days, hh, mm, ss, weekday, yday))
    }

    /// `strftime` from broken-down fields: month and day 0-based, weekday with Sunday = 0.
    static func strftime(_ fmt: String, fields: (Int, Int, Int, Int, Int, Int, Int, Int)) -> String {
        let (year, month, days, hh, mm, ss, weekday, yday) = fields
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let wnames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        func p2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var out = ""
        var it = fmt.makeIterator()
        while let c = it.next() {
            guard c == "%", let d = it.next() else { out.append(c); continue }
            switch d {
            case "Y": out += "\(year)"
            case "y": out += p2(year % 100)
            case "m": out += p2(month + 1)
            case "d": out += p2(days + 1)
            case "H": out += p2(hh)
            case "I": out += p2(hh % 12 == 0 ? 12 : hh % 12)
            case "p": out += hh < 12 ? "AM" : "PM"
            case "M": out += p2(mm)
            case "S": out += p2(ss)
            case "j": out += String(yday + 1).leftPadded(to: 3, with: "0")
            case "B": out += names[month]
            case "b": out += String(names[month].prefix(3))
            case "A": out += wnames[weekday]
            case "a": out += String(wnames[weekday].prefix(3))
            case "%": out += "%"
            default: out += "%\(d)"
            }
        }
        return out
    }

    /// `%time STMT`: IPython's two lines, CPU from the CPU model (0 here) and wall from the clock.
    /// `%time` ends: IPython's two lines. CPU time is what the CPU model charged since the
    /// matching `timeStart` (0 without `--cpu-model`, where no CPU time is modelled).
    func timeMagicReport(since start: Value) {
        guard case .int(let t0) = start else { return }
        let wall = clockNow - t0
        let cpu = Double(cpuNanoseconds - (timeCPUStarts.popLast() ?? cpuNanoseconds)) / 1e9
        let c = VM.ipythonTime(cpu)
        stdout.write("CPU times: user \(c), sys: 0 ns, total: \(c)\n")
        stdout.write("Wall time: \(VM.ipythonTime(Double(wall) / 1e9))\n")
    }

    /// IPython's `_format_time`: 3 significant digits with s/ms/µs/ns units.
    static func ipythonTime(_ timespan: Double) -> String {
        if timespan >= 60.0 {
            var parts: [String] = []
            var value = timespan
            for (suffix, length) in [("d", 86400.0), ("h", 3600.0), ("min", 60.0), ("s", 1.0)] {
                let v = Int(value / length)
                if v > 0 {
                    value = value.truncatingRemainder(dividingBy: length)
                    parts.append("\(v)\(suffix)")
                }
                if value < 1 { break }
            }
            return parts.joined(separator: " ")
        }
        let units = ["s", "ms", "\u{00B5}s", "ns"]
        let scaling = [1.0, 1e3, 1e6, 1e9]
        var order = 3
        if timespan > 0 {
            order = min(-Int((log10(timespan) / 3).rounded(.down)), 3)
            order = max(order, 0)
        }
        let v = timespan * scaling[order]
        return formatSignificant(v, 3) + " " + units[order]
    }

    /// `"%.*g" % (precision, v)`.
    static func formatSignificant(_ v: Double, _ precision: Int) -> String {
        (try? formatFloat(v, ".\(precision)g")) ?? String(v)
    }
}

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
