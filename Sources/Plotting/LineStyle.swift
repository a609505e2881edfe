/// How a line is dashed; dashes keep lines apart when a slide is printed in greyscale.
public enum DashPattern: Sendable, Hashable, CaseIterable {
  /// An unbroken line.
  case solid
  /// Dashes four line widths long.
  case dashed
  /// Round dots.
  case dotted
  /// Alternating dash and dot.
  case dashDot
  /// Long dashes.
  case longDash
  /// A dash followed by two dots.
  case dashDotDot

  /// On/off lengths in points for a line of the given width; empty for `solid`.
  func lengths(lineWidth: Double) -> [Double] {
    let w = max(lineWidth, 0.5)
    switch self {
    case .solid: return []
    case .dashed: return [4 * w, 2.5 * w]
    case .dotted: return [0.01, 2 * w]
    case .dashDot: return [5 * w, 2 * w, 0.01, 2 * w]
    case .longDash: return [9 * w, 3 * w]
    case .dashDotDot: return [5 * w, 2 * w, 0.01, 2 * w, 0.01, 2 * w]
    }
  }
}

/// The symbol drawn at each data point of a line series.
public enum MarkerShape: Sendable, Hashable, CaseIterable {
  /// No marker.
  case none
  /// A filled circle.
  case circle
  /// A filled square.
  case square
  /// A filled triangle pointing up.
  case triangleUp
  /// A filled diamond.
  case diamond
  /// A filled triangle pointing down.
  case triangleDown
  /// A filled five-sided shape.
  case pentagon
  /// An upright cross drawn with strokes.
  case plus
}
