import Foundation

/// Loads report pages in headless Chromium (Debian's `chromium` package)
/// and reports which images failed to load and which links do not resolve.
///
/// Pages carry no script, so each page is copied beside itself with a
/// probe script appended; the copy resolves every relative URL exactly as
/// the page does. The probe checks `naturalWidth` of every image and
/// requests every local link (file access is allowed for this run only),
/// then writes its findings into the DOM that `--dump-dom` prints.
enum Browser {
  /// The Chromium executable, if installed.
  static var executable: URL? {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
      .map(URL.init(fileURLWithPath:))
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// What the probe found on one page.
  struct PageCheck {
    var images: Int
    var brokenImages: [String]
    var links: Int
    var brokenLinks: [String]
  }

  private static let probe = """
    <script>
    window.addEventListener("load", () => {
      const broken = [], dead = [];
      const images = [...document.images];
      for (const image of images) {
        if (!image.complete || image.naturalWidth === 0) broken.push(image.getAttribute("src"));
      }
      const links = [...document.querySelectorAll("a[href]")]
        .map(a => a.getAttribute("href")).filter(h => !/^[a-z]+:/i.test(h));
      for (const href of links) {
        const target = href.split("#")[0];
        if (target === "") continue;
        try {
          const request = new XMLHttpRequest();
          request.open("GET", target, false);
          request.send();
          if (request.responseText.length === 0 && request.response === "") dead.push(href);
        } catch (error) { dead.push(href); }
      }
      const out = document.createElement("pre");
      out.id = "initlab-probe";
      out.textContent = JSON.stringify({images: images.length, brokenImages: broken,
        links: links.length, brokenLinks: dead});
      document.body.appendChild(out);
    });
    </script>
    """

  /// Loads `page` in Chromium and returns what the probe found.
  static func check(_ page: URL) throws -> PageCheck {
    guard let chromium = executable else {
      throw CheckError.noBrowser
    }
    let html = try String(contentsOf: page, encoding: .utf8)
    let copy = page.deletingLastPathComponent()
      .appendingPathComponent(".probe-\(page.lastPathComponent)")
    try html.replacingOccurrences(of: "</body>", with: probe + "</body>")
      .write(to: copy, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: copy) }

    let dom = try run(chromium, [
      "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
      "--virtual-time-budget=5000", "--dump-dom", copy.absoluteString,
    ])
    guard let start = dom.range(of: "<pre id=\"initlab-probe\">"),
      let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
    else {
      throw CheckError.noProbeOutput(String(dom.prefix(400)))
    }
    let json = String(dom[start.upperBound..<end.lowerBound])
      .replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&amp;", with: "&")
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return PageCheck(
      images: object?["images"] as? Int ?? -1,
      brokenImages: object?["brokenImages"] as? [String] ?? ["?"],
      links: object?["links"] as? Int ?? -1,
      brokenLinks: object?["brokenLinks"] as? [String] ?? ["?"])
  }

  /// Saves a screenshot of `page` at the given window size.
  static func screenshot(_ page: URL, to file: URL, width: Int = 1280, height: Int = 1600)
    throws
  {
    guard let chromium = executable else { throw CheckError.noBrowser }
    _ = try run(chromium, [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
      "--window-size=\(width),\(height)", "--screenshot=\(file.path)", page.absoluteString,
    ])
  }

  enum CheckError: Error, CustomStringConvertible {
    case noBrowser
    case noProbeOutput(String)

    var description: String {
      switch self {
      case .noBrowser:
        return "chromium not found; install Debian's 'chromium' package (scripts/setup --test)"
      case let .noProbeOutput(dom):
        return "the probe script left no result in the page; DOM starts: \(dom)"
      }
    }
  }

  private static func run(_ executable: URL, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
