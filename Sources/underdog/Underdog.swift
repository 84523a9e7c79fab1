import ArgumentParser

/// The one executable: the server, its database and the operator's tools.
@main
struct Underdog: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "underdog",
        abstract: "Underdog, the AI sales coach: server, database and operator tools.",
        subcommands: [DBCommand.self, MigrateCommand.self, SeedCommand.self, ServeCommand.self, WorkerCommand.self, AdminCommand.self, ScoreCommand.self, IngestCommand.self, BenchCommand.self]
    )
}
