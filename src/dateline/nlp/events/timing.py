"""When an event happened: link the trigger to a time expression of its sentence, else the document date.

The temporal tagger's timexes are read from `doc._.dateline["timexes"]`. When it did not run, a small
reader of calendar dates ("Feb 6", "October 7, 2023", "in January", weekdays, "yesterday") over spaCy's
DATE entities stands in, so the component works on its own; it is deliberately narrow.

Values come in four kinds: `calendar` ("2024-02-05"), `underspecified` ("XXXX-WXX-7": an undated
document's "Sunday", resolved later by the corpus step, never guessed here), `vague` ("PAST_REF",
"PXW" for "in recent weeks") and `present` ("PRESENT_REF"). Vague and present ones date an event only
when the trigger governs them; the nearest-in-sentence fallback uses calendar and underspecified ones.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.nlp.events.lexicon import lemma_candidates, lemma_of, timing_cues, trigger_rules

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH_DAY = re.compile(r"\b(?P<mon>[A-Za-z]{3,9})\.? (?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,? (?P<year>\d{4}))?\b")
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2}) (?P<mon>[A-Za-z]{3,9})(?: (?P<year>\d{4}))?\b")
_MONTH_ONLY = re.compile(r"^(?:in |early |late |mid-?)*(?P<mon>[A-Za-z]{3,9})(?: (?P<year>\d{4}))?$", re.I)
_MONTH_NAMES = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_SCAN = re.compile(
    rf"\b(?:{_MONTH_NAMES}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?(?!\d)|\d{{1,2}} {_MONTH_NAMES}(?: \d{{4}})?"
    rf"|(?<=\bin ){_MONTH_NAMES}(?: \d{{4}})?)\b"
)
_YEAR = re.compile(r"^(?:in |since |early |late )*(?P<year>(?:19|20)\d\d)$", re.I)


@dataclass(frozen=True)
class TimeRef:
    """A time expression usable by events: character span, TIMEX3-like value, and its tid if tagged."""

    start: int
    end: int
    value: str
    tid: str | None = None

    @property
    def kind(self) -> str:
        return value_kind(self.value)


def _month(name: str) -> int | None:
    return MONTHS.get(name[:3].lower()) if name[:3].lower() in MONTHS and name.isalpha() else None


def _past_year(month: int, day: int, dct: dt.date) -> int:
    """News refers back: a month-day after the document date belongs to the previous year."""
    try:
        return dct.year if dt.date(dct.year, month, day) <= dct + dt.timedelta(days=7) else dct.year - 1
    except ValueError:
        return dct.year


def read_date(text: str, dct: dt.date | None) -> str | None:
    """TIMEX3 value for a plain calendar expression, or None when it is not one this reader knows."""
    low = text.lower().strip()
    low = re.sub(r"^(?:on |the |early |late |this |last )+", "", low)
    if dct is not None:
        if low in ("today", "tonight", "this morning", "this afternoon", "this evening"):
            return dct.isoformat()
        if low in ("yesterday", "last night", "overnight"):
            return (dct - dt.timedelta(days=1)).isoformat()
        first = low.split()[0] if low else ""
        if first in WEEKDAYS and len(low.split()) <= 2:
            back = (dct.weekday() - WEEKDAYS[first]) % 7
            return (dct - dt.timedelta(days=back)).isoformat()
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        m = pattern.search(text)
        if m and (mon := _month(m["mon"])):
            day = int(m["day"])
            if m["year"]:
                year = int(m["year"])
            elif dct is not None:
                year = _past_year(mon, day, dct)
            else:
                return None
            try:
                return dt.date(year, mon, day).isoformat()
            except ValueError:
                return None
    m = _MONTH_ONLY.match(low)
    if m and (mon := _month(m["mon"])):
        if m["year"]:
            return f"{int(m['year']):04d}-{mon:02d}"
        if dct is not None:
            return f"{dct.year if mon <= dct.month else dct.year - 1:04d}-{mon:02d}"
    m = _YEAR.match(low)
    if m:
        return m["year"]
    return None


def time_refs(doc: Doc) -> list[TimeRef]:
    """The document's time expressions: the tagger's when present, else the fallback reader's."""
    timexes = doc._.dateline.get("timexes", [])
    if timexes:
        text = doc.text
        return [TimeRef(t.start, t.end, t.value, t.tid) for t in timexes
                if (t.type in ("DATE", "TIME") or (t.type == "DURATION" and _past_duration(t.text)))
                and not _joined_to_a_word(text, t.end)]
    dct = doc._.dateline_dct
    out = []
    taken: list[tuple[int, int]] = []
    # the small model often misses "Feb 6" / "Oct 7" as DATE entities: scan the text itself first
    for m in _SCAN.finditer(doc.text):
        value = read_date(m.group(0), dct)
        if value is not None:
            out.append(TimeRef(m.start(), m.end(), value))
            taken.append((m.start(), m.end()))
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or any(s < ent.end_char and ent.start_char < e for s, e in taken):
            continue
        value = read_date(ent.text, dct)
        if value is not None:
            out.append(TimeRef(ent.start_char, ent.end_char, value))
    return out


