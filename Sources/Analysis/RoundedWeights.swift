/// One network's weight matrices W_1 … W_L, drawn as `Network.weights` draws them and
/// rounded once to the network's precision, stored contiguously and read-only.
///
/// Sweep cells that differ only in activation draw identical weights; sharing one
/// `RoundedWeights` between them samples and rounds each matrix once instead of once per
/// cell, and rounds each matrix right after it is drawn, while it is still in cache.
/// Entries equal `T(Network.weights(configuration, seed: seed)[l][i])` bit for bit.
///
/// The storage comes from the creating thread's `BufferPool` and is returned to it on
/// release, so an instance must be released on the thread that created it (a sweep
/// worker keeps one for the cells it measures itself). It is never written after `init`.
package final class RoundedWeights: @unchecked Sendable {
  /// The precision the entries are stored in.
  let precision: Precision
  /// Element offset of each matrix in the storage, plus the total count at the end.
  private let offsets: [Int]
  private let storage: UnsafeMutableRawPointer
  private let byteCount: Int
  private let pool: BufferPool

  /// Draws and rounds every weight matrix of `configuration` for `seed`.
  ///
  /// - Throws: `AnalysisError` from weight sampling.
  /// - Complexity: O(Σ fan-in · fan-out) time and storage in the network's precision.
  package init(_ configuration: NetworkConfiguration, seed: UInt64) throws {
    let c = configuration
    let widths = c.widths
    var offsets = [0]
    for l in 1..<widths.count { offsets.append(offsets[l - 1] + widths[l - 1] * widths[l]) }
    let stride = c.precision == .float32 ? MemoryLayout<Float>.stride
      : MemoryLayout<Double>.stride
    precision = c.precision
    self.offsets = offsets
    byteCount = offsets.last! * stride
    pool = BufferPool.current
    storage = pool.take(byteCount)

    // The weight stream is consumed layer by layer exactly as `Network.weights` does.
    let stream = SeededGenerator.streamID(Network.weightKey(c))
    var rng = SeededGenerator(seed: seed, stream: stream)
    do {
      for l in 1..<widths.count {
        let w = try c.initializer.makeWeights(
          fanIn: widths[l - 1], fanOut: widths[l], using: &rng)
        switch precision {
        case .float32: store(w, scale: c.weightScale, at: offsets[l - 1], as: Float.self)
        case .float64: store(w, scale: c.weightScale, at: offsets[l - 1], as: Double.self)
        }
      }
    } catch {
      pool.give(storage, bytes: byteCount)
      throw error
    }
  }

  deinit { pool.give(storage, bytes: byteCount) }

  /// The number of matrices, L.
  var count: Int { offsets.count - 1 }

  /// W_{index + 1}, row-major.
  ///
  /// - Precondition: `T` matches `precision` and `index` is in 0..<count.
  func matrix<T: NetworkScalar>(_ index: Int, as _: T.Type) -> UnsafePointer<T> {
    precondition(
      MemoryLayout<T>.stride == (precision == .float32 ? 4 : 8),
      "weights stored in \(precision) read as \(T.self)")
    precondition(index >= 0 && index < count, "weight matrix \(index) of \(count)")
    return UnsafePointer(storage.assumingMemoryBound(to: T.self) + offsets[index])
  }

  /// Writes `T(w[i] · scale)` (or `T(w[i])` when the scale is 1, as `Network.weights`
  /// skips the product then) from element `offset` on.
  private func store<T: NetworkScalar>(
    _ w: [Double], scale: Double, at offset: Int, as _: T.Type
  ) {
    let out = (storage + offset * MemoryLayout<T>.stride)
      .bindMemory(to: T.self, capacity: w.count)
    w.withUnsafeBufferPointer { w in
      if scale == 1 {
        for i in 0..<w.count { out[i] = T(w[i]) }
      } else {
        for i in 0..<w.count { out[i] = T(w[i] * scale) }
      }
    }
  }
}
