"""HTML pages: main text with trafilatura, publication date with htmldate, title and URL from the head."""

from __future__ import annotations

import copy
import datetime as dt
import re
from functools import cache
from importlib import resources

from lxml import etree

from dateline.errors import HtmlNoTextError
from dateline.ingest.decode import decode_text, fallback_notice, normalize_newlines
from dateline.ingest.records import InputNotice, new_document
from dateline.model import DateSource, Document, SourceRef

# Fewer words than this is navigation or an error page, not an article.
MIN_MAIN_TEXT_WORDS = 10
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_WORD = re.compile(r"\w*[^\W\d_]\w*")


def _decode_html(data: bytes, *, path: str) -> tuple[str, InputNotice | None]:
    """Decode with the page's declared charset when it works, else with the usual fallbacks."""
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return normalize_newlines(data.decode(declared.group(1).decode("ascii"))), None
        except (UnicodeDecodeError, LookupError):
            pass
    text, used = decode_text(data, where=path)
    return text, InputNotice(path, fallback_notice(used)) if used else None


def _first(tree: object, *xpaths: str) -> str | None:
    """The first non-empty string any of the XPath expressions gives."""
    for xpath in xpaths:
        for value in tree.xpath(xpath):  # type: ignore[attr-defined]
            value = " ".join(str(value).split())
            if value:
                return value
    return None


def publication_date(html: str, url: str | None) -> dt.date | None:
    """The page's original publication date, or None; never a guess.

    htmldate's extensive search falls back to a copyright year ("© 2023" -> 2023-01-01) or a bare year,
    which would invent a day; the fast mode only accepts metadata, markup and full dates.
    """
    from htmldate import find_date

    found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d", url=url)
    return dt.date.fromisoformat(found) if found else None


def parse_html(data: bytes, *, path: str) -> tuple[Document, list[InputNotice]]:
    """Read one HTML page into a Document; raises HtmlNoTextError when it has no article text."""
    import trafilatura

    html, notice = _decode_html(data, path=path)
    notices = [notice] if notice else []
    tree = trafilatura.load_html(html)
    if tree is None:
        raise HtmlNoTextError("the page could not be parsed as HTML", where=path)
    title = _first(tree, '//meta[@property="og:title"]/@content', "//head/title/text()", "//title/text()")
    url = _first(tree, '//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content')
    publisher = _first(tree, '//meta[@property="og:site_name"]/@content')
    lang = _first(tree, "/html/@lang")
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=True, deduplicate=False) or ""
    except (ValueError, etree.LxmlError) as exc:  # malformed markup lxml gives up on
        raise HtmlNoTextError(f"the page could not be parsed as HTML ({exc})", where=path) from None
    if title:
        title = strip_site_name(title, _site_names(tree, publisher, title))
        title = _title_from_headline(text.strip(), title)
    text = _drop_repeated_title(text.strip(), title)
    if len(_WORD.findall(text)) < MIN_MAIN_TEXT_WORDS:
        raise HtmlNoTextError(
            f"no article text found (main text: {len(_WORD.findall(text))} words); is this an index, "
            "navigation or error page? Save the article page itself, or paste its text into a .txt file",
            where=path,
        )
    try:
        date = publication_date(html, url)
    except (ValueError, etree.LxmlError):  # an unreadable date is no date, never a reason to drop the page
        date = None
    document = new_document(
        text,
        source=SourceRef(path=path, url=url, publisher=publisher, format="html"),
        title=title,
        date=date,
        date_source=DateSource.PARSED,
        date_evidence="HTML page: original publication date found by htmldate (metadata/markup)",
        language=lang.split("-")[0].lower() if lang else None,
    )
    return document, notices


@cache
def title_separators() -> tuple[str, ...]:
    """The separators before a site name in a page title, shipped as `title_separators.txt` beside this module."""
    text = resources.files("dateline.ingest").joinpath("title_separators.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def strip_site_name(title: str, site_names: list[str]) -> str:
    """The title without a trailing " - Site" / " | Site" when Site is one of the page's known site names."""
    folded = title.casefold()
    for name in site_names:
        name = " ".join(name.split())
        for sep in title_separators():
            suffix = f" {sep} {name}".casefold()
            if name and folded.endswith(suffix) and len(folded) > len(suffix):
                return title[: len(title) - len(suffix)].rstrip()
    return title


def _site_names(tree: object, og_site_name: str | None, title: str) -> list[str]:
    """The page's site names from its metadata, never guessed from the title itself.

    trafilatura is asked only when og:site_name does not already end the title (it is slower); it reads the
    site name from meta tags, JSON-LD and the canonical URL, and would also guess one from a "Title - x.com"
    <title>, so it gets a copy of the page without the <title>.
    """
    names = [og_site_name] if og_site_name else []
    if not any(f" {sep} " in title for sep in title_separators()) or strip_site_name(title, names) != title:
        return names
    from trafilatura import extract_metadata

    untitled = copy.deepcopy(tree)
    for element in untitled.xpath("//title"):  # type: ignore[attr-defined]
        element.getparent().remove(element)
    try:
        sitename = extract_metadata(untitled, extensive=False).sitename
    except (ValueError, etree.LxmlError):  # metadata is a nicety: a page it trips on keeps its title
        sitename = None
    return [*names, sitename] if sitename else names


def _title_from_headline(text: str, title: str) -> str:
    """The page's headline when the title is that headline plus " - Site" (the site name is then known)."""
    first = " ".join(text.partition("\n")[0].split())
    if first and len(first) < len(title) and title.casefold().startswith(first.casefold()):
        rest = title[len(first) :]
        if any(rest.startswith(f" {sep} ") for sep in title_separators()):
            return first
    return title


def _drop_repeated_title(text: str, title: str | None) -> str:
    """Drop the first line when it repeats the title (the page's <h1>), as the text reader does."""
    first, _, rest = text.partition("\n")
    if title and rest and " ".join(first.split()).casefold() == title.casefold():
        return rest.strip()
    return text
