"""Resolve a speaker phrase to a document Entity key: names, pronouns, titles; None when no single one."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.nlp.quotes.attribution import antecedent, phrase_extent
from dateline.nlp.quotes.gender import GenderIndex
from dateline.nlp.quotes.lexicon import QuoteLexicon
from dateline.nlp.spans import SentenceIndex

_SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_PRONOUN_REACH = 600  # characters back within which a subject PERSON beats a later non-subject one
_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "rep.", "gov."})


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    label: str
    key: str
    subject: bool = False  # the mention is a clause subject: the likelier antecedent of "he"/"she"


def _fallback_key(label: str, text: str, person_names: dict[str, str]) -> str:
    """Key in the entities component's format, merging 'Mr Gallant' into 'Yoav Gallant' by surname."""
    words = [w for w in text.split() if w.lower() not in _TITLES]
    name = " ".join(words) or text
    if label == "PERSON" and len(words) == 1:  # "Jeb Bush" never merges into "George H.W. Bush"
        name = person_names.get(words[0].lower(), name)
    return f"{label}:{name.lower()}"


class SpeakerResolver:
    """Built once per document from `doc._.dateline` (entities component) or, without it, doc.ents."""

    def __init__(self, doc: Doc, lexicon: QuoteLexicon, text: str | None = None) -> None:
        self.lexicon = lexicon
        results = doc._.dateline
        self.titles: dict[str, set[str]] = {}
        mentions = [
            _Mention(m.start, m.end, m.label, m.entity)
            for m in results.get("mentions", [])
            if getattr(m, "entity", None) and m.label in _SPEAKER_LABELS
        ]
        for ent in results.get("entities", []):
            words = {w.lower() for title in ent.titles for w in title.split()}
            self.titles[ent.key] = words
        self.labels: dict[str, str] = {e.key: e.label for e in results.get("entities", [])}
        if not mentions:
            mentions = self._from_doc_ents(doc)
        self.mentions = sorted((self._with_role(doc, m) for m in mentions), key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        text = doc.text if text is None else text  # Doc.text rebuilds the string: pass it when you have it
        self.gender = GenderIndex(text, SentenceIndex.from_doc(doc), self.mentions, lexicon)
        self._people_cache: tuple[list[_Mention], list[int]] | None = None
        self._titled: dict[str, tuple[list[_Mention], list[int]]] | None = None

    def _from_doc_ents(self, doc: Doc) -> list[_Mention]:
        persons = [e for e in doc.ents if e.label_ == "PERSON"]
        longest: dict[str, str] = {}
        for ent in sorted(persons, key=lambda e: len(e.text)):
            words = [w for w in ent.text.split() if w.lower() not in _TITLES]
            if words:
                longest[words[-1].lower()] = " ".join(words)
        out = []
        for ent in doc.ents:
            if ent.label_ in _SPEAKER_LABELS:
                label = ent.label_
                words = [w for w in ent.text.split() if w.lower() not in _TITLES]
                if label in ("GPE", "ORG") and len(words) == 1 and words[0].lower() in longest:
                    label = "PERSON"  # the small model's "Blinken" as GPE: one name, one type
                key = _fallback_key(label, ent.text, longest)
                self.labels[key] = label
                out.append(_Mention(ent.start_char, ent.end_char, label, key))
        return out

    @staticmethod
    def _with_role(doc: Doc, m: _Mention) -> _Mention:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        subject = span is not None and len(span) > 0 and span.root.dep_ in ("nsubj", "nsubjpass")
        return _Mention(m.start, m.end, m.label, m.key, subject)

    def _mentions_in(self, start: int, end: int) -> list[_Mention]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        # a mention that begins before the phrase but covers its head ("Mr [Gallant]" vs "[Mr Gallant]")
        j = bisect_left(self._starts, start) - 1
        if j >= 0 and self.mentions[j].end > start:
            out.insert(0, self.mentions[j])
        return out

    def resolve(self, head: Token | None, start: int | None, end: int | None) -> str | None:
        """Entity key of the speaker, or None when the phrase names no single identifiable entity."""
        if head is None or start is None or end is None:
            return None
        word = head.lower_
        kind = self.lexicon.pronouns.get(word)
        if kind == "relative":
            noun = antecedent(head)
            if noun is None:
                return None
            s, e = phrase_extent(noun)
            return self.resolve(noun, s, e)
        if kind == "person":
            return self._last_person(start, word)
        plural_noun = head.tag_ in ("NNS", "NNPS") and not head.ent_type_
        if kind is not None or word in self.lexicon.group_heads or plural_noun:
            return None
        found = self._mentions_in(start, end)
        # only a mention covering the head: "the Israeli military" is not the NORP "Israeli"
        on_head = [m for m in found if m.start <= head.idx < m.end]
        if on_head:
            return on_head[0].key
        if head.pos_ == "NOUN":  # "the spokesman": an entity whose titles include that word
            return self._last_titled(word, start)
        return None

    def _last_person(self, before: int, pronoun: str) -> str | None:
        """The last PERSON of the pronoun's gender mentioned as a subject nearby, else the last such PERSON."""
        # Walk back from the pronoun (not forward from the top: quadratic on book-length articles).
        people, starts = self._people()
        last: _Mention | None = None
        for k in range(bisect_left(starts, before) - 1, -1, -1):
            m = people[k]
            if last is not None and before - m.start > _PRONOUN_REACH:
                break  # a subject this far back can no longer win
            if not self.gender.compatible(m.key, pronoun):
                continue
            if m.subject and before - m.start <= _PRONOUN_REACH:
                return m.key
            if last is None:
                last = m
        return last.key if last else None

    def _people(self) -> tuple[list[_Mention], list[int]]:
        if self._people_cache is None:
            people = [m for m in self.mentions if m.label == "PERSON"]
            self._people_cache = (people, [m.start for m in people])
        return self._people_cache

    def _last_titled(self, word: str, before: int) -> str | None:
        """The last mention before `before` of an entity one of whose titles has that word."""
        if self._titled is None:  # title word -> its entities' mentions, built once for all look-ups
            self._titled = {}
            for m in self.mentions:
                for w in self.titles.get(m.key, ()):
                    self._titled.setdefault(w, ([], []))
                    self._titled[w][0].append(m)
                    self._titled[w][1].append(m.start)
        titled, starts = self._titled.get(word, ([], []))
        k = bisect_left(starts, before)
        return titled[k - 1].key if k else None