def _joined_to_a_word(text: str, end: int) -> bool:
    """"recently-impeached", "then-president": a time word hyphened to the word after it is part of an adjective
    describing a person or thing; it dates no event of the sentence."""
    return text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha()


def _past_duration(text: str) -> bool:
    """ "recent weeks", "the past three days": a duration reaching back from now, usable as a vague time."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & set(timing_cues()["past_duration_cues"]))


def is_calendar(value: str | None) -> bool:
    return bool(value) and bool(re.match(r"^\d{4}(?:-(?:\d\d|W\d\d)(?:-\d\d)?)?", value or ""))


def value_kind(value: str) -> str:
    """calendar, underspecified (XXXX-...: waits for a reference date), present (PRESENT_REF) or vague."""
    if is_calendar(value):
        return "calendar"
    if value.startswith("XXXX"):
        return "underspecified"
    if value == "PRESENT_REF":
        return "present"
    return "vague"


_DURATION_PRECISION = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def precision(value: str) -> str | None:
    """Granularity of a value: calendar and underspecified dates alike; a duration by its unit."""
    if re.match(r"^(?:\d{4}|XXXX)-(?:(?:\d\d|XX)-(?:\d\d|XX)|W(?:\d\d|XX)-\d)", value):
        return "day"
    if re.match(r"^(?:\d{4}|XXXX)-W(?:\d\d|XX)(?:-WE)?$", value):
        return "week"
    if re.match(r"^(?:\d{4}|XXXX)-(?:\d\d|XX)$", value):
        return "month"
    if re.match(r"^\d{4}$", value):
        return "year"
    m = re.match(r"^P(?:\d+|X)([DWMY])$", value)
    if m:
        return _DURATION_PRECISION[m[1]]
    return None


def start_date(value: str) -> dt.date | None:
    """First calendar day a calendar value covers (None for other kinds)."""
    m = re.match(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value)
    if not m or not is_calendar(value):
        return None
    if re.match(r"^\d{4}-W\d\d", value):
        try:
            return dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        except ValueError:
            return None
    try:
        return dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


def end_date(value: str) -> dt.date | None:
    """Last calendar day a value covers: "2024-01" may mean late January, so it ends on the 31st."""
    m = re.match(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value)
    if not m or "W" in value:
        return None
    try:
        if m[3]:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m[2]:
            nxt = dt.date(int(m[1]) + (m[2] == "12"), int(m[2]) % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(int(m[1]), 12, 31)
    except ValueError:
        return None


NOUN_MODIFIER_DEPS = frozenset({"nmod", "compound", "amod", "poss", "nummod"})


def _names_another_noun(time: Token, trigger: Token, start_char: int) -> bool:
    """A date that modifies a noun dates that noun ("freed as part of the January 19 ceasefire deal": the deal's
    day, not the freeing's); only the trigger itself may take it ("the Feb 6 strikes"). A date right after a
    preposition is adverbial whatever the parser hung it on ("kidnapped on Oct 7 and pause fighting")."""
    doc = time.doc
    first = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if first is not None and first.start > 0 and doc[first.start - 1].dep_ == "prep":
        return False
    tok = time
    while (tok.dep_ in NOUN_MODIFIER_DEPS or (tok.dep_ in ("npadvmod", "appos") and tok.head.pos_ == "NOUN")) \
            and tok.head.i != tok.i:
        tok = tok.head  # "pending his next court hearing April 19": the date the parser hung on a noun is its date
        if tok.i == trigger.i:
            return False
    if tok.dep_ == "pobj" and tok.head.lower_ in TEMPORAL_PREPS:
        return False  # "his mediation during the 2025 conflict": the occasion's time places the event too
    if tok.dep_ == "pobj" and tok.head.lower_ in OCCASION_PREPS and tok.head.head.i == trigger.i \
            and bool({lemma_of(tok), *lemma_candidates(tok.lower_)} & set(timing_cues()["occasion_nouns"])):
        return False  # "In an August speech, Trump attacked ...": the act was done at the occasion
    frame = tok.head.head
    if tok.dep_ == "pobj" and frame.pos_ == "NOUN" and (frame.lower_ in TEMPORAL_FRAMES or (
            frame.lower_ == "up" and any(c.lower_ in ("run", "lead") for c in frame.children))):
        return False  # "in the run-up to the 2014 elections": a stretch of time named by the occasion
    return tok.i != time.i and tok.pos_ in ("NOUN", "PROPN")


OCCASION_PREPS = frozenset({"in", "at", "during", "on"})
TEMPORAL_PREPS = frozenset({"during", "before", "after", "since", "until", "amid", "following"})
TEMPORAL_FRAMES = frozenset({"run-up", "lead-up", "runup", "leadup", "eve", "aftermath", "wake", "height", "end",
                             "start", "beginning", "middle", "course"})


TIME_LABELS = frozenset({"DATE", "TIME"})
CALENDAR_DAY = re.compile(r"^\d{4}-\d\d-\d\d")


def setting_phrase(time: Token, ref: TimeRef, stop: Token) -> Token | None:
    """Below `stop`, the preposition of a setting phrase whose object is an act or occasion, not a time, when the
    time lies in that phrase and dates that act, not the event the phrase hangs from: any time under a grounds
    "for" ("sentences X for entering the country in 2021") or "since" ("the highest-level engagement since the
    revolution in 1979"), a day under "before/after/following" ("meets Netanyahu before Trump's inauguration on
    January 20"), and a year or month there unless a distance is measured from the occasion ("sentenced after
    performing at a concert in 2024"; "two months before the 2012 attack" still places the event). "since 2021" and
    "before dawn on Monday" are times of the event itself."""
    cues = timing_cues()
    tok = time
    while tok.head.i != tok.i and tok.i != stop.i:
        head = tok.head
        if tok.i != time.i and tok.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" \
                and head.lower_ in cues["setting_preps"] and tok.ent_type_ not in TIME_LABELS \
                and (head.lower_ in cues["setting_grounds_preps"] or head.lower_ in cues["setting_start_preps"]
                     or CALENDAR_DAY.match(ref.value) or not _measured(head)):
            return head
        tok = head
    return None


def _measured(prep: Token) -> bool:
    """"two months before the 2012 attack": a distance from the occasion, so a year there still places the event."""
    return any(c.dep_ in ("npadvmod", "advmod") for c in prep.children) or prep.head.dep_ == "npadvmod" or any(
        c.dep_ == "npadvmod" for c in prep.head.children if c.i < prep.i)


def _outside_setting(time: Token, ref: TimeRef, stop: Token, trig: Token) -> bool:
    prep = setting_phrase(time, ref, stop)
    return prep is None or trig.i in {t.i for t in prep.subtree}


def _outside_reduced_relative(time: Token, stop: Token, trig: Token) -> bool:
    """The time is not inside a reduced relative clause below `stop`, or the trigger is in that clause too."""
    participle = reduced_relative(time, stop)
    return participle is None or trig.i in {t.i for t in participle.subtree}


def _within_own_relative(time: Token, stop: Token, trig: Token) -> bool:
    """The trigger is not inside a reduced relative clause below `stop`, or the time is in that clause too: "the
    parents of a soldier killed by a suicide bomber in Iraq" were heard on Sunday, the soldier was not killed then."""
    participle = reduced_relative(trig, stop) if trig.i != stop.i else None
    if participle is None and trig.tag_ == "VBN" and trig.dep_ == "acl" and trig.i != stop.i and not any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in trig.children):
        participle = trig
    return participle is None or time.i in {t.i for t in participle.subtree}


def _token_of(doc: Doc, ref: TimeRef) -> Token | None:
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span.root if span is not None else None


CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def is_finite_clause(tok: Token) -> bool:
    """A clause of its own ("that was destroyed over the weekend"); infinitives and participles
    ("met Sunday to demand ...") share the time of the clause they hang from."""
    if tok.head.i == tok.i:
        return True
    if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.tag_ == "MD"
                                                                  for c in tok.children):
        return True  # "is released and will appear in court on July 17": the modal verb's time is its own
    return tok.dep_ in CLAUSE_DEPS and (tok.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                        or any(c.dep_ in SUBJECT_DEPS for c in tok.children))


