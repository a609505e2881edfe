import CCairo
import Testing

@testable import Plotting

@Suite("PNG encoding")
struct EncodingTests {
  /// Inflates a zlib stream with zlib itself.
  private func inflated(_ stream: [UInt8], expectedCount: Int) -> [UInt8]? {
    var output = [UInt8](repeating: 0, count: expectedCount)
    var length = uLongf(expectedCount)
    let status = uncompress(&output, &length, stream, uLong(stream.count))
    return status == Z_OK && Int(length) == expectedCount ? output : nil
  }

  @Test(
    "The run-length deflater round-trips through zlib",
    arguments: [
      ("empty", [UInt8]()),
      ("one byte", [7]),
      ("a run of 1000 zeros", [UInt8](repeating: 0, count: 1000)),
      ("runs of 259 and 258", [UInt8](repeating: 5, count: 259) + .init(repeating: 6, count: 258)),
      ("all byte values", (0...255).map(UInt8.init)),
      ("runs of 2 and 3", [1, 1, 2, 2, 2, 3, 3, 3, 3, 200, 200]),
    ])
  func roundTrip(name: String, bytes: [UInt8]) throws {
    let deflater = RunLengthDeflater(totalByteCount: bytes.count * 2)
    // Feed in two pieces so runs crossing an append boundary are covered too.
    let half = bytes.count / 2
    bytes.withUnsafeBufferPointer { buffer in
      deflater.append(UnsafeBufferPointer(rebasing: buffer[..<half]))
      deflater.append(UnsafeBufferPointer(rebasing: buffer[half...]))
    }
    let stream = deflater.finish()
    #expect(inflated(stream, expectedCount: bytes.count) == bytes)
  }

  @Test("Encoded figures decode to the pixels Cairo drew")
  func pngDecodes() throws {
    var figure = ExampleFigures.scalarChain()
    figure.dpi = 40
    let image = try PNGImage(pngBytes: figure.rendered(as: .png))
    // 6.4 in × 40 dpi = 256 px; the top-left corner is white background.
    #expect(image.width == 256 && image.height == 192)
    #expect(image.pixel(column: 0, row: 0) == (255, 255, 255, 255))
  }
}
