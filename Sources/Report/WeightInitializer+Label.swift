import Analysis

extension WeightInitializer {
  /// The name shown in legends and tables: the canonical `description`, except that the
  /// fixed-scale kinds (`normal`, `truncated-normal`, `uniform`) always spell out their
  /// scale, because `normal` alone hides the σ = 0.01 that decides every figure it is in.
  /// The text parses back to the same initializer.
  var label: String {
    let scaleKey: String
    switch kind {
    case .normal, .truncatedNormal: scaleKey = "sigma"
    case .uniform: scaleKey = "scale"
    default: return description
    }
    guard settings[scaleKey] == nil else { return description }
    let scale = "\(scaleKey)=\(formatParameter(number(scaleKey)))"
    let rest = description.split(separator: ":", maxSplits: 1).dropFirst().first
    return "\(kind.rawValue):\(scale)" + (rest.map { ",\($0)" } ?? "")
  }
}
