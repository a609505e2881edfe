import Foundation
import Testing

@Suite("initlab sweep")
struct SweepCommandTests {
  @Test("One network prints a CSV header and one row per layer, layer 0 included")
  func singleNetwork() throws {
    let result = try Executable.run([
      "sweep", "--init", "xavier-uniform", "--activation", "tanh", "--depth", "3",
      "--width", "16", "--batch", "8",
    ])
    #expect(result.exitCode == 0)
    #expect(result.standardError.isEmpty)
    let lines = result.standardOutput.split(separator: "\n")
    let header = "layer,forward_rms,preactivation_rms,grad_rms,weight_grad_rms,"
      + "zero_fraction,saturated_fraction,nonfinite,theory_forward_rms,theory_grad_rms"
    #expect(lines.first.map(String.init) == header)
    #expect(lines.count == 5)
    // Layer 0 has no preactivation and no weight gradient: those cells are empty.
    #expect(lines[1].split(separator: ",", omittingEmptySubsequences: false)[2].isEmpty)
  }

  @Test("Several values sweep every combination and add the cell columns")
  func severalValues() throws {
    let result = try Executable.run([
      "sweep", "--init", "xavier:rnd=gaussian,magnitude=2,orthogonal", "--activation", "relu",
      "--activation", "tanh", "--depth", "2", "--width", "8", "--batch", "4", "--seed", "1,2",
    ])
    #expect(result.exitCode == 0)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines[0].hasPrefix("init,activation,depth,width,seed,layer,"))
    // 2 initializers × 2 activations × 2 seeds × 3 layers = 24 rows, plus the header.
    #expect(lines.count == 25)
    #expect(lines[1].hasPrefix("\"xavier:rnd=gaussian,magnitude=2\",relu,2,8,1,0,"))
  }

  @Test("Output is identical across runs and job counts")
  func deterministic() throws {
    let arguments = [
      "sweep", "--init", "kaiming-normal,lecun-normal", "--activation", "selu",
      "--depth", "3", "--width", "12", "--batch", "6", "--format", "json",
    ]
    let one = try Executable.run(arguments + ["--jobs", "1"])
    let two = try Executable.run(arguments + ["--jobs", "2"])
    #expect(one.exitCode == 0)
    #expect(one.standardOutput == two.standardOutput)
    #expect(one.standardOutput.hasPrefix("[\n  {\"init\": \"kaiming-normal\""))
  }

  @Test("An unknown initializer exits 64, lists the names and suggests the closest")
  func unknownInitializer() throws {
    let result = try Executable.run(["sweep", "--init", "kaiming", "--activation", "relu"])
    #expect(result.exitCode == 64)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("invalid value 'kaiming' for '--init'"))
    #expect(result.standardError.contains("zeros, ones, constant"))
    #expect(result.standardError.contains("(did you mean 'kaiming-uniform'?)"))
  }

  @Test("Bad activation, dtype and missing options are usage errors")
  func usageErrors() throws {
    let activation = try Executable.run(["sweep", "--init", "normal", "--activation", "rlu"])
    #expect(activation.exitCode == 64)
    #expect(activation.standardError.contains("(did you mean 'relu'?)"))
    let dtype = try Executable.run([
      "sweep", "--init", "normal", "--activation", "relu", "--dtype", "float16",
    ])
    #expect(dtype.exitCode == 64)
    #expect(dtype.standardError.contains("expected float32 or float64"))
    let missing = try Executable.run(["sweep", "--activation", "relu"])
    #expect(missing.exitCode == 64)
    #expect(missing.standardError.contains("needs '--init'"))
    let depth = try Executable.run(["sweep", "--init", "normal", "--activation", "relu",
      "--depth", "0"])
    #expect(depth.exitCode == 64)
  }
}
