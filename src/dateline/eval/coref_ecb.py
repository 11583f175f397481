"""Cross-document event coreference on ECB+ with gold mentions: dateline's event linker against the same-lemma
baseline, both scored with MUC, B³, CEAF-e and CoNLL F1 over all mentions of the chosen topics.

Each topic is linked on its own (gold topics, as in the usual setting); inside a topic the documents are read in
file order and each gold mention goes through the corpus step's Linker with features built from dateline's own
annotation of the document (eval/ecbplus_features.py). The baseline puts all mentions of a topic that share the
trigger stem into one chain.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.eval.coref import CorefScores, score
from dateline.eval.ecbplus import EcbDocument, read_ecbplus
from dateline.eval.ecbplus_features import idf_table, mention_features
from dateline.model import AnnotatedDocument, Document
from dateline.resolve.event_features import MentionFeatures
from dateline.resolve.event_linker import Linker, LinkParams, default_params

Annotator = Callable[[list[Document]], Iterable[AnnotatedDocument]]


@dataclass
class CorefReport:
    topics: list[int]
    n_documents: int
    n_mentions: int
    n_gold_chains: int
    system: CorefScores
    baseline: CorefScores
    n_system_chains: int
    n_baseline_chains: int
    seconds: float
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "topics": self.topics, "documents": self.n_documents, "mentions": self.n_mentions,
            "gold_chains": self.n_gold_chains, "system_chains": self.n_system_chains,
            "baseline_chains": self.n_baseline_chains, "system": self.system.to_dict(),
            "lemma_baseline": self.baseline.to_dict(), "seconds": round(self.seconds, 1),
        }

    def render_text(self) -> str:
        lines = [
            f"ECB+ topics {_span(self.topics)}: {self.n_documents} documents, {self.n_mentions} gold event mentions, "
            f"{self.n_gold_chains} gold chains (gold mentions, gold topics)",
            f"{'':14}{'MUC R/P/F1':>20}{'B3 R/P/F1':>20}{'CEAF-e R/P/F1':>20}{'CoNLL F1':>10}{'chains':>8}",
        ]
        for name, s, n in (("dateline", self.system, self.n_system_chains),
                           ("same lemma", self.baseline, self.n_baseline_chains)):
            cells = [f"{x.recall * 100:.1f}/{x.precision * 100:.1f}/{x.f1 * 100:.1f}" for x in (s.muc, s.b3, s.ceafe)]
            lines.append(f"{name:14}{cells[0]:>20}{cells[1]:>20}{cells[2]:>20}{s.conll * 100:>10.1f}{n:>8}")
        lines.append(f"({self.seconds:.0f} s)")
        return "\n".join(lines)


def _span(topics: list[int]) -> str:
    """[1, 2, 3, 5] -> "1-3,5"."""
    parts: list[str] = []
    start = prev = topics[0]
    for t in [*topics[1:], None]:
        if t is not None and t == prev + 1:
            prev = t
            continue
        parts.append(f"{start}-{prev}" if prev != start else str(start))
        if t is not None:
            start = prev = t
    return ",".join(parts)


def pipeline_annotator() -> Annotator:
    """dateline's full pipeline (imports spaCy: only the eval command calls this)."""
    from dateline.nlp.pipeline import Pipeline

    pipeline = Pipeline()
    return lambda docs: pipeline.annotate_many(docs)


def link_topic(features: list[MentionFeatures], params: LinkParams, idf: dict[str, float]) -> dict[Any, int]:
    """Chains of one topic's mentions, as mention key -> chain number."""
    linker = Linker(params, idf)
    chain: dict[int, int] = {}
    out = {}
    for m in features:
        profile, _ = linker.link(m)
        out[m.key] = chain.setdefault(id(profile), len(chain))
    return out


def evaluate(
    root: Path,
    topics: Iterable[int],
    *,
    annotate: Annotator | None = None,
    params: LinkParams | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> CorefReport:
    started = time.perf_counter()
    docs: list[EcbDocument] = read_ecbplus(root, topics)
    chosen = sorted({d.topic for d in docs})
    annotate = annotate or pipeline_annotator()
    if on_progress:
        on_progress(f"annotating {len(docs)} ECB+ documents with dateline's pipeline")
    annotated = {a.document.id: a for a in annotate([Document(id=d.doc_id, text=d.text) for d in docs])}
    idf = idf_table(docs)
    params = params or default_params()
    key: dict[Any, str] = {}
    system: dict[Any, tuple[int, int]] = {}
    baseline: dict[Any, tuple[int, str]] = {}
    for topic in chosen:
        features: list[MentionFeatures] = []
        for d in docs:
            if d.topic != topic:
                continue
            features += mention_features(d, annotated[d.doc_id], idf)
            for g in d.mentions:
                key[(d.doc_id, int(g.m_id))] = g.cluster
        for mention_key, chain in link_topic(features, params, idf).items():
            system[mention_key] = (topic, chain)
        for m in features:
            baseline[m.key] = (topic, m.lemma)
    return CorefReport(
        topics=chosen,
        n_documents=len(docs),
        n_mentions=len(key),
        n_gold_chains=len(set(key.values())),
        system=score(key, system),
        baseline=score(key, baseline),
        n_system_chains=len(set(system.values())),
        n_baseline_chains=len(set(baseline.values())),
        seconds=time.perf_counter() - started,
    )
