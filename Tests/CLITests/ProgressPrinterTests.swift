import Synchronization
import Testing
@testable import CLI

@Suite("Progress on stderr")
struct ProgressPrinterTests {
  /// A console that records what is written to stderr.
  private final class Recorder: Sendable {
    let text = Mutex("")

    func console(isInteractive: Bool) -> Console {
      Console(
        standardOutput: { _ in },
        standardError: { line in self.text.withLock { $0 += line } },
        isInteractive: isInteractive)
    }
  }

  private func run(_ verbosity: Verbosity, isInteractive: Bool) -> String {
    let recorder = Recorder()
    let printer = ProgressPrinter(
      console: recorder.console(isInteractive: isInteractive), verbosity: verbosity)
    printer.report(.sectionStarted(index: 1, count: 2, title: "Chain"))
    printer.report(.figureFinished(id: "chain", index: 1, count: 3))
    printer.finish()
    return recorder.text.withLock { $0 }
  }

  @Test("A terminal gets a bar with figure counts, cleared at the end")
  func terminalBar() {
    let text = run(.normal, isInteractive: true)
    #expect(text.contains("section 1/2 [########----------------] 1/3 figures"))
    #expect(text.hasSuffix("\r\u{1B}[2K"))
  }

  @Test("Logs get nothing unless --verbose, which prints a line per section and figure")
  func logs() {
    #expect(run(.normal, isInteractive: false).isEmpty)
    #expect(run(.quiet, isInteractive: true).isEmpty)
    #expect(run(.verbose, isInteractive: false) == "[1/2] Chain\n  figure 1/3: chain\n")
  }
}
