import Foundation

/// The data behind one figure: named columns of numbers or labels, written
/// beside the figure as CSV and JSON so readers can re-plot or check it.
struct DataTable {
  /// One cell: a number (kept exact) or a label.
  enum Cell: Equatable {
    case number(Double)
    case text(String)
  }

  /// Column names, in order.
  var columns: [String]
  /// Rows, each with one cell per column.
  private(set) var rows: [[Cell]] = []

  /// Creates an empty table with the given columns.
  init(columns: [String]) {
    self.columns = columns
  }

  /// Appends a row.
  ///
  /// - Precondition: the row has one cell per column.
  mutating func append(_ row: [Cell]) {
    precondition(
      row.count == columns.count,
      "row has \(row.count) cells, table has \(columns.count) columns")
    rows.append(row)
  }

  /// RFC 4180 CSV with a header line; numbers round-trip exactly and
  /// non-finite values are written `inf`, `-inf`, `nan`.
  var csv: String {
    var lines = [columns.map(Self.quoted).joined(separator: ",")]
    for row in rows {
      lines.append(row.map { cell in
        switch cell {
        case let .number(x): return NumberFormat.exact(x)
        case let .text(s): return Self.quoted(s)
        }
      }.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A JSON object `{"columns": [...], "rows": [[...], ...]}`. JSON has no
  /// infinity or NaN, so those become the strings `"inf"`, `"-inf"`, `"nan"`.
  var json: String {
    let header = columns.map(JSONText.quoted).joined(separator: ", ")
    let body = rows.map { row in
      "    [" + row.map { cell in
        switch cell {
        case let .number(x) where x.isFinite: return NumberFormat.exact(x)
        case let .number(x): return JSONText.quoted(NumberFormat.exact(x))
        case let .text(s): return JSONText.quoted(s)
        }
      }.joined(separator: ", ") + "]"
    }.joined(separator: ",\n")
    return "{\n  \"columns\": [\(header)],\n  \"rows\": [\n\(body)\n  ]\n}\n"
  }

  private static func quoted(_ field: String) -> String {
    guard field.contains(where: { ",\"\n\r".contains($0) }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
