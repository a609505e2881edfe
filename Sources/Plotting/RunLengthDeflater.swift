import CCairo

/// A zlib stream (RFC 1950) holding one deflate block (RFC 1951) with fixed Huffman codes,
/// whose only matches repeat the previous byte (distance 1).
///
/// Filtered plot rows are mostly long runs of one byte, which this finds with a single
/// comparison per byte; zlib's general encoder spends several times longer on the same rows
/// for files about half the size. Literals cost 8 or 9 bits, runs of up to 258 bytes cost
/// 12 or 13 bits.
final class RunLengthDeflater {
  /// Output buffer sized for the worst case: 9 bits per input byte plus framing.
  private let output: UnsafeMutablePointer<UInt8>
  private let capacity: Int
  private var written = 0
  private var bitBuffer: UInt64 = 0
  private var bitCount = 0
  private var adler: uLong = adler32(0, nil, 0)
  private let literals: UnsafeMutablePointer<(code: UInt32, length: Int)>
  private let matches: UnsafeMutablePointer<(bits: UInt32, length: Int)>

  /// Bit-reversed fixed Huffman code and length of each literal/length symbol 0...287.
  private static let literalCodes: [(code: UInt32, length: Int)] = (0...287).map { symbol in
    switch symbol {
    case 0...143: return (reversed(UInt32(0x30 + symbol), 8), 8)
    case 144...255: return (reversed(UInt32(0x190 + symbol - 144), 9), 9)
    case 256...279: return (reversed(UInt32(symbol - 256), 7), 7)
    default: return (reversed(UInt32(0xC0 + symbol - 280), 8), 8)
    }
  }

  /// For each match length 3...258: its length code and extra bits, then the 5-bit
  /// distance code 0 (distance 1), packed as bits to write LSB first, and their count.
  private static let matchCodes: [(bits: UInt32, length: Int)] = {
    let bases = [
      3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
      131, 163, 195, 227, 258,
    ]
    let extras = [
      0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    var table = [(bits: UInt32, length: Int)](repeating: (0, 0), count: 259)
    for length in 3...258 {
      let index = bases.lastIndex { $0 <= length }!
      let symbol = literalCodes[257 + index]
      let extraBits = extras[index]
      let extraValue = UInt32(length - bases[index])
      let bits = symbol.code | extraValue << UInt32(symbol.length)
      // Distance code 0 is five zero bits, so only the count grows.
      table[length] = (bits, symbol.length + extraBits + 5)
    }
    return table
  }()

  /// Prepares a stream for exactly `totalByteCount` input bytes.
  init(totalByteCount: Int) {
    capacity = totalByteCount * 9 / 8 + 64
    output = .allocate(capacity: capacity)
    literals = .allocate(capacity: Self.literalCodes.count)
    literals.initialize(from: Self.literalCodes, count: Self.literalCodes.count)
    matches = .allocate(capacity: Self.matchCodes.count)
    matches.initialize(from: Self.matchCodes, count: Self.matchCodes.count)
    output[0] = 0x78  // deflate, 32 KiB window
    output[1] = 0x01  // no dictionary, check bits
    written = 2
    write(0b011, count: 3)  // BFINAL = 1, BTYPE = 01 (fixed Huffman)
  }

  deinit {
    output.deallocate()
    literals.deallocate()
    matches.deallocate()
  }

  /// Appends bytes to the stream.
  /// - Precondition: no more than `totalByteCount` bytes in all.
  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    adler = adler32(adler, bytes.baseAddress, uInt(bytes.count))
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      let literal = literals[Int(byte)]
      write(literal.code, count: literal.length)
      index += 1
      // Repeat the byte with matches for as long as the run lasts.
      while true {
        var run = 0
        while index + run < count, run < 258, bytes[index + run] == byte { run += 1 }
        guard run >= 3 else { break }
        write(matches[run].bits, count: matches[run].length)
        index += run
      }
    }
  }

  /// Ends the block and returns the complete zlib stream.
  func finish() -> [UInt8] {
    let end = literals[256]
    write(end.code, count: end.length)
    var result = Array(UnsafeBufferPointer(start: output, count: written))
    while bitCount > 0 {
      result.append(UInt8(truncatingIfNeeded: bitBuffer))
      bitBuffer >>= 8
      bitCount = max(0, bitCount - 8)
    }
    let checksum = UInt32(adler)
    result += [
      UInt8(checksum >> 24), UInt8((checksum >> 16) & 0xFF), UInt8((checksum >> 8) & 0xFF),
      UInt8(checksum & 0xFF),
    ]
    return result
  }

  @inline(__always)
  private func write(_ bits: UInt32, count: Int) {
    bitBuffer |= UInt64(bits) << UInt64(bitCount)
    bitCount += count
    while bitCount >= 8 {
      precondition(written < capacity, "deflate output exceeded \(capacity) bytes")
      output[written] = UInt8(truncatingIfNeeded: bitBuffer)
      written += 1
      bitBuffer >>= 8
      bitCount -= 8
    }
  }

  private static func reversed(_ code: UInt32, _ length: Int) -> UInt32 {
    var result: UInt32 = 0
    for bit in 0..<length where code & (1 << UInt32(bit)) != 0 {
      result |= 1 << UInt32(length - 1 - bit)
    }
    return result
  }
}
