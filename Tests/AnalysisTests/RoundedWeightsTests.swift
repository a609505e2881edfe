import Testing
@testable import Analysis

@Suite("Rounded weights")
struct RoundedWeightsTests {
  @Test(
    "Rounded weights equal Network.weights rounded once",
    arguments: [(Precision.float32, 1.0), (.float32, 1.5), (.float64, 1.0), (.float64, 0.5)])
  func matchNetworkWeights(precision: Precision, weightScale: Double) throws {
    // Same stream and the same single rounding T(w · scale): exact equality, no tolerance.
    let config = NetworkConfiguration(
      widths: [5, 7, 3], initializer: WeightInitializer(.kaimingNormal),
      activation: Activation(.tanh), precision: precision, weightScale: weightScale)
    let reference = try Network.weights(config, seed: 9)
    let rounded = try RoundedWeights(config, seed: 9)

    #expect(rounded.count == reference.count)
    for (l, matrix) in reference.enumerated() {
      switch precision {
      case .float32:
        let p = rounded.matrix(l, as: Float.self)
        #expect((0..<matrix.count).allSatisfy { p[$0] == Float(matrix[$0]) }, "layer \(l)")
      case .float64:
        let p = rounded.matrix(l, as: Double.self)
        #expect((0..<matrix.count).allSatisfy { p[$0] == matrix[$0] }, "layer \(l)")
      }
    }
  }
}
