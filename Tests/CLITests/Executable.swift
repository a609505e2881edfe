import Foundation

/// The output of one run of the built `initlab` executable.
struct ProcessResult {
  var exitCode: Int32
  var standardOutput: String
  var standardError: String
}

/// Runs the `initlab` executable built beside the test bundle.
enum Executable {
  /// The built executable: SwiftPM puts it in the same folder as the
  /// test bundle it builds alongside.
  static var url: URL {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    var folder = bundle.deletingLastPathComponent()
    // The Swift Testing runner may be started from inside the bundle.
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("initlab").path),
      folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("initlab")
  }

  /// Runs `initlab` with `arguments` in `folder` and waits for it.
  static func run(_ arguments: [String], in folder: URL? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // Read both pipes before waiting so a full pipe cannot block the child.
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(
      exitCode: process.terminationStatus,
      standardOutput: String(decoding: outData, as: UTF8.self),
      standardError: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh empty folder under the system's temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("initlab-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
