"""A news story tells its incident more than once: keep the first telling of the violence, the arrest or the protest.

"A former employee opened fire at an office party, killing one person. ... One man was shot and killed": the
second sentence is the same shooting, told again; "a bomb exploded at a bank ... a federal spokesman confirmed
that a bomb detonated" likewise. A later ASSAULT, COERCE or PROTEST mention that happened is a retelling of the first
incident of its type when nothing in it marks another one: it is no plural noun ("more strikes"; "the two
bombings" is), its sentence has no new-incident cue (`data/new_incident_cues.txt`: "another", "separate",
"elsewhere" ...; or "last month", "two years ago"), and it has no place, day or doer of its own that differs
from those the first telling had ("Police shot the man" after "a man stabbed a woman" is another act). The other
types are named again by a definite noun ("met in Geneva ... After the talks"). See docs/events.md, "Retold
incidents".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span, Token

from dateline.nlp.events.lexicon import (
    lemma_of,
    modality_cues,
    new_incident_cues,
    new_incident_phrases,
    place_nouns,
)

RETOLD = frozenset({"ASSAULT", "COERCE", "PROTEST"})
DEFINITE = frozenset({"the", "these", "those", "both", "all"})  # "the two bombings", "all three attacks": told already
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
LOCATIVE = frozenset({"off", "along", "over", "around"})  # besides PLACE_PREPS: "seized off Yemen"


CLOSING = frozenset({".", "!", "?", '"', "'", "”", "’", ":"})


def is_headline(sent: Span) -> bool:
    """The article's first sentence when it has no closing punctuation: "Jury convicts man in woman's death"; also
    when its first line reads as a title and the parser ran the line on into a subtitle ("Paris attacks test
    Clinton's strategy; \nNew focus on terrorism lays bare divisions.")."""
    if sent.start != 0:
        return False
    words = [t for t in sent if not t.is_space]
    if bool(words) and words[-1].text not in CLOSING:
        return True
    first_line = sent.doc.text[: max(sent.doc.text.find("\n"), 0)].rstrip()
    return bool(first_line) and len(first_line) < sent.end_char and _title_line(first_line)


WIRE_DATELINE = re.compile(r"\((?:AP|AFP|Reuters|UPI|dpa|Xinhua)\)|[-\u2013\u2014]$")


def _title_line(line: str) -> bool:
    """A first line that reads as a title: it ends on a word or a semicolon, not on a wire dateline's dash or agency
    ("KABUL, Afghanistan (AP) -" is the lede's opening, not a headline), and it is short."""
    return len(line) <= 200 and (line[-1].isalnum() or line[-1] == ";") and WIRE_DATELINE.search(line) is None


def is_title_case(sent: Span) -> bool:
    """A headline in title case ("Gaza Protests Spread As Police Arrest Dozens"): the tagger and the entity
    recogniser read its capitalised verbs and nouns as names."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.9 * len(words)


def _names(place: str) -> set[str]:
    """The words that tell a place apart: not the common nouns every place phrase has ("town", "city")."""
    return set(place.lower().split()) - place_nouns()


def _told_place(place: str, seen: set[str]) -> bool:
    """The place was told already: it shares a name with one told, or is written the same ("in the village")."""
    names = _names(place)
    if names:
        return bool(names & {w for p in seen for w in _names(p)})
    return place.lower() in {p.lower() for p in seen}


def _day(value: str | None) -> str | None:
    """The day part of a time value: "at about 2:30 a.m." (XXXX-XX-XXT02:30) adds no day to the incident told."""
    if value is None:
        return None
    day = value.split("T", 1)[0]
    return None if not day.strip("X-") else day


@lru_cache(maxsize=1)
def _other_time_phrases() -> re.Pattern[str]:
    phrases = sorted(new_incident_phrases(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


@lru_cache(maxsize=1)
def _past_phrases() -> re.Pattern[str]:
    words = sorted(modality_cues()["historical_time_words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def marks_new_incident(sent: Span, tok: Token | None = None) -> bool:
    """The sentence says it tells another incident: "another", "separately", "a second", "last month", "two years
    ago". Whole words only, and not inside a name ("New York police", "Chicago"). With `tok`, a cue that modifies
    another noun of the same word is that noun's ("after the initial attack and after a second attack": only the
    second is new)."""
    cues = new_incident_cues()

    def cue(w: Token) -> bool:
        if w.lower_ not in cues or w.pos_ == "PROPN":
            return False
        if tok is not None and w.head == tok:  # "a second attack", even where the recogniser read "a second" as a time
            return True
        return not w.ent_type_ and (tok is None or lemma_of(w.head) != lemma_of(tok))

    if any(cue(w) for w in sent):
        return True
    text = sent.text.lower()
    if _past_phrases().search(text):
        return True
    # "Hours later, two agents were kidnapped": a time set apart from the first telling dates the clause's verb; a
    # noun object keeps its own time ("Three hours later, Obama addressed Friday's attack")
    return (tok is None or tok.pos_ == "VERB") and bool(_other_time_phrases().search(text))


def named_as_new(tok: Token) -> bool:
    """A name before the noun, new to the article, says which occurrence it is ("the Bastille Day attack", "the San
    Bernardino and Paris attacks"): another one than the story's, not an anaphoric repeat."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i]
    mods += [g for m in mods for g in m.conjuncts]
    # a nationality ("the Israeli strikes") says whose, not which
    names = {m.lower_ for m in mods if (m.pos_ == "PROPN" or m.ent_type_ in ("GPE", "LOC", "FAC", "EVENT"))
             and m.ent_type_ not in ("DATE", "TIME", "NORP")}
    # a year of its own says which one too: "the 1995 shooting", "the Dec. 21, 1988, bombing"
    names |= {w.lower_ for w in _date_before(tok) if _YEAR.fullmatch(w.text)}
    # a name the article already used ("the Benghazi attacks" after "the attack in Benghazi") may be the same one
    return bool(names) and not any(t.lower_ in names for t in tok.doc[: tok.sent.start])


