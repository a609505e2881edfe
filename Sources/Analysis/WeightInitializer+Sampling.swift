extension WeightInitializer {
  /// Draws one `fanIn × fanOut` weight matrix, row-major (`w[i * fanOut + j]` connects
  /// input i to output j), in float64.
  ///
  /// Entries are drawn in row-major order from `generator`, so a seed fixes the matrix.
  /// Truncated normals redraw outside the bound (the expected number of draws per entry is
  /// 1 / (2Φ(bound/σ) − 1), 1.05 at 2σ). Orthogonal matrices use QR of a Gaussian matrix
  /// with the larger fan as rows, transposed when fanIn < fanOut, as PyTorch does.
  /// - Throws: `AnalysisError.invalidShape` for a non-positive fan, and
  ///   `AnalysisError.lapackFailure` if QR fails (orthogonal only).
  /// - Complexity: O(fanIn · fanOut), plus O(max · min²) for orthogonal.
  public func makeWeights(fanIn: Int, fanOut: Int, using generator: inout SeededGenerator)
    throws -> [Double]
  {
    guard fanIn > 0 else {
      throw AnalysisError.invalidShape(what: "fan-in", value: fanIn, expected: "at least 1")
    }
    guard fanOut > 0 else {
      throw AnalysisError.invalidShape(what: "fan-out", value: fanOut, expected: "at least 1")
    }
    let count = fanIn * fanOut

    switch distribution(fanIn: fanIn, fanOut: fanOut) {
    case let .constant(c):
      return [Double](repeating: c, count: count)
    case let .uniform(b):
      return generator.uniforms(count: count, bound: b)
    case let .normal(sigma):
      return generator.normals(count: count, sigma: sigma)
    case let .truncatedNormal(sigma, bound):
      // Draw the missing count, keep those inside the bound, repeat: this consumes the
      // stream exactly as one-at-a-time rejection would.
      var w: [Double] = []
      w.reserveCapacity(count)
      while w.count < count {
        w += generator.normals(count: count - w.count, sigma: sigma).filter { abs($0) <= bound }
      }
      return w
    case .identity:
      var w = [Double](repeating: 0, count: count)
      for i in 0..<min(fanIn, fanOut) { w[i * fanOut + i] = 1 }
      return w
    case let .orthogonal(gain):
      return try Self.orthogonal(fanIn: fanIn, fanOut: fanOut, gain: gain, using: &generator)
    }
  }

  private static func orthogonal(
    fanIn: Int, fanOut: Int, gain: Double, using generator: inout SeededGenerator
  ) throws -> [Double] {
    let m = max(fanIn, fanOut)
    let k = min(fanIn, fanOut)
    let a = generator.normals(count: m * k)
    let q = try LinearAlgebra.orthonormalColumns(a, rows: m, columns: k)

    // q is column-major m × k: q[i + j·m]. W is fanIn × fanOut row-major.
    var w = [Double](repeating: 0, count: fanIn * fanOut)
    for i in 0..<fanIn {
      for j in 0..<fanOut {
        let entry = fanIn >= fanOut ? q[i + j * m] : q[j + i * m]
        w[i * fanOut + j] = gain * entry
      }
    }
    return w
  }
}
