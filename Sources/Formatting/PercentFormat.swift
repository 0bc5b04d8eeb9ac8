import BigInt

/// `format % args` for a str, following CPython's `PyUnicode_Format`: the
/// conversion parser, argument consumption order and error messages.
public func pythonPercentFormat(_ format: String, _ args: PercentArguments,
                                maxStrDigits: Int = defaultMaxStrDigits) throws -> String {
    var formatter = PercentFormatter(format: Array(format.unicodeScalars), args: args,
                                     maxStrDigits: maxStrDigits)
    return try formatter.run()
}

/// One parsed conversion: `%[(key)][flags][width][.precision][lLh]type`.
struct PercentConversion {
    var leftJustify = false
    var sign = false
    var blank = false
    var alternate = false
    var zero = false
    var width = -1
    var precision = -1
    var type: Unicode.Scalar = "\0"
    /// Numeric conversions take part in sign and zero handling.
    var numeric = false
}

struct PercentFormatter {
    let format: [Unicode.Scalar]
    var args: PercentArguments
    let maxStrDigits: Int
    var position = 0
    /// CPython's arglen/argidx: a non-tuple argument is used once (-1/-2 trick).
    var currentValues: [PercentValue]
    var argumentCount: Int
    var argumentIndex: Int
    var out = String.UnicodeScalarView()

    init(format: [Unicode.Scalar], args: PercentArguments, maxStrDigits: Int) {
        self.format = format
        self.args = args
        self.maxStrDigits = maxStrDigits
        currentValues = args.values
        if args.isTuple {
            argumentCount = args.values.count
            argumentIndex = 0
        } else {
            argumentCount = -1
            argumentIndex = -2
        }
    }

    mutating func run() throws -> String {
        while position < format.count {
            let c = format[position]
            if c != "%" {
                out.append(c)
                position += 1
                continue
            }
            position += 1
            if position < format.count && format[position] == "%" {
                out.append("%")
                position += 1
                continue
            }
            var conversion = try parse()
            try emit(&conversion)
            if args.lookup != nil && argumentIndex < argumentCount {
                throw PythonError.typeError("not all arguments converted during \(args.formattedType) formatting")
            }
        }
        if argumentIndex < argumentCount && args.lookup == nil {
            throw PythonError.typeError("not all arguments converted during \(args.formattedType) formatting")
        }
        return String(out)
    }

    /// The next positional argument.
    mutating func nextArgument() throws -> PercentValue {
        if argumentIndex < argumentCount {
            let index = argumentIndex
            argumentIndex += 1
            return argumentCount < 0 ? currentValues[0] : currentValues[index]
        }
        throw PythonError.typeError("not enough arguments for format string")
    }

    /// Reads the next format character, nil at the end (CPython's `--fmtcnt >= 0`).
    mutating func read() -> Unicode.Scalar? {
        guard position < format.count else { return nil }
        defer { position += 1 }
        return format[position]
    }

    mutating func parse() throws -> PercentConversion {
        var conversion = PercentConversion()
        var exhausted = false
        if position < format.count && format[position] == "(" {
            guard let lookup = args.lookup else { throw PythonError.typeError("format requires a mapping") }
            position += 1
            let keyStart = position
            var depth = 1
            while depth > 0, let c = read() {
                if c == ")" { depth -= 1 } else if c == "(" { depth += 1 }
            }
            if depth > 0 { throw PythonError.valueError("incomplete format key") }
            var key = String.UnicodeScalarView()
            key.append(contentsOf: format[keyStart..<(position - 1)])
            currentValues = [try lookup(String(key))]
            argumentCount = -1
            argumentIndex = -2
        }
        // The character under consideration; NUL past the end, as in C.
        var ch: Unicode.Scalar = position < format.count ? format[position] : "\0"
        func advance() -> Bool {
            if let next = read() { ch = next; return true }
            exhausted = true
            return false
        }
        flags: while advance() {
            switch ch {
            case "-": conversion.leftJustify = true
            case "+": conversion.sign = true
            case " ": conversion.blank = true
            case "#": conversion.alternate = true
            case "0": conversion.zero = true
            default: break flags
            }
        }
        if !exhausted && ch == "*" {
            conversion.width = try starArgument()
            if conversion.width < 0 {
                conversion.leftJustify = true
                conversion.width = -conversion.width
            }
            _ = advance()
        } else if !exhausted && ch >= "0" && ch <= "9" {
            conversion.width = Int(ch.value - 48)
            while advance() {
                guard ch >= "0" && ch <= "9" else { break }
                let (times, o1) = conversion.width.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(Int(ch.value - 48))
                if o1 || o2 { throw PythonError.valueError("width too big") }
                conversion.width = sum
            }
        }
        if !exhausted && ch == "." {
            conversion.precision = 0
            if advance() {
                if ch == "*" {
                    conversion.precision = max(0, try starArgument())
                    _ = advance()
                } else if ch >= "0" && ch <= "9" {
                    conversion.precision = Int(ch.value - 48)
                    while advance() {
                        guard ch >= "0" && ch <= "9" else { break }
                        let next = conversion.precision * 10 + Int(ch.value - 48)
                        if next > Int(Int32.max) { throw PythonError.valueError("precision too big") }
                        conversion.precision = next
                    }
                }
            }
        }
        if !exhausted && (ch == "h" || ch == "l" || ch == "L") { _ = advance() }
        if exhausted { throw PythonError.valueError("incomplete format") }
        conversion.type = ch
        return conversion
    }

    /// A `*` width or precision taken from the arguments.
    mutating func starArgument() throws -> Int {
        let value = try nextArgument()
        guard case .int(let n) = value.kind else { throw PythonError.typeError("* wants int") }
        guard let small = Int(exactly: n) else {
            throw PythonError.overflowError("Python int too large to convert to C ssize_t")
        }
        return small
    }
}
