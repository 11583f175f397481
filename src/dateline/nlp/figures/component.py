"""spaCy component `dateline_figures`: reported figures ("at least 99 people killed") as `Figure` records."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.model import Figure
from dateline.nlp.entities.lexicon import load_lexicon as entity_lexicon
from dateline.nlp.extensions import register_extensions
from dateline.nlp.figures.context import (
    Antecedents,
    clause_place,
    continued_quote_speaker,
    reporter_entity,
    sentence_reporter,
    with_title,
)
from dateline.nlp.figures.filters import is_not_a_count
from dateline.nlp.figures.lexicon import Lexicon, load_lexicon
from dateline.nlp.figures.numbers import find_values
from dateline.nlp.figures.syntax import (
    Reading,
    anaphoric_subject,
    elliptic_count,
    is_rate,
    rate_words,
    read_phrase,
    who_text,
)
from dateline.nlp.figures.timing import figure_time
from dateline.nlp.spans import RecordIndex, SentenceIndex

# How many sentences before a pronoun reporter ("She told reporters") its antecedent may be named.
_ANTECEDENT_SENTENCES = 3


class FiguresComponent:
    """Finds number phrases, reads their category from the parse, and attaches who, reporter, time and place."""

    def __init__(self, *, extensions: bool = True) -> None:
        self.lexicon: Lexicon = load_lexicon()
        self.extensions = extensions
        self._timexes = RecordIndex([])
        self._mentions = RecordIndex([])
        self._antecedents: Antecedents | None = None
        self._window_start = 0
        self._sentences: list[Span] = []
        self._current = 0  # index of the sentence being read in `_sentences`

    def __call__(self, doc: Doc) -> Doc:
        sent_index = SentenceIndex.from_doc(doc)
        figures: list[Figure] = doc._.dateline["figures"]
        tokens = list(doc)  # once per document: token lookups by index stay O(1)
        text = doc.text  # once per document: Doc.text rebuilds the whole string on every access
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        # Indexed once per document: per-figure scans of every timex and mention were quadratic on long articles.
        self._timexes = RecordIndex(doc._.dateline["timexes"])
        self._mentions = RecordIndex(doc._.dateline["mentions"])
        self._sentences = sentences
        self._antecedents = Antecedents(doc, self._mentions if doc._.dateline["mentions"] else None,
                                         self.lexicon.reporting, entity_lexicon().roles)
        before: _Before | None = None
        for k, sent in enumerate(sentences):
            # A pronoun reporter ("He said") looks back this far for the name it stands for.
            self._window_start = sentences[max(0, k - _ANTECEDENT_SENTENCES)].start_char
            self._current = k
            found = self._sentence_figures(doc, text, tokens, sent, sent_index(sent.start_char), len(figures), before)
            figures.extend(found)
            before = _Before(sent, found, self.lexicon)
        self._antecedents = None  # holds the Doc: not kept past the call (the component is pickled by nlp.pipe)
        self._sentences = []
        return doc

    def _sentence_figures(
        self, doc: Doc, text: str, tokens: list[Token], sent: Span, sentence: int, n_before: int,
        before: _Before | None = None,
    ) -> list[Figure]:
        out: list[Figure] = []
        readings: list[tuple[Figure, Reading]] = []
        rates: list[Token] | None = None
        for vp in find_values(sent, self.lexicon):
            if is_not_a_count(vp, tokens):
                continue
            reading = read_phrase(vp, tokens, self.lexicon)
            parent: Figure | None = None
            category = reading.category
            if reading.part_of is not None:
                parent = _total_for(reading, readings)
                # "2,446 confirmed cases including 60 deaths": a part of no figure that names its category itself
                category = parent.category if parent is not None else reading.own_category
                if parent is not None and reading.own_category not in (None, parent.category):
                    # "236 people injured, including 22 more deaths": a part whose noun names another harm keeps
                    # it and is no part of that total
                    parent, category = None, reading.own_category
            if category is None and before is not None and elliptic_count(reading, self.lexicon):
                # "Her death is the third in the UK. The other two were in Scotland."
                category = before.category()
                if category is not None and before.figures and reading.anchor.head.lower_ in self.lexicon.level_words:
                    parent = before.figures[-1]  # "The toll is 26. It includes 25 in Mexico ..."
            if category is None:
                continue
            if rates is None:
                rates = rate_words(sent, self.lexicon)  # once per sentence, only when it has a figure
            if is_rate(reading, rates):
                continue  # "Every year 36,000 people die": a rate, not an event
            if before is not None and anaphoric_subject(reading, self.lexicon) and before.has_rate():
                continue  # "... 25-50 million cases each year. These result in 30,000 deaths": the same rate
            if category in self.lexicon.extensions and not self.extensions:
                continue
            start = tokens[vp.first].idx
            value_end = tokens[vp.end - 1].idx + len(tokens[vp.end - 1].text)
            min_start = vp.end if reading.noun is not None and reading.noun.i >= vp.end else 0
            if reading.trigger is not None and reading.noun is not None and (
                    min_start <= reading.trigger.i < reading.noun.i):
                min_start = reading.trigger.i + 1  # "23 arrested pirates": the trigger says what, not who
            who = who_text(reading.noun, min_start, self.lexicon)
            if reading.noun is not None and reading.noun.lower_ in self.lexicon.no_who:
                who = None  # "100 deaths": what happened, not who
            span_end = value_end
            if reading.noun is not None and 0 <= reading.noun.i - vp.end <= 4:
                span_end = max(value_end, reading.noun.idx + len(reading.noun.text))
            is_thing = category in self.lexicon.extensions
            clause = reading.trigger if reading.trigger is not None else reading.anchor
            reporter = with_title(doc, sentence_reporter(
                sent, reading.anchor, self.lexicon, self._antecedents, self._window_start, reading.trigger
            ), self.lexicon)
            if reporter is None:  # '"...," Mr Ging said. "It has killed 40 people."': a quotation that goes on
                reporter = continued_quote_speaker(sent, self._earlier(), self.lexicon, self._antecedents,
                                                   self._pronoun_window)
            if reporter is None and parent is not None and parent.sentence == sentence:
                # "The ministry put the number of dead at 83, including 12 children": a part of a total told in its
                # sentence is reported by whoever reported the total
                reporter_text, reporter_key = parent.reporter, parent.reporter_entity
            else:
                reporter_text = reporter.text if reporter else None
                reporter_key = reporter_entity(doc, reporter, self._mentions)
            when = figure_time(doc, sentence, sent, clause, self.lexicon, self._timexes)
            figure = Figure(
                doc_id=doc._.dateline_doc_id,
                sentence=sentence,
                start=start,
                end=span_end,
                text=text[start:span_end],
                id=f"f{n_before + len(out) + 1}",
                category=category,
                value=vp.value,
                value_max=vp.value_max,
                value_text=text[start:value_end],
                unit=reading.noun.text if is_thing and reading.noun is not None else None,
                qualifier=vp.qualifier,
                who=None if is_thing else who,
                reporter=reporter_text,
                reporter_entity=reporter_key,
                time_tid=when.tid,
                time_value=when.value,
                time_source=when.source,
                place=clause_place(doc, clause, sent, self._mentions),
                parent=parent.id if parent is not None else None,
            )
            out.append(figure)
            readings.append((figure, reading))
        return out


    def _earlier(self) -> list[Span]:
        """The sentences before the current one, at most three."""
        k = self._current
        return self._sentences[max(0, k - _ANTECEDENT_SENTENCES) : k]

    def _pronoun_window(self, sent: Span) -> int:
        """The first character a pronoun in `sent` (an earlier sentence) may look back to: three sentences before it."""
        k = self._current
        while k > 0 and self._sentences[k].start > sent.start:
            k -= 1
        return self._sentences[max(0, k - _ANTECEDENT_SENTENCES)].start_char


class _Before:
    """The sentence before the current one, for a count that goes on from it: its figures, its category, its rate."""

    def __init__(self, sent: Span, figures: list[Figure], lex: Lexicon) -> None:
        self.sent, self.figures, self.lex = sent, figures, lex

    def category(self) -> str | None:
        """The category of its last people figure, else of its last noun naming one ("the third fatality")."""
        for figure in reversed(self.figures):
            if figure.category not in self.lex.extensions:
                return figure.category
        for tok in reversed(self.sent):
            for trig in self.lex.triggers_for(tok.lower_):
                if trig.kind == "noun" and trig.noun_class == "people" and tok.pos_ == "NOUN" and (
                        trig.category not in self.lex.extensions):
                    return trig.category
        return None

    def has_rate(self) -> bool:
        return bool(rate_words(self.sent, self.lex))


def _total_for(reading: Reading, earlier: list[tuple[Figure, Reading]]) -> Figure | None:
    """The figure an "including ..." part belongs to: the one whose noun or verb the phrase hangs off."""
    owner = reading.part_of
    if owner is None:
        return None
    for figure, other in reversed(earlier):
        if other.parent_free and owner.i in {other.anchor.i, getattr(other.trigger, "i", -1)}:
            # "65 people are killed, while 167 others are injured, including 38 critically": the parser hangs the
            # part on the main verb, but a count told in a clause of that verb right before the part is nearer
            nearer = [(f, o) for f, o in earlier if o.parent_free and o.trigger is not None
                      and owner.i < o.trigger.i < reading.anchor.i and owner in o.trigger.ancestors]
            return nearer[-1][0] if nearer else figure
    for figure, other in reversed(earlier):
        if other.parent_free:
            return figure
    return None


@Language.factory(
    "dateline_figures",
    assigns=["doc._.dateline"],
    default_config={"extensions": True},
)
def make_figures_component(nlp: Language, name: str, extensions: bool) -> FiguresComponent:
    """Registered factory; `extensions=False` keeps only the people categories."""
    register_extensions()
    return FiguresComponent(extensions=extensions)
