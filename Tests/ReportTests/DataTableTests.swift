import Foundation
import Testing
@testable import Report

@Suite("Figure data files")
struct DataTableTests {
  private var table: DataTable {
    var table = DataTable(columns: ["series", "layer", "value"])
    table.append([.text("w = 0.2, \"small\""), .number(30), .number(1.0737418240000003e-21)])
    table.append([.text("w = 5"), .number(56), .number(.infinity)])
    return table
  }

  @Test("CSV quotes fields with commas and quotes and keeps numbers exact")
  func csv() {
    #expect(table.csv == #"""
      series,layer,value
      "w = 0.2, ""small""",30,1.0737418240000003e-21
      w = 5,56,inf

      """#)
  }

  @Test("JSON parses and spells infinity as a string")
  func json() throws {
    let object = try JSONSerialization.jsonObject(with: Data(table.json.utf8))
    let dictionary = try #require(object as? [String: Any])
    let rows = try #require(dictionary["rows"] as? [[Any]])
    #expect(rows.count == 2)
    #expect(rows[1][2] as? String == "inf")
    #expect(rows[0][2] as? Double == 1.0737418240000003e-21)
  }
}
