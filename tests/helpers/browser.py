"""What browser tests check on a page: axe-core and a clean console; charts drawn."""


def record_csp_violations(page) -> None:
    """Every Content Security Policy violation the page reports, in `page.csp_violations` (the `page` fixture fails
    the test on any): the console message Chromium logs, and the `securitypolicyviolation` event, which also
    catches a violation inside an htmx swap or a history restore."""
    page.csp_violations = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and page.csp_violations.append(message.text),
    )
    page.expose_function("__reportCspViolation", lambda text: page.csp_violations.append(text))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', (e) =>"
        " window.__reportCspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));"
    )


def assert_no_csp_violation(page) -> None:
    # A page opened by hand without record_csp_violations still has its CSP console errors in `console_errors`.
    violations = getattr(page, "csp_violations", [])
    assert violations == [], f"{page.url}: {violations}"


def assert_accessible(page) -> None:
    """axe-core on the current page: no violation, and nothing went wrong in the console."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    assert results.response["passes"], "axe-core did not run any rule"
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
    assert page.console_errors == [], f"{page.url}: {page.console_errors}"
    assert_no_csp_violation(page)


def scroll_to_chart(page, tag: str) -> None:
    """A chart's script loads once the chart comes near the viewport (static/js/chart-loader.js): scroll to it and
    wait for the chart to be drawn."""
    page.locator(tag).first.scroll_into_view_if_needed()
    page.locator(f"{tag} svg, {tag} canvas").first.wait_for()
