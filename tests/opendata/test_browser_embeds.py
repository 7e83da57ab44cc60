"""Issue 16, item 4, in a real Chromium: a page of another origin frames the embeddable figure, which renders and
passes axe-core inside the frame; framing any other page of the portal is refused by the browser."""

import http.server
import threading

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.fixture
def partner_site(live_demo):
    """A partner's site on another origin: its own HTTP server on the loopback, under the loopback's other name
    (Chromium lets only a local page frame a local address, so it cannot be answered by Playwright as a public
    one). ``partner_site(src)`` gives the address of its page that frames ``src``."""
    host = "127.0.0.1" if "localhost" in live_demo.url else "localhost"
    pages: dict[str, bytes] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the standard library's name)
            body = pages.get(self.path, b"")
            self.send_response(200 if body else 204)  # no favicon, and no error in the console for it
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def frame(src: str) -> str:
        pages["/"] = (
            '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Site partenaire</title></head>'
            f'<body><main><h1>Site partenaire</h1><iframe id="cadre" src="{src}" title="Chiffre du portail" '
            'width="600" height="300"></iframe></main></body></html>'
        ).encode()
        return f"http://{host}:{server.server_address[1]}/"

    yield frame
    server.shutdown()
    thread.join()
    server.server_close()


def test_another_site_frames_the_embeddable_figure_and_it_is_accessible(live_demo, partner_site, page):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(partner_site(live_demo.url + "/integrer/engagements/E02/"))

    frame = page.frame_locator("#cadre")
    expect(frame.locator("h1")).to_contain_text("E02")
    expect(frame.get_by_text("Météo calculée")).to_be_visible()
    embedded = next(f for f in page.frames if f.url.endswith("/integrer/engagements/E02/"))
    results = Axe().run(embedded)
    assert results.response["passes"], "axe-core did not run any rule"
    assert results.violations_count == 0, results.generate_report()
    assert page.console_errors == []


def test_another_site_cannot_frame_an_engagement_page(live_demo, partner_site, page):
    partner = partner_site(live_demo.url + "/engagements/E02/")

    with page.expect_console_message(
        lambda message: "Refused to display" in message.text or "frame-ancestors" in message.text
    ):
        page.goto(partner)

    assert not any(f.url.endswith("/engagements/E02/") and f.locator("h1").count() for f in page.frames[1:])
    # That refusal is the one violation expected here: taken out of the list the `page` fixture checks, once
    # Playwright has delivered it (each call into the page dispatches the pending events).
    for _ in range(100):
        if any("frame-ancestors" in v for v in page.csp_violations):
            break
        page.evaluate("1")
    assert any("frame-ancestors" in v for v in page.csp_violations)
    page.csp_violations[:] = [v for v in page.csp_violations if "frame-ancestors" not in v]
