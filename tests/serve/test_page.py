"""The web page in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright) over a live server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serve.conftest import HOSTILE_MARK, LiveServer

CHROMIUM = Path(os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: `apt-get install -y chromium` (or set DATELINE_CHROMIUM)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Page:
    """A tab on the live server that records script errors, console errors and CSP violations."""

    def __init__(self, browser: object, server: LiveServer, viewport: dict[str, int] = LAPTOP) -> None:
        self.page = browser.new_page(viewport=viewport)  # type: ignore[attr-defined]
        self.page.set_default_timeout(8000)
        self.base = server.url
        self.problems: list[str] = []
        self.page.on("pageerror", lambda e: self.problems.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url}"))

    def open(self, hash_: str = "") -> object:
        self.page.goto(f"{self.base}/#{hash_}")
        return self.page

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def tab(browser: object, server: LiveServer) -> Iterator[Page]:
    p = Page(browser, server)
    yield p
    assert not p.problems, p.problems
    p.close()


def test_page_loads_fast_with_the_timeline_and_no_outside_request(tab: Page) -> None:
    outside: list[str] = []
    tab.page.on("request", lambda r: r.url.startswith(tab.base) or outside.append(r.url))
    page = tab.open("view=results")  # warms the browser for the origin; the page itself is timed below
    page.wait_for_load_state("networkidle")
    timings = []
    for n in range(3):  # the best of three: the machine's other jobs are not the page's cost
        page.goto(f"{tab.base}/?fresh={n}#")  # a new document, not a hash change
        page.wait_for_selector(".tl-date")
        page.wait_for_selector("#overview:has-text('articles')")
        timings.append(page.evaluate("performance.now()"))  # since the navigation started, by the browser
        page.wait_for_load_state("networkidle")
    assert min(timings) < 1000, f"the first view took {min(timings):.0f} ms at best ({timings})"
    assert outside == []
    assert page.locator("#tab-timeline").get_attribute("aria-selected") == "true"


def test_search_shows_ranked_results_with_matches_marked(tab: Page) -> None:
    page = tab.open()
    page.fill("#q", "hostages")
    page.press("#q", "Enter")
    page.wait_for_selector(".hit")
    assert page.locator(".hit").count() == 20
    assert page.locator(".hit mark").first.inner_text().lower().startswith("hostage")
    page.click("#more")
    page.wait_for_selector(":nth-match(.hit, 21)")
    page.locator(".hit h3 button").first.click()
    page.wait_for_selector("#doc:not([hidden]) .ann.focus")  # the hit's sentence is marked in its document


def test_facets_narrow_the_search(tab: Page) -> None:
    page = tab.open("view=results&q=killed")
    page.wait_for_selector(".hit")
    all_hits = page.locator(".hit").count()
    page.click("#toggle-facets")
    page.select_option("#type", "ASSAULT")
    page.wait_for_selector("#results-summary:has-text('matching')")
    assert "type=ASSAULT" in page.url
    page.wait_for_selector(".hit")  # the filtered results, however long a loaded machine takes to render them
    assert 0 < page.locator(".hit").count() <= all_hits
    page.locator("#active .chip", has_text="type: ASSAULT").click()  # the filter shown, and removable
    page.wait_for_selector("#active:empty", state="attached")
    assert "type=" not in page.url


def test_timeline_zooms_and_a_click_shows_the_date_and_its_sources(tab: Page) -> None:
    page = tab.open("view=timeline&q=hostages")
    page.wait_for_selector(".tl-date")
    before = page.locator(".tl-date").count()
    dates = page.locator(".tl-date")
    dates.nth(min(2, before - 1)).dispatch_event("click")
    page.wait_for_selector("#day .sources li")
    assert page.locator("#day h3").inner_text()
    assert page.locator("#day .summary li").count() >= 1
    for _ in range(3):
        page.click("#zoom-in")
    assert page.locator(".tl-date").count() <= before  # zoomed in: fewer dates in view
    page.click("#zoom-reset")
    assert page.locator(".tl-date").count() == before
    page.locator(".tl-date").first.focus()
    page.keyboard.press("Enter")  # keyboard reachable
    page.wait_for_selector(".tl-date.selected")
    page.keyboard.press("+")  # and zoomable from the keyboard, keeping the focus on the date
    assert page.evaluate("document.activeElement.classList.contains('tl-date')")
    page.locator("#day .sources button").first.click()
    page.wait_for_selector("#doc:not([hidden]) #doc-text .ann")


def test_document_view_highlights_every_kind_and_the_date_evidence(tab: Page, hostile_id: str) -> None:
    page = tab.open(f"view=document&doc={hostile_id}")
    page.wait_for_selector("#doc:not([hidden]) #doc-text .ann")
    for kind in ("time", "entity", "figure"):
        assert page.locator(f"#doc-text .a-{kind}").count() >= 1, kind
    assert "given" in page.locator("#dating").inner_text()
    page.uncheck("#show-entity")
    assert page.locator("#doc-text .a-entity").count() == 0


def test_hostile_article_is_rendered_inert(tab: Page, hostile_id: str) -> None:
    page = tab.open(f"view=results&q={HOSTILE_MARK}")
    page.wait_for_selector(".hit")
    page.locator(".hit h3 button").first.click()
    page.wait_for_selector("#doc:not([hidden]) #doc-text .ann")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned === undefined"), page.evaluate("window.__pwned")
    text = page.locator("#doc-text").inner_text()
    assert "<script>window.__pwned = 'script'</script>" in text  # shown as text
    assert "onerror=" in text and "javascript:" in text
    assert page.locator("#doc script, #doc img, #doc [onerror], main a[href^='javascript']").count() == 0
    assert "<img" in page.locator("#doc-title").inner_text()
    assert page.locator("#doc-text .ctl").first.inner_text() == "⟦U+202E⟧"  # the bidi override made visible
    assert page.locator("#doc-meta a").count() == 0  # its javascript: URL is not a link
    assert page.evaluate("window.__pwned === undefined")


def test_map_shows_places_sized_by_mentions(tab: Page) -> None:
    page = tab.open("view=map")
    page.wait_for_selector("#map path.leaflet-interactive")
    assert page.locator("#map path.leaflet-interactive").count() >= 5
    assert page.locator("#place-table li").count() >= 5
    page.locator("#place-table button").first.click()
    page.wait_for_selector(".leaflet-popup .popup")


def test_toll_chart_points_open_their_report(tab: Page) -> None:
    page = tab.open("view=tolls")
    page.wait_for_selector("#chart .pt")
    assert page.locator("#legend .key").count() >= 2
    page.locator("#chart .pt").first.click()
    page.wait_for_selector("#point blockquote")
    assert page.locator("#toll-table tbody tr").count() >= 1


def test_phone_width_has_no_sideways_scroll(browser: object, server: LiveServer) -> None:
    tab = Page(browser, server, PHONE)
    try:
        for view, ready in (("view=timeline", ".tl-date"), ("view=results&q=ceasefire", ".hit"),
                            ("view=tolls", "#chart .pt"), ("view=document&doc=3d53e20bab5ec847", "#doc-text .ann")):
            page = tab.open(view)
            page.wait_for_selector(ready)
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1, view
        assert not tab.problems, tab.problems
    finally:
        tab.close()


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("DATELINE_SCREENSHOTS"), reason="set DATELINE_SCREENSHOTS=1 to rewrite them")
def test_screenshots(browser: object, server: LiveServer) -> None:
    """Rewrites docs/screenshots/*.png after a change to the page: DATELINE_SCREENSHOTS=1 pytest -m slow -k shots."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    views = {
        "timeline": ("view=timeline&q=hostages", ".tl-date"),
        "search": ("view=results&q=ceasefire", ".hit"),
        "map": ("view=map", "#map path.leaflet-interactive"),
        "tolls": ("view=tolls", "#chart .pt"),
        "document": ("view=document&doc=3d53e20bab5ec847", "#doc-text .ann"),
        "entity": ("view=entity&ent=Benjamin%20Netanyahu&etype=PERSON", "#entity-view h2"),
        "story": ("view=timeline", "#story option:nth-child(3)"),
    }
    for device, viewport in (("laptop", LAPTOP), ("phone", PHONE)):
        tab = Page(browser, server, viewport)
        for name, (hash_, ready) in views.items():
            page = tab.open(hash_)
            page.wait_for_selector(ready, state="attached")
            if name == "timeline":
                page.locator(".tl-date").nth(1).click()
            if name == "story":  # the ceasefire talks of early 2025, else the second biggest story
                talks = page.locator("#story option", has_text="Qatar")
                pick = talks.first if talks.count() else page.locator("#story option").nth(2)
                page.select_option("#story", pick.get_attribute("value"))
                page.wait_for_selector("#timeline-title:not(:has-text('Timeline'))")
            page.wait_for_timeout(400)
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{device}.png"))
        tab.close()


def test_an_undated_article_shows_the_inference_and_its_evidence(tab: Page, client) -> None:
    undated = client.get("/api/documents", params={"undated": "true"}).json()["items"]
    assert undated
    page = tab.open(f"view=document&doc={undated[0]['id']}")
    page.wait_for_selector("#dating:has-text('Inferred')")
    assert "unknown" in page.locator("#dating").inner_text() or "inferred" in page.locator("#dating").inner_text()


def test_an_entity_opens_from_a_document_with_its_documents(tab: Page) -> None:
    page = tab.open("view=document&doc=3d53e20bab5ec847")
    page.wait_for_selector("#doc-lists button")
    page.locator("#doc-lists button", has_text="Antony Blinken").first.click()
    page.wait_for_selector("#entity-view h2")
    assert "Blinken" in page.locator("#entity-view h2").inner_text()
    assert page.locator("#entity-view .months .bar").count() >= 1
    page.locator("#entity-view .entity-list button").first.click()  # one of its documents
    page.wait_for_selector("#doc:not([hidden]) #doc-text .ann")


def test_a_story_from_the_picker_becomes_the_timeline(tab: Page) -> None:
    page = tab.open("view=timeline")
    page.wait_for_selector("#story option:nth-child(2)", state="attached")
    value = page.locator("#story option").nth(1).get_attribute("value")
    page.select_option("#story", value)
    page.wait_for_selector("#day .sources li")
    assert f"story={value}" in page.url
    assert page.locator("#story").input_value() == value
    assert page.locator(".tl-date").count() >= 1


def test_the_timeline_title_counts_the_articles_it_cites(tab: Page, client) -> None:
    timeline = client.get("/api/timeline", params={"q": "hostages"}).json()
    cited = len({s["doc_id"] for d in timeline["dates"] for s in d["sources"]})
    page = tab.open("view=timeline&q=hostages")
    page.wait_for_selector(".tl-date")
    title = page.locator("#timeline-title").inner_text()
    assert f"from {cited} article" in title
    assert (f"({timeline['n_documents']} matched)" in title) == (timeline["n_documents"] > cited)
