import Analysis

extension ExperimentContext {
  /// `count` seeds derived from the figure's seed by SplitMix64, so an
  /// experiment with several seeds stays deterministic and its seeds are
  /// unrelated to each other.
  func derivedSeeds(_ count: Int) -> [UInt64] {
    var state = seed
    return (0..<count).map { _ in SeededGenerator.splitMix64(&state) }
  }
}

/// "1 seed", "3 seeds": a seed count in words, for captions and titles.
func seedCountPhrase(_ count: Int) -> String {
  count == 1 ? "1 seed" : "\(count) seeds"
}
