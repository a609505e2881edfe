import Foundation
import Testing

@testable import Plotting

@Suite("Log and linear ticks")
struct TickTests {
  @Test("Log ticks on [1e-21, 1e21] label every 3rd decade when 15 labels fit")
  func logTicksStrideOnFortyTwoDecades() {
    // 42 decades: stride 1 gives 43 labels, 2 gives 22, 3 gives 15 (−21, −18, …, 21).
    let ticks = LogTicks.ticks(in: 1e-21...1e21, maxMajorCount: 15)
    let exponents = Array(stride(from: -21, through: 21, by: 3))
    #expect(ticks.major.map(\.label) == exponents.map { Markup.power(exponent: $0) })
    #expect(ticks.major.first?.label == "10<sup>\u{2212}21</sup>")
    // Skipped decades become minor ticks; no 2…9 sub-decade ticks on 42 decades.
    #expect(ticks.minor.count == 43 - 15)
  }

  @Test("Log ticks on [1e-3, 1e2] are all six decades with sub-decade minor ticks")
  func logTicksOnFiveDecades() {
    let ticks = LogTicks.ticks(in: 1e-3...1e2, maxMajorCount: 10)
    #expect(ticks.major.map(\.label) == (-3...2).map { Markup.power(exponent: $0) })
    // 2…9 in each of the 5 decades below 10^2.
    #expect(ticks.minor.count == 5 * 8)
    #expect(ticks.minor.first.map { abs($0 - 2e-3) < 1e-18 } == true)
  }

  @Test("A single-decade log axis ticks 1 and 10 with minor ticks at 2 through 9")
  func singleDecade() {
    let ticks = LogTicks.ticks(in: 1...10, maxMajorCount: 10)
    #expect(ticks.major.map(\.value) == [1, 10])
    #expect(ticks.minor == (2...9).map(Double.init))
  }

  @Test("Log limits snap outward to whole decades")
  func logLimitsSnapToDecades() {
    let limits = AxisScale.log10.automaticLimits(around: 1.07e-21...3.2, maxTickCount: 10)
    // 1.07e-21 lies in decade −21, 3.2 in decade 0; the limits are the enclosing decades.
    #expect(limits == 1e-21...10)
    let single = AxisScale.log10.automaticLimits(around: 2...8, maxTickCount: 10)
    #expect(single == 1...10)
  }

  @Test(
    "The log stride is the smallest 1-2-3-5 value that fits",
    arguments: [(42, 15, 3), (42, 43, 1), (42, 22, 2), (42, 5, 10), (6, 7, 1), (300, 8, 50)])
  func strideRule(decades: Int, room: Int, expected: Int) {
    let stride = LogTicks.stride(lowerExponent: 0, upperExponent: decades, maxMajorCount: room)
    #expect(stride == expected)
  }

  @Test("Linear ticks on [0.5, 3.2] step by 0.5 between nice limits 0.5 and 3.5")
  func linearHalfSteps() {
    let limits = LinearTicks.niceLimits(0.5...3.2, maxTickCount: 8)
    #expect(limits == 0.5...3.5)
    let ticks = LinearTicks.ticks(in: limits, maxCount: 8)
    #expect(ticks.major.map(\.label) == ["0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5"])
  }

  @Test("Linear ticks use a 1-2-5 step and a real minus sign")
  func linearNegative() {
    let ticks = LinearTicks.ticks(in: -10...10, maxCount: 6)
    #expect(ticks.major.map(\.label) == ["\u{2212}10", "\u{2212}5", "0", "5", "10"])
  }

  @Test("A value maps to the row predicted by the log formula")
  func pixelRowOfValue() {
    // Axis from 10^-21 (row 400) to 10^21 (row 100): 42 decades over 300 points, so
    // 10^k sits at 400 − (k + 21) · 300 / 42; exact up to a few ULPs of log10.
    let mapping = AxisMapping(scale: .log10, limits: 1e-21...1e21, start: 400, end: 100)
    for k in [-21, -7, 0, 13, 21] {
      let expected = 400 - Double(k + 21) * 300 / 42
      let row = mapping.position(of: Double(sign: .plus, exponent: 0, significand: 1) * pow10(k))
      #expect(abs(row! - expected) < 1e-9)
    }
    #expect(mapping.position(of: 0) == nil)
    #expect(mapping.position(of: .nan) == nil)
  }

  private func pow10(_ k: Int) -> Double { Double("1e\(k)")! }
}

@Suite("Number markup")
struct MarkupTests {
  @Test(
    "Decimals round half away from zero with a typographic minus",
    arguments: [
      (0.5, 1, "0.5"), (-2.25, 1, "\u{2212}2.3"), (3, 0, "3"), (0.05, 2, "0.05"),
      (-0.0001, 2, "0.00"), (1234.5, 0, "1235"),
    ])
  func decimals(value: Double, digits: Int, expected: String) {
    #expect(Markup.decimal(value, fractionDigits: digits) == expected)
  }

  @Test("Scientific notation uses a superscript exponent: 0.2^30 ≈ 1.07 × 10^−21")
  func scientific() {
    // 0.2^30 = 2^30 / 10^30 = 1073741824e-30 ≈ 1.07e-21.
    #expect(Markup.scientific(pow(0.2, 30)) == "1.07 \u{00D7} 10<sup>\u{2212}21</sup>")
    #expect(Markup.scientific(9.996e4) == "1.00 \u{00D7} 10<sup>5</sup>")
    #expect(Markup.scientific(.infinity) == "\u{221E}")
  }

  @Test("Plain text is escaped for Pango markup")
  func escaping() {
    #expect(Markup.escaped("a < b & c") == "a &lt; b &amp; c")
  }
}
