import ArgumentParser

struct Looplab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "looplab",
        abstract: "Watch asyncio's event loop at work.",
        version: "0.1.0")
}
Looplab.main()
