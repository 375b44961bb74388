import Foundation
import Testing
import NarratorTestSupport
@testable import NarratorCore
@testable import NarratorHTML

/// The compact page tree: what the builder keeps, and that stripping script and style content
/// before libxml2 reads a page changes nothing but the time it takes.
@Suite struct PageTreeTests {
    func tree(_ html: String, stripsScripts: Bool = true, repairsAttributes: Bool = true) throws -> PageTree {
        var bytes = Array(html.utf8)
        return try HTMLParser.parse(&bytes, source: "t.html", stripsScripts: stripsScripts, repairsAttributes: repairsAttributes)
    }

    /// Pages where a naive scan for "<script" would go wrong: scripts named in comments,
    /// attribute values and other scripts, tags that never end, odd cases and spellings.
    static let trickyPages: [String] = [
        "<p>One</p><script>var a = '<p>not text</p>';</script><p>Two</p>",
        "<!-- <script> --><p>After a commented script tag.</p><script>x()</script><p>Tail</p>",
        "<!-- a comment --!><script>y()</script><p>Closed the odd way.</p>",
        "<!--><script>z()</script><p>An empty comment first.</p>",
        "<!---><p>Three dashes.</p><style>p{}</style>",
        "<div title=\"<script>\">Quoted script in an attribute.</div><script>1</script><p>Kept</p>",
        "<div title='<style>'>Single quotes.</div><p>Kept</p><style>a{}</style>",
        "<div title=<script>Unquoted.</div><p>Kept</p>",
        "<script src=\"a.js\" /><p>Not script text: the tag closed itself.</p>",
        "<script src=a.js/><p>Slash in an unquoted value.</p></script><p>End</p>",
        "<SCRIPT TYPE=\"text/javascript\">if (a < b) {}</SCRIPT><p>Upper case.</p>",
        "<script>document.write('</scr' + 'ipt>')</script><p>Split end tag.</p>",
        "<script>never ends <p>so this is script text",
        "<p>Quote never ends <div title=\"abc><script>q()</script><p>Inside the quote.</p>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script><p>LD</p>",
        "<script type=APPLICATION/LD+JSON>{\"headline\":\"Upper\"}</script><p>LD upper</p>",
        "<script type=\"application/ld&#43;json\">{\"headline\":\"Entity\"}</script><p>An entity in the type.</p>",
        "<script>a()</script><meta charset=\"iso-8859-7\"><script>b('\u{E1}')</script><p>\u{E1}\u{E2}</p>",
        "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><script>c('\u{E9}')</script><p>\u{E9}t\u{E9}</p>",
        "<script type=\"application/ld+json\">{\"a\": \"<style>b{}</style>\"}</script><p>Style inside JSON-LD.</p>",
        "<scripts>not a script element</scripts><p>Name goes on.</p>",
        "<p>a < b and c <script >d()</script > e</p>",
        "</ <script>w()</script><p>End tag without a name.</p>",
        "</div <script>v()</script><p>End tag with junk.</p>",
        "<! bogus <script>u()</script> ><p>Bogus declaration.</p>",
        "<?pi <script>t()</script> ?><p>Processing instruction.</p>",
        "<p>1<? <script>x()</script> ?>2</p><p>A nameless processing instruction.</p>",
        "<!DOCTYPE html PUBLIC \"a>b\" \"<script>\"><p>x</p><script>y()</script><p>Quotes in a DOCTYPE.</p>",
        "<!doctype html system 'x>y'><p>x</p><script>y()</script>",
        "<!DOCTYPE html \"a>b\" <script>z()</script>><p>A DOCTYPE without PUBLIC.</p>",
        "<textarea><script>s()</script></textarea><p>In a textarea.</p>",
        "<style>/* </style> */ p { color: red }</style><p>Style ends at the first end tag.</p>",
        "<style>a{}</style?\n<script>x = 1</script><p>A broken end tag swallows the next start tag.</p>",
        "<script>y()</scripts foo><p>The end tag's name runs on.</p>",
        "<script>a</scriptx>b</script><p>An end tag with a longer name does not end a script.</p>",
        "<script src=x onload=\"f()\"></scrip.send a</script>X<p>An end tag opens the content.</p>",
        "<div><script></div>a</script><p>An end tag at the start closes the script.</p>",
        "<style></div>a</style><p>And a style.</p>",
        "<script></script><script src=y></SCRIPT ><p>Empty scripts.</p>",
        "<svg><style>.a{}</style><script>r()</script></svg><p>Inside SVG.</p>",
        "<p>NUL\u{0}byte <script>n()\u{0}</script>after.</p>",
        "<script>a()</script><div title=\"q\u{0}r\">t</div><script>b()</script><p>After a NUL in a value.</p>",
        "<script src=x></s\u{6}\u{6}|\u{0}\u{0}<td>ce;Y</script><p>A NUL in a script ends it early.</p>",
        "<_x <script>k()</script>><p>Not a tag name.</p>",
        "<div \"<script>\">bogus attribute</div><p>Kept</p><script>j()</script>",
        "<div a = \"1\" b='2' c=3 d>spaced attributes</div><script>i()</script>",
        "<script>unterminated <!-- comment</script><p>Script holds a comment start.</p>",
        "<!-- never closed <script>h()</script><p>Lost in the comment.</p>",
        // Attributes the tree does not keep are dropped before libxml2 reads them.
        "<div data-x=\"a>b\" CLASS=\"story\" onclick='f(\"<p>\")' id=main>Quoted '>' and kept ones.</div>",
        "<img srcset=a.jpg,b.jpg/><p data-y=1 data-z = \"2\" style=\"color:red\">Unquoted and spaced.</p>",
        "<p title=\"x\" title=\"y\" class=a class=b>Repeated names.</p><a href=\"/n?a=1&amp;b=2\">link</a>",
        "<link rel=\"canonical\" href=\"https://example.org/a\"><meta name=\"description\" content=\"D\"><p>Head links.</p>",
        "<p data-v=\"caf\u{E9}\">Accents in a dropped value.</p><span data-q=\"never closed>text</span><p>Tail</p>",
        "<div hidden data-a=\"1\" aria-hidden=\"true\" role=note>Valueless and kept.</div><ol start=3 reversed><li>x</li></ol>",
        "<svg viewBox=\"0 0 10 10\"><path d=\"M0 0L10 10\"/></svg><p>SVG paths.</p>",
        "<!-- a -- b --><p>x</p><!-- c ---><p>y</p><!----><!-----><!--<p>z</p>--!><p>Comments of every shape.</p>",
        // A meta's content names a charset for libxml2 only beside http-equiv="Content-Type".
        "<meta name=\"description\" content=\"Fish &amp; chips\"><script>x()</script><p>An entity in a description.</p>",
        "<meta content=\"text/html; charset=iso-8859-1\"><script>x()</script><p>caf\u{E9} without http-equiv.</p>",
        "<meta content=\"text/html; charset=iso-8859-1\" HTTP-EQUIV=\"content-type\"><script>x()</script><p>caf\u{E9}</p>",
        "<meta http-equiv=\"Content&#45;Type\" content=\"text/html; charset=iso-8859-1\"><script>x()</script><p>caf\u{E9}</p>",
    ]

