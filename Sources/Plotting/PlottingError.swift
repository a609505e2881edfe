/// Everything that can go wrong while building or rendering a figure.
///
/// Each message names the offending value, what is accepted, and how to fix it.
public enum PlottingError: Error, Equatable, CustomStringConvertible {
  /// The requested font family is not installed and fontconfig substituted another one.
  case fontUnavailable(requested: String, substitute: String)
  /// A label is not valid Pango markup.
  case invalidMarkup(text: String, reason: String)
  /// A Cairo call reported a failure status.
  case cairoFailure(operation: String, status: String)
  /// The figure size or resolution cannot be rendered.
  case invalidFigureSize(widthInInches: Double, heightInInches: Double, dpi: Double)
  /// The figure has no panels, or a non-positive column count.
  case invalidGrid(panelCount: Int, columns: Int)
  /// Explicit axis limits are not usable on the axis' scale.
  case invalidLimits(axis: String, lower: Double, upper: Double, scale: AxisScale)
  /// A histogram was asked for no bins or got a value it cannot count.
  case invalidHistogram(label: String, reason: String)
  /// A heatmap's value grid does not match its cell edges.
  case invalidHeatmap(reason: String)
  /// An annotation points at, or sits at, a position the axes cannot show.
  case invalidAnnotation(text: String, x: Double, y: Double)
  /// Bytes handed to the PNG reader are not a PNG image Cairo can decode.
  case invalidPNG(reason: String)
  /// Two images compared pixel by pixel have different sizes.
  case imageSizeMismatch(width: Int, height: Int, otherWidth: Int, otherHeight: Int)

  /// A message that names the bad value, what is accepted, and the fix.
  public var description: String {
    switch self {
    case let .fontUnavailable(requested, substitute):
      return "font '\(requested)' is not installed (fontconfig offered '\(substitute)'); "
        + "install the package fonts-dejavu-core (apt-get install fonts-dejavu-core) "
        + "or choose an installed family with Figure.fontFamily"
    case let .invalidMarkup(text, reason):
      return "label '\(text)' is not valid Pango markup (\(reason)); "
        + "escape '&', '<' and '>' with Markup.escaped(_:) or close every tag"
    case let .cairoFailure(operation, status):
      return "Cairo failed in \(operation) with status '\(status)'; "
        + "check the figure size and free memory, then render again"
    case let .invalidFigureSize(width, height, dpi):
      return "figure of \(width) x \(height) in at \(dpi) dpi cannot be rendered; "
        + "use positive finite sizes, 10...2400 dpi and at most 32767 pixels per side"
    case let .invalidGrid(panelCount, columns):
      return "figure with \(panelCount) panels in \(columns) columns is invalid; "
        + "give at least one panel and a column count of 1 or more"
    case let .invalidLimits(axis, lower, upper, scale):
      let accepted = scale == .log10 ? "0 < lower < upper, both finite" : "lower < upper, finite"
      return "\(axis) axis limits \(lower)...\(upper) are invalid on a \(scale) scale; "
        + "use \(accepted), or leave the limits nil to fit the data"
    case let .invalidHistogram(label, reason):
      return "histogram '\(label)': \(reason)"
    case let .invalidHeatmap(reason):
      return "heatmap: \(reason)"
    case let .invalidAnnotation(text, x, y):
      return "annotation '\(text)' uses the point (\(x), \(y)), which the axes cannot show; "
        + "use finite coordinates, positive on log axes"
    case let .invalidPNG(reason):
      return "bytes are not a readable PNG image (\(reason)); pass the bytes of a .png file"
    case let .imageSizeMismatch(width, height, otherWidth, otherHeight):
      return "cannot compare a \(width) x \(height) image with a \(otherWidth) x "
        + "\(otherHeight) image; render both at the same size and dpi"
    }
  }
}
