import Foundation
import TestSupport
import Testing

/// Headless Chromium, driven over its DevTools pipe so that one browser renders every page at every
/// width (it takes seconds to start): for each, the document and viewport widths, the visible text,
/// the element names in the DOM, and a full-page screenshot. Scrollbars are hidden, so the viewport
/// is the full width at every size and any overflow shows as a wider document.
enum Chromium {
    struct Rendering: Decodable {
        var file: String
        var width: Int
        var documentWidth: Int
        var viewportWidth: Int
        var text: String
        var elements: [String]
        var screenshot: String
        /// Width and height of the PNG, from its header.
        var screenshotSize: [Int]
    }

    static func render(_ files: [URL], screenshotsIn folder: TemporaryDirectory) throws -> [Rendering] {
        let result = try Validators.python(script, arguments: [folder.url.path] + files.map(\.path))
        try #require(result.status == 0, "chromium failed: \(result.stderr)")
        return try JSONDecoder().decode([Rendering].self, from: Data(result.stdout.utf8))
    }

    private static let script = #"""
        import base64, json, os, subprocess, sys
        out_dir, files = sys.argv[1], sys.argv[2:]
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()
        def child():
            # Through fresh descriptors first: dup2 onto itself would keep the pipe's close-on-exec flag.
            read_end, write_end = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)
        chrome = subprocess.Popen(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--remote-debugging-pipe",
                                   "--user-data-dir=" + os.path.join(out_dir, "profile"), "about:blank"],
                                  preexec_fn=child, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r); os.close(from_chrome_w)
        writer = os.fdopen(to_chrome_w, "wb"); reader = os.fdopen(from_chrome_r, "rb")
        counter = [0]; pending = [b""]
        def receive():
            while b"\0" not in pending[0]:
                chunk = reader.read1(65536)
                if not chunk: raise SystemExit("chromium closed the pipe")
                pending[0] += chunk
            message, pending[0] = pending[0].split(b"\0", 1)
            return json.loads(message)
        def send(method, params=None, session=None, wait_event=None):
            counter[0] += 1
            message = {"id": counter[0], "method": method, "params": params or {}}
            if session: message["sessionId"] = session
            writer.write(json.dumps(message).encode() + b"\0"); writer.flush()
            result, seen = None, wait_event is None
            while result is None or not seen:
                reply = receive()
                if reply.get("id") == counter[0]:
                    if "error" in reply: raise SystemExit(f"{method}: {reply['error']}")
                    result = reply["result"]
                elif wait_event and reply.get("method") == wait_event:
                    seen = True
            return result
        target = send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        send("Page.enable", session=session)
        probe = "JSON.stringify({documentWidth: document.documentElement.scrollWidth, viewportWidth: window.innerWidth, text: document.body.innerText, elements: [...new Set([...document.querySelectorAll('*')].map(e => e.localName))].sort()})"
        results = []
        for path in files:
            for width in (1280, 360):
                send("Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600}, session)
                send("Page.navigate", {"url": "file://" + os.path.abspath(path)}, session, wait_event="Page.loadEventFired")
                entry = json.loads(send("Runtime.evaluate", {"expression": probe, "returnByValue": True}, session)["result"]["value"])
                height = send("Page.getLayoutMetrics", session=session)["cssContentSize"]["height"]
                clip = {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
                shot = base64.b64decode(send("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True}, session)["data"])
                name = os.path.join(out_dir, f"{os.path.basename(path)}-{width}.png")
                open(name, "wb").write(shot)
                entry.update({"file": path, "width": width, "screenshot": name,
                              "screenshotSize": [int.from_bytes(shot[16:20], "big"), int.from_bytes(shot[20:24], "big")]})
                results.append(entry)
        send("Browser.close")
        chrome.wait(timeout=30)
        print(json.dumps(results))
        """#
}
