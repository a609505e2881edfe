/// A figure: one or more plots in a grid, with a size in inches and a resolution for PNG.
///
/// The model knows nothing of Cairo; ``rendered(as:)`` draws it through a renderer.
public struct Figure: Sendable {
  /// Width in inches.
  public var widthInInches: Double
  /// Height in inches.
  public var heightInInches: Double
  /// Pixels per inch of PNG output; SVG and PDF are sized in points (1/72 in).
  public var dpi: Double
  /// Figure title as Pango markup, drawn above all panels.
  public var title: String?
  /// Panels in row-major order.
  public var panels: [Plot]
  /// Number of grid columns; rows follow from the panel count.
  public var columns: Int
  /// Whether all panels share x limits; inner panels then omit x tick labels.
  public var sharesXAxis: Bool = false
  /// Whether all panels share y limits; inner panels then omit y tick labels.
  public var sharesYAxis: Bool = false
  /// Whether one legend below all panels replaces the panels' own legends; each label is
  /// listed once. Suits small multiples that show the same series side by side.
  public var hasSharedLegend: Bool = false
  /// Series name to style assignment; give every figure of a report the same palette.
  public var palette: SeriesPalette = SeriesPalette()
  /// Font family for all text; DejaVu Sans ships in the fonts-dejavu-core package.
  public var fontFamily: String = "DejaVu Sans"
  /// Size of tick labels and legend text in points; titles are 1.2 times larger.
  public var fontSizeInPoints: Double = 10

  /// Creates a single-panel figure.
  public init(
    _ plot: Plot, widthInInches: Double = 6.4, heightInInches: Double = 4.8, dpi: Double = 150
  ) {
    self.init(
      panels: [plot], columns: 1, widthInInches: widthInInches,
      heightInInches: heightInInches, dpi: dpi)
  }

  /// Creates a figure of small multiples laid out in `columns` columns.
  public init(
    panels: [Plot], columns: Int, widthInInches: Double = 6.4, heightInInches: Double = 4.8,
    dpi: Double = 150
  ) {
    self.panels = panels
    self.columns = columns
    self.widthInInches = widthInInches
    self.heightInInches = heightInInches
    self.dpi = dpi
  }

  /// Number of grid rows.
  public var rows: Int { columns > 0 ? (panels.count + columns - 1) / columns : 0 }

  /// Width in points (1/72 inch).
  var widthInPoints: Double { widthInInches * 72 }

  /// Height in points (1/72 inch).
  var heightInPoints: Double { heightInInches * 72 }
}
