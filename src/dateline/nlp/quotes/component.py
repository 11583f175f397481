"""spaCy component `dateline_quotes`: who said what, as `dateline.model.Quote` records.

Direct quotes come from quotation marks (see `marks`), their cue and speaker from the words around
them (see `direct`); indirect quotes from the complement clause of a verb of saying or from
"according to X" (see `indirect`). The segments of one split or multi-paragraph quote are separate
Quote records linked by the same cue span (`cue_start`, `cue_end`).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import Quote
from dateline.nlp.extensions import register_extensions
from dateline.nlp.quotes.attribution import Attribution
from dateline.nlp.quotes.content import balance_marks, strip_wire_dateline
from dateline.nlp.quotes.direct import attach
from dateline.nlp.quotes.indirect import find_indirect
from dateline.nlp.quotes.lexicon import QuoteLexicon, load_lexicon
from dateline.nlp.quotes.marks import QuoteSegment, find_segments
from dateline.nlp.quotes.markup import MarkupSpans
from dateline.nlp.quotes.speakers import SpeakerResolver
from dateline.nlp.spans import SentenceIndex, SpanIndex

_WORD_RE = re.compile(r"\w+")
_INHERIT_REACH = 300  # characters: a participle cue further than this from the last speaker inherits nothing


class QuoteAnnotator:
    """Appends direct and indirect quotes, with cue, speaker and speaker entity, to doc._.dateline."""

    def __init__(self, *, keep_unattributed: bool = False, min_unattributed_words: int = 5) -> None:
        self.keep_unattributed = keep_unattributed
        self.min_unattributed_words = min_unattributed_words
        self.lexicon: QuoteLexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.dateline["quotes"].extend(self.extract(doc))
        return doc

    def extract(self, doc: Doc) -> list[Quote]:
        """All quotes of a parsed Doc, in text order."""
        text = doc.text  # Doc.text rebuilds the string on every access: read it once
        resolver = SpeakerResolver(doc, self.lexicon, text)
        sentence_of = SentenceIndex.from_doc(doc)
        doc_id = doc._.dateline_doc_id or ""
        quotes: list[Quote] = []
        direct_outer: list[tuple[int, int]] = []
        attributions: list[tuple[int, int]] = []  # cue and speaker words of the direct quotes
        cue_quotes: dict[int, list[tuple[int, int]]] = {}  # cue offset -> its direct quotes
        segments = find_segments(text)
        for dq in attach(doc, segments, self.lexicon, text):
            seg = dq.segment
            if dq.attribution is None and not self._keep_unattributed(text[seg.start : seg.end], seg):
                continue
            quotes.append(self._record(doc, text, "direct", seg.start, seg.end, dq.attribution, resolver, sentence_of))
            direct_outer.append((seg.outer_start, seg.outer_end))
            att = dq.attribution
            if att is not None:
                cue_quotes.setdefault(att.cue_start, []).append((seg.outer_start, seg.outer_end))
                attributions.append((att.cue_start, att.cue_end))
                if att.speaker_start is not None and att.speaker_end is not None:
                    attributions.append((att.speaker_start, att.speaker_end))
        inside = {t.i for s, e in direct_outer for t in doc.char_span(s, e, alignment_mode="expand") or ()}
        markup = MarkupSpans(text)
        if markup:  # "<tweet ...>": the tag name is no verb of saying
            inside |= {t.i for t in doc if markup.covers(t.idx)}
        reported = SpanIndex(direct_outer + attributions)
        for iq in find_indirect(doc, self.lexicon, inside, text):
            span = strip_wire_dateline(text, iq.start, iq.end, self.lexicon.wire_datelines), iq.end
            span = balance_marks(text, *span, segments)
            if span != (iq.start, iq.end) and len(_WORD_RE.findall(text[span[0] : span[1]])) < 2:
                continue  # only a dateline or a stray mark was left ("said yes" is kept: it was not cut)
            iq.start, iq.end = span
            if _mostly_covered(text, iq.start, iq.end, reported.overlapping(iq.start, iq.end)):
                continue  # '"...," Hewitt said, according to a transcript': the quote is reported already
            own = cue_quotes.get(iq.attribution.cue_start)
            if own is not None and not any(s < iq.end and iq.start < e for s, e in own):
                continue  # that cue introduces a direct quote; this clause is a misparse around it
            quotes.append(self._record(doc, text, "indirect", iq.start, iq.end, iq.attribution, resolver, sentence_of))
        for q in quotes:
            q.doc_id = doc_id
        quotes.sort(key=lambda q: (q.start, q.end))
        _inherit_participle_speakers(doc, quotes)
        return quotes

    def _keep_unattributed(self, content: str, seg: QuoteSegment) -> bool:
        if not self.keep_unattributed or seg.open_start is None:
            return False  # a stray closing mark with no attribution is not a quote
        return len(_WORD_RE.findall(content)) >= self.min_unattributed_words

    @staticmethod
    def _record(
        doc: Doc,
        text: str,
        kind: str,
        start: int,
        end: int,
        att: Attribution | None,
        resolver: SpeakerResolver,
        sentence_of: SentenceIndex,
    ) -> Quote:
        quote = Quote(doc_id="", sentence=sentence_of(start), start=start, end=end, text=text[start:end], kind=kind)
        if att is None:
            return quote
        quote.cue, quote.cue_start, quote.cue_end = att.cue_text, att.cue_start, att.cue_end
        if att.speaker_start is not None and att.speaker_end is not None:
            quote.speaker = text[att.speaker_start : att.speaker_end]
            quote.speaker_start, quote.speaker_end = att.speaker_start, att.speaker_end
            head = doc[att.speaker_head] if att.speaker_head is not None else None
            quote.speaker_entity = resolver.resolve(head, att.speaker_start, att.speaker_end)
        return quote


def _inherit_participle_speakers(doc: Doc, quotes: list[Quote]) -> None:
    """'"A," Maher said. Adding, "B."': a sentence-opening participle cue speaks with the quote before."""
    previous: Quote | None = None
    for q in quotes:
        if q.speaker is None and q.cue_start is not None and previous is not None:
            cue = doc.char_span(q.cue_start, q.cue_end)
            first = cue is not None and len(cue) == 1 and cue[0].is_sent_start and cue[0].tag_ in ("VBG", "VBN")
            if first and q.cue_start - (previous.speaker_end or previous.end) <= _INHERIT_REACH:
                q.speaker, q.speaker_start, q.speaker_end = (
                    previous.speaker,
                    previous.speaker_start,
                    previous.speaker_end,
                )
                q.speaker_entity = previous.speaker_entity
        if q.speaker is not None:
            previous = q


def _mostly_covered(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when an indirect content is (almost) only a direct quote found already."""
    chars = list(text[start:end])
    hit = False
    for s, e in spans:
        lo, hi = max(s, start), min(e, end)
        if lo < hi:
            hit = True
            for c in range(lo - start, hi - start):
                chars[c] = " "
    return hit and len(_WORD_RE.findall("".join(chars))) < 2


@Language.factory(
    "dateline_quotes",
    assigns=["doc._.dateline"],
    requires=["token.dep", "token.tag", "doc.sents"],
    default_config={"keep_unattributed": False, "min_unattributed_words": 5},
)
def make_quote_annotator(
    nlp: Language, name: str, *, keep_unattributed: bool, min_unattributed_words: int
) -> QuoteAnnotator:
    """Factory: `keep_unattributed` keeps quotation-marked passages no cue could be found for."""
    register_extensions()
    return QuoteAnnotator(keep_unattributed=keep_unattributed, min_unattributed_words=min_unattributed_words)
