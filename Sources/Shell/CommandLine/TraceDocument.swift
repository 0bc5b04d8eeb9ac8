import Asyncio
import Engine

/// The trace document `looplab run FILE --json OUT.json` writes (schema: docs/trace-format.md).
struct TraceDocument {
    let program: String
    let status: Int32
    let bridge: AsyncioBridge?

    var text: String {
        let vt = bridge?.virtualTime ?? 0
        var out = "{\n"
        out += "  \"format\": \"looplab-trace\",\n"
        out += "  \"version\": 1,\n"
        out += "  \"program\": \(jsonString(program)),\n"
        out += "  \"exit_status\": \(status),\n"
        out += "  \"virtual_time\": \(jsonNumber(vt)),\n"
        out += "  \"loops\": \(bridge?.loops.count ?? 0),\n"
        out += "  \"loop_passes\": \(bridge?.runtime.totalPasses ?? 0),\n"
        out += "  \"tasks_created\": \(bridge?.runtime.taskCounter ?? 0),\n"
        out += "  \"events\": []\n"
        out += "}\n"
        return out
    }

    func jsonNumber(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) + ".0" }
        return "\(d)"
    }

    func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
