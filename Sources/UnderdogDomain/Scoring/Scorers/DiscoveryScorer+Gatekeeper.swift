/// A gatekeeper call needs no discovery: the team's playbook asks the rep to find the way in, not to
/// interview the receptionist about pain and budget. A gatekeeper call in which the rep asked nothing that
/// probes their world (asking who looks after it, or when she is easiest to catch, is finding the way in)
/// is therefore not judged on discovery, and carries no weight in the overall score, rather than docked for
/// questions it was never meant to have. A rep who turns the assistant into an ally and learns how things
/// work there is judged, and credited, as on any call.
extension DiscoveryScorer {
    static func skipsGatekeeperDiscovery(_ input: ScoringInput) -> Bool {
        input.scenario == .gatekeeper && !input.questions.contains { question in
            question.probes && !RoutingLexicon.asksTheWayIn(input.call.tokens[question.turn], question.tokens)
        }
    }

}