def _date_before(tok: Token) -> Span | list[Token]:
    """The date written right before a noun ("the 1995 shooting", "the Dec. 21, 1988, bombing"), read from the
    entities, as the parser often hangs such a date elsewhere."""
    j = tok.i - 1
    if j >= 0 and tok.doc[j].text == ",":
        j -= 1
    if j < 0 or tok.doc[j].ent_type_ != "DATE":
        return []
    return next((e for e in tok.doc.ents if e.start <= j < e.end and e.label_ == "DATE"), [])


def introduces_patient(tok: Token) -> bool:
    """An event noun whose "of" object is introduced as new ("the arrest of a 19-year-old", "the killing of two
    guards"): another act than the one told, whose people the story would name as known ("the arrest of the
    suspect")."""
    if tok.pos_ != "NOUN":
        return False
    objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(any((c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "nummod" for c in o.children)
               for o in objs)


def _definite_noun(tok: Token) -> bool:
    """A noun the text presents as known ("the bomb blasts at the U.S. embassies", "the attacks"): after a first
    telling, its place specifies the incident told, it does not name another."""
    return tok.pos_ == "NOUN" and any(c.dep_ in ("det", "predet") and c.lower_ in DEFINITE for c in tok.children)


def retold(
    mentions: list[tuple[Token, str, int]],
    place_of: Callable[[Token], str | None],
    time_of: Callable[[Token], str | None],
    actor_of: Callable[[Token], str | None] = lambda _tok: None,
) -> set[int]:
    """Token indexes of the ASSAULT, COERCE and PROTEST mentions (trigger head, type, words from the head) that retell
    the document's first incident of their type, and of the other types' definite nouns that name one told."""
    out: set[int] = set()
    for etype in RETOLD:
        out |= _retold_of_type([m for m in mentions if m[1] == etype], place_of, time_of, actor_of)
    return out | _named_again([m for m in mentions if m[1] not in RETOLD])


def _named_again(mentions: list[tuple[Token, str, int]]) -> set[int]:
    """Meetings, requests, accusations and the other types are not retold with new words the way an attack is, but
    a definite noun names again what was told ("After the talks in Luxembourg, ...", "The accusations were used to
    justify ...", "the protest marked a return to ..."): a noun with "the" (or "these", "both" ...) whose type an
    earlier sentence told, and which no cue, name or newly introduced patient marks as another occurrence."""
    first: dict[str, int] = {}
    out: set[int] = set()
    for tok, etype, _width in sorted(mentions, key=lambda m: m[0].i):
        if is_headline(tok.sent):
            continue
        start = first.setdefault(etype, tok.sent.start)
        if start < tok.sent.start and _definite_noun(tok) and not marks_new_incident(tok.sent, tok) \
                and not named_as_new(tok) and not introduces_patient(tok):
            out.add(tok.i)
    return out


def _retold_of_type(
    mentions: list[tuple[Token, str, int]],
    place_of: Callable[[Token], str | None],
    time_of: Callable[[Token], str | None],
    actor_of: Callable[[Token], str | None],
) -> set[int]:
    first: Token | None = None
    seen_places: set[str] = set()
    seen_times: set[str] = set()
    seen_actors: set[str] = set()
    out: set[int] = set()
    for tok, _etype, width in sorted(mentions, key=lambda m: m[0].i):
        if is_headline(tok.sent):
            continue  # the headline tells the story apart; the body's first telling is kept too
        place, when, actor = place_of(tok), _day(time_of(tok)), actor_of(tok)
        given = first is not None and _definite_noun(tok)
        first = first or tok
        new = tok.sent.start == first.sent.start or (  # the first telling's own sentence is that telling
            (tok.doc[tok.i + max(width, 1) - 1].tag_ in ("NNS", "NNPS")  # "counter-attacks": the last word
             and not any(c.dep_ in ("det", "predet") and c.lower_ in DEFINITE for c in tok.children))
            or marks_new_incident(tok.sent, tok)  # "Last month, the navy said ... came under attack"
            or named_as_new(tok)  # "since the San Bernardino and Paris attacks"
            or introduces_patient(tok)  # "later announced the arrest of a 19-year-old": someone new
            # a place that shares no name with those told ("in Kenya" after "at the embassy in Kenya" is the same)
            or (place is not None and not given and not _told_place(place, seen_places))
            or (when is not None and when not in seen_times)
            # "A man stabbed a woman on Monday. Police shot the man.": another doer, another act
            # (a known noun names the incident told, whoever is said to be behind it: "linked to both attacks")
            or (actor is not None and not given and bool(seen_actors) and actor not in seen_actors)
        )
        if not new:
            out.add(tok.i)
            continue
        seen_places.update(p for p in (place,) if p)
        seen_times.update(t for t in (when,) if t)
        seen_actors.update(a for a in (actor,) if a)
    return out
