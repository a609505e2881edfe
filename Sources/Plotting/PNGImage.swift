import CCairo

/// A decoded PNG image with straight-alpha RGBA pixels, for comparing rendered figures.
public struct PNGImage: Sendable, Equatable {
  /// Width in pixels.
  public let width: Int
  /// Height in pixels.
  public let height: Int
  /// Row-major pixels, four bytes each (red, green, blue, alpha), `width · height · 4` bytes.
  public let rgba: [UInt8]

  /// Wraps pixels already in memory.
  /// - Precondition: `rgba.count == width · height · 4`.
  public init(width: Int, height: Int, rgba: [UInt8]) {
    precondition(
      rgba.count == width * height * 4,
      "\(width) x \(height) image needs \(width * height * 4) bytes, got \(rgba.count)")
    self.width = width
    self.height = height
    self.rgba = rgba
  }

  /// Decodes PNG bytes with Cairo.
  ///
  /// Cairo stores premultiplied alpha; translucent pixels are un-premultiplied, which is
  /// exact for opaque pixels and within one unit for others.
  /// - Throws: `PlottingError.invalidPNG` when Cairo cannot decode the bytes.
  public init(pngBytes: [UInt8]) throws {
    let source = ByteSource(bytes: pngBytes)
    let closure = Unmanaged.passUnretained(source).toOpaque()
    let surface = withExtendedLifetime(source) {
      cairo_image_surface_create_from_png_stream(readFromSource, closure)
    }
    defer { cairo_surface_destroy(surface) }
    let status = cairo_surface_status(surface)
    guard status == CAIRO_STATUS_SUCCESS else {
      let text = cairo_status_to_string(status).map { String(cString: $0) } ?? "\(status)"
      throw PlottingError.invalidPNG(reason: text)
    }
    cairo_surface_flush(surface)
    let width = Int(cairo_image_surface_get_width(surface))
    let height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    let format = cairo_image_surface_get_format(surface)
    guard let data = cairo_image_surface_get_data(surface),
      format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24
    else {
      throw PlottingError.invalidPNG(reason: "unsupported pixel format \(format.rawValue)")
    }

    var rgba = [UInt8](repeating: 0, count: width * height * 4)
    let hasAlpha = format == CAIRO_FORMAT_ARGB32
    for row in 0..<height {
      let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
      for column in 0..<width {
        // Cairo pixels are native-endian 32-bit words 0xAARRGGBB.
        let pixel = line[column]
        let alpha = hasAlpha ? Int(pixel >> 24) : 255
        let offset = (row * width + column) * 4
        for channel in 0..<3 {
          let value = Int((pixel >> UInt32(16 - 8 * channel)) & 0xFF)
          let straight = alpha == 0 ? 0 : min(255, (value * 255 + alpha / 2) / alpha)
          rgba[offset + channel] = UInt8(straight)
        }
        rgba[offset + 3] = UInt8(alpha)
      }
    }
    self.width = width
    self.height = height
    self.rgba = rgba
  }

  /// The RGBA bytes of the pixel in `column`, `row` (0-based, from the top left).
  public func pixel(
    column: Int, row: Int
  ) -> (red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8) {
    let offset = (row * width + column) * 4
    return (rgba[offset], rgba[offset + 1], rgba[offset + 2], rgba[offset + 3])
  }

  /// Root-mean-square difference of the red, green and blue channels on a 0–255 scale.
  ///
  /// ```
  /// rms = sqrt( Σ (a_c − b_c)² / (3 · width · height) ),  c over R, G, B of every pixel
  /// ```
  ///
  /// the measure of matplotlib's `compare_images`; alpha is ignored, as it is there.
  /// Identical images give 0, black against white gives 255.
  /// - Throws: `PlottingError.imageSizeMismatch` when the sizes differ.
  public static func rmsDifference(_ a: PNGImage, _ b: PNGImage) throws -> Double {
    guard a.width == b.width, a.height == b.height else {
      throw PlottingError.imageSizeMismatch(
        width: a.width, height: a.height, otherWidth: b.width, otherHeight: b.height)
    }
    var sum = 0.0
    var index = 0
    while index < a.rgba.count {
      for channel in 0..<3 {
        let d = Double(a.rgba[index + channel]) - Double(b.rgba[index + channel])
        sum += d * d
      }
      index += 4
    }
    let count = Double(a.width * a.height * 3)
    return count > 0 ? (sum / count).squareRoot() : 0
  }
}

/// Supplies bytes to Cairo's PNG reader.
private final class ByteSource {
  let bytes: [UInt8]
  var offset = 0

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }
}

/// Cairo read callback copying the next `length` bytes of the `ByteSource` in `closure`.
private func readFromSource(
  _ closure: UnsafeMutableRawPointer?, _ data: UnsafeMutablePointer<UInt8>?, _ length: UInt32
) -> cairo_status_t {
  guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
  let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
  let count = Int(length)
  guard source.offset + count <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
  source.bytes.withUnsafeBufferPointer { buffer in
    data.update(from: buffer.baseAddress! + source.offset, count: count)
  }
  source.offset += count
  return CAIRO_STATUS_SUCCESS
}