def clause_head(tok: Token) -> Token:
    while not is_finite_clause(tok):
        tok = tok.head
    return tok


SIMULTANEOUS_MARKS = frozenset({"as", "while", "when"})
OCCURRED = frozenset({"happen", "occur", "take", "come"})  # verbs that only say an event took place
# Verbs that say an event sets in: "a truce starting Friday", "a ceasefire due to begin at 7 a.m."; "take", "come",
# "go" and "enter" only with what they take or come into ("takes effect", "came into force", "took hold").
ONSET = frozenset({"begin", "start", "commence", "kick"})
ONSET_PHRASES = frozenset({"take", "come", "go", "enter"})
ONSET_OBJECTS = frozenset({"effect", "force", "hold"})


def _is_onset(verb: Token) -> bool:
    lemmas = {lemma_of(verb), *lemma_candidates(verb.lower_)}
    if lemmas & ONSET:
        return True
    return bool(lemmas & ONSET_PHRASES) and any(
        c.lower_ in ONSET_OBJECTS or (c.dep_ == "prep" and any(g.lower_ in ONSET_OBJECTS for g in c.children))
        for c in verb.children)


def looks_back(refs: list[TimeRef], dct: dt.date | None) -> bool:
    """More than half of the article's calendar times lie well before its date: a story set in the past
    (data/timing.json, "_looking_back")."""
    if dct is None:
        return False
    cues = timing_cues()
    starts = [d for d in (start_date(ref.value) for ref in refs if ref.kind == "calendar") if d is not None]
    old = [d for d in starts if (dct - d).days > int(cues["looking_back_days"])]
    share = float(cues["looking_back_share"])
    return len(old) >= int(cues["looking_back_min_times"]) and len(old) > share * len(starts)


