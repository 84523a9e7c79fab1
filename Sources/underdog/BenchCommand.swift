import ArgumentParser

/// `underdog bench …`: benchmarks that print numbers. Targets live here, not in timed unit tests.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the system and print the figures.",
        subcommands: [APIBenchCommand.self, PagesBenchCommand.self, ScoreBenchCommand.self, QueueBenchCommand.self, PipelineBenchCommand.self, PersonaBenchCommand.self, RetrievalBenchCommand.self, CoachBenchCommand.self]
    )
}
