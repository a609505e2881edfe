/// A float64 one-hidden-layer network `ŷ = φ(x W1 + b1) W2 + b2` with a single output,
/// written as plain loops so that every hidden unit follows the same operation sequence.
struct TinyNetwork {
  var w1: [Double]
  var b1: [Double]
  var w2: [Double]
  var b2 = 0.0
  let inputs: Int
  let hidden: Int
  let activation: Activation

  init(w1: [Double], w2: [Double], inputs: Int, hidden: Int, activation: Activation) {
    precondition(w1.count == inputs * hidden && w2.count == hidden, "bad tiny-network shapes")
    self.w1 = w1
    self.w2 = w2
    self.b1 = [Double](repeating: 0, count: hidden)
    self.inputs = inputs
    self.hidden = hidden
    self.activation = activation
  }

  /// Unit j's parameters: incoming weights, bias, outgoing weight.
  func unitParameters(_ j: Int) -> [Double] {
    (0..<inputs).map { w1[$0 * hidden + j] } + [b1[j], w2[j]]
  }

  /// Preactivations z_j = Σ_i x_i W1[i, j] + b1[j].
  func preactivations(_ x: [Double]) -> [Double] {
    (0..<hidden).map { j in
      var z = b1[j]
      for i in 0..<inputs { z += x[i] * w1[i * hidden + j] }
      return z
    }
  }

  func predict(_ x: [Double]) -> Double {
    let h = preactivations(x).map(activation.value)
    var out = b2
    for j in 0..<hidden { out += h[j] * w2[j] }
    return out
  }

  /// L = (1 / 2N) Σ (ŷ − y)².
  func loss(x: [[Double]], y: [Double]) -> Double {
    zip(x, y).reduce(0) { $0 + (predict($1.0) - $1.1) * (predict($1.0) - $1.1) }
      / Double(2 * y.count)
  }

  /// One SGD step on the minibatch's mean squared-error loss.
  mutating func sgdStep(x: [[Double]], y: [Double], learningRate eta: Double) {
    var gw1 = [Double](repeating: 0, count: w1.count)
    var gb1 = [Double](repeating: 0, count: hidden)
    var gw2 = [Double](repeating: 0, count: hidden)
    var gb2 = 0.0
    let scale = 1 / Double(y.count)
    for (xs, target) in zip(x, y) {
      let z = preactivations(xs)
      let h = z.map(activation.value)
      var out = b2
      for j in 0..<hidden { out += h[j] * w2[j] }
      let e = (out - target) * scale
      gb2 += e
      for j in 0..<hidden {
        gw2[j] += e * h[j]
        let gz = e * w2[j] * activation.derivative(z[j])
        gb1[j] += gz
        for i in 0..<inputs { gw1[i * hidden + j] += gz * xs[i] }
      }
    }
    for k in w1.indices { w1[k] -= eta * gw1[k] }
    for j in 0..<hidden {
      b1[j] -= eta * gb1[j]
      w2[j] -= eta * gw2[j]
    }
    b2 -= eta * gb2
  }
}
