extension ExperimentContext {
  /// `count` seeds for the repeated runs of one experiment, derived from
  /// the figure's seed so that every figure has its own draws.
  func seeds(_ count: Int) -> [UInt64] {
    (0..<count).map { seed &+ UInt64($0) }
  }
}

/// "1 seed", "3 seeds": a seed count in words, for captions and titles.
func seedCountPhrase(_ count: Int) -> String {
  count == 1 ? "1 seed" : "\(count) seeds"
}
