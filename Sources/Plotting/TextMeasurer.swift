/// Caches text extents by markup and style; figures repeat tick labels often.
final class TextMeasurer {
  private let renderer: Renderer
  private var cache: [String: TextExtents] = [:]

  init(renderer: Renderer) {
    self.renderer = renderer
  }

  func extents(_ markup: String, _ style: TextStyle) throws -> TextExtents {
    let key = "\(style.sizeInPoints)|\(style.isBold)|\(markup)"
    if let cached = cache[key] { return cached }
    let result = try renderer.extents(of: markup, style: style)
    cache[key] = result
    return result
  }
}
