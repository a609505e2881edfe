/// File formats a figure renders to.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
  /// Raster image at the figure's dpi.
  case png
  /// Scalable vector graphics; text is embedded as glyph outlines.
  case svg
  /// Portable document format, one page, with fixed metadata dates.
  case pdf

  /// The usual file name extension, without a dot.
  public var fileExtension: String { rawValue }
}
