/// Rounds a measurement to three decimals so the same transcript always serialises to the same bytes.
func rounded3(_ value: Double) -> Double {
    guard value.isFinite else { return 0 }
    return (value * 1000).rounded(.toNearestOrAwayFromZero) / 1000
}

func rounded3(_ value: Double?) -> Double? {
    value.map { rounded3($0) }
}
