/// `"%.3f" % x` for the non-negative durations the engine logs.
func formatFixed3(_ x: Double) -> String {
    let ms = Int64((x * 1000).rounded(.toNearestOrEven))
    let frac = ms % 1000
    return "\(ms / 1000)." + (frac < 10 ? "00" : frac < 100 ? "0" : "") + "\(frac)"
}
