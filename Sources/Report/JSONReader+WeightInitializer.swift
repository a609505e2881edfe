import Analysis

extension JSONReader {
  /// An initializer in its text form, e.g. `"normal:sigma=0.5"`, parsed by Analysis.
  ///
  /// - Throws: the Analysis parser's message (unknown name with its closest match, unknown
  ///   parameter, bad value) at this JSON path.
  func weightInitializer() throws -> WeightInitializer {
    let text = try string()
    do {
      return try WeightInitializer(parsing: text)
    } catch let error as AnalysisError {
      throw self.error(error.description)
    }
  }

  /// A whole number of seeds from 1 to 16; every seed is one more network per setting.
  func seedCount() throws -> Int {
    try integer(in: 1...16)
  }
}

extension ExperimentContext {
  /// `count` seeds derived from the figure's seed by SplitMix64, so an experiment with
  /// several seeds stays deterministic and its seeds are unrelated to each other.
  func derivedSeeds(_ count: Int) -> [UInt64] {
    var state = seed
    return (0..<count).map { _ in SeededGenerator.splitMix64(&state) }
  }
}
