import Testing
@testable import Analysis

@Suite("Weight initializers")
struct WeightInitializerTests {
  @Test("Sample variance matches the exact variance within 5 standard errors", arguments:
    WeightInitializer.allCases + [
      try! WeightInitializer(parsing: "xavier:rnd=gaussian,factor=in,magnitude=2"),
      try! WeightInitializer(parsing: "kaiming-normal:mode=fan_out,nonlinearity=tanh"),
      try! WeightInitializer(parsing: "variance-scaling:scale=2,mode=fan_avg,distribution=uniform"),
      try! WeightInitializer(parsing: "truncated-normal:sigma=0.5,bound=0.6"),
    ])
  func sampleVariance(_ initializer: WeightInitializer) throws {
    // A 300 × 200 matrix gives n = 60 000 entries. For zero-mean i.i.d. entries the sample
    // mean square has standard error sqrt((E[w⁴] − E[w²]²) / n) ≤ sqrt(2) Var / sqrt(n)
    // (kurtosis ≤ 3 for uniform, normal and truncated normal), ≈ 0.0058 · Var; allow 5 SE.
    // Orthogonal and deterministic matrices are exact up to rounding (1e-12 relative).
    let fanIn = 300
    let fanOut = 200
    var g = SeededGenerator(seed: 5)
    let w = try initializer.makeWeights(fanIn: fanIn, fanOut: fanOut, using: &g)
    let distribution = initializer.distribution(fanIn: fanIn, fanOut: fanOut)
    let expected = distribution.secondMoment(fanIn: fanIn, fanOut: fanOut)
    let meanSquare = w.reduce(0) { $0 + $1 * $1 } / Double(w.count)
    let tolerance = initializer.isRandom && initializer.kind != .orthogonal
      ? 5 * 2.0.squareRoot() / Double(w.count).squareRoot() : 1e-12
    #expect(abs(meanSquare - expected) <= tolerance * max(expected, 1e-300) + 1e-300)
    if let bound = distribution.bound {
      #expect(w.allSatisfy { abs($0) <= bound * (1 + 1e-12) })
    }
  }

  @Test("Xavier-uniform draws lie in ±sqrt(6 / (fanIn + fanOut)) and reach its edges")
  func xavierBound() throws {
    // fanIn = 100, fanOut = 50: bound = sqrt(6 / 150) = 0.2. With n = 5000 uniform draws the
    // largest |w| exceeds 0.199 with probability 1 − 0.995^5000 ≈ 1.
    var g = SeededGenerator(seed: 1)
    let xavier = WeightInitializer(.xavierUniform)
    let w = try xavier.makeWeights(fanIn: 100, fanOut: 50, using: &g)
    #expect(xavier.bound(fanIn: 100, fanOut: 50) == (6.0 / 150).squareRoot())
    #expect(w.allSatisfy { abs($0) <= 0.2 })
    #expect(w.map(abs).max()! > 0.199)
    // MXNet's Xavier default (uniform, avg, magnitude 3) is the same bound: sqrt(3 / 75).
    let mxnet = WeightInitializer(.xavier).bound(fanIn: 100, fanOut: 50)!
    #expect(abs(mxnet - 0.2) < 1e-15)
  }

  @Test("Closed-form variances of the named schemes")
  func namedVariances() throws {
    // Each value is the scheme's formula evaluated by hand at fanIn = 256, fanOut = 128;
    // the 4-ulp tolerance covers the few roundings in both computations.
    func v(_ text: String) throws -> Double {
      try WeightInitializer(parsing: text).variance(fanIn: 256, fanOut: 128)
    }
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 4 * b.ulp }
    #expect(close(try v("mxnet-default"), 0.07 * 0.07 / 3))
    #expect(close(try v("xavier-normal"), 2.0 / 384))
    #expect(close(try v("kaiming-normal:nonlinearity=relu"), 2.0 / 256))
    #expect(close(try v("kaiming-uniform:nonlinearity=leaky_relu,a=0.5"), 2 / 1.25 / 256))
    #expect(close(try v("kaiming-normal:nonlinearity=selu,mode=fan_out"), 0.5625 / 128))
    #expect(close(try v("msra-prelu"), 2 / (1 + 0.0625) / 192))
    #expect(close(try v("lecun-uniform"), 1.0 / 256))
    #expect(close(try v("pytorch-linear"), 1.0 / 768))
    #expect(close(try v("glorot-standard"), 1.0 / 768))
    #expect(close(try v("orthogonal:gain=2"), 4.0 / 256))
    // Keras' truncated normal: the 0.8796… correction makes the variance exactly scale/n up
    // to the 17-digit constant, so compare at 1e-15 relative.
    let lecun = try v("lecun-normal")
    #expect(abs(lecun * 256 - 1) < 1e-15)
    #expect(abs(try v("variance-scaling:scale=2,mode=fan_out") * 64 - 1) < 1e-15)
  }

  @Test(
    "Orthogonal weights satisfy WᵀW = I or WWᵀ = I",
    arguments: [(64, 64), (80, 30), (30, 80)])
  func orthogonality(_ shape: (Int, Int)) throws {
    // Householder QR is backward stable: entries of WᵀW − I are O(n ε) ≈ 1e-14; allow 1e-12.
    let (m, n) = shape
    var g = SeededGenerator(seed: 9)
    let w = try WeightInitializer(.orthogonal).makeWeights(fanIn: m, fanOut: n, using: &g)
    let k = min(m, n)
    for a in 0..<k {
      for b in 0..<k {
        var dot = 0.0
        if m >= n {
          for i in 0..<m { dot += w[i * n + a] * w[i * n + b] }
        } else {
          for j in 0..<n { dot += w[a * n + j] * w[b * n + j] }
        }
        #expect(abs(dot - (a == b ? 1 : 0)) < 1e-12)
      }
    }
  }

  @Test("Densities with a closed form integrate to 1", arguments: WeightInitializer.allCases)
  func densityIntegrates(_ initializer: WeightInitializer) {
    // Midpoint rule with 200 000 cells over ±12 σ (or the bound): the error is below 1e-6
    // except at the jumps of truncated densities, where one cell contributes ≤ 2/200 000.
    let d = initializer.distribution(fanIn: 64, fanOut: 32)
    guard d.hasDensity else { return }
    let edge = d.bound ?? 12 * d.standardDeviation(fanIn: 64, fanOut: 32)
    let cells = 200_000
    let h = 2 * edge / Double(cells)
    var total = 0.0
    for i in 0..<cells { total += d.density(at: -edge + (Double(i) + 0.5) * h)! * h }
    #expect(abs(total - 1) < 2e-5)
  }
}
