/// A stable assignment of colour, dash and marker to series names.
///
/// The same `colorKey` gets the same style in every figure built with the same palette, so a
/// report seeds one palette with its ordered initializer names and hands it to every figure.
/// Seeded keys take the styles in order. When a figure draws series whose keys were not
/// seeded, its own copy of the palette gives them, in order of first appearance, the lowest
/// slots no seeded key in that figure uses; such keys are distinct within the figure but keep
/// their style across figures only when seeded. ``styleIndex(for:)`` on a key the palette
/// does not know falls back to a 64-bit FNV-1a hash of its UTF-8 bytes, stable across runs.
///
/// Colours are the Okabe–Ito colour-blind-safe set (Okabe and Ito, 2008, "Color Universal
/// Design") without its pale yellow, which is unreadable as a line on white; dashes cycle with
/// period 6 and markers with period 7, so slots 0–41 differ in colour or dash or marker and
/// neighbouring slots also differ in greyscale.
public struct SeriesPalette: Sendable, Hashable {
  /// Okabe–Ito colours: blue, vermillion, bluish green, reddish purple, orange, sky blue,
  /// black.
  public static let okabeIto: [Color] = [
    Color(hex: 0x0072B2), Color(hex: 0xD55E00), Color(hex: 0x009E73), Color(hex: 0xCC79A7),
    Color(hex: 0xE69F00), Color(hex: 0x56B4E9), Color(hex: 0x000000),
  ]

  /// Keys that take styles 0, 1, 2, … in this order.
  public private(set) var seededKeys: [String]

  private var indexByKey: [String: Int]

  /// Creates a palette whose first styles go to `seededKeys`, in order.
  /// - Parameter seededKeys: series names, e.g. every initializer of a report; duplicates
  ///   keep their first position.
  public init(seededKeys: [String] = []) {
    var index: [String: Int] = [:]
    var ordered: [String] = []
    for key in seededKeys where index[key] == nil {
      index[key] = ordered.count
      ordered.append(key)
    }
    self.seededKeys = ordered
    self.indexByKey = index
  }

  /// A copy that also places `keys` it does not know, in order, on the lowest slots that no
  /// known key among `keys` occupies.
  public func extended(with keys: [String]) -> SeriesPalette {
    var copy = self
    var used = Set(keys.compactMap { indexByKey[$0] })
    var next = 0
    for key in keys where copy.indexByKey[key] == nil {
      while used.contains(next) { next += 1 }
      copy.indexByKey[key] = next
      used.insert(next)
    }
    return copy
  }

  /// The style slot of a key: its seed position, or a stable hash for unseeded keys.
  public func styleIndex(for key: String) -> Int {
    if let index = indexByKey[key] { return index }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return Int(hash % 42)
  }

  /// The colour of a key.
  public func color(for key: String) -> Color {
    Self.okabeIto[styleIndex(for: key) % Self.okabeIto.count]
  }

  /// The dash pattern of a key; cycles with period 6.
  public func dash(for key: String) -> DashPattern {
    DashPattern.allCases[styleIndex(for: key) % DashPattern.allCases.count]
  }

  /// The marker of a key; cycles through the seven filled or stroked shapes.
  public func marker(for key: String) -> MarkerShape {
    let shapes = MarkerShape.allCases.filter { $0 != .none }
    return shapes[styleIndex(for: key) % shapes.count]
  }
}