def onset_owner(time_tok: Token, triggers: set[int]) -> int | None:
    """The event noun whose onset a time gives: "agreed to a truce starting Friday", "a truce that takes effect on
    Friday", "agreed to a ceasefire due to begin at 7 a.m. on Friday". The parser often hangs the onset verb on the
    verb of agreeing; what begins is still the noun it agreed to, not the agreement."""
    verb = time_tok
    for _ in range(3):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    if not _is_onset(verb):
        return None
    if verb.dep_ in ("relcl", "acl") and verb.head.i in triggers and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head.i
    if verb.dep_ not in ("xcomp", "advcl") or verb.tag_ not in ("VB", "VBG"):
        return None
    head = verb.head.head if verb.head.lower_ == "due" and verb.head.dep_ == "prep" else verb.head
    objects = [c for c in head.children if c.dep_ == "dobj"] + [g for c in head.children
                                                                if c.dep_ == "prep" and c.lower_ in ("to", "on")
                                                                for g in c.children if g.dep_ == "pobj"]
    nouns = [o.i for o in objects if o.i in triggers and o.pos_ in ("NOUN", "PROPN") and o.i < verb.i]
    return nouns[-1] if nouns else None


def _while_clause_of(clause: Token) -> int | None:
    """The clause a past clause of simultaneous time hangs from ("As Trump prepared to speak on Tuesday, a girl was
    pepper-sprayed": Tuesday is the day of the main clause too), else None. A present one ("as he defies a warrant
    from his attempt in December") may speak of the future or hold another event's time: not used."""
    past = clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children)
    if past and clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in SIMULTANEOUS_MARKS
                                               and c.i < clause.i for c in clause.children):
        return clause_head(clause.head).i
    return None


