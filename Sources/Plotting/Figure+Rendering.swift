import CCairo

// Rendering a figure to bytes through Cairo surfaces that write to memory.
//
// PNG pixels come from a Cairo image surface and are encoded by `PNGEncoder`. Output is
// deterministic: PNG has no timestamp chunk, PDF creation and modification dates are
// fixed to `Figure.fixedDocumentDate`, and SVG ids are renumbered by `SVGIdentifiers` so they
// do not depend on how many surfaces the process created before.

/// Collects bytes written by a Cairo stream surface.
private final class ByteSink {
  var bytes: [UInt8] = []
}

/// Cairo write callback appending to the `ByteSink` passed as closure data.
private func appendToSink(
  _ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32
) -> cairo_status_t {
  guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
  let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
  sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
  return CAIRO_STATUS_SUCCESS
}

extension Figure {
  /// Creation and modification date written into every PDF, so reruns are byte-identical.
  public static let fixedDocumentDate = "2000-01-01T00:00:00Z"

  /// Renders the figure to the bytes of a PNG, SVG or PDF file.
  ///
  /// PNG is `round(widthInInches · dpi)` by `round(heightInInches · dpi)` pixels, opaque
  /// RGB; SVG and PDF are `72 · widthInInches` by `72 · heightInInches` points.
  /// - Returns: the complete file; the same figure always gives the same bytes.
  /// - Throws: `PlottingError.invalidFigureSize`, `.invalidGrid`, `.invalidLimits`,
  ///   `.invalidHistogram`, `.invalidHeatmap`, `.invalidAnnotation`, `.invalidMarkup`,
  ///   `.fontUnavailable`, or `.cairoFailure` naming the failed Cairo step.
  public func rendered(as format: OutputFormat) throws -> [UInt8] {
    try validateSize()
    let sink = ByteSink()
    let closure = Unmanaged.passUnretained(sink).toOpaque()
    try withExtendedLifetime(sink) {
      switch format {
      case .png: try renderPNG(into: sink)
      case .svg:
        let surface = cairo_svg_surface_create_for_stream(
          appendToSink, closure, widthInPoints, heightInPoints)
        try renderVector(on: surface, name: "SVG")
      case .pdf:
        let surface = cairo_pdf_surface_create_for_stream(
          appendToSink, closure, widthInPoints, heightInPoints)
        cairo_pdf_surface_set_metadata(
          surface, CAIRO_PDF_METADATA_CREATE_DATE, Self.fixedDocumentDate)
        cairo_pdf_surface_set_metadata(
          surface, CAIRO_PDF_METADATA_MOD_DATE, Self.fixedDocumentDate)
        try renderVector(on: surface, name: "PDF")
      }
    }
    return format == .svg ? SVGIdentifiers.renumbered(sink.bytes) : sink.bytes
  }

  /// PNG size in pixels.
  var pixelSize: (width: Int, height: Int) {
    (Int((widthInInches * dpi).rounded()), Int((heightInInches * dpi).rounded()))
  }

  private func validateSize() throws {
    let isValid = widthInInches.isFinite && heightInInches.isFinite && widthInInches > 0
      && heightInInches > 0 && dpi.isFinite && (10...2400).contains(dpi)
    guard isValid, pixelSize.width >= 1, pixelSize.height >= 1,
      pixelSize.width <= 32767, pixelSize.height <= 32767
    else {
      throw PlottingError.invalidFigureSize(
        widthInInches: widthInInches, heightInInches: heightInInches, dpi: dpi)
    }
  }

  private func renderPNG(into sink: ByteSink) throws {
    let (width, height) = pixelSize
    let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
    defer { cairo_surface_destroy(surface) }
    try Self.check(cairo_surface_status(surface), "creating a \(width) x \(height) PNG surface")
    try draw(on: surface, scaleX: Double(width) / widthInPoints,
      scaleY: Double(height) / heightInPoints)
    cairo_surface_flush(surface)
    guard let pixels = cairo_image_surface_get_data(surface) else {
      throw PlottingError.cairoFailure(operation: "reading the PNG pixels", status: "no data")
    }
    sink.bytes = PNGEncoder.encode(
      pixels: pixels, width: width, height: height,
      stride: Int(cairo_image_surface_get_stride(surface)), dpi: dpi)
  }

  private func renderVector(on surface: OpaquePointer?, name: String) throws {
    defer { cairo_surface_destroy(surface) }
    try Self.check(cairo_surface_status(surface), "creating the \(name) surface")
    try draw(on: surface, scaleX: 1, scaleY: 1)
    cairo_surface_finish(surface)
    try Self.check(cairo_surface_status(surface), "finishing the \(name) file")
  }

  /// Lays out and draws the figure on `surface`, whose user space is scaled to points.
  private func draw(on surface: OpaquePointer?, scaleX: Double, scaleY: Double) throws {
    let cairo = cairo_create(surface)
    defer { cairo_destroy(cairo) }
    try Self.check(cairo_status(cairo), "creating a drawing context")
    guard let cairo else { return }
    cairo_scale(cairo, scaleX, scaleY)
    let renderer = try CairoRenderer(cairo: cairo, fontFamily: fontFamily)
    let layout = try FigureLayout.make(for: self, measuringWith: renderer)
    try FigureDrawer(layout: layout, renderer: renderer).draw()
    try Self.check(cairo_status(cairo), "drawing the figure")
  }

  /// The layout of the figure in points, measured with Cairo and Pango as rendering does.
  func makeLayout() throws -> FigureLayout {
    let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1)
    defer { cairo_surface_destroy(surface) }
    try Self.check(cairo_surface_status(surface), "creating a measuring surface")
    let cairo = cairo_create(surface)
    defer { cairo_destroy(cairo) }
    try Self.check(cairo_status(cairo), "creating a measuring context")
    guard let cairo else { throw PlottingError.cairoFailure(operation: "measuring", status: "") }
    let renderer = try CairoRenderer(cairo: cairo, fontFamily: fontFamily)
    return try FigureLayout.make(for: self, measuringWith: renderer)
  }

  static func check(_ status: cairo_status_t, _ operation: String) throws {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    let text = cairo_status_to_string(status).map { String(cString: $0) } ?? "\(status)"
    throw PlottingError.cairoFailure(operation: operation, status: text)
  }
}
