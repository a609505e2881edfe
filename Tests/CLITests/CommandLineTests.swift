import Foundation
import Testing

@Suite("initlab end to end")
struct CommandLineTests {
  @Test("An unknown flag is a usage error that names it, exits 64 and writes nothing")
  func unknownFlag() throws {
    let folder = try Executable.temporaryFolder()
    let result = try Executable.run(["report", "--out", "Out", "--colour"], in: folder)
    #expect(result.exitCode == 64)
    #expect(result.standardError.contains("unknown option '--colour'"))
    #expect(result.standardOutput.isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test("An unknown flag without a command is also a usage error")
  func unknownFlagWithoutCommand() throws {
    let folder = try Executable.temporaryFolder()
    let result = try Executable.run(["--bogus"], in: folder)
    #expect(result.exitCode == 64)
    #expect(result.standardError.contains("'--bogus'"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test("An unknown command suggests the closest one")
  func unknownCommand() throws {
    let result = try Executable.run(["reprot"])
    #expect(result.exitCode == 64)
    #expect(result.standardError.contains("did you mean 'report'?"))
  }

  @Test("--version prints the version on stdout")
  func version() throws {
    let result = try Executable.run(["--version"])
    #expect(result.exitCode == 0)
    #expect(result.standardOutput.hasPrefix("initlab "))
    #expect(result.standardError.isEmpty)
  }

  @Test("--help lists the commands, and each command has its own help")
  func help() throws {
    let overview = try Executable.run(["--help"])
    #expect(overview.exitCode == 0)
    #expect(overview.standardOutput.contains("report"))
    let report = try Executable.run(["report", "--help"])
    #expect(report.exitCode == 0)
    #expect(report.standardOutput.contains("--out DIR"))
  }
}