def governing_trigger(time_tok: Token, triggers: set[int], sent_root: Token) -> int | None:
    """The nearest trigger the time expression hangs from inside its own clause, if any.

    A time that modifies a noun dates the event word beside it in that noun phrase: "the 2012 shooting death" is
    the shooting's 2012, not the conviction's that governs the phrase.
    """
    tok = time_tok
    first = True
    while tok.i != sent_root.i and tok.head.i != tok.i and not is_finite_clause(tok):
        if tok.dep_ == "appos":
            return None  # "Harman, now director of the Wilson Center, urged Obama last year": the apposition's time
        modifier = first and tok.dep_ in ("compound", "nummod", "amod", "npadvmod", "poss")
        tok = tok.head
        first = False
        if tok.i in triggers:
            return tok.i
        if modifier and tok.pos_ in ("NOUN", "PROPN"):
            beside = [c.i for c in tok.children if c.dep_ in ("compound", "amod") and c.i in triggers]
            if beside:
                return beside[0]
            if tok.pos_ == "NOUN" and tok.dep_ not in ("compound", "nmod", "amod") and not _event_word(tok):
                return None  # "sentenced for a discharge at a 2018 rally": the year says which rally, not when
    # "the Paris attacks, which occurred last year": a relative clause saying when the noun's event happened; so
    # does one telling its harm ("a mass shooting that killed five people in Raleigh in 2022")
    if tok.dep_ == "relcl" and tok.head.i in triggers and (set(lemma_candidates(tok.lower_)) & OCCURRED or (
            names_harm(tok))):
        return tok.head.i
    return None


def reduced_relative(time: Token, stop: Token) -> Token | None:
    """The past participle of a reduced relative clause the time hangs in, below `stop`: "the suspension of tariffs
    accorded two weeks ago", "air strikes launched 4 days prior" (often hung on the main verb as an adverbial
    clause). Like "that were accorded two weeks ago", it is a clause of its own: its time is the noun's, not the
    main clause's."""
    tok = time
    while tok.head.i != tok.i and tok.i != stop.i:
        if tok.i != time.i and tok.tag_ in ("VBN", "VBD") and not any(
                c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in tok.children):
            if tok.dep_ == "acl" and tok.tag_ == "VBN":
                return tok
            # the participle (tagged a past tense) the parser hung on the main verb or a noun further back, right
            # after the noun it describes
            if tok.dep_ in ("acl", "advcl") and _right_after_noun(tok):
                return tok
        tok = tok.head
    return None


def _published_by_subject(participle: Token, trigger: Token) -> bool:
    """The reduced relative says when the trigger's own subject, a document, came out: "A campaign TV ad released
    Thursday accuses Trump" (`document_nouns`, `publication_participles` in timing.json)."""
    cues = timing_cues()
    noun = participle_noun(participle)
    return lemma_of(participle) in cues["publication_participles"] and noun.lower_ in cues["document_nouns"] \
        and noun.dep_ == "nsubj" and noun.head.i == trigger.i


def _right_after_noun(tok: Token) -> bool:
    return tok.i > 0 and tok.left_edge.i == tok.i and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN")


def participle_noun(participle: Token) -> Token:
    """The noun a reduced relative participle describes: the noun right before it, else its head."""
    return participle.doc[participle.i - 1] if _right_after_noun(participle) else participle.head


