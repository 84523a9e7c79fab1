import Foundation

/// Splits a mono call into turns at pauses and clusters the turns into two voices by pitch and energy.
///
/// Each utterance's span is read from the PCM file on its own (the file is never loaded whole), cut into 30 ms
/// frames every 10 ms, and measured: RMS energy and an F0 estimate by normalised autocorrelation (60–400 Hz)
/// per frame; per utterance the median F0 of the voiced frames and the RMS level. The features are standardised
/// (log pitch in semitones, level in dB; pitch weighted twice energy) and split by 2-means, started from the
/// utterance farthest from the centroid and the one farthest from that. Work is linear in the spans' length,
/// and the result depends on nothing but the input.
public enum VoiceClustering {
    /// Below this separation (pooled standard deviations) the call is taken as one voice.
    public static let singleVoiceThreshold = 3.0
    /// Weight of the pitch feature relative to energy (1), in clustering and in `separation`.
    static let pitchWeight = 2.0
    static let energyWeight = 1.0
    /// Measurement noise floors for the pooled standard deviations of `separation`: without them a steady voice
    /// (or two utterances) would make tiny differences look like many deviations.
    static let pitchFloorSemitones = 1.0
    static let energyFloorDB = 1.5
    /// Spans are read in blocks of this many frames (10 s), so one long monologue costs no more memory than a short one.
    static let framesPerBlock = 1_000

    /// `pcmFile`: 16 kHz s16le mono. `utterances`: the recognised utterances (times in seconds) of the same file.
    /// Returns each utterance with a voice label 0 or 1 (0 = the voice that speaks first), and what was measured.
    /// `fileNotFound` when the file cannot be read (even with no utterances).
    public static func assign(_ utterances: [Utterance], pcmFile: URL) throws(MediaError) -> VoiceAssignment {
        let reader = try SpanReader(pcmFile)
        var tracker = PitchTracker()
        var features: [VoiceFeatures] = []
        features.reserveCapacity(utterances.count)
        for utterance in utterances {
            features.append(try measure(utterance, reader: reader, tracker: &tracker))
        }
        return cluster(features, starts: utterances.map(\.start))
    }

    /// Reads and measures one utterance's span.
    static func measure(_ utterance: Utterance, reader: SpanReader, tracker: inout PitchTracker) throws(MediaError) -> VoiceFeatures {
        let rate = Double(PitchTracker.sampleRate)
        let first = max(0, Int((utterance.start * rate).rounded(.down)))
        let last = min(reader.sampleCount, Int((utterance.end * rate).rounded(.up)))
        let frameCount = last - first >= PitchTracker.frameLength ? (last - first - PitchTracker.frameLength) / PitchTracker.hop + 1 : 0
        guard utterance.start.isFinite, utterance.end.isFinite, frameCount > 0 else {
            return VoiceFeatures(medianF0: nil, energyDBFS: -120, voicedFraction: 0)
        }
        var power = 0.0
        var pitches: [Double] = []
        var block = 0
        while block < frameCount {
            let frames = min(framesPerBlock, frameCount - block)
            let from = first + block * PitchTracker.hop
            let samples = try reader.samples(from..<(from + (frames - 1) * PitchTracker.hop + PitchTracker.frameLength))
            for frame in tracker.frames(samples) {
                power += frame.power
                if let f0 = frame.f0 { pitches.append(f0) }
            }
            block += frames
        }
        let rms = (power / Double(frameCount)).squareRoot()
        let level = rms > 0 ? max(-120, 20 * log10(rms / 32768)) : -120
        return VoiceFeatures(medianF0: median(pitches), energyDBFS: level, voicedFraction: Double(pitches.count) / Double(frameCount))
    }

