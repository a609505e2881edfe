import Foundation
import Testing

@Suite("initlab sample")
struct SampleCommandTests {
  @Test("Xavier-uniform samples report the exact std and bound and a flat histogram")
  func xavierUniform() throws {
    // fan-in 100, fan-out 50: bound sqrt(6 / 150) = 0.2, std 0.2 / sqrt(3) ≈ 0.11547.
    let result = try Executable.run([
      "sample", "--init", "xavier-uniform", "--fan-in", "100", "--fan-out", "50",
      "--bins", "4",
    ])
    #expect(result.exitCode == 0)
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.contains("# count: 5000"))
    #expect(lines.contains("# theory_bound: 0.2"))
    #expect(lines.contains { $0.hasPrefix("# theory_std: 0.1154700538379") })
    #expect(lines.contains("bin_low,bin_high,count,density,theory_density"))
    // U(−0.2, 0.2) has density 2.5 in every bin.
    #expect(lines.last!.hasSuffix(",2.5"))
    #expect(lines.filter { !$0.hasPrefix("#") }.count == 5)
  }

  @Test("JSON output holds the summary and the histogram; normals have no bound")
  func json() throws {
    let result = try Executable.run([
      "sample", "--init", "normal:sigma=2", "--fan-in", "10", "--fan-out", "10",
      "--count", "300", "--bins", "3", "--format", "json", "--seed", "4",
    ])
    #expect(result.exitCode == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    let dictionary = try #require(object as? [String: Any])
    #expect(dictionary["theory_std"] as? Double == 2)
    #expect(dictionary["theory_bound"] is NSNull)
    #expect(dictionary["count"] as? Int == 300)
    #expect((dictionary["histogram"] as? [Any])?.count == 3)
  }

  @Test("Missing fans and unknown initializers are usage errors")
  func usageErrors() throws {
    let missing = try Executable.run(["sample", "--init", "normal", "--fan-in", "3"])
    #expect(missing.exitCode == 64)
    #expect(missing.standardError.contains("needs '--fan-out'"))
    let unknown = try Executable.run([
      "sample", "--init", "orthogonl", "--fan-in", "3", "--fan-out", "3",
    ])
    #expect(unknown.exitCode == 64)
    #expect(unknown.standardError.contains("(did you mean 'orthogonal'?)"))
  }
}
