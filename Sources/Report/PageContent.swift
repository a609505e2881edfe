/// A figure as placed on a page: its files and caption.
struct PlacedFigure {
  /// The figure's identifier, unique in the report; also its file stem.
  var id: String
  /// What the figure shows, for readers.
  var caption: String
  /// A short text alternative for the image.
  var alt: String
  /// The relative path of each file written for the figure, by label
  /// (`PNG`, `SVG`, `PDF`, `CSV`, `JSON`), in display order.
  var files: [(label: String, path: String)]
  /// The PNG's display width in CSS pixels.
  var displayWidth: Int
}

/// A table of key numbers on a page; cells are already formatted.
struct KeyTable {
  var caption: String
  var header: [String]
  var rows: [[String]]
}

/// Everything one section page shows.
struct PageContent {
  var number: Int
  var slug: String
  var title: String
  var finding: String
  var introduction: [String]
  var figures: [PlacedFigure]
  var tables: [KeyTable]
  var configuration: String

  /// The page's file name, e.g. `01-vanishing-exploding.html`.
  var fileName: String {
    let prefix = number < 10 ? "0\(number)" : "\(number)"
    return "\(prefix)-\(slug).html"
  }
}
