import Foundation

extension JSONReader {
  /// Rejects a network that would not fit in this machine's memory, so a
  /// typo like `"width": 1000000` fails at once with a clear message
  /// instead of after minutes of swapping.
  ///
  /// The estimate counts what one running network holds: the weights
  /// (depth · width² values), and the pre-activations, activations and
  /// gradients kept for the backward pass (3 · (depth + 1) · batch · width
  /// values), times the worker threads that may run at once. A network
  /// may use at most half of physical memory.
  ///
  /// - Throws: `ReportError.invalidConfiguration` at this reader's path
  ///   naming the estimate and the machine's memory.
  func checkMemory(
    width: Int, depth: Int, batch: Int, bytesPerValue: Int = 8,
    concurrentNetworks: Int = ProcessInfo.processInfo.activeProcessorCount
  ) throws {
    let w = Double(width)
    let values = Double(depth) * w * w + 3 * Double(depth + 1) * Double(batch) * w
    let bytes = values * Double(bytesPerValue) * Double(max(1, concurrentNetworks))
    let available = Double(ProcessInfo.processInfo.physicalMemory) / 2
    guard bytes <= available else {
      throw error(
        "width \(width), depth \(depth) and batch \(batch) need about "
          + "\(Self.gigabytes(bytes)) for \(concurrentNetworks) network(s) at once, more "
          + "than half of this machine's \(Self.gigabytes(2 * available)); "
          + "lower the width, depth or batch")
    }
  }

  private static func gigabytes(_ bytes: Double) -> String {
    String(format: "%.1f GB", bytes / 1e9)
  }
}