def _event_word(tok: Token) -> bool:
    """A noun the lexicon types as an event ("the 2024 synagogue attack"), even where it was not kept as one."""
    return any(r.pos in ("NOUN", "ANY") and r.type != "NONE" for r in trigger_rules().get(lemma_of(tok), ()))


def _through_subject(time: Token, owner: Token) -> Token | None:
    """The owner's subject when the time hangs inside that subject's phrase, else None."""
    tok = time
    while tok.head.i != tok.i and tok.head.i != owner.i:
        tok = tok.head
    return tok if tok.head.i == owner.i and tok.dep_ in ("nsubj", "nsubjpass") and tok.i != time.i else None


def names_harm(tok: Token) -> bool:
    """A verb or adjective of harm: a lexicon row of the victim role ("killed", "wounded") or a word of
    `harm_outcomes` ("died", "dead")."""
    rules, lemmas = trigger_rules(), {lemma_of(tok), *lemma_candidates(tok.lower_)}
    return bool(lemmas & set(timing_cues()["harm_outcomes"])) or any(
        r.victim for lemma in lemmas for r in rules.get(lemma, ()))


def _noun_after(doc: Doc, ref: TimeRef, triggers: set[int]) -> int | None:
    """The event noun a calendar date is written right before ("the 1995 shooting", "the Dec. 21, 1988, bombing"):
    that noun's date, whatever the parser hung the date on."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or ref.kind != "calendar":
        return None
    nxt = doc[span.end]
    if nxt.text == "," and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]
    return nxt.i if nxt.i in triggers and nxt.pos_ == "NOUN" else None


def _bound(doc: Doc, ref: TimeRef) -> bool:
    """The time is a deadline or the day a measure takes effect, written right after "until" or "effective"
    (`bound_words` in timing.json): the end or the start of a state, not the day of the act that sets it."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in timing_cues()["bound_words"]


