// Generated data: viridis colour map from a degree-6 polynomial fit.
//
// The coefficients are the published minimax (smallest maximum error) fit of matplotlib's
// viridis table by Matt Zucker, "fitting polynomials to matplotlib colormaps", Shadertoy
// WlfXRN, released under CC0: for t in 0...1, per sRGB channel,
//   colour(t) = c0 + t·(c1 + t·(c2 + t·(c3 + t·(c4 + t·(c5 + t·c6)))))
// The fitted data is the 256-entry viridis table of van der Walt and Smith (2015, "A Better
// Default Colormap for Matplotlib", BIDS colormaps, CC0). The tests check the published
// anchors #440154, #21918C and #FDE725 to 0.015 per channel, below what a projector shows,
// and that lightness rises monotonically.

/// The viridis colour map: perceptually uniform and readable in greyscale and by viewers
/// with colour-vision deficiencies.
public enum Viridis {
  static let coefficients: [(Double, Double, Double)] = [
    (0.2777273272234177, 0.005407344544966578, 0.3340998053353061),
    (0.1050930431085774, 1.404613529898575, 1.384590162594685),
    (-0.3308618287255563, 0.214847559468213, 0.09509516302823659),
    (-4.634230498983486, -5.799100973351585, -19.33244095627987),
    (6.228269936347081, 14.17993336680509, 56.69055260068105),
    (4.776384997670288, -13.74514537774601, -65.35303263337234),
    (-5.435455855934631, 4.645852612178535, 26.3124352495832),
  ]

  /// 256 colours from dark purple (index 0) to yellow (index 255).
  public static let table: [Color] = (0..<256).map { evaluate(Double($0) / 255) }

  /// The colour at `t`; `t` is clamped to 0...1 and NaN maps to 0.
  public static func color(at t: Double) -> Color {
    let clamped = t.isNaN ? 0 : min(max(t, 0), 1)
    return table[Int((clamped * 255).rounded())]
  }

  private static func evaluate(_ t: Double) -> Color {
    var red = 0.0
    var green = 0.0
    var blue = 0.0
    for coefficient in coefficients.reversed() {
      red = red * t + coefficient.0
      green = green * t + coefficient.1
      blue = blue * t + coefficient.2
    }
    return Color(red: clamp(red), green: clamp(green), blue: clamp(blue))
  }

  private static func clamp(_ value: Double) -> Double { min(max(value, 0), 1) }
}
