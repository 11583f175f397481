"""Cross-document entity coreference scored against silver labels: the news sample's Wikipedia links.

Each item of the news sample links some of its words to Wikipedia pages; mentions linked to the same page form
one gold cluster. A linked text is aligned to the system mention covering it in the stored document (the
document is found by the item's id, kept in `sources.external_id`); links that no entity mention covers are
counted but not scored. B³ precision/recall/F1 is computed over the aligned mentions for the corpus entities
(entity_links) and for an exact-name baseline (same casefolded name and label = same entity).
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from dateline.errors import InputError
from dateline.resolve.entity_names import fold

_WIKI = "/wiki/"


@dataclass
class Link:
    item_id: str
    text: str
    page: str


@dataclass
class B3:
    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class CorefReport:
    links: int = 0
    aligned: int = 0
    gold_clusters: int = 0
    system: B3 | None = None
    baseline: B3 | None = None
    cases: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "links": self.links, "aligned_mentions": self.aligned, "gold_clusters": self.gold_clusters,
            "system": self.system.to_dict() if self.system else None,
            "baseline_exact_name": self.baseline.to_dict() if self.baseline else None,
            "cases": self.cases,
        }


def page_of(url: str) -> str | None:
    """The Wikipedia page a link points to, as a title ("Donald_Trump#Early" -> "Donald Trump")."""
    if _WIKI not in url:
        return None
    title = unquote(url.split(_WIKI, 1)[1]).split("#", 1)[0].replace("_", " ").strip()
    return title or None


def read_links(path: Path, limit: int | None = None) -> Iterator[Link]:
    """The wiki links of the news sample (JSON lines, gzipped or not)."""
    if not path.exists():
        raise InputError(f"no file at {path}: give the news sample (wikipedia_current_events.converted.jsonl.gz)")
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            if not line.strip():
                continue
            item = json.loads(line)
            for link in item.get("wiki_links") or []:
                page = page_of(link.get("url", ""))
                if page and link.get("text"):
                    yield Link(str(item.get("id")), link["text"], page)


Aligned = tuple[str, tuple[str, int], str, str, "int | None", str]


def align(conn: sqlite3.Connection, links: list[Link]) -> list[Aligned]:
    """(gold page, system mention id, baseline key, per-document entity, corpus id, label) per aligned link."""
    doc_of = dict(conn.execute("SELECT external_id, doc_id FROM sources WHERE external_id IS NOT NULL"))
    by_doc: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        if link.item_id in doc_of:
            by_doc[doc_of[link.item_id]].append(link)
    out: list[Aligned] = []
    for doc_id, doc_links in by_doc.items():
        text = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
        mentions = conn.execute(
            "SELECT m.seq, m.start, m.\"end\", e.name, e.label, e.seq, l.corpus_id FROM mentions m "
            "JOIN entities e ON e.doc_id = m.doc_id AND e.key = m.entity "
            "LEFT JOIN entity_links l ON l.doc_id = e.doc_id AND l.seq = e.seq WHERE m.doc_id = ?",
            (doc_id,),
        ).fetchall()
        used: set[int] = set()
        for link in doc_links:
            hit = _covering(text, link.text, mentions, used)
            if hit is not None:
                seq, _s, _e, name, label, _eseq, corpus_id = hit
                used.add(seq)
                out.append((link.page, (doc_id, seq), f"{label}:{fold(name)}", f"{doc_id}:{_eseq}", corpus_id, label))
    return out


def _bare(text: str) -> str:
    """A span's text for comparison: folded, without a leading "the" or a trailing possessive."""
    out = fold(text)
    out = out[4:] if out.startswith("the ") else out
    return out[:-2] if out.endswith("'s") or out.endswith("’s") else out


def _covering(text: str, piece: str, mentions: list[tuple[Any, ...]], used: set[int]) -> tuple[Any, ...] | None:
    """The unused mention spanning the same words as the linked text (a link on "U.S. President" is not a
    link on the mention "U.S.": it names another page)."""
    want = _bare(piece)
    start = text.find(piece)
    while start >= 0:
        end = start + len(piece)
        for m in mentions:
            if m[0] not in used and m[1] < end and start < m[2] and _bare(text[m[1] : m[2]]) == want:
                return m
        start = text.find(piece, start + 1)
    return None


def b_cubed(gold: list[str], system: list[object]) -> B3:
    """B³ over mentions: gold[i] and system[i] are the clusters of mention i."""
    if not gold:
        return B3(0.0, 0.0, 0.0)
    gold_members: dict[str, set[int]] = defaultdict(set)
    sys_members: dict[object, set[int]] = defaultdict(set)
    for i, (g, s) in enumerate(zip(gold, system, strict=True)):
        gold_members[g].add(i)
        sys_members[s].add(i)
    p = r = 0.0
    for g, s in zip(gold, system, strict=True):
        both = len(gold_members[g] & sys_members[s])
        p += both / len(sys_members[s])
        r += both / len(gold_members[g])
    p, r = p / len(gold), r / len(gold)
    return B3(p, r, 2 * p * r / (p + r) if p + r else 0.0)


