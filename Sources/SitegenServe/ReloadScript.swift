import Foundation

/// The script `sitegen serve` adds to every HTML page it sends (never to the files on disk). It asks
/// the build endpoint for the state of the builds, long-polling, and
/// - reloads the page when a newer build than the one the page came from is out;
/// - shows the build's error text in a fixed banner at the bottom while the build is broken, and
///   removes it when a build succeeds.
/// Only a visible tab holds a request open (browsers allow about six connections per server, which
/// many waiting background tabs would use up); a tab that comes back into view asks at once. When
/// the server is gone it retries every second, so a restarted server picks the page up again.
public enum ReloadScript {
    /// Answers with the reload state as JSON; `?since=G` waits until the state's generation passes G.
    public static let endpoint = "/__sitegen/build"
    public static let bannerID = "sitegen-serve-error"

    /// The `<script>` element for a page served while build number `build` is live.
    public static func tag(build: Int) -> String {
        """
        <script data-sitegen-serve>/* sitegen serve: live reload */(function(){\
        var build=\(build),since=-1,ctl=null,timer=0;\
        function banner(text){var e=document.getElementById("\(bannerID)");\
        if(!text){if(e)e.remove();return}\
        if(!e){e=document.createElement("pre");e.id="\(bannerID)";e.setAttribute("role","alert");\
        e.setAttribute("style","position:fixed;left:0;right:0;bottom:0;z-index:2147483647;margin:0;max-height:50vh;overflow:auto;\
        padding:1em 1.25em;background:#8b0000;color:#fff;font:13px/1.45 ui-monospace,monospace;white-space:pre-wrap;text-align:left");\
        document.body.appendChild(e)}\
        e.textContent=text}\
        function poll(){clearTimeout(timer);if(ctl)ctl.abort();ctl=null;if(document.hidden)return;\
        var c=ctl=new AbortController();\
        fetch("\(endpoint)?since="+since,{cache:"no-store",signal:c.signal})\
        .then(function(r){if(!r.ok)throw r.status;return r.json()})\
        .then(function(s){if(c!==ctl)return;if(s.build!==build){location.reload();return}since=s.generation;banner(s.error);poll()})\
        .catch(function(){if(c!==ctl)return;ctl=null;timer=setTimeout(poll,1000)})}\
        document.addEventListener("visibilitychange",poll);\
        poll()})();</script>
        """
    }

    /// The page with the script before its last `</body>` (or at its end when it has none).
    public static func inject(into html: Data, build: Int) -> Data {
        guard let text = String(data: html, encoding: .utf8) else { return html }
        return Data(inject(into: text, build: build).utf8)
    }

    public static func inject(into html: String, build: Int) -> String {
        let script = tag(build: build)
        guard let close = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else { return html + script }
        return html.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: script + "\n")
    }
}
