import CCairo

/// Encodes an opaque Cairo RGB24 image as PNG with zlib at its fastest setting.
///
/// Cairo's `cairo_surface_write_to_png_stream` lets libpng try every row filter at the
/// default compression level, which costs several times more than drawing a figure. Plots
/// are mostly flat colour, so one fixed filter and a run-length-only deflater run several
/// times faster, for files about twice as large (about 200 KB at 960 × 720 pixels). The file
/// holds IHDR (8-bit RGB), pHYs (the figure's dpi, so viewers show the intended physical
/// size), one IDAT and IEND; no time chunk, so bytes are deterministic.
/// Format: W3C PNG Specification (Second Edition), 2003.
enum PNGEncoder {
  /// PNG bytes of `height` rows of `width` pixels, each a native-endian `0x00RRGGBB` word.
  static func encode(
    pixels: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int, dpi: Double
  ) -> [UInt8] {
    // 1–2. Filter each row and deflate it straight away, so no filtered copy of the
    // whole image is ever allocated.
    let compressed = deflatedRows(
      pixels: pixels, width: width, height: height, stride: stride)

    // 3. Assemble the chunks.
    var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    var header: [UInt8] = []
    append(UInt32(width), to: &header)
    append(UInt32(height), to: &header)
    header += [8, 2, 0, 0, 0]  // 8 bits, RGB, deflate, adaptive filtering, no interlace
    appendChunk("IHDR", header, to: &file)
    let pixelsPerMetre = UInt32((dpi / 0.0254).rounded())
    var physical: [UInt8] = []
    append(pixelsPerMetre, to: &physical)
    append(pixelsPerMetre, to: &physical)
    physical.append(1)  // unit: metre
    appendChunk("pHYs", physical, to: &file)
    appendChunk("IDAT", compressed, to: &file)
    appendChunk("IEND", [], to: &file)
    return file
  }

  /// A zlib stream of the image rows, each filtered with "Sub" (type 1: every byte minus the
  /// byte one pixel to its left), which turns flat colour into runs of zeros, and deflated
  /// by `RunLengthDeflater`.
  private static func deflatedRows(
    pixels: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int
  ) -> [UInt8] {
    let rowLength = 1 + 3 * width
    var row = [UInt8](repeating: 0, count: rowLength)
    let deflater = RunLengthDeflater(totalByteCount: rowLength * height)
    for index in 0..<height {
      let line = UnsafeRawPointer(pixels + index * stride).assumingMemoryBound(to: UInt32.self)
      row.withUnsafeMutableBufferPointer { buffer in
        buffer[0] = 1
        var previous: UInt32 = 0
        for column in 0..<width {
          let pixel = line[column]
          let offset = 1 + 3 * column
          buffer[offset] = UInt8(truncatingIfNeeded: pixel >> 16)
            &- UInt8(truncatingIfNeeded: previous >> 16)
          buffer[offset + 1] = UInt8(truncatingIfNeeded: pixel >> 8)
            &- UInt8(truncatingIfNeeded: previous >> 8)
          buffer[offset + 2] = UInt8(truncatingIfNeeded: pixel)
            &- UInt8(truncatingIfNeeded: previous)
          previous = pixel
        }
        deflater.append(UnsafeBufferPointer(buffer))
      }
    }
    return deflater.finish()
  }

  private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
    bytes += [
      UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF),
      UInt8(value & 0xFF),
    ]
  }

  /// Length, type, data and the CRC-32 of type and data.
  private static func appendChunk(_ type: String, _ data: [UInt8], to file: inout [UInt8]) {
    append(UInt32(data.count), to: &file)
    let typeAndData = Array(type.utf8) + data
    file += typeAndData
    let crc = typeAndData.withUnsafeBufferPointer {
      crc32(0, $0.baseAddress, uInt($0.count))
    }
    append(UInt32(crc), to: &file)
  }
}
