// Design note: histograms of activation values (Glorot and Bengio, 2010, Figures 6 and 7)
// need every entry of H_l, which `Network.measure` summarizes and discards. This file
// reruns the forward pass only, with the same weights (`Network.weights`), the same input
// stream and the same GEMM and activation kernels, so its H_l agree bit for bit with the
// tensors `Network.measure` summarizes for the same configuration and seed.

extension Network {
  /// The activations H_0 … H_L of one forward pass, each `batch × widths[l]` row-major,
  /// widened to float64 from the configuration's precision.
  ///
  /// ```
  /// H_0 = inputs,   Z_l = H_{l−1} W_l,   H_l = φ(Z_l)
  /// ```
  /// Weights and inputs are drawn exactly as `measure(_:seed:)` draws them, so
  /// `activations(c, seed: s)[l]` holds the entries behind
  /// `measure(c, seed: s).layers[l].activation`. Overflow and underflow follow the
  /// configuration's precision (float32 values are widened only after the layer is
  /// computed); ±∞ and NaN are returned as they are.
  /// - Parameters:
  ///   - configuration: the network; its output-gradient setting is not used.
  ///   - seed: the seed of the weight and data streams.
  /// - Returns: `depth + 1` arrays; index 0 is the input.
  /// - Throws: `AnalysisError` from `configuration.validate()` or weight sampling.
  /// - Complexity: O(depth · batch · width²) time, O(depth · batch · width) memory for the
  ///   result.
  public static func activations(_ configuration: NetworkConfiguration, seed: UInt64) throws
    -> [[Double]]
  {
    try configuration.validate()
    switch configuration.precision {
    case .float32: return try forwardPass(configuration, seed: seed, as: Float.self)
    case .float64: return try forwardPass(configuration, seed: seed, as: Double.self)
    }
  }

  private static func forwardPass<T: NetworkScalar>(
    _ c: NetworkConfiguration, seed: UInt64, as _: T.Type
  ) throws -> [[Double]] {
    let widths = c.widths
    let b = c.batchSize

    // 1. Inputs from the data stream `measure` uses (its key names batch, input and output
    //    widths); the inputs are its first draws there too.
    let dataKey = "data|\(b)|\(widths[0])|\(widths[c.depth])"
    var data = SeededGenerator(seed: seed, stream: SeededGenerator.streamID(dataKey))
    var h: [T] = (0..<(b * widths[0])).map { _ in
      switch c.inputs {
      case .standardNormal: return T(data.nextNormal())
      case let .constant(x): return T(x)
      }
    }
    var layers = [h.map(Double.init)]

    // 2. Forward pass with the weights rounded once to T, as `measure` does.
    for (l, matrix) in try weights(c, seed: seed).enumerated() {
      let w = matrix.map { T($0) }
      let nIn = widths[l]
      let nOut = widths[l + 1]
      var z = [T](repeating: 0, count: b * nOut)
      var next = [T](repeating: 0, count: b * nOut)
      h.withUnsafeBufferPointer { hp in
        w.withUnsafeBufferPointer { wp in
          z.withUnsafeMutableBufferPointer { zp in
            T.gemm(
              transA: false, transB: false, m: b, n: nOut, k: nIn, a: hp.baseAddress!,
              lda: nIn, b: wp.baseAddress!, ldb: nOut, c: zp.baseAddress!, ldc: nOut)
          }
        }
      }
      z.withUnsafeBufferPointer { zp in
        next.withUnsafeMutableBufferPointer { np in
          c.activation.apply(zp.baseAddress!, into: np.baseAddress!, count: b * nOut)
        }
      }
      h = next
      layers.append(h.map(Double.init))
    }
    return layers
  }
}
