import CCairo
import Foundation

// Draws through a Cairo context and lays text out with Pango.
//
// Text uses unhinted outlines and unhinted metrics (CAIRO_HINT_STYLE_NONE,
// CAIRO_HINT_METRICS_OFF) so a label has the same extents in PNG, SVG and PDF at any dpi,
// and greyscale antialiasing so PNG bytes do not depend on the display's subpixel order.

/// A renderer drawing into a Cairo context whose user space is in points.
final class CairoRenderer: Renderer {
  private let cairo: OpaquePointer
  private let pangoContext: OpaquePointer
  /// One shaped layout per (style, markup): labels are measured and drawn again and again.
  private var layouts: [String: OpaquePointer] = [:]
  private let fontFamily: String
  private var fonts: [String: OpaquePointer] = [:]
  private var validatedMarkup: Set<String> = []

  /// Wraps `cairo`, which the caller keeps alive and destroys.
  /// - Throws: `PlottingError.fontUnavailable` when `fontFamily` is not installed.
  init(cairo: OpaquePointer, fontFamily: String) throws {
    self.cairo = cairo
    self.fontFamily = fontFamily
    pangoContext = pango_cairo_create_context(cairo)
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    pango_cairo_context_set_font_options(pangoContext, options)
    // At 72 dpi a Pango point equals one unit of our user space, which is in points.
    pango_cairo_context_set_resolution(pangoContext, 72)
    cairo_font_options_destroy(options)
    try checkFontIsInstalled()
  }

  deinit {
    for description in fonts.values { pango_font_description_free(description) }
    for layout in layouts.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
    g_object_unref(UnsafeMutableRawPointer(pangoContext))
  }

  /// Throws unless fontconfig resolves the family to itself rather than a substitute.
  private func checkFontIsInstalled() throws {
    let description = font(for: TextStyle(sizeInPoints: 10))
    guard let loaded = pango_context_load_font(pangoContext, description) else {
      throw PlottingError.fontUnavailable(requested: fontFamily, substitute: "no font at all")
    }
    defer { g_object_unref(UnsafeMutableRawPointer(loaded)) }
    let resolved = pango_font_describe(loaded)
    defer { pango_font_description_free(resolved) }
    let family = pango_font_description_get_family(resolved).map { String(cString: $0) } ?? ""
    guard family.lowercased() == fontFamily.lowercased() else {
      throw PlottingError.fontUnavailable(requested: fontFamily, substitute: family)
    }
  }

