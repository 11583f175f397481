"""Where in the article an event is told: the lede carries the news of the day, the body its background.

News is written top-down. A long article's first sentences say what happened today; the paragraphs after them
recall what led to it. In the body, an event the text names with a noun ("the attack", "cooperation among the
agents"), a participle ("was arrested", "deployed to Benghazi") or a perfect ("has urged", "have restricted") is
seldom placed on the news day, so it gets no publication date unless a time expression of its own dates it. A verb in
a simple finite tense ("Police said", "troops fired") goes on telling the news and still takes the article's date.
The thresholds are data (`data/timing.json`, `lede_sentences`, `long_article_sentences`). See docs/events.md,
"How it decides", point 4.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.nlp.events.lexicon import timing_cues


@dataclass(frozen=True)
class ArticleShape:
    """Sentence starts of a document, to tell its lede from its body."""

    sentence_starts: tuple[int, ...]

    @classmethod
    def of(cls, doc: Doc) -> ArticleShape:
        return cls(tuple(s.start for s in doc.sents))

    @property
    def is_long(self) -> bool:
        return len(self.sentence_starts) >= int(timing_cues()["long_article_sentences"])

    def sentence_number(self, tok: Token) -> int:
        """0-based index of the token's sentence."""
        lo, hi = 0, len(self.sentence_starts)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self.sentence_starts[mid] <= tok.i:
                lo = mid
            else:
                hi = mid
        return lo

    def lede(self, doc: Doc) -> Span:
        """The article's opening sentences (`lede_sentences` in timing.json)."""
        n = int(timing_cues()["lede_sentences"])
        end = self.sentence_starts[n] if len(self.sentence_starts) > n else len(doc)
        return doc[self.sentence_starts[0] if self.sentence_starts else 0: end]

    def in_body(self, tok: Token) -> bool:
        """The token lies after the lede of a long article."""
        return self.is_long and self.sentence_number(tok) >= int(timing_cues()["lede_sentences"])


PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})


def simple_finite(tok: Token) -> bool:
    """A verb in a simple past or present tense, with no auxiliary but an emphatic "did": "fired", "says", "did
    contradict" (not "has said", "was killed").

    A bare participle with a subject of its own is one the tagger misread ("riot police deployed"); one that only
    adds to its clause ("he told them, urging them to ...") is told in the tense of the verb it hangs from, and so is
    one on a noun that verb governs ("issued a statement condemning the test"). A present progressive ("Clinton is
    calling for ...") tells today's news like a simple present."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if auxes and tok.tag_ == "VBG" and all(a.lower_ in PRESENT_BE for a in auxes):
        return True  # "Hillary Clinton is calling for ...": the present progressive tells today's news
    if len(auxes) == 1 and tok.tag_ == "VB" and auxes[0].lower_ == "did" and not any(
            c.dep_ == "neg" or (c.dep_ == "nsubj" and c.i > auxes[0].i) for c in tok.children):
        return True  # "But she did contradict Mr. Obama": an emphatic simple past ("Why did they attack?" asks)
    if auxes:
        return False
    if tok.tag_ in timing_cues()["simple_finite_tags"]:
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ in ("dobj", "nsubj", "pobj"):
        # "issued a statement condemning the test": the statement's verb tells when
        verb = tok.head.head if tok.head.dep_ != "pobj" else tok.head.head.head
        return verb.i != tok.i and simple_finite(verb)
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        return simple_finite(tok.head.head)  # "began by crediting Trump": told in the tense of "began"
    if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ == "VBG" and tok.head.i != tok.i:
        return simple_finite(tok.head)  # "crediting Trump ... and urging him": the first participle's tense
    return tok.dep_ in ("advcl", "xcomp") and tok.head.i != tok.i and simple_finite(tok.head)


def named_in_body(tok: Token, shape: ArticleShape) -> bool:
    """An event the body of a long article names without telling it as news: it gets no publication date."""
    return shape.in_body(tok) and not simple_finite(tok)
