import Testing
@testable import Report

@Suite("Template filler")
struct TemplateTests {
  @Test("Placeholders are HTML-escaped unless marked raw")
  func escaping() throws {
    let template = try Template("<p>{{ text }}</p>{{{html}}}", name: "t.html")
    let out = try template.filled(with: ["text": "a < b & \"c\"", "html": "<b>x</b>"])
    #expect(out == "<p>a &lt; b &amp; &quot;c&quot;</p><b>x</b>")
  }

  @Test("An unknown placeholder names the template and line")
  func unknownPlaceholder() throws {
    let template = try Template("line one\nline two {{nope}}\n", name: "page.html")
    #expect {
      try template.filled(with: [:])
    } throws: { error in
      String(describing: error) == "page.html:2: unknown placeholder '{{nope}}'"
    }
  }

  @Test("Line numbers count newlines inside earlier placeholders")
  func lineAfterMultilinePlaceholder() throws {
    let template = try Template("{{a\n}}\n\n{{b}}", name: "x")
    #expect {
      try template.filled(with: ["a": ""])
    } throws: { error in
      String(describing: error) == "x:4: unknown placeholder '{{b}}'"
    }
  }

  @Test("An unclosed placeholder is rejected when the template is read")
  func unclosed() {
    #expect {
      try Template("ok\n{{ open", name: "bad.html")
    } throws: { error in
      String(describing: error) == "bad.html:2: '{{' without a closing '}}'"
    }
  }

  @Test("Text without placeholders passes through unchanged")
  func plainText() throws {
    let text = "<!DOCTYPE html>\n<p>{ single braces } stay</p>\n"
    #expect(try Template(text, name: "t").filled(with: [:]) == text)
  }

  @Test("The shipped templates fill without unknown placeholders")
  func shippedTemplates() throws {
    let set = try TemplateSet(folder: TemplateSet.defaultFolder)
    #expect(set.stylesheet.contains("figure"))
  }
}
