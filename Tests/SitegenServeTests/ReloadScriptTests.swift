import Foundation
import Testing
@testable import SitegenServe

struct ReloadScriptTests {
    @Test func goesBeforeTheLastClosingBody() {
        let page = "<html><body><p>one</p><pre>&lt;/body&gt; </body></pre></BODY>\n</html>\n"
        let injected = ReloadScript.inject(into: page, build: 7)
        let script = ReloadScript.tag(build: 7)
        #expect(injected == "<html><body><p>one</p><pre>&lt;/body&gt; </body></pre>" + script + "\n</BODY>\n</html>\n")
        #expect(injected.components(separatedBy: "data-sitegen-serve").count == 2, "one script")
    }

    @Test func pageWithoutBodyGetsItAtTheEnd() {
        #expect(ReloadScript.inject(into: "<p>x</p>", build: 1) == "<p>x</p>" + ReloadScript.tag(build: 1))
    }

    @Test func theScriptKnowsItsBuildAndEndpoint() {
        let script = ReloadScript.tag(build: 42)
        #expect(script.hasPrefix("<script data-sitegen-serve>"))
        #expect(script.hasSuffix("</script>"))
        #expect(script.contains("var build=42,since=-1"))
        #expect(script.contains("\"/__sitegen/build?since=\"+since"))
        #expect(script.contains("location.reload()"))
        #expect(script.contains(ReloadScript.bannerID))
        #expect(!script.contains("</script>\n"), "no stray closing tag inside")
        #expect(script.components(separatedBy: "</script>").count == 2)
    }

    @Test func bytesThatAreNotUTF8AreLeftAlone() {
        let data = Data([0xff, 0xfe, 0x3c])
        #expect(ReloadScript.inject(into: data, build: 1) == data)
    }
}