    /// 2-means on the standardised, weighted features; voice 0 is the cluster of the earliest utterance.
    static func cluster(_ features: [VoiceFeatures], starts: [Double]) -> VoiceAssignment {
        let n = features.count
        guard n >= 2 else { return VoiceAssignment(voices: Array(repeating: 0, count: n), features: features, separation: 0) }
        // Semitones above 100 Hz; unvoiced utterances take the voiced mean (they then sit in the middle of pitch).
        let semitones = features.map { $0.medianF0.map { 12 * log2($0 / 100) } }
        let voicedPitches = semitones.compactMap { $0 }
        let pitchMean = voicedPitches.isEmpty ? 0 : voicedPitches.reduce(0, +) / Double(voicedPitches.count)
        let pitch = semitones.map { $0 ?? pitchMean }
        let energy = features.map(\.energyDBFS)
        let points = zip(standardised(pitch), standardised(energy)).map { [pitchWeight * $0, energyWeight * $1] }

        var labels = twoMeans(points)
        guard Set(labels).count == 2 else { return VoiceAssignment(voices: Array(repeating: 0, count: n), features: features, separation: 0) }
        // Voice 0 speaks first (the earliest start; the first such utterance on a tie).
        let firstSpeaker = starts.indices.min { starts[$0] != starts[$1] ? starts[$0] < starts[$1] : $0 < $1 } ?? 0
        if labels[firstSpeaker] == 1 { labels = labels.map { 1 - $0 } }

        let pitchDistance = standardDistance(semitones, labels: labels, floor: pitchFloorSemitones)
        let energyDistance = standardDistance(energy.map(Optional.some), labels: labels, floor: energyFloorDB)
        let separation = ((pitchWeight * pitchWeight * pitchDistance * pitchDistance + energyWeight * energyWeight * energyDistance * energyDistance)
            / (pitchWeight * pitchWeight + energyWeight * energyWeight)).squareRoot()
        if separation < singleVoiceThreshold {
            return VoiceAssignment(voices: Array(repeating: 0, count: n), features: features, separation: separation)
        }
        return VoiceAssignment(voices: labels, features: features, separation: separation)
    }

    /// Lloyd's 2-means from a deterministic start: the point farthest from the centroid, then the point farthest
    /// from it (lowest index on ties). Stops when no label changes.
    static func twoMeans(_ points: [[Double]]) -> [Int] {
        let dimensions = points[0].count
        func distance(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } }
        func farthest(from centre: [Double]) -> Int {
            var best = 0
            for index in points.indices where distance(points[index], centre) > distance(points[best], centre) { best = index }
            return best
        }
        let centroid = (0..<dimensions).map { d in points.reduce(0) { $0 + $1[d] } / Double(points.count) }
        let a = farthest(from: centroid)
        let b = farthest(from: points[a])
        var centres = [points[a], points[b]]
        var labels = [Int](repeating: -1, count: points.count)
        for _ in 0..<100 {
            let next = points.map { distance($0, centres[1]) < distance($0, centres[0]) ? 1 : 0 }
            if next == labels { break }
            labels = next
            for cluster in 0..<2 {
                let members = points.indices.filter { labels[$0] == cluster }
                guard !members.isEmpty else { continue }
                centres[cluster] = (0..<dimensions).map { d in members.reduce(0) { $0 + points[$1][d] } / Double(members.count) }
            }
        }
        return labels
    }

    /// z-scores; a constant feature becomes all zeros.
    static func standardised(_ values: [Double]) -> [Double] {
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        let deviation = variance.squareRoot()
        return values.map { deviation > 1e-9 ? ($0 - mean) / deviation : 0 }
    }

    /// |mean₀ − mean₁| over the pooled within-cluster standard deviation (at least `floor`), in the feature's own
    /// units; nil values (unvoiced utterances) are left out; 0 when a cluster has no values.
    static func standardDistance(_ values: [Double?], labels: [Int], floor: Double) -> Double {
        var groups: [[Double]] = [[], []]
        for (value, label) in zip(values, labels) { if let value { groups[label].append(value) } }
        guard !groups[0].isEmpty, !groups[1].isEmpty else { return 0 }
        let means: [Double] = groups.map { $0.reduce(0, +) / Double($0.count) }
        var squares = 0.0
        for k in 0..<2 {
            for value in groups[k] { squares += (value - means[k]) * (value - means[k]) }
        }
        let freedom = groups[0].count + groups[1].count - 2
        let pooled = max(floor, freedom > 0 ? (squares / Double(freedom)).squareRoot() : 0)
        return abs(means[0] - means[1]) / pooled
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
