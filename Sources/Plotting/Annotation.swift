/// A text label with an optional arrow pointing at a data point.
///
/// Text is centred on `textPosition`; if its box would leave the axes it is moved inside.
public struct Annotation: Sendable {
  /// Text as Pango markup, e.g. `0.2<sup>30</sup> ≈ 1.07 × 10<sup>−21</sup>`.
  public var text: String
  /// The data point the arrow points at.
  public var target: (x: Double, y: Double)
  /// Centre of the text in data coordinates.
  public var textPosition: (x: Double, y: Double)
  /// Whether an arrow is drawn from the text to the target.
  public var hasArrow: Bool
  /// Colour of text and arrow.
  public var color: Color

  /// Creates an annotation.
  public init(
    _ text: String, pointingAt target: (x: Double, y: Double),
    textAt textPosition: (x: Double, y: Double), hasArrow: Bool = true, color: Color = .black
  ) {
    self.text = text
    self.target = target
    self.textPosition = textPosition
    self.hasArrow = hasArrow
    self.color = color
  }
}
