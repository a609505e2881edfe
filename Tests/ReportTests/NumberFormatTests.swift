import Testing
@testable import Report

@Suite("Number formatting")
struct NumberFormatTests {
  @Test(
    "Readable numbers use plain or superscript notation",
    arguments: [
      (0.2, "0.2"), (1.0, "1"), (5.0, "5"), (0, "0"), (-0.5, "−0.5"),
      (1.0737418240000003e-21, "1.07 × 10⁻²¹"), (9.313225746154785e20, "9.31 × 10²⁰"),
      (999_999, "1.00 × 10⁶"), (7636, "7.64 × 10³"), (999.4, "999"),
      (999.6, "1.00 × 10³"), (.infinity, "∞"), (.nan, "NaN"),
    ] as [(Double, String)])
  func readable(value: Double, expected: String) {
    #expect(NumberFormat.readable(value) == expected)
  }

  @Test("Exact numbers round-trip and spell non-finite values")
  func exact() {
    let x = 0.2 * 0.2 * 0.2
    #expect(Double(NumberFormat.exact(x)) == x)
    #expect(NumberFormat.exact(-.infinity) == "-inf")
    #expect(NumberFormat.exact(.nan) == "nan")
  }
}