    /// An attribute name HTML allows but libxml2 2.9 cannot read (a framework's `@click`,
    /// `#slot`, `[value]`, `(change)`) is dropped before parsing, value and all: libxml2 would
    /// end the tag at a ">" inside its quoted value and read the rest of the value as text.
    /// A block of code is still a block (a word boundary), its words are not set apart, and a
    /// capitalised word an inline element glues on outside code is.
    @Test func codeKeepsItsWordsAndItsBlockBoundary() throws {
        let page = try tree("<div>See the intro<pre>Sample code</pre>then <code>set<span>State</span></code> and visit<a href=\"/h\">Harbour</a></div>")
        #expect(page.text(of: 0) == "See the intro Sample code then setState and visit Harbour")
    }

    @Test func frameworkAttributesAreNotReadAsText() throws {
        let html = "<html><body><button @click=\"add('Studio > Mics', 1)\" #slot=\"a>b\" [value]='x > y' "
            + "(change)=\"go()\" class=\"cart\">Add to cart</button><p>After</p></body></html>"
        let built = try tree(html)
        #expect(built.text(of: built.document) == "Add to cart After")
        // What libxml2 2.9 makes of it on its own, and the stripper without its repair.
        let unrepaired = try tree(html, stripsScripts: false)
        #expect(unrepaired.text(of: unrepaired.document).contains("Mics"))
        #expect(try tree(html, repairsAttributes: false) == unrepaired)
    }

