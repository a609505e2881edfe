import Foundation

/// Per-thread reuse of the large scratch buffers a network measurement needs.
///
/// A sweep runs many measurements of the same shape on each worker thread; taking their
/// buffers from the previous measurement instead of fresh pages avoids the page faults and
/// zeroing of new memory. Buffers are keyed by byte count, belong to one thread and are
/// only handed out on that thread. At most `capacityBytes` are kept per thread; more are
/// freed.
final class BufferPool {
  /// The most bytes a thread's pool keeps between measurements (256 MiB).
  static let capacityBytes = 256 << 20

  private var free: [Int: [UnsafeMutableRawPointer]] = [:]
  private var keptBytes = 0

  /// The calling thread's pool.
  static var current: BufferPool {
    let key = "InitLab.Analysis.BufferPool"
    let dictionary = Thread.current.threadDictionary
    if let pool = dictionary[key] as? BufferPool { return pool }
    let pool = BufferPool()
    dictionary[key] = pool
    return pool
  }

  /// A buffer of `bytes` bytes (at least 1), 64-byte aligned, contents undefined.
  func take(_ bytes: Int) -> UnsafeMutableRawPointer {
    let size = max(bytes, 1)
    if let pointer = free[size]?.popLast() {
      keptBytes -= size
      return pointer
    }
    return .allocate(byteCount: size, alignment: 64)
  }

  /// Returns a buffer from `take(_:)` with the same byte count.
  func give(_ pointer: UnsafeMutableRawPointer, bytes: Int) {
    let size = max(bytes, 1)
    guard keptBytes + size <= Self.capacityBytes else {
      pointer.deallocate()
      return
    }
    free[size, default: []].append(pointer)
    keptBytes += size
  }

  deinit {
    for pointers in free.values {
      for pointer in pointers { pointer.deallocate() }
    }
  }
}