# The labels scored by default: names of one thing. NORP words ("Israeli") are linked by the silver labels to a
# country in one sentence and to its army or government in the next, which no entity clustering can match.
SCORED_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")


def evaluate(
    conn: sqlite3.Connection,
    path: Path,
    limit: int | None = None,
    labels: tuple[str, ...] | None = SCORED_LABELS,
) -> CorefReport:
    links = list(read_links(path, limit))
    aligned = [a for a in align(conn, links) if labels is None or a[5] in labels]
    report = CorefReport(links=len(links), aligned=len(aligned), gold_clusters=len({a[0] for a in aligned}))
    gold = [a[0] for a in aligned]
    # a per-document entity left unlinked (not resolved yet) is its own corpus entity
    system: list[object] = [a[4] if a[4] is not None else a[3] for a in aligned]
    report.system = b_cubed(gold, system)
    report.baseline = b_cubed(gold, [a[2] for a in aligned])
    return report


def named_cases(conn: sqlite3.Connection, names: list[str]) -> list[dict[str, Any]]:
    """The corpus entities whose name or alias contains each name: how the issue's examples came out."""
    out = []
    for name in names:
        rows = conn.execute(
            "SELECT name, label, n_documents, aliases, precision, lat, lon, country_code FROM corpus_entities "
            "WHERE instr(fold, ?) > 0 OR instr(lower(aliases), ?) > 0 ORDER BY n_documents DESC LIMIT 5",
            (fold(name), name.lower()),
        ).fetchall()
        for r in rows:
            out.append({"query": name, "name": r[0], "label": r[1], "n_documents": r[2],
                        "aliases": json.loads(r[3]), "precision": r[4], "lat": r[5], "lon": r[6],
                        "country_code": r[7]})
    return out


NAMED_CASES = ["Netanyahu", "Trump", "Khan Yunis", "Khan Younis", "Zelensky", "Washington", "Blinken", "Rafah"]


def run_entity_eval(
    path: Path,
    *,
    db: Path | None = None,
    limit: int | None = None,
    workers: int = 1,
    full: bool = False,
    labels: tuple[str, ...] | None = SCORED_LABELS,
) -> CorefReport:
    """Ingest the news sample (unless `db` already holds it), resolve entities, and score them."""
    import tempfile

    from dateline.resolve import resolve_corpus
    from dateline.store import Store

    if not path.exists():
        raise InputError(f"no file at {path}: give the news sample (wikipedia_current_events.converted.jsonl.gz)")
    with tempfile.TemporaryDirectory(prefix="dateline-eval-entities-") as tmp:
        store_path = db or Path(tmp) / "entities.db"
        with Store.open(store_path) as store:
            if store.connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0:
                _ingest(path, store, Path(tmp), limit, workers)
            resolve_corpus(store, full=full, steps=["entities"])
            report = evaluate(store.connection, path, limit, labels)
            if report.links and not report.aligned:
                raise InputError(
                    f"none of the {report.links} wiki links of {path} falls on an entity mention of {store_path}: "
                    "the store does not hold this sample (give a store ingested from it, or no --db)"
                )
            report.cases = named_cases(store.connection, NAMED_CASES)
    return report


def _ingest(path: Path, store: Any, tmp: Path, limit: int | None, workers: int) -> None:
    from dateline.ingest_job import ingest

    source = path
    if limit is not None:  # the first N items only, as a file the ingester reads
        source = tmp / "sample.jsonl"
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh, source.open("w", encoding="utf-8") as out:
            for n, line in enumerate(fh):
                if n >= limit:
                    break
                out.write(line)
    ingest([source], store, workers=workers)


def render_text(report: CorefReport) -> str:
    """The report as aligned text: B³ for the system and the baseline, then the named cases."""
    lines = [
        f"wiki links: {report.links}; aligned to entity mentions: {report.aligned} "
        f"({report.gold_clusters} gold clusters)",
        f"{'B3':<22}{'precision':>10}{'recall':>10}{'F1':>10}",
    ]
    for name, score in (("corpus entities", report.system), ("exact-name baseline", report.baseline)):
        if score:
            lines.append(f"{name:<22}{score.precision:>10.4f}{score.recall:>10.4f}{score.f1:>10.4f}")
    if report.cases:
        lines.append("")
        lines.append("named cases (query -> corpus entity, label, documents, aliases, place):")
        for c in report.cases:
            place = f" {c['precision']} {c['lat']:.3f},{c['lon']:.3f} {c['country_code']}" if c["lat"] is not None \
                else ""
            aliases = ", ".join(c["aliases"][:6])
            entity = f"{c['name']} ({c['label']}, {c['n_documents']} docs)"
            lines.append(f"  {c['query']:<12} -> {entity} [{aliases}]{place}")
    return "\n".join(lines)