    @Test(arguments: trickyPages)
    func strippingScriptsChangesNoTree(_ body: String) throws {
        let html = "<html><head><title>T</title></head><body>" + body + "</body></html>"
        #expect(try tree(html) == tree(html, stripsScripts: false))
    }

    /// A stray byte (not UTF-8) in a script is read as windows-1252 before libxml2 reads the
    /// page (`TextDecoding.repairingStrayBytes`): the text after it reads the same, stripped or not.
    @Test(arguments: [[0xA3], [0xE2, 0x82], [0xC0, 0xAF], [0xF8, 0x80, 0x80, 0x80], [0xED, 0xA0, 0x80]] as [[UInt8]])
    func aStrayByteInAScriptReadsTheSameStrippedOrNot(_ stray: [UInt8]) throws {
        let bytes = Array("<html><body><script>var a = '".utf8) + stray + Array("';</script><p>Price: \u{A3}1</p></body></html>".utf8)
        var stripped = bytes
        var whole = bytes
        #expect(try HTMLParser.parse(&stripped, source: "s") == HTMLParser.parse(&whole, source: "s", stripsScripts: false))
    }

    /// The same for a stray byte in an attribute value the tree does not keep, or in a comment.
    @Test(arguments: [[0xA3], [0xE2, 0x82], [0xC0, 0xAF]] as [[UInt8]])
    func aStrayByteInADroppedAttributeOrCommentReadsTheSameStrippedOrNot(_ stray: [UInt8]) throws {
        for (open, close) in [("<div data-a=\"x", "\">t</div>"), ("<!-- x", " -->"), ("<!--", "--!>")] {
            let bytes = Array("<html><body>\(open)".utf8) + stray + Array("\(close)<p>Price: \u{A3}1</p></body></html>".utf8)
            var stripped = bytes
            var whole = bytes
            #expect(try HTMLParser.parse(&stripped, source: "s") == HTMLParser.parse(&whole, source: "s", stripsScripts: false))
        }
    }

    @Test func strippingChangesNoTreeOfTheSamples() throws {
        var bytes = Array(try Data(contentsOf: RepositoryPaths.sample("harbour-tides.html")))
        var copy = bytes
        #expect(try HTMLParser.parse(&bytes, source: "s") == HTMLParser.parse(&copy, source: "s", stripsScripts: false))
    }

    @Test func theStripperRemovesScriptAndStyleTextOnly() {
        var bytes = Array("<p>a</p><script type=x>var big = 1;</script><style>p{}</style><!--<script>-->b".utf8)
        ScriptContentStripper.strip(&bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "<p>a</p><script type=x></script><style></style><!---->b")
        var json = Array("<script type=\"application/ld+json\">{}</script>".utf8)
        ScriptContentStripper.strip(&json)
        #expect(String(decoding: json, as: UTF8.self) == "<script type=\"application/ld+json\">{}</script>")
        var attributes = Array("<a href=\"/x\" class=\"c\" data-id='7'>a</a><link rel=\"canonical\" href=\"/y\">".utf8)
        ScriptContentStripper.strip(&attributes)
        #expect(String(decoding: attributes, as: UTF8.self) == "<a  class=\"c\" >a</a><link rel=\"canonical\" href=\"/y\">")
    }

    /// The stripper follows libxml2 2.9's tokenizer: the suite runs where that is the parser.
    @Test func theParserIsTheOneTheStripperFollows() {
        #expect(ScriptContentStripper.followsRunningParser)
    }

