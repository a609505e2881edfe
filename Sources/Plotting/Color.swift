/// An sRGB colour with straight (not premultiplied) alpha, each channel in 0...1.
public struct Color: Sendable, Hashable {
  /// Red channel, 0...1.
  public var red: Double
  /// Green channel, 0...1.
  public var green: Double
  /// Blue channel, 0...1.
  public var blue: Double
  /// Opacity, 0 (transparent) ... 1 (opaque).
  public var alpha: Double

  /// Creates a colour from channels in 0...1.
  public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
    self.red = red
    self.green = green
    self.blue = blue
    self.alpha = alpha
  }

  /// Creates an opaque colour from a 24-bit `0xRRGGBB` value.
  public init(hex: UInt32) {
    self.init(
      red: Double((hex >> 16) & 0xFF) / 255,
      green: Double((hex >> 8) & 0xFF) / 255,
      blue: Double(hex & 0xFF) / 255)
  }

  /// The same colour with a different opacity.
  public func withAlpha(_ alpha: Double) -> Color {
    Color(red: red, green: green, blue: blue, alpha: alpha)
  }

  /// Opaque black.
  public static let black = Color(red: 0, green: 0, blue: 0)
  /// Opaque white.
  public static let white = Color(red: 1, green: 1, blue: 1)
  /// Dark grey used for reference lines and secondary text.
  public static let darkGray = Color(hex: 0x404040)
  /// Light grey used for grid lines.
  public static let lightGray = Color(hex: 0xDDDDDD)
}
