import Foundation

/// Frame-by-frame RMS energy and F0 of 16 kHz speech: 30 ms frames every 10 ms; F0 by normalised
/// autocorrelation in 60–400 Hz on a copy low-passed and decimated to 8 kHz (a quarter of the work).
struct PitchTracker {
    static let sampleRate = 16_000
    static let frameLength = 480  // 30 ms
    static let hop = 160  // 10 ms
    static let minF0 = 60.0
    static let maxF0 = 400.0
    /// A frame is voiced when its best normalised autocorrelation in the pitch range reaches this…
    static let voicingThreshold: Float = 0.6
    /// …and it is louder than this (dBFS): room noise and dither are not voices.
    static let silenceDBFS = -50.0
    /// Of the autocorrelation peaks within this fraction of the best, the shortest lag wins (no octave-low picks).
    static let peakTolerance: Float = 0.85

    struct Frame: Equatable {
        /// Mean square of the 16 kHz samples (full scale = 32768²).
        let power: Double
        let f0: Double?
    }

    private static let decimatedRate = Double(sampleRate / 2)
    private static let decimatedLength = frameLength / 2
    private static let decimatedHop = hop / 2
    private static let minLag = Int((decimatedRate / maxF0).rounded(.down))
    private static let maxLag = Int((decimatedRate / minF0).rounded(.up))

    private var frame = [Float](repeating: 0, count: decimatedLength)
    private var squares = [Float](repeating: 0, count: decimatedLength + 1)
    private var correlation = [Float](repeating: 0, count: maxLag + 2)

    /// The frames that fit in `samples` (16 kHz): frame i covers `i*hop ..< i*hop + frameLength`.
    mutating func frames(_ samples: [Float]) -> [Frame] {
        guard samples.count >= Self.frameLength else { return [] }
        let count = (samples.count - Self.frameLength) / Self.hop + 1
        // Low-pass [1 2 1]/4 (a zero at 8 kHz) and keep every other sample.
        let half = samples.count / 2
        var decimated = [Float](repeating: 0, count: half)
        samples.withUnsafeBufferPointer { x in
            for index in 0..<half {
                let centre = index * 2
                let previous = centre > 0 ? x[centre - 1] : x[centre]
                let next = centre + 1 < x.count ? x[centre + 1] : x[centre]
                decimated[index] = 0.25 * previous + 0.5 * x[centre] + 0.25 * next
            }
        }
        var result: [Frame] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            var sum = 0.0
            samples.withUnsafeBufferPointer { x in
                for sample in x[(index * Self.hop)..<(index * Self.hop + Self.frameLength)] { sum += Double(sample * sample) }
            }
            let power = sum / Double(Self.frameLength)
            let loud = 10 * log10(max(power, 1e-12) / (32768.0 * 32768.0)) >= Self.silenceDBFS
            let f0 = loud ? pitch(decimated, at: index * Self.decimatedHop) : nil
            result.append(Frame(power: power, f0: f0))
        }
        return result
    }

    /// F0 in Hz of the decimated frame starting at `offset`, or nil when unvoiced.
    private mutating func pitch(_ signal: [Float], at offset: Int) -> Double? {
        let n = Self.decimatedLength, minLag = Self.minLag, maxLag = Self.maxLag
        let lagRange = (minLag - 1)...(maxLag + 1)
        return signal.withUnsafeBufferPointer { s -> Double? in
            frame.withUnsafeMutableBufferPointer { x -> Double? in
                squares.withUnsafeMutableBufferPointer { p -> Double? in
                    correlation.withUnsafeMutableBufferPointer { r -> Double? in
                        var mean: Float = 0
                        for i in 0..<n { x[i] = s[offset + i]; mean += x[i] }
                        mean /= Float(n)
                        p[0] = 0
                        for i in 0..<n { x[i] -= mean; p[i + 1] = p[i] + x[i] * x[i] }
                        guard p[n] > 0 else { return nil }
                        for lag in lagRange {
                            var c: Float = 0
                            for i in 0..<(n - lag) { c += x[i] * x[i + lag] }
                            let energy = p[n - lag] * (p[n] - p[lag])
                            r[lag] = energy > 0 ? c / energy.squareRoot() : 0
                        }
                        var best: Float = -1, bestLag = minLag
                        for lag in minLag...maxLag where r[lag] > best { (best, bestLag) = (r[lag], lag) }
                        guard best >= Self.voicingThreshold else { return nil }
                        var chosen = bestLag
                        for lag in minLag...maxLag where r[lag] >= Self.peakTolerance * best && r[lag] >= r[lag - 1] && r[lag] >= r[lag + 1] {
                            chosen = lag
                            break
                        }
                        // Parabolic interpolation around the peak.
                        let (a, b, c) = (r[chosen - 1], r[chosen], r[chosen + 1])
                        let curvature = a - 2 * b + c
                        let shift = curvature < 0 ? max(-0.5, min(0.5, 0.5 * (a - c) / curvature)) : 0
                        return Self.decimatedRate / (Double(chosen) + Double(shift))
                    }
                }
            }
        }
    }
}
