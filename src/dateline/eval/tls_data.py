"""Timeline-summarisation benchmark data in the news-tls release layout (Timeline17, Crisis):
`<topic>/timelines.jsonl` (one gold timeline a line: a list of ["YYYY-MM-DDT00:00:00", [sentences]]),
`<topic>/keywords.json` (the topic's query words) and `<topic>/articles.preprocessed.jsonl[.gz]` (the articles)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import InputError


@dataclass
class GoldTimeline:
    name: str
    entries: dict[dt.date, list[str]]

    @property
    def dates(self) -> list[dt.date]:
        return sorted(self.entries)

    @property
    def sentences_per_date(self) -> int:
        """L of the protocol: the mean number of sentences per gold date, rounded (news-tls does the same)."""
        return max(1, round(sum(len(s) for s in self.entries.values()) / len(self.entries)))


@dataclass
class Topic:
    name: str
    path: Path
    keywords: list[str]
    timelines: list[GoldTimeline]

    @property
    def articles_path(self) -> Path | None:
        for name in ("articles.preprocessed.jsonl", "articles.preprocessed.jsonl.gz", "articles.jsonl"):
            if (self.path / name).exists():
                return self.path / name
        return None

    def query(self) -> str:
        """The keywords as a search query that matches any of them (each one quoted: no FTS5 syntax leaks)."""
        return " OR ".join('"' + k.replace('"', " ").strip() + '"' for k in self.keywords if k.strip())


def find_topics(dataset: Path) -> list[Topic]:
    """Every topic folder (one holding timelines.jsonl) under `dataset`, itself included, sorted by name."""
    if not dataset.exists():
        raise InputError(f"no dataset at {dataset}: give a folder in the news-tls layout (<topic>/timelines.jsonl)")
    paths = [dataset] if (dataset / "timelines.jsonl").exists() else sorted(
        p.parent for p in dataset.rglob("timelines.jsonl")
    )
    if not paths:
        raise InputError(
            f"no timelines.jsonl under {dataset}: give a folder in the news-tls layout "
            "(<topic>/timelines.jsonl, keywords.json, articles.preprocessed.jsonl.gz)"
        )
    return [_topic(p) for p in paths]


def _topic(path: Path) -> Topic:
    keywords_path = path / "keywords.json"
    keywords = json.loads(keywords_path.read_text(encoding="utf-8")) if keywords_path.exists() else [path.name]
    timelines = []
    lines = (path / "timelines.jsonl").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        items = json.loads(line)
        entries = {dt.date.fromisoformat(t[:10]): list(sents) for t, sents in items if sents}
        if entries:
            timelines.append(GoldTimeline(name=f"{path.name}/{i + 1}", entries=entries))
    return Topic(name=path.name, path=path, keywords=[str(k) for k in keywords], timelines=timelines)


def write_articles_jsonl(topic: Topic, out: Path) -> int:
    """The topic's articles as dateline JSONL records (id, date, title, text), for `dateline ingest`."""
    src = topic.articles_path
    if src is None:
        raise InputError(f"{topic.path} has no articles.preprocessed.jsonl(.gz): pass --db with the articles ingested")
    opener = gzip.open if src.suffix == ".gz" else open
    n = 0
    with opener(src, "rt", encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        for line in f:
            if not line.strip():
                continue
            a = json.loads(line)
            text = a.get("text") or ""
            if not text.strip():
                continue
            title = a.get("title") if a.get("title") not in (None, "None") else None
            record = {"id": f"{topic.name}/{a.get('id', n)}", "date": str(a.get("time", ""))[:10] or None,
                      "title": title, "text": text}
            w.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n
