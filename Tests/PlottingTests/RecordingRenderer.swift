@testable import Plotting

/// A renderer that lists what would be drawn, in order, and measures text approximately.
final class RecordingRenderer: Renderer {
  enum Command: Equatable {
    case stroke([Point], StrokeStyle)
    case fillPolygon([Point], Color)
    case fillRect(Rect, Color)
    case fillPolygons([[Point]], Color)
    case fillCircles([Point], Double, Color)
    case strokeSegments([Point], StrokeStyle)
    case text(String, Point, isVertical: Bool)
    case clip(Rect?)
  }

  private(set) var commands: [Command] = []

  /// Width 0.6 em per visible character, height 1.2 em: close to DejaVu Sans.
  func extents(of markup: String, style: TextStyle) throws -> TextExtents {
    var visible = 0
    var inTag = false
    for character in markup {
      switch character {
      case "<": inTag = true
      case ">": inTag = false
      default: visible += inTag ? 0 : 1
      }
    }
    let size = style.sizeInPoints
    return TextExtents(width: 0.6 * size * Double(visible), height: 1.2 * size, baseline: size)
  }

  func stroke(_ points: [Point], style: StrokeStyle) { commands.append(.stroke(points, style)) }

  func fill(_ polygon: [Point], color: Color) { commands.append(.fillPolygon(polygon, color)) }

  func fill(_ rect: Rect, color: Color, isCrisp: Bool) { commands.append(.fillRect(rect, color)) }

  func fillPolygons(_ polygons: [[Point]], color: Color) {
    commands.append(.fillPolygons(polygons, color))
  }

  func fillCircles(centers: [Point], radius: Double, color: Color) {
    commands.append(.fillCircles(centers, radius, color))
  }

  /// Segments are recorded as their end points, in order.
  func strokeSegments(_ segments: [(Point, Point)], style: StrokeStyle) {
    commands.append(.strokeSegments(segments.flatMap { [$0.0, $0.1] }, style))
  }

  func draw(
    _ markup: String, style: TextStyle, at position: Point, anchor: TextAnchor, isVertical: Bool
  ) throws {
    commands.append(.text(markup, position, isVertical: isVertical))
  }

  func clip(to rect: Rect?) { commands.append(.clip(rect)) }

  /// Lays out and draws `figure`, returning the layout.
  @discardableResult
  func record(_ figure: Figure) throws -> FigureLayout {
    let layout = try FigureLayout.make(for: figure, measuringWith: self)
    try FigureDrawer(layout: layout, renderer: self).draw()
    return layout
  }

  /// Texts in drawing order.
  var texts: [String] {
    commands.compactMap { if case .text(let text, _, _) = $0 { text } else { nil } }
  }

  /// Index of the first command matching `predicate`.
  func firstIndex(where predicate: (Command) -> Bool) -> Int? {
    commands.firstIndex(where: predicate)
  }
}
