"""Rough edges found by a new user: site names in HTML titles, and folder entries that are not readable files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.ingest.reading import Read

BODY = (
    "<p>Israeli forces struck the southern city of Rafah overnight, killing at least twelve people, "
    "the health ministry said on Tuesday. Residents said the strikes hit a crowded neighbourhood.</p>"
)
GOOD_TEXT = "date 2024-03-01\nTalks resumed in Cairo on Friday, officials said."


def _page(head: str) -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body><article>{BODY}</article></body></html>"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # og:site_name is known and ends the title after a separator: the suffix goes
        (
            '<title>Israel strikes Rafah - Al Jazeera</title><meta property="og:site_name" content="Al Jazeera">',
            "Israel strikes Rafah",
        ),
        (
            '<meta property="og:title" content="Talks resume in Cairo | Reuters">'
            '<meta property="og:site_name" content="Reuters">',
            "Talks resume in Cairo",
        ),
        (
            '<title>Ceasefire holds — BBC News</title><meta property="og:site_name" content="BBC News">',
            "Ceasefire holds",
        ),
        (
            '<title>Aid convoy reaches Gaza – AP NEWS</title><meta property="og:site_name" content="AP News">',
            "Aid convoy reaches Gaza",
        ),
        # the site name known from trafilatura's metadata (JSON-LD publisher, application-name)
        (
            "<title>Hostages freed in Gaza | Reuters</title><script type='application/ld+json'>"
            '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hostages freed in Gaza",'
            ' "publisher": {"@type": "Organization", "name": "Reuters"}}</script>',
            "Hostages freed in Gaza",
        ),
        (
            "<title>Border crossing reopens - Example News</title>"
            '<meta name="application-name" content="Example News">',
            "Border crossing reopens",
        ),
        # no site name known: a headline's own " - " stays
        ("<title>Israel strikes Rafah - Al Jazeera</title>", "Israel strikes Rafah - Al Jazeera"),
        ("<title>Talks - U.S. says no deal yet</title>", "Talks - U.S. says no deal yet"),
        # a site name that is not what follows the separator: nothing to drop
        (
            '<title>Israel - Hamas talks stall</title><meta property="og:site_name" content="Al Jazeera">',
            "Israel - Hamas talks stall",
        ),
        # the site name without a separator before it is part of the headline
        (
            '<title>Reuters reporter freed</title><meta property="og:site_name" content="Reuters">',
            "Reuters reporter freed",
        ),
        # a title that is only the site name stays as it is
        ('<title>Reuters</title><meta property="og:site_name" content="Reuters">', "Reuters"),
    ],
)
def test_html_title_drops_the_known_site_name_suffix(tmp_path: Path, head: str, title: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(head), encoding="utf-8")
    assert Read([path]).document.title == title


def test_stripped_title_no_longer_repeats_as_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    head = '<title>Israel strikes Rafah - Al Jazeera</title><meta property="og:site_name" content="Al Jazeera">'
    path.write_text(_page(head).replace("<article>", "<article><h1>Israel strikes Rafah</h1>"), encoding="utf-8")
    doc = Read([path]).document
    assert doc.title == "Israel strikes Rafah"
    assert doc.text.startswith("Israeli forces struck")


def test_headline_repeated_in_the_title_with_a_site_suffix_is_the_title_and_not_body_text(tmp_path: Path) -> None:
    # no site name in the metadata, but the page's <h1> is the title's head: what follows the separator is the site
    path = tmp_path / "page.html"
    head = "<title>Israel strikes Rafah - Example News</title>"
    path.write_text(_page(head).replace("<article>", "<article><h1>Israel strikes Rafah</h1>"), encoding="utf-8")
    doc = Read([path]).document
    assert doc.title == "Israel strikes Rafah"
    assert doc.text.startswith("Israeli forces struck")


@pytest.fixture
def folder_with_good_article(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    return root


def test_dangling_symlink_in_a_folder_is_an_error_naming_it(folder_with_good_article: Path) -> None:
    link = folder_with_good_article / "moved.txt"
    link.symlink_to(folder_with_good_article / "gone.txt")
    read = Read([folder_with_good_article])
    assert len(read.documents) == 1
    assert [e.where for e in read.errors] == [str(link)]
    assert "broken symbolic link" in read.errors[0].message and "gone.txt" in read.errors[0].message


def test_dangling_symlink_given_directly_says_it_is_a_broken_link(tmp_path: Path) -> None:
    link = tmp_path / "article.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    error = Read([link]).error
    assert error.where == str(link) and "broken symbolic link" in error.message


def test_symlink_loop_in_a_folder_is_an_error_naming_it(folder_with_good_article: Path) -> None:
    loop = folder_with_good_article / "loop.txt"
    loop.symlink_to(loop)
    read = Read([folder_with_good_article])
    assert len(read.documents) == 1
    assert [e.where for e in read.errors] == [str(loop)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_named_pipe_in_a_folder_is_an_error_not_a_hang(folder_with_good_article: Path) -> None:
    pipe = folder_with_good_article / "pipe"
    os.mkfifo(pipe)
    read = Read([folder_with_good_article])
    assert len(read.documents) == 1
    assert [e.where for e in read.errors] == [str(pipe)]
    assert "not a regular file" in read.errors[0].message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_in_a_folder_is_an_error_naming_it(folder_with_good_article: Path) -> None:
    secret = folder_with_good_article / "secret.txt"
    secret.write_text(GOOD_TEXT.replace("Cairo", "Doha"), encoding="utf-8")
    secret.chmod(0)
    try:
        read = Read([folder_with_good_article])
    finally:
        secret.chmod(0o600)
    assert len(read.documents) == 1
    assert [e.where for e in read.errors] == [str(secret)]
    assert "cannot read" in read.errors[0].message