    @Test func onlyPagesReadAsUTF8AreStripped() {
        #expect(!ScriptContentStripper.readsAsUTF8( [0xFF, 0xFE, 0x3C, 0x00], declaredCharset: nil))
        #expect(!ScriptContentStripper.readsAsUTF8( Array("<p>".utf8), declaredCharset: "ISO-2022-JP"))
        #expect(!ScriptContentStripper.readsAsUTF8( Array("<p>".utf8), declaredCharset: "euc-kr"))
        #expect(ScriptContentStripper.readsAsUTF8( Array("<p>".utf8), declaredCharset: "UTF-8"))
        #expect(ScriptContentStripper.readsAsUTF8( Array("<p>".utf8), declaredCharset: nil))
    }

    /// A meta charset after the first kilobyte switches libxml2's encoding where it stands:
    /// nothing after it is stripped.
    @Test func aLateMetaCharsetStopsStripping() throws {
        let filler = "<script>" + String(repeating: "var a = 1;", count: 150) + "</script>"
        for meta in ["<meta charset=\"euc-kr\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=shift_jis\">"] {
            var bytes = Array((filler + meta + "<script>var b = '\u{B0A1}';</script><p>\u{B0A1}</p>").utf8)
            let length = bytes.count
            ScriptContentStripper.strip(&bytes)
            #expect(bytes.count == length - 1500, "only the first script is emptied: \(meta)")
        }
        var utf8 = Array((filler + "<meta charset=utf-8><meta name=description content=\"A story\"><script>b()</script>").utf8)
        ScriptContentStripper.strip(&utf8)
        #expect(String(decoding: utf8, as: UTF8.self)
                == "<script></script><meta charset=utf-8><meta name=description content=\"A story\"><script></script>")
    }

    @Test func theBuilderKeepsTextAndReadAttributesOnly() throws {
        let page = try tree("""
            <html lang="en"><body><div class="Story" data-x="1" onclick="f()">Hello <b>big</b> world<br>again</div>\
            <script>dropped()</script><template><p>never</p></template>\
            <script type="application/ld+json">{"a":1}</script></body></html>
            """)
        let div = try #require(page.descendants(page.document).first { page.tag($0) == .div })
        #expect(page[div, .class] == "Story")
        #expect(page.attributeBytes(div, .type) == nil)
        #expect(page.text(of: div) == "Hello big world again")
        let scripts = page.descendants(page.document).filter { page.tag($0) == .script }
        #expect(scripts.map { page.children($0).map { String(decoding: page.textBytes($0), as: UTF8.self) } } == [[], ["{\"a\":1}"]])
        let template = try #require(page.first(.template, in: page.document))
        #expect(page.descendants(template).isEmpty)
        let html = try #require(page.first(.html, in: page.document))
        #expect(page[html, .lang] == "en")
    }

    @Test func deepNestingIsFlattenedInOrder() {
        var builder = PageTreeBuilder()
        let depth = PageTreeBuilder.maxDepth + 50
        for level in 0..<depth {
            builder.start(.div)
            builder.text("L\(level) ")
        }
        for _ in 0..<depth { builder.end() }
        builder.end()  // unmatched: ignored
        let page = builder.finish()
        // Every level's text is kept, in document order.
        #expect(page.text(of: page.document) == (0..<depth).map { "L\($0)" }.joined(separator: " "))
        // No element is deeper than the limit.
        let deepest = (0..<page.count).map { node -> Int in
            var level = 0
            var current = node
            while let parent = page.parent(current) { level += 1; current = parent }
            return level
        }.max()
        #expect(deepest == PageTreeBuilder.maxDepth + 1)  // the deepest elements' text nodes
    }

    @Test func childrenAndDescendantsFollowDocumentOrder() throws {
        let page = try tree("<html><body><ul><li>a</li><li>b<i>c</i></li></ul><p>d</p></body></html>")
        let body = try #require(page.first(.body, in: page.document))
        #expect(page.children(body).map { page.tag($0) } == [.ul, .p])
        let list = try #require(page.first(.ul, in: body))
        #expect(page.children(list).map { page.text(of: $0) } == ["a", "bc"])
        #expect(page.descendants(list).filter { page.isElement($0) }.map { page.tag($0) } == [.li, .li, .i])
    }
}
