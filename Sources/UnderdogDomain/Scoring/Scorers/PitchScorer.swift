enum PitchCriterion: String, ScoringCriterion {
    static let dimension = ScoringDimension.pitch
    case valueLanguage = "value_language"
    case valueBeforeFeatures = "value_before_features"
    case featuresFirst = "features_first"
    case featuresOnly = "features_only"
    case peerProof = "peer_proof"
    case numberProof = "number_proof"
    case tailored
    case checkIn = "check_in"
    case longPitch = "long_pitch"
    case featureDump = "feature_dump"
    case pushy
    case completePitch = "complete_pitch"
}

/// Scores how the rep described the offer: outcomes before features, backed and tailored, short, checked.
enum PitchScorer {
    static func score(_ input: ScoringInput) -> DimensionResult {
        var card = ScoreCard(.pitch, rubric: input.rubric, scenario: input.scenario)
        let found = PitchDetector.detect(input.call, questions: input.questions, thresholds: input.rubric.pitch.thresholds)
        guard found.pitched, let firstPitch = found.pitchTurns.first else {
            return card.unjudged(scenario: input.scenario,
                                 reason: "You never said what you offer or what it would change for them, so the pitch couldn't be judged. Say in one sentence the result you bring, e.g. \u{201C}we help teams like yours cut ramp time in half\u{201D}.")
        }
        let firstValue = found.value.first
        let firstFeature = found.features.first
        if let value = firstValue {
            card.apply(
                PitchCriterion.valueLanguage,
                turn: value.turn,
                reason: "Talked about an outcome (\(quoted(value.phrase)))."
            )
            card.strength("You talked about results for them, not just the product.", for: PitchCriterion.valueLanguage)
            if let feature = firstFeature, feature.turn < value.turn {
                card.apply(
                    PitchCriterion.featuresFirst,
                    turn: feature.turn,
                    reason: "Led with a feature (\(quoted(feature.phrase))) before any outcome."
                )
                card.improve(
                    "Lead with the outcome they care about, then the feature that delivers it.",
                    for: PitchCriterion.featuresFirst
                )
            } else {
                card.apply(
                    PitchCriterion.valueBeforeFeatures,
                    turn: value.turn,
                    reason: "The outcome came before any feature."
                )
            }
        } else if let feature = firstFeature {
            card.apply(
                PitchCriterion.featuresOnly,
                turn: feature.turn,
                reason: "Only features (\(quoted(feature.phrase))), no outcome for the prospect."
            )
            card.improve(
                "Translate each feature into what it changes for them: time saved, deals won, reps ramped faster.",
                for: PitchCriterion.featuresOnly
            )
        }
        if let proof = found.peerProof {
            card.apply(
                PitchCriterion.peerProof,
                turn: proof.turn,
                reason: "Backed the claim with a customer story (\(quoted(proof.phrase)))."
            )
            card.strength("A real customer's result made the claim believable.", for: PitchCriterion.peerProof)
        } else if let proof = found.numberProof {
            card.apply(PitchCriterion.numberProof, turn: proof.turn, reason: "Put a number on the result.")
            card.improve(
                "Attach the number to a real customer like them (\u{201C}a firm your size cut tickets in half in two months\u{201D}).",
                for: PitchCriterion.peerProof
            )
        } else {
            card.note(
                PitchCriterion.peerProof,
                turn: firstPitch,
                earned: false,
                reason: "No customer example or number."
            )
            card.improve(
                "Back the claim with one customer result (\u{201C}a team like yours cut ramp from 6 months to 3\u{201D}).",
                for: PitchCriterion.peerProof
            )
        }
        card.expect(
            PitchCriterion.tailored, found.tailoring, missedAt: firstPitch,
            met: { "Tied the pitch to what they said (\(quoted($0.phrase)))." },
            strength: "You tied the pitch to what they told you.",
            missed: "The pitch did not refer to anything they said.",
            fix: "Pitch back to their own words: \u{201C}You mentioned X — that's exactly what we fix.\u{201D}")
        card.expect(
            PitchCriterion.checkIn, found.checkIn, missedAt: firstPitch,
            met: { "Checked how it landed (\(quoted($0.phrase)))." },
            missed: "Did not check whether it resonated.",
            fix: "After the pitch, ask how it lands (\u{201C}Is that a problem for you too?\u{201D}) instead of carrying on.")
        let thresholds = input.rubric.pitch.thresholds
        if found.distinctFeatures >= thresholds.featureDumpMin, let first = found.features.first {
            card.apply(
                PitchCriterion.featureDump,
                turn: first.turn,
                reason: "Listed \(found.distinctFeatures) different features."
            )
            card.improve(
                "Pick the one or two features that matter to them and say what each changes; a list of \(found.distinctFeatures) features is a brochure.",
                for: PitchCriterion.featureDump
            )
        } else if let list = found.longestList, list.items >= thresholds.listDumpItems {
            card.apply(
                PitchCriterion.featureDump,
                turn: list.turn,
                reason: "Ran through a list of \(list.items) items in one sentence."
            )
            card.improve(
                "Pick the one or two things that matter to them and say what each changes; a \(list.items)-item list is a brochure.",
                for: PitchCriterion.featureDump
            )
        }
        if let push = found.pushy {
            card.apply(
                PitchCriterion.pushy,
                turn: push.turn,
                reason: "Pushed instead of pitching (\(quoted(push.phrase)))."
            )
            card.improve(
                "Let the value do the work; drop lines like \(quoted(push.phrase)).",
                for: PitchCriterion.pushy
            )
        }
        if let long = found.longPitch {
            card.apply(PitchCriterion.longPitch, turn: long.turn, reason: "Pitched for \(long.words) words in one go.")
            card.improve(
                "Cut the pitch to two or three sentences; \(long.words) words in one turn loses people.",
                for: PitchCriterion.longPitch
            )
        }
        // The pitch made whole: the first outcome offered comes only once the prospect has described their
        // situation, is tied to what they said, is backed (in that turn or the next) and checked, and is short,
        // with no feature dump and no pressure. An opening pitch topped up with tailoring later is not it.
        let dumped = found.distinctFeatures >= thresholds.featureDumpMin
            || (found.longestList?.items ?? 0) >= thresholds.listDumpItems
        let proofTurn = found.peerProof?.turn ?? found.numberProof?.turn
        if let value = firstValue, let tailored = found.tailoring, tailored.turn == value.turn,
           value.turn != input.firstRepTurn, firstFeature.map({ $0.turn >= value.turn }) ?? true,
           let proofTurn, let check = found.checkIn,
           [value.turn, input.call.nextTurn(of: .rep, after: value.turn)].contains(proofTurn),
           [value.turn, input.call.nextTurn(of: .rep, after: value.turn)].contains(check.turn),
           found.longPitch == nil, !dumped, found.pushy == nil {
            card.apply(
                PitchCriterion.completePitch,
                turn: value.turn,
                reason: "Held the pitch until they had described their situation, then tied it to what they said, backed it and checked it."
            )
        }
        return card.result()
    }
}