  private func font(for style: TextStyle) -> OpaquePointer {
    let key = "\(style.sizeInPoints)|\(style.isBold)"
    if let cached = fonts[key] { return cached }
    let description = pango_font_description_new()!
    pango_font_description_set_family(description, fontFamily)
    pango_font_description_set_weight(
      description, style.isBold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    // A relative (not absolute) size lets <sup>, <sub> and <small> scale from it.
    pango_font_description_set_size(
      description, Int32((style.sizeInPoints * Double(PANGO_SCALE)).rounded()))
    fonts[key] = description
    return description
  }

  /// The shaped layout of `markup` in `style`, after checking the markup parses.
  private func layout(for markup: String, style: TextStyle) throws -> OpaquePointer {
    let key = "\(style.sizeInPoints)|\(style.isBold)|\(markup)"
    if let cached = layouts[key] { return cached }
    if !validatedMarkup.contains(markup) {
      var error: UnsafeMutablePointer<GError>?
      let isValid = pango_parse_markup(markup, -1, 0, nil, nil, nil, &error) != 0
      if !isValid {
        let reason = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
        if let error { g_error_free(error) }
        throw PlottingError.invalidMarkup(text: markup, reason: reason)
      }
      validatedMarkup.insert(markup)
    }
    let layout = pango_layout_new(pangoContext)!
    pango_layout_set_font_description(layout, font(for: style))
    pango_layout_set_markup(layout, Self.explicitScripts(markup, size: style.sizeInPoints), -1)
    layouts[key] = layout
    return layout
  }

  /// Rewrites `<sup>` and `<sub>` as spans with explicit size and rise.
  ///
  /// Pango 1.50 scales its own `<sup>` from the context's default font rather than the
  /// layout's, which draws exponents larger than the base text; explicit spans avoid that.
  /// Exponents are 70 % of the text size, raised by 40 % of it; subscripts drop by 15 %.
  static func explicitScripts(_ markup: String, size: Double) -> String {
    guard markup.contains("<su") else { return markup }
    let unit = size * Double(PANGO_SCALE)
    let scriptSize = Int((0.7 * unit).rounded())
    let sup = "<span size=\"\(scriptSize)\" rise=\"\(Int((0.4 * unit).rounded()))\">"
    let sub = "<span size=\"\(scriptSize)\" rise=\"-\(Int((0.15 * unit).rounded()))\">"
    var result = ""
    var rest = Substring(markup)
    let tags: [(String, String)] = [
      ("<sup>", sup), ("<sub>", sub), ("</sup>", "</span>"), ("</sub>", "</span>"),
    ]
    while let open = rest.firstIndex(of: "<") {
      result += rest[..<open]
      rest = rest[open...]
      if let (tag, replacement) = tags.first(where: { rest.hasPrefix($0.0) }) {
        result += replacement
        rest = rest.dropFirst(tag.count)
      } else {
        result.append("<")
        rest = rest.dropFirst()
      }
    }
    return result + rest
  }

  func extents(of markup: String, style: TextStyle) throws -> TextExtents {
    let layout = try layout(for: markup, style: style)
    var logical = PangoRectangle()
    pango_layout_get_extents(layout, nil, &logical)
    let scale = Double(PANGO_SCALE)
    return TextExtents(
      width: Double(logical.width) / scale, height: Double(logical.height) / scale,
      baseline: Double(pango_layout_get_baseline(layout)) / scale)
  }

  func draw(
    _ markup: String, style: TextStyle, at position: Point, anchor: TextAnchor, isVertical: Bool
  ) throws {
    let size = try extents(of: markup, style: style)
    let layout = try layout(for: markup, style: style)
    let dx: Double
    switch anchor.horizontal {
    case .left: dx = 0
    case .center: dx = size.width / 2
    case .right: dx = size.width
    }
    let dy: Double
    switch anchor.vertical {
    case .top: dy = 0
    case .center: dy = size.height / 2
    case .baseline: dy = size.baseline
    case .bottom: dy = size.height
    }
    cairo_save(cairo)
    cairo_translate(cairo, position.x, position.y)
    // Rotation changes the context's matrix; Pango re-lays out layouts whose context
    // changed when they are next used, so the cache stays valid.
    if isVertical {
      cairo_rotate(cairo, -Double.pi / 2)
      pango_cairo_update_context(cairo, pangoContext)
    }
    set(style.color)
    cairo_move_to(cairo, -dx, -dy)
    pango_cairo_show_layout(cairo, layout)
    cairo_restore(cairo)
    if isVertical { pango_cairo_update_context(cairo, pangoContext) }
  }

  func stroke(_ points: [Point], style: StrokeStyle) {
    guard let first = points.first, points.count > 1 else { return }
    cairo_new_path(cairo)
    cairo_move_to(cairo, first.x, first.y)
    for point in points.dropFirst() { cairo_line_to(cairo, point.x, point.y) }
    set(style.color)
    cairo_set_line_width(cairo, style.widthInPoints)
    let dashes = style.dash.lengths(lineWidth: style.widthInPoints)
    cairo_set_dash(cairo, dashes, Int32(dashes.count), 0)
    let isDotted = style.dash == .dotted || style.dash == .dashDot || style.dash == .dashDotDot
    cairo_set_line_cap(cairo, isDotted ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
    cairo_set_line_join(cairo, CAIRO_LINE_JOIN_ROUND)
    cairo_stroke(cairo)
  }

  func fill(_ polygon: [Point], color: Color) {
    guard let first = polygon.first, polygon.count > 2 else { return }
    cairo_new_path(cairo)
    cairo_move_to(cairo, first.x, first.y)
    for point in polygon.dropFirst() { cairo_line_to(cairo, point.x, point.y) }
    cairo_close_path(cairo)
    set(color)
    cairo_fill(cairo)
  }

  func fill(_ rect: Rect, color: Color, isCrisp: Bool) {
    cairo_new_path(cairo)
    cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
    set(color)
    if isCrisp { cairo_set_antialias(cairo, CAIRO_ANTIALIAS_NONE) }
    cairo_fill(cairo)
    if isCrisp { cairo_set_antialias(cairo, CAIRO_ANTIALIAS_DEFAULT) }
  }

  func fillCircle(center: Point, radius: Double, color: Color) {
    cairo_new_path(cairo)
    cairo_arc(cairo, center.x, center.y, radius, 0, 2 * Double.pi)
    set(color)
    cairo_fill(cairo)
  }

  func clip(to rect: Rect?) {
    cairo_reset_clip(cairo)
    guard let rect else { return }
    cairo_new_path(cairo)
    cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
    cairo_clip(cairo)
  }

  private func set(_ color: Color) {
    cairo_set_source_rgba(cairo, color.red, color.green, color.blue, color.alpha)
  }
}
