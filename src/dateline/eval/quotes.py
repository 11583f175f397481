"""Quote attribution scored against PolNeAR (political news attribution relations), dev split.

Definitions (docs/quotes.md has the long form):
- Gold: PolNeAR relations of ONE annotator per article, the first one listed in the article's
  `annotators` field (some articles have up to six); the others are ignored, not merged.
- Prediction unit: the Quote records sharing one cue span (a split or multi-paragraph quote, and a
  partial direct quote inside the indirect clause of the same cue, form one unit: union of spans).
  Quotes without a cue are units of their own.
- Content match: the unit and a gold content share at least one word character; units and gold
  relations are paired one-to-one, largest overlap first. Exact: the two cover exactly the same word
  characters (quote marks, punctuation and spaces do not count).
- Speaker-attributed: a content match whose predicted speaker span overlaps the gold source span, or
  whose speaker entity is the gold source's (a mention of that entity overlaps the gold source, or
  the gold source's capitalised words all occur in the entity's name).
- In scope: gold relations whose cue contains a verb of saying from our cue lexicon or "according to".
  In-scope recall counts in-scope gold only; in-scope precision leaves out predictions paired with an
  out-of-scope gold relation (neither right nor wrong there).
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dateline.errors import InputError
from dateline.model import AnnotatedDocument, Document, Quote
from dateline.nlp.pipeline import Pipeline, to_annotated
from dateline.nlp.quotes.lexicon import load_lexicon

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "quotes"
ARTICLES_FILE = "polnear_articles.converted.jsonl.gz"
RELATIONS_FILE = "polnear_attributions.converted.jsonl.gz"
_WORD_CHAR = re.compile(r"\w")
_CUE_WORD = re.compile(r"[a-z]+")
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]+")
_PARENS = re.compile(r"\([^)]*\)")
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "The", "President", "Secretary"})


@dataclass
class GoldRelation:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    cue: str
    in_scope: bool
    source_text: str = ""


@dataclass
class Unit:
    """One prediction: the quotes that share a cue span."""

    quotes: list[Quote]

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(q.start, q.end) for q in self.quotes]

    @property
    def head(self) -> Quote:
        return next((q for q in self.quotes if q.speaker_start is not None), self.quotes[0])


@dataclass
class Scores:
    """Counts and P/R/F1 for one view (all relations or in-scope ones)."""

    gold: int = 0
    predicted: int = 0
    overlap: int = 0
    exact: int = 0
    speaker: int = 0

    def prf(self, hits: int) -> dict[str, float]:
        p = hits / self.predicted if self.predicted else 0.0
        r = hits / self.gold if self.gold else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "overlap": self.prf(self.overlap),
            "exact": self.prf(self.exact),
            "speaker_attributed": self.prf(self.speaker),
        }


@dataclass
class QuoteReport:
    """Result of `evaluate_polnear`: scores on all relations and on the in-scope ones, plus timing."""

    split: str
    articles: int
    words: int
    all: Scores
    in_scope: Scores
    seconds_pipeline: float
    seconds_component: float
    by_kind: dict[str, dict[str, int]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "task": "quotes",
            "dataset": "PolNeAR",
            "split": self.split,
            "articles": self.articles,
            "words": self.words,
            "all_relations": self.all.to_dict(),
            "in_scope": self.in_scope.to_dict(),
            "by_kind": self.by_kind,
            "errors": self.errors,
            "seconds_pipeline": round(self.seconds_pipeline, 3),
            "seconds_component": round(self.seconds_component, 3),
            "component_words_per_second": (
                round(self.words / self.seconds_component) if self.seconds_component else None
            ),
        }

    def render_text(self) -> str:
        lines = [f"PolNeAR {self.split}: {self.articles} articles, {self.words} words"]
        for name, s in (("in scope (speech cues)", self.in_scope), ("all relations", self.all)):
            lines.append(f"  {name}: gold {s.gold}, predicted {s.predicted}")
            for metric, hits in (("overlap", s.overlap), ("exact", s.exact), ("speaker-attributed", s.speaker)):
                m = s.prf(hits)
                lines.append(f"    {metric:<19} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
        for kind, counts in sorted(self.by_kind.items()):
            lines.append(f"  {kind}: predicted {counts['predicted']}, content-matched {counts['matched']}")
        if self.errors:
            lines.append("  errors: " + ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items())))
        d = self.to_dict()
        lines.append(
            f"  time: pipeline {self.seconds_pipeline:.1f} s, dateline_quotes alone "
            f"{self.seconds_component:.2f} s ({d['component_words_per_second']} words/s)"
        )
        return "\n".join(lines)


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        raise InputError(
            f"PolNeAR file not found: give the folder holding {path.name} (CLI: --gold DIR, library: data_dir=)",
            where=str(path),
        )
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        yield from (json.loads(line) for line in fh if line.strip())


def in_scope(cue_text: str) -> bool:
    """Whether a gold cue is speech: a verb of saying from our lexicon, or 'according to'."""
    low = cue_text.lower()
    if "according to" in low:
        return True
    lexicon = load_lexicon()
    return any(lexicon.cue_lemma(w) is not None for w in _CUE_WORD.findall(low))


def _spans(parts: list[dict[str, Any]]) -> list[tuple[int, int]]:
    return [(int(s), int(e)) for part in parts for s, e in part["spans"]]


def load_polnear(
    split: str = "dev", *, data_dir: Path | None = None, limit: int | None = None
) -> list[tuple[Document, list[GoldRelation]]]:
    """Articles of one split with the gold relations of their first listed annotator."""
    if split == "test":
        raise InputError("the PolNeAR test split is held out: evaluate on 'dev' (or 'train')")
    folder = Path(data_dir) if data_dir is not None else DEFAULT_DATA_DIR
    articles = [a for a in _read_jsonl(folder / ARTICLES_FILE) if a["split"] == split]
    articles.sort(key=lambda a: a["id"])
    if limit is not None:
        articles = articles[:limit]
    first = {a["id"]: str(a["annotators"]).split("|")[0] for a in articles}
    gold: dict[str, list[GoldRelation]] = {a["id"]: [] for a in articles}
    for rel in _read_jsonl(folder / RELATIONS_FILE):
        aid = rel["article_id"]
        if aid in first and rel["annotator"] == first[aid] and rel["content"]:
            cue = " ".join(c["text"] for c in rel["cue"])
            source_text = " ".join(s["text"] for s in rel["source"])
            relation = GoldRelation(_spans(rel["content"]), _spans(rel["source"]), cue, in_scope(cue), source_text)
            gold[aid].append(relation)
    out = []
    for a in articles:
        doc = Document(id=a["id"], text=a["text"], title=a.get("title"))
        out.append((doc, gold[a["id"]]))
    return out


def _word_chars(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if _WORD_CHAR.match(text[i])}


def _units(quotes: list[Quote]) -> list[Unit]:
    groups: dict[tuple[int, int] | int, list[Quote]] = {}
    for n, q in enumerate(quotes):
        has_cue = q.cue_start is not None and q.cue_end is not None
        key: tuple[int, int] | int = (q.cue_start, q.cue_end) if has_cue else n  # type: ignore[assignment]
        groups.setdefault(key, []).append(q)
    return [Unit(g) for g in groups.values()]


def _speaker_ok(unit: Unit, gold: GoldRelation, ad: AnnotatedDocument) -> bool:
    for q in unit.quotes:
        if q.speaker_start is None or q.speaker_end is None:
            continue
        if any(q.speaker_start < e and s < q.speaker_end for s, e in gold.source):
            return True
        if q.speaker_entity and _same_entity(q.speaker_entity, gold, ad):
            return True
    return False


def _same_entity(key: str, gold: GoldRelation, ad: AnnotatedDocument) -> bool:
    for m in ad.mentions:
        if m.entity == key and any(m.start < e and s < m.end for s, e in gold.source):
            return True
    # Without a linked mention: the entity's surname is a capitalised word of the gold source, and the
    # capitalised word before it (a first name) does not contradict it ("Bill" vs "Hillary Clinton").
    name_words = key.split(":", 1)[-1].split()
    if not name_words:
        return False
    caps = [w.lower() for w in _CAPITALISED.findall(_PARENS.sub(" ", gold.source_text)) if w not in _TITLES]
    surname = name_words[-1]
    if surname not in caps:
        return False
    k = caps.index(surname)
    return k == 0 or len(name_words) == 1 or caps[k - 1] in name_words


def score_document(
    ad: AnnotatedDocument, gold: list[GoldRelation], totals: dict[str, Scores], extra: dict[str, Any]
) -> None:
    """Pair predictions with gold relations one-to-one and add the counts to `totals`."""
    text = ad.document.text
    units = _units(ad.quotes)
    unit_chars = [_word_chars(text, u.spans) for u in units]
    gold_chars = [_word_chars(text, g.content) for g in gold]
    pairs = []
    for i, uc in enumerate(unit_chars):
        for j, gc in enumerate(gold_chars):
            common = len(uc & gc)
            if common:
                pairs.append((common, i, j))
    pairs.sort(reverse=True)
    unit_match: dict[int, int] = {}
    gold_used: set[int] = set()
    for _, i, j in pairs:
        if i not in unit_match and j not in gold_used:
            unit_match[i] = j
            gold_used.add(j)
    by_kind = extra.setdefault("by_kind", {})
    errors = extra.setdefault("errors", {})
    for view, scores in totals.items():
        scores.gold += sum(1 for g in gold if view == "all" or g.in_scope)
    for i, unit in enumerate(units):
        kind = "direct" if any(q.kind == "direct" for q in unit.quotes) else "indirect"
        counts = by_kind.setdefault(kind, {"predicted": 0, "matched": 0})
        counts["predicted"] += 1
        j = unit_match.get(i)
        matched = j is not None
        counts["matched"] += int(matched)
        exact = matched and unit_chars[i] == gold_chars[j]
        speaker = matched and _speaker_ok(unit, gold[j], ad)
        if not matched:
            errors["spurious"] = errors.get("spurious", 0) + 1
        elif not speaker:
            reason = "speaker_missing" if unit.head.speaker_start is None else "speaker_wrong"
            errors[reason] = errors.get(reason, 0) + 1
        for view, scores in totals.items():
            if view == "in_scope" and matched and not gold[j].in_scope:
                continue
            scores.predicted += 1
            scores.overlap += int(matched)
            scores.exact += int(exact)
            scores.speaker += int(speaker)
    missed = sum(1 for j, g in enumerate(gold) if j not in gold_used and g.in_scope)
    errors["missed_in_scope"] = errors.get("missed_in_scope", 0) + missed


@lru_cache(maxsize=2)
def default_pipeline() -> Pipeline:
    """The real dateline pipeline, loaded once per process."""
    pipeline = Pipeline()
    if "dateline_quotes" not in pipeline.component_names:
        names = [*pipeline.component_names, "dateline_quotes"]
        pipeline = Pipeline(components=names)
    return pipeline


def annotate_timed(pipeline: Pipeline, documents: list[Document]) -> tuple[list[AnnotatedDocument], float, float]:
    """Annotate documents one by one, timing the whole pipeline and the `dateline_quotes` step alone."""
    nlp = pipeline.nlp
    out = []
    total = component = 0.0
    for document in documents:
        t0 = time.perf_counter()
        doc = pipeline.prepare(document)
        for name, proc in nlp.pipeline:
            t1 = time.perf_counter()
            doc = proc(doc)
            if name == "dateline_quotes":
                component += time.perf_counter() - t1
        out.append(to_annotated(document, doc, entities_ran="dateline_entities" in nlp.pipe_names))
        total += time.perf_counter() - t0
    return out, total, component


def evaluate_polnear(
    split: str = "dev",
    *,
    pipeline: Pipeline | None = None,
    limit: int | None = None,
    data_dir: Path | None = None,
) -> QuoteReport:
    """Score the quote annotator on a PolNeAR split (never 'test': it is held out)."""
    data = load_polnear(split, data_dir=data_dir, limit=limit)
    pipeline = pipeline or default_pipeline()
    annotated, seconds, component = annotate_timed(pipeline, [d for d, _ in data])
    totals = {"all": Scores(), "in_scope": Scores()}
    extra: dict[str, Any] = {}
    for ad, (_, gold) in zip(annotated, data, strict=True):
        score_document(ad, gold, totals, extra)
    return QuoteReport(
        split=split,
        articles=len(data),
        words=sum(ad.n_words for ad in annotated),
        all=totals["all"],
        in_scope=totals["in_scope"],
        seconds_pipeline=seconds,
        seconds_component=component,
        by_kind=extra.get("by_kind", {}),
        errors=extra.get("errors", {}),
    )
