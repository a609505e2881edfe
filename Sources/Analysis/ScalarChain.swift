/// The scalar chain h(l) = w^l: the one-unit deep linear network.
public enum ScalarChain {
  /// Returns w^l for l = 0...depth, computed by repeated multiplication.
  public static func values(weight: Double, depth: Int) -> [Double] {
    var h = 1.0
    var out = [h]
    for _ in 0..<depth { h *= weight; out.append(h) }
    return out
  }
}

