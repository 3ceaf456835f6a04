import ArgumentParser

@main
struct CallbackExplorer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callback-explorer",
        abstract: "How often does an asynchronous callback miss the server holding its order? Exact answers.",
        version: "0.1.0",
        subcommands: []
    )
}
