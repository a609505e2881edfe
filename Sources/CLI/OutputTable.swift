import Analysis
import Foundation
import Report

/// Rows of named cells written as CSV or JSON, the output of `sweep` and `sample`.
struct OutputTable {
  /// One cell: text, a whole number or a real number (NaN and ±∞ print as empty / null).
  enum Cell {
    case text(String)
    case integer(Int)
    case unsigned(UInt64)
    case number(Double?)
  }

  /// Column names, in output order.
  var columns: [String]
  /// Rows, each with one cell per column.
  var rows: [[Cell]] = []

  /// CSV with a header row; text cells are quoted when they hold a comma or quote.
  var csv: String {
    var lines = [columns.joined(separator: ",")]
    for row in rows {
      lines.append(row.map { cell -> String in
        switch cell {
        case let .text(s):
          guard s.contains(",") || s.contains("\"") else { return s }
          return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        case let .integer(i): return String(i)
        case let .unsigned(u): return String(u)
        case let .number(x): return AnalysisArguments.number(x) ?? ""
        }
      }.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The rows as a JSON array of objects, keys in column order, one object per line.
  var jsonRows: String {
    let objects = rows.map { row in
      "  {" + zip(columns, row).map { name, cell in
        "\"\(name)\": " + Self.json(cell)
      }.joined(separator: ", ") + "}"
    }
    return "[\n" + objects.joined(separator: ",\n") + "\n]"
  }

  /// A cell as a JSON value.
  static func json(_ cell: Cell) -> String {
    switch cell {
    case let .text(s): return JSONText.quoted(s)
    case let .integer(i): return String(i)
    case let .unsigned(u): return String(u)
    case let .number(x): return AnalysisArguments.number(x) ?? "null"
    }
  }
}
