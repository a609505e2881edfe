import Foundation
import Testing

@Suite("initlab list")
struct ListCommandTests {
  @Test("list initializers prints every name with its formula and defaults")
  func initializers() throws {
    let result = try Executable.run(["list", "initializers"])
    #expect(result.exitCode == 0)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 20)
    #expect(lines.contains { $0.hasPrefix("normal ") && $0.hasSuffix("[sigma=0.01]") })
    #expect(lines.contains { $0.hasPrefix("orthogonal ") })
  }

  @Test("list activations prints every name with its recommended gain")
  func activations() throws {
    let result = try Executable.run(["list", "activations"])
    #expect(result.exitCode == 0)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 8)
    #expect(lines.contains { $0.hasPrefix("tanh ") && $0.hasSuffix("[gain 1.667]") })
  }

  @Test("An unknown topic exits 64 and suggests the closest one")
  func unknownTopic() throws {
    let result = try Executable.run(["list", "activ"])
    #expect(result.exitCode == 64)
    #expect(result.standardError.contains("(did you mean 'activations'?)"))
    #expect(result.standardOutput.isEmpty)
  }
}