def _framing_noun_before(doc: Doc, ref: TimeRef, triggers: set[int]) -> int | None:
    """The event noun a relative time is written right after inside an "after/following" phrase (`framing_preps` in
    timing.json: "announces a ceasefire following clashes last night"): that noun's time, however parsed."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    prev = doc[span.start - 1]
    return prev.i if prev.i in triggers and prev.pos_ == "NOUN" and prev.dep_ == "pobj" and \
        prev.head.lower_ in timing_cues()["framing_preps"] else None


def link_times(doc: Doc, refs: list[TimeRef], triggers: list[Token]) -> dict[int, TimeRef]:
    """Trigger token index -> the time expression dating it (governed one first, else the sentence's)."""
    by_sent: dict[int, list[tuple[TimeRef, Token]]] = {}
    for ref in refs:
        tok = _token_of(doc, ref)
        if tok is not None and not _bound(doc, ref):
            by_sent.setdefault(tok.sent.start, []).append((ref, tok))
    trigger_ids = {t.i for t in triggers}
    owned: dict[int, TimeRef] = {}  # time expressions that a specific trigger governs
    claimed: set[int] = set()
    for items in by_sent.values():
        for ref, tok in items:
            owner = _noun_after(doc, ref, trigger_ids)
            if owner is None:
                owner = _framing_noun_before(doc, ref, trigger_ids)
            if owner is not None:  # "charged in the Dec. 21, 1988, bombing": the bombing's day, however parsed
                if owner not in owned:
                    owned[owner] = ref
                    claimed.add(ref.start)
                continue
            if (onset := onset_owner(tok, trigger_ids)) is not None and onset not in owned:
                owned[onset] = ref
                claimed.add(ref.start)
                continue
            owner = governing_trigger(tok, trigger_ids, tok.sent.root)
            participle = reduced_relative(tok, doc[owner] if owner is not None else tok.sent.root)
            if participle is not None and owner is not None and _published_by_subject(participle, doc[owner]):
                if owner not in owned:  # "A campaign ad released Thursday accuses Trump": it accuses on Thursday
                    owned[owner] = ref
                    claimed.add(ref.start)
                continue
            if participle is not None and (owner is None or owner not in {t.i for t in participle.subtree}):
                # "air strikes launched 4 days prior": the strikes' day; "accuses China of violating the suspension
                # of tariffs accorded two weeks ago": the according's, not the accusation's
                described = participle_noun(participle).i
                owner = described if described in trigger_ids else None
                if owner is None:
                    continue
            if owner is not None and (subject := _through_subject(tok, doc[owner])) is not None:
                # "Austin Thompson, the perpetrator of a mass shooting ..., in 2022, is sentenced": a time the parser
                # hung on the subject's phrase describes that phrase: the event named there, if any
                inside = sorted(i for i in trigger_ids if subject.left_edge.i <= i <= subject.right_edge.i)
                if not inside:
                    continue
                before = [i for i in inside if i < tok.i]
                owner = before[-1] if before else inside[0]  # the nearest one the time follows
            if owner is not None and _names_another_noun(tok, doc[owner], ref.start):
                continue  # "freed as part of the January 19 ceasefire deal": the deal's day
            if owner is not None and setting_phrase(tok, ref, doc[owner]) is not None:
                continue  # "sentences X for entering the country in 2021": the entering's year
            if owner is not None and _span_of_a_noun(tok, doc[owner]):
                continue  # "the first ones since 2022", "the deadliest attack since 2015": a record's span
            if owner is not None and owner not in owned:
                owned[owner] = ref
                claimed.add(ref.start)
    out: dict[int, TimeRef] = {}
    for trig in triggers:
        if trig.i in owned:
            out[trig.i] = owned[trig.i]
            continue
        # a vague or present time ("now", "his current trip") dates only the event that governs it
        # ... and a time in another finite clause dates that clause ("said Monday the US would not press")
        home = clause_head(trig)
        free = [(ref, tok) for ref, tok in by_sent.get(trig.sent.start, [])
                if ref.start not in claimed and ref.kind in ("calendar", "underspecified")
                and clause_head(tok).i == home.i and not _names_another_noun(tok, trig, ref.start)
                and _outside_setting(tok, ref, home, trig) and not _span_of_a_noun(tok, trig)
                and _outside_reduced_relative(tok, home, trig) and _within_own_relative(tok, home, trig)]
        if not free:  # "While the minister was visiting Kabul on Monday, a bomb exploded": the same day
            free = [(ref, tok) for ref, tok in by_sent.get(trig.sent.start, [])
                    if ref.kind == "calendar" and _while_clause_of(clause_head(tok)) == home.i]
        if not free and (outer := _while_clause_of(home)) is not None:
            # "In July, the department joined the fight when it appealed the case": July is the appeal's too
            free = [(ref, tok) for ref, tok in by_sent.get(trig.sent.start, [])
                    if ref.kind == "calendar" and clause_head(tok).i == outer]
        if not free and (frame := _when_frame(home)) is not None:
            # "a rally on Wednesday night when Mr. Sanders assailed Mrs. Clinton": the time the "when" clause hangs on
            inside, around = {t.i for t in home.subtree}, {t.i for t in frame.subtree}
            free = [(ref, tok) for ref, tok in by_sent.get(trig.sent.start, [])
                    if ref.kind == "calendar" and tok.i not in inside and tok.i in around]
        if free:
            out[trig.i] = min(free, key=lambda rt: abs(rt[1].i - trig.i))[0]
        elif (purpose_of := _purpose_head(trig)) is not None and purpose_of in owned:
            out[trig.i] = owned[purpose_of]  # "met on Sunday to demand a halt": the demand was made at the meeting
    # "the abductions of hostages during the October 7 attacks": the attacks' day (usually no such phrase); "killed
    # by an officer during a demonstration in 1985": its year
    during = [(doc[i], ref) for i, ref in out.items()
              if doc[i].dep_ == "pobj" and doc[i].head.lower_ == "during" and is_calendar(ref.value)]
    if during:
        for trig in triggers:
            if trig.i not in out and (lent := _during_event(trig, during)) is not None:
                out[trig.i] = lent
    return out


def _purpose_head(trig: Token) -> int | None:
    """The verb an infinitive of purpose hangs from ("met Sunday to demand"), or the trip a "for" occasion is the
    purpose of ("arrived in Riyadh on Monday for talks"): it shares that verb's time."""
    if trig.tag_ == "VB" and trig.dep_ == "advcl" and trig.head.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
        return trig.head.i
    if trig.dep_ == "pobj" and trig.head.lower_ == "for" and trig.head.head.pos_ == "VERB" and set(
            lemma_candidates(trig.head.head.lower_)) & set(timing_cues()["trip_verbs"]):
        return trig.head.head.i
    return None


def _span_of_a_noun(time: Token, trig: Token) -> bool:
    """"exercises near the region, the first ones since 2022": a "since" time hung on a noun measures that noun's
    record, not when an event outside it happened."""
    prep = time.head if time.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in timing_cues()["setting_start_preps"] or prep.dep_ != "prep" or (
            prep.head.pos_ not in ("NOUN", "PROPN", "PRON")):
        return False
    # "the deadliest attack since 2015": on the event noun itself only with a ranking word, which makes it a record
    return prep.head.i != trig.i or any(c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL"
                                        for c in prep.head.subtree if c.i < prep.head.i)


def _when_frame(clause: Token) -> Token | None:
    """The phrase a "when" clause hangs on ("on Wednesday night when ...", "at a press conference on Monday, when
    ..."): its time is the clause's time."""
    if clause.head.i == clause.i or clause.dep_ not in ("relcl", "advcl"):
        return None
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" and c.i < clause.i for c in clause.children):
        return None
    return clause.head


def _during_event(trig: Token, during: list[tuple[Token, TimeRef]]) -> TimeRef | None:
    """The time of a dated event named by a "during" phrase of the trigger's phrase or clause."""
    home = clause_head(trig)
    inside = {t.i for t in trig.subtree}
    for event, ref in during:
        attach = event.head.head
        if not CALENDAR_DAY.match(ref.value) and clause_head(attach).i != home.i:
            continue  # "kill a gunman who shot two guards during an attack in March 2025": the shooting's month
        if attach.i in inside or (clause_head(attach).i == home.i and trig.i in {t.i for t in attach.subtree}):
            return ref
    return None


def shown_in_recording(trigger: Token) -> bool:
    """"It shows an officer aiming a gun", "video footage showing militants firing": an act a recording shows
    happened when it was recorded, which the article's date does not tell (`timing.json`, "_recordings"). The caller
    asks only in long articles: a news item's footage shows the day's news."""
    cues = timing_cues()
    recordings, depicting = set(cues["recording_nouns"]), set(cues["depiction_verbs"])
    pictures = recordings | set(cues["picture_nouns"])  # "images show ...", not "It shows" after "the army's image"

    def named(tok: Token, words: set[str]) -> bool:
        return bool({lemma_of(tok), *lemma_candidates(tok.lower_)} & words)

    tok = trigger
    for _ in range(5):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX") or not named(tok, depicting):
            continue
        shower = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if tok.dep_ in ("acl", "relcl") and (shower is None or shower.tag_ == "WDT"):
            shower = tok.head  # "video showing ...", "video of the encounter that includes ..."
        if shower is None:
            return False
        if shower.dep_ == "pobj" and shower.head.lower_ == "of":
            shower = shower.head.head  # "video of the encounter that includes her pleading"
        if named(shower, pictures):
            return True
        # "It shows ...": the pronoun stands for a recording that this sentence, before it, or the one before is
        # about (a subject or object), not for any word ("The scandal damaged the army's image. It shows that ...")
        doc, start = tok.doc, tok.sent.start
        if shower.lower_ not in ("it", "this"):
            return False
        before = doc[doc[start - 1].sent.start if start > 0 else start: shower.i]
        return any(named(t, recordings) and t.dep_ in ("nsubj", "nsubjpass", "dobj") for t in before)
    return False
