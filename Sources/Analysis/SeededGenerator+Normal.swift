// Design note: weight sampling dominates a sweep's non-GEMM time unless normals are cheap,
// so normals use the ziggurat method (Marsaglia and Tsang, 2000, "The Ziggurat Method for
// Generating Random Variables") with 128 layers: one 64-bit draw and one comparison in
// about 98.8% of calls. Bits 0–6 pick the layer, bit 7 the sign and bits 11–63 the
// position, so they never overlap. Tables are built once in float64 from the layer
// recursion below, so results are identical on every platform with IEEE doubles.

/// The 128-layer ziggurat for the standard normal density f(x) = exp(−x²/2).
struct NormalZiggurat: Sendable {
  /// The right edge of the base layer, R.
  static let r = 3.442619855899
  /// The common area of every layer, V.
  static let v = 9.91256303526217e-3

  /// Layer edges: x[0] = V / f(R), x[1] = R, x[i+1] = sqrt(−2 ln(V / x[i] + f(x[i]))),
  /// x[128] = 0.
  let x: [Double]
  /// f(x[i]).
  let f: [Double]

  static let shared = NormalZiggurat()

  private init() {
    var x = [Double](repeating: 0, count: 129)
    x[0] = Self.v / _exp(-Self.r * Self.r / 2)
    x[1] = Self.r
    for i in 1..<127 {
      x[i + 1] = (-2 * _log(Self.v / x[i] + _exp(-x[i] * x[i] / 2))).squareRoot()
    }
    x[128] = 0
    self.x = x
    self.f = x.map { _exp(-$0 * $0 / 2) }
  }
}

extension SeededGenerator {
  /// A standard normal draw N(0, 1) by the 128-layer ziggurat.
  ///
  /// Exact in distribution up to float64 rounding of the tables; the tail beyond R ≈ 3.44
  /// is sampled by Marsaglia's exponential rejection, so there is no upper limit on |z|.
  public mutating func nextNormal() -> Double {
    let table = NormalZiggurat.shared
    return table.x.withUnsafeBufferPointer { x in
      table.f.withUnsafeBufferPointer { f in nextNormal(x: x, f: f) }
    }
  }

  /// Fills `count` values `sigma · z`, z ~ N(0, 1), exactly as `count` calls of
  /// `sigma * nextNormal()` would, but with the tables looked up once.
  public mutating func normals(count: Int, sigma: Double = 1) -> [Double] {
    let table = NormalZiggurat.shared
    // Work on a local copy so the state stays in registers, then store it back.
    var local = self
    defer { self = local }
    return table.x.withUnsafeBufferPointer { x in
      table.f.withUnsafeBufferPointer { f in
        [Double](unsafeUninitializedCapacity: count) { out, initialized in
          for i in 0..<count { out[i] = sigma * local.nextNormal(x: x, f: f) }
          initialized = count
        }
      }
    }
  }

  /// One ziggurat draw: the fast path inline, the rest (about 1.2% of draws) in
  /// `nextNormalSlowly`, so a loop over draws keeps the state in registers.
  @inline(__always)
  private mutating func nextNormal(
    x: UnsafeBufferPointer<Double>, f: UnsafeBufferPointer<Double>
  ) -> Double {
    let bits = next()
    let i = Int(bits & 127)
    // Bit 7 moved to the sign bit: XOR-ing it in negates without a branch.
    let signBit = (bits & 128) << 56
    let candidate = Double(bits >> 11) * 0x1.0p-53 * x[i]

    // Fast path: strictly inside the layer's rectangle under the curve.
    if candidate < x[i + 1] { return Double(bitPattern: candidate.bitPattern ^ signBit) }
    let (generator, z) = Self.nextNormalSlowly(self, bits: bits, x: x, f: f)
    self = generator
    return z
  }

  /// The rest of the draw whose first 64 bits `bits` missed the fast path, and any
  /// further draws; the stream is consumed exactly as by the loop in one function. The
  /// generator goes in and out by value so the caller's copy never has its address taken.
  @inline(never)
  private static func nextNormalSlowly(
    _ generator: SeededGenerator, bits firstBits: UInt64,
    x: UnsafeBufferPointer<Double>, f: UnsafeBufferPointer<Double>
  ) -> (SeededGenerator, Double) {
    var g = generator
    var bits = firstBits
    while true {
      let i = Int(bits & 127)
      let signBit = (bits & 128) << 56
      let u = Double(bits >> 11) * 0x1.0p-53
      let candidate = u * x[i]
      if candidate < x[i + 1] {
        return (g, Double(bitPattern: candidate.bitPattern ^ signBit))
      }

      if i == 0 {
        // Tail beyond R: Marsaglia (1964), accept R + a when 2b > a², a, b exponential.
        while true {
          let a = -_log(1 - g.nextUniform()) / NormalZiggurat.r
          let b = -_log(1 - g.nextUniform())
          if 2 * b > a * a {
            return (g, Double(bitPattern: (NormalZiggurat.r + a).bitPattern ^ signBit))
          }
        }
      }
      // Wedge: accept when a uniform height in the layer falls under the curve.
      let y = f[i] + g.nextUniform() * (f[i + 1] - f[i])
      if y < _exp(-candidate * candidate / 2) {
        return (g, Double(bitPattern: candidate.bitPattern ^ signBit))
      }
      bits = g.next()
    }
  }
}
