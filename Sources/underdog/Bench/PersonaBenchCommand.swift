import ArgumentParser
import Foundation
import UnderdogDomain
import UnderdogServer

/// `underdog bench persona`: how long the offline persona engine takes per turn, over every shipped persona
/// and three kinds of rep, and one sample dialogue to read.
struct PersonaBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "persona", abstract: "Time the offline persona engine per turn and print a sample dialogue; with --evaluate, measure how many labelled rep turns get a fitting reply.",
        discussion: """
            --evaluate plays the labelled calls (by default content/evaluation/buyer-tuning and buyer-held-out) and prints \
            the share of rep turns whose reply fits the label, by kind and scenario. Failures are listed for tuning sets \
            only: a held-out set is measured, never read.
            """)

    @Option(help: "Measured calls per persona and rep (after one unmeasured).") var runs = 200
    @Option(help: "The persona whose dialogue is printed.") var sample = "marcus-oyelaran"
    @Flag(help: "Measure fitting replies on labelled calls instead of speed.") var evaluate = false
    @Option(name: .customLong("set"), help: "A folder of labelled calls (repeatable); default: the tuning and held-out sets.") var sets: [String] = []
    @Flag(help: "With --evaluate on a tuning set, print each failing turn's trust, patience and pending objection.") var trace = false
    @Flag(help: "With --evaluate on a tuning set, print every turn (✓ or ✗), not only the misfits.") var all = false

    func validate() throws {
        guard (1...100_000).contains(runs) else { throw ValidationError("--runs 1…100000") }
    }

    /// Three reps for `persona`: one who pushes and insults, one who pitches without asking, one who did their
    /// homework (asks for a moment, says why, asks about what the buyer cares about, offers a free slot, confirms
    /// it and says goodbye). Built from the persona file, so every buyer hears a call meant for them.
    static func reps(for persona: Persona) -> [(String, [String])] {
        let first = persona.name.split(separator: " ").first.map(String.init) ?? persona.name
        let cares = persona.cares.map { $0.keywords.first ?? $0.topic }
        let free = ["tuesday", "wednesday", "thursday", "monday", "friday"].first { !persona.calendar.busyDays.contains($0) }!.capitalized
        let seller = persona.brief.seller
        return [
            ("rude", [
                "Yeah hi, I'm calling about your software, you need to buy ours.",
                "Just listen, you're wasting money, sign up today.",
                "Are you stupid? This is the best deal you'll get.",
                "Fine, whatever, I'll call your boss then.",
            ]),
            ("average", [
                "Hi, this is Sam from \(seller).",
                "We've got a great platform with loads of features, dashboards and integrations.",
                "Lots of companies like yours use it and they love it.",
                "Can I send you a brochure and follow up next week?",
            ]),
            ("skilled", persona.gatekeeper.map { gatekeeper in [
                "Hi \(first), this is Sam Rivera from \(seller). Thanks for picking up.",
                "I'm calling because we help firms like yours with \(gatekeeper.relevance[0]), and I'd like to speak to \(gatekeeper.boss) about it.",
                "That's helpful, thank you. How does \(gatekeeper.relevance[0]) work for you at the moment?",
                "Could you book me fifteen minutes with \(gatekeeper.bossFirstName) on \(free) at 4pm?",
                "Lovely. I'll email you a short note for his desk first. Is \(persona.email) best?",
                "Thanks \(first), have a good afternoon.",
            ] } ?? [
                "Hi \(first), this is Sam Rivera from \(seller). I know I'm calling out of the blue, do you have a minute for me to say why I called?",
                "Thanks. The reason I'm calling is \(cares[0]). How is \(cares[0]) handled on your side today?",
                "That makes sense. And how does \(cares[min(1, cares.count - 1)]) affect you at the moment?",
                "Got it. Who else would be involved in a decision like this?",
                "Would a 30 minute call on \(free) at 10am be worth it, to go through \(cares[0]) properly?",
                "Great, I'll send the invite for \(free) at 10am to \(persona.email). Anything you'd like me to bring?",
                "Thanks \(first), speak \(free).",
            ]),
        ]
    }

    func run() async throws {
        let environment = try CommandEnvironment()
        let personas = try ContentCatalog.load(directory: environment.contentDirectory).personas
        if evaluate { return try evaluate(personas: personas, content: URL(fileURLWithPath: environment.contentDirectory)) }
        var samples: [Double] = []
        let clock = ContinuousClock()
        for persona in personas {
            let scenario = persona.scenarios[0]
            for (_, lines) in Self.reps(for: persona) {
                _ = Self.play(persona, scenario, lines)
                for _ in 0..<runs {
                    var engine = PersonaEngine(persona: persona, scenario: scenario)
                    _ = engine.open()
                    for line in lines {
                        var reply: PersonaReply?
                        let elapsed = clock.measure { reply = engine.respond(to: line) }
                        samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
                        if reply?.outcome != .continuing { break }
                    }
                }
            }
        }
        samples.sort()
        say("\(personas.count) personas × 3 reps × \(runs) calls: \(samples.count) turns")
        say(String(format: "per turn: median %.1f µs, p90 %.1f µs, p99 %.1f µs, max %.1f µs",
                   LatencySummary.percentile(0.5, of: samples), LatencySummary.percentile(0.9, of: samples),
                   LatencySummary.percentile(0.99, of: samples), samples.last ?? 0))
        guard let persona = personas.first(where: { $0.id == sample }) else { throw ValidationError("no persona is called \(sample)") }
        for (kind, lines) in Self.reps(for: persona) {
            say()
            say("— \(persona.name), \(kind) rep —")
            for line in Self.play(persona, persona.scenarios[0], lines) { say(line) }
        }
    }

    private func evaluate(personas: [Persona], content: URL) throws {
        let directories = sets.isEmpty
            ? ["buyer-tuning", "buyer-held-out"].map { content.appendingPathComponent("evaluation/\($0)") }
            : sets.map { URL(fileURLWithPath: $0) }
        for directory in directories {
            let report = try BuyerEvaluation.evaluate(try BuyerEvaluation.load(directory), personas: personas)
            let name = directory.lastPathComponent
            say(String(format: "%@: %d calls, %d rep turns, fitting replies %.3f", name, report.calls, report.results.count, report.share))
            say("  by kind: " + report.byKind().map { String(format: "%@ %.2f (%d)", $0.kind, $0.share, $0.count) }.joined(separator: ", "))
            say("  by scenario: " + report.byScenario().map { String(format: "%@ %.2f (%d)", $0.kind, $0.share, $0.count) }.joined(separator: ", "))
            guard name.contains("tuning") else { continue }
            // What the engine did for each labelled kind: counts and then each misfit, for tuning sets only.
            for (kind, _, _) in report.byKind() {
                var counts: [String: Int] = [:]
                for result in report.results where result.kind == kind && !result.fits {
                    counts[result.reply.acts.map(\.rawValue).joined(separator: "+"), default: 0] += 1
                }
                if !counts.isEmpty {
                    say("  misfits for \(kind): " + counts.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
                }
            }
            var answers: [String: Int] = [:]
            for result in report.results where result.kind == "slot_response" { answers[result.reply.act.rawValue, default: 0] += 1 }
            say("  answers to meeting asks: " + answers.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            for miss in report.results where !miss.fits || all {
                say("  \(miss.fits ? "✓" : "✗") \(miss.callID) #\(miss.index) [\(miss.kind)] \(miss.reason ?? "")" + (trace ? "  \(miss.state)" : ""))
                say("      rep: \(miss.rep)")
                say("      buyer: \(miss.reply.text)")
                say("      must: \(miss.mustAddress)")
            }
        }
    }

    /// One call as text: who said what, and how it ended.
    static func play(_ persona: Persona, _ scenario: ScenarioType, _ lines: [String]) -> [String] {
        var engine = PersonaEngine(persona: persona, scenario: scenario)
        var dialogue = ["\(persona.name): \(engine.open().text)"]
        for line in lines {
            dialogue.append("Rep: \(line)")
            let reply = engine.respond(to: line)
            dialogue.append("\(persona.name): \(reply.text)")
            if reply.outcome != .continuing {
                dialogue.append("[\(reply.outcome.rawValue)]")
                break
            }
        }
        return dialogue
    }
}
