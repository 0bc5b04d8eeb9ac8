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
        out += "  \"version\": 2,\n"
        out += "  \"program\": \(jsonString(program)),\n"
        out += "  \"exit_status\": \(status),\n"
        out += "  \"virtual_time\": \(jsonNumber(vt)),\n"
        out += "  \"loops\": \(bridge?.loops.count ?? 0),\n"
        out += "  \"loop_passes\": \(bridge?.runtime.totalPasses ?? 0),\n"
        out += "  \"tasks_created\": \(bridge?.runtime.taskCounter ?? 0),\n"
        var events = TraceJSON()
        events.events(bridge?.trace?.events ?? [])
        out += "  \"events\": \(events.out)\n"
        out += "}\n"
        return out
    }
}
