// Design note: every random number in InitLab comes from this generator so that a run is
// reproducible from its seed alone, on any machine and at any thread count. Priorities:
// (1) bit-exact reproducibility, (2) independent streams per sweep cell, (3) speed.
// The state is seeded by SplitMix64 (Steele, Lea and Flood, 2014, "Fast splittable
// pseudorandom number generators"), as recommended by the xoshiro authors, and the stream
// itself is xoshiro256** (Blackman and Vigna, 2021, "Scrambled linear pseudorandom number
// generators"). Normals use the Box–Muller transform (Box and Muller, 1958).

/// A seeded, reproducible xoshiro256** generator with uniform and normal draws.
///
/// Equal seeds give equal streams on every platform; streams for different `(seed, stream)`
/// pairs are decorrelated by hashing both through SplitMix64.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// Creates a generator whose four state words are successive SplitMix64 outputs of `seed`.
  ///
  /// SplitMix64 never yields four zero words in a row, so the all-zero state (the one fixed
  /// point of xoshiro) cannot occur.
  public init(seed: UInt64) {
    var sm = seed
    s0 = Self.splitMix64(&sm)
    s1 = Self.splitMix64(&sm)
    s2 = Self.splitMix64(&sm)
    s3 = Self.splitMix64(&sm)
  }

  /// Creates the generator for sub-stream `stream` of `seed`:
  /// `init(seed: splitMix64(seed) ^ splitMix64(stream ⊕ golden ratio))`.
  public init(seed: UInt64, stream: UInt64) {
    var a = seed
    var b = stream ^ 0x9E37_79B9_7F4A_7C15
    self.init(seed: Self.splitMix64(&a) ^ Self.splitMix64(&b).rotatedLeft(by: 17))
  }

  /// A stable 64-bit stream number for a text key (FNV-1a over its UTF-8 bytes), so that
  /// a sweep cell's stream depends on what the cell is, never on when it runs.
  public static func streamID(_ key: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in key.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// One SplitMix64 step: advances `state` by the golden-ratio increment and returns the
  /// mixed output.
  public static func splitMix64(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// The next 64 random bits: `rotl(s1 · 5, 7) · 9`, then the xoshiro256 state update.
  public mutating func next() -> UInt64 {
    let result = (s1 &* 5).rotatedLeft(by: 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = s3.rotatedLeft(by: 45)
    return result
  }

  /// A uniform double in [0, 1) with 53 random bits: `(next() >> 11) · 2⁻⁵³`.
  public mutating func nextUniform() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// `count` values `(2u − 1) · bound`, u uniform in [0, 1) as from `nextUniform()`, so
  /// uniform on [−bound, bound); the same stream as `count` calls of `nextUniform()`.
  public mutating func uniforms(count: Int, bound: Double) -> [Double] {
    // Work on a local copy so the state stays in registers, then store it back.
    var local = self
    defer { self = local }
    return [Double](unsafeUninitializedCapacity: count) { out, initialized in
      for i in 0..<count { out[i] = (2 * local.nextUniform() - 1) * bound }
      initialized = count
    }
  }
}

extension UInt64 {
  fileprivate func rotatedLeft(by k: UInt64) -> UInt64 {
    (self << k) | (self >> (64 - k))
  }
}
