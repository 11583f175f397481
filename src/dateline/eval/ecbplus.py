"""Reads the ECB+ corpus (Cybulska & Vossen, LREC 2014) into documents and gold event coreference chains.

Conventions follow the usual ECB+ evaluation (Cybulska & Vossen 2015, Barhom et al. 2019): event mentions are
the markables tagged ACTION_* or NEG_ACTION_*; only sentences listed in ECBplus_coreference_sentences.csv count
(their annotation is complete); a CROSS_DOC_COREF relation's instance_id names a cross-document chain, an
INTRA_DOC_COREF relation a chain inside its document, and every other mention is a singleton.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dateline.errors import EvalError

EVENT_TAG_PREFIXES = ("ACTION", "NEG_ACTION")
SENTENCES_FILE = "ECBplus_coreference_sentences.csv"


@dataclass(frozen=True)
class GoldMention:
    """One gold event mention: its span in the document text and the chain it belongs to."""

    doc_id: str
    m_id: str
    sentence: int  # the corpus's sentence number
    start: int  # character offsets into EcbDocument.text
    end: int
    text: str
    head: str  # the first token's text (ECB+ marks no head; the first token is the verb or noun in most mentions)
    tag: str
    cluster: str


@dataclass
class EcbDocument:
    doc_id: str  # "36_1ecbplus"
    topic: int
    subcorpus: str  # "ecb" or "ecbplus": the two sub-topics of a topic
    text: str
    sentences: list[tuple[int, int, int]] = field(default_factory=list)  # (sentence number, start, end)
    mentions: list[GoldMention] = field(default_factory=list)


def parse_topics(spec: str) -> set[int]:
    """'36-45' or '1-35,40' -> the topic numbers."""
    out: set[int] = set()
    try:
        for part in spec.split(","):
            part = part.strip()
            if not part:
                continue
            lo, _, hi = part.partition("-")
            out.update(range(int(lo), int(hi or lo) + 1))
    except ValueError as exc:
        raise EvalError(f"bad topic list {spec!r}: write e.g. 36-45 or 1-35,40") from exc
    if not out:
        raise EvalError(f"bad topic list {spec!r}: write e.g. 36-45")
    return out


def _corpus_dir(root: Path) -> tuple[Path, Path]:
    """(folder of topic folders, sentence list): accepts the ecbplus/ folder or its ECB+ sub-folder."""
    for base in (root, root.parent):
        xml_dir = base / "ECB+" if (base / "ECB+").is_dir() else base
        csv_path = base / SENTENCES_FILE
        if csv_path.is_file() and any(p.is_dir() for p in xml_dir.iterdir()):
            return xml_dir, csv_path
    raise EvalError(f"{root}: not an ECB+ folder (expected ECB+/<topic>/*.xml and {SENTENCES_FILE})")


def _complete_sentences(path: Path) -> set[tuple[str, int]]:
    """(doc_id, sentence number) pairs whose annotation is complete."""
    out = set()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.add((f"{row['Topic']}_{row['File']}", int(row["Sentence Number"])))
    return out


def _read_document(path: Path, topic: int, complete: set[tuple[str, int]]) -> EcbDocument:
    doc_id = path.name.removesuffix(".xml")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise EvalError(f"{path}: not readable XML ({exc})") from exc
    pieces: list[str] = []
    offset = 0
    token_span: dict[str, tuple[int, int, int]] = {}
    sentences: list[tuple[int, int, int]] = []
    current: int | None = None
    sent_start = 0
    for tok in root.iter("token"):
        sent = int(tok.get("sentence", "0"))
        word = (tok.text or "").strip() or "_"
        if current is None or sent != current:
            if current is not None:
                sentences.append((current, sent_start, offset - 1))
                pieces.append("\n")
                offset += 1
            current, sent_start = sent, offset
        elif pieces:
            pieces.append(" ")
            offset += 1
        token_span[tok.get("t_id", "")] = (offset, offset + len(word), sent)
        pieces.append(word)
        offset += len(word)
    if current is not None:
        sentences.append((current, sent_start, offset))
    text = "".join(pieces)

    markables = root.find("Markables")
    anchored: dict[str, tuple[str, list[str]]] = {}
    descriptors: dict[str, str] = {}
    for m in markables if markables is not None else []:
        anchors = [a.get("t_id", "") for a in m.findall("token_anchor")]
        if anchors:
            anchored[m.get("m_id", "")] = (m.tag, anchors)
        else:
            descriptors[m.get("m_id", "")] = m.get("instance_id") or m.get("TAG_DESCRIPTOR") or m.get("m_id", "")
    chain_of: dict[str, str] = {}
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        target = rel.find("target")
        target_id = target.get("m_id", "") if target is not None else ""
        if rel.tag == "CROSS_DOC_COREF":
            chain = rel.get("note") or descriptors.get(target_id, target_id)
        elif rel.tag == "INTRA_DOC_COREF":
            chain = f"INTRA_{doc_id}_{rel.get('r_id', target_id)}"
        else:
            continue
        for src in rel.findall("source"):
            chain_of[src.get("m_id", "")] = chain

    mentions = []
    for m_id, (tag, anchors) in anchored.items():
        if not tag.startswith(EVENT_TAG_PREFIXES):
            continue
        spans = [token_span[t] for t in anchors if t in token_span]
        if not spans:
            continue
        sent = spans[0][2]
        if (doc_id, sent) not in complete:
            continue
        start, end = min(s[0] for s in spans), max(s[1] for s in spans)
        head = text[spans[0][0] : spans[0][1]]
        cluster = chain_of.get(m_id, f"SINGLETON_{doc_id}_{m_id}")
        mentions.append(GoldMention(doc_id, m_id, sent, start, end, text[start:end], head, tag, cluster))
    mentions.sort(key=lambda g: g.start)
    subcorpus = "ecbplus" if doc_id.endswith("ecbplus") else "ecb"
    return EcbDocument(doc_id, topic, subcorpus, text, sentences, mentions)


def read_ecbplus(root: Path, topics: Iterable[int] | None = None) -> list[EcbDocument]:
    """The documents of the chosen topics (all by default), in topic and file order."""
    root = Path(root)
    if not root.is_dir():
        raise EvalError(f"{root}: no such folder; pass the ECB+ folder (e.g. ../shared/data/events/ecbplus)")
    xml_dir, csv_path = _corpus_dir(root)
    complete = _complete_sentences(csv_path)
    wanted = set(topics) if topics is not None else None
    docs = []
    topic_dirs = sorted((p for p in xml_dir.iterdir() if p.is_dir() and p.name.isdigit()), key=lambda p: int(p.name))
    for topic_dir in topic_dirs:
        topic = int(topic_dir.name)
        if wanted is not None and topic not in wanted:
            continue
        for path in sorted(topic_dir.glob("*.xml"), key=lambda p: (p.name.endswith("ecbplus.xml"), _file_no(p))):
            docs.append(_read_document(path, topic, complete))
    if not docs:
        raise EvalError(f"{root}: no ECB+ documents for topics {sorted(wanted or [])}")
    return docs


def _file_no(path: Path) -> int:
    digits = path.name.split("_", 1)[-1].split("ecb", 1)[0]
    return int(digits) if digits.isdigit() else 0
