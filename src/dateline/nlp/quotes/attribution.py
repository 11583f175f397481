"""Dependency-parse helpers: is a token a cue, who is its speaker, what span names the speaker."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.nlp.quotes.lexicon import QuoteLexicon, load_lexicon

_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
# Children that belong to a speaker's name phrase on its left ("State Department spokesman Matthew Miller").
_LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case", "punct"})
# A cue in these relations shares its subject with its head ("Blinken ticked off ... and said").
_SHARED_SUBJECT_DEPS = frozenset({"conj", "advcl", "xcomp"})
_QUOTE_CHARS = "\"“”„'`‘’"
_RELATIVES = frozenset({"who", "that", "which"})
# "..., saying that ...": a participle in these relations speaks with its head's subject
_PARTICIPLE_DEPS = frozenset({"ccomp", "npadvmod", "dep", "parataxis"})
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY"})
_DASHES = frozenset({"—", "–", "-", "--"})


@dataclass(frozen=True)
class Attribution:
    """A cue ("said", "according to") and the speaker phrase it introduces (None when unknown)."""

    cue_start: int
    cue_end: int
    cue_text: str
    speaker_start: int | None
    speaker_end: int | None
    speaker_head: int | None  # token index of the speaker phrase's head


def is_according(token: Token) -> bool:
    """True for the 'according' of 'according to'."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ == "according" and nxt is not None and nxt.lower_ == "to"


def is_cue_verb(token: Token, lexicon: QuoteLexicon) -> bool:
    """A verb of saying used as a verb (not "the said document", not a noun "reports")."""
    return token.tag_ in _VERB_TAGS and lexicon.cue_lemma(token.text) is not None


def is_cue(token: Token, lexicon: QuoteLexicon) -> bool:
    return is_according(token) or is_cue_verb(token, lexicon)


def is_text_cue(cue: Token, lexicon: QuoteLexicon) -> bool:
    """'The plan calls for ...', 'the move signals that ...': a plan or a text as subject, not speech."""
    if lexicon.cue_lemma(cue.text) not in lexicon.inanimate_cues:
        return False
    head = speaker_head(cue)
    if head is None or head.ent_type_:
        return False
    word = head.lower_  # the pipeline has no lemmatizer: a plural loses its "s" by hand ("the plans call")
    forms = {word, word[:-1] if head.tag_ == "NNS" and word.endswith("s") else word}
    return not forms.isdisjoint(lexicon.inanimate_subjects)


def cue_extent(token: Token) -> tuple[int, int]:
    """Character span of a cue: the verb itself, or both words of 'according to'."""
    if is_according(token):
        return token.idx, token.nbor(1).idx + len(token.nbor(1))
    return token.idx, token.idx + len(token)


def speaker_head(cue: Token) -> Token | None:
    """The head token of the cue's speaker from the parse, or None."""
    if is_according(cue):
        to = cue.nbor(1)
        for child in list(to.children) + list(cue.children):
            if child.dep_ == "pobj":
                return child
        return None
    node: Token = cue
    for _ in range(3):  # "Blinken ticked off ..., and said" / "..., adding that ..."
        for child in node.children:
            if child.dep_ == "agent":  # "was told by X"
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            if node is cue and all(c.dep_ == "nsubjpass" for c in subjects):
                return None  # "Rubio was asked", "Roof is accused": the addressee or topic, not the speaker
            best = _best_subject(subjects, cue)
            if best is not None:
                return best
            break  # only a date or a dateline as subject ("Saturday ... Sen. Warren (D-MA) said"): look left
        if node.tag_ == "VBG" and node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):
            if node.head.dep_ == "dobj" and node.head.head.pos_ == "VERB":
                node = node.head.head  # "emailed supporters saying", "put out a statement saying": the sender
                continue
            return node.head  # "Trump's campaign, saying ..."
        if node.tag_ == "VBG" and node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head  # "explained the headline by saying ...": the subject of "explained"
            continue
        climbs = node.dep_ in _SHARED_SUBJECT_DEPS or (node.tag_ == "VBG" and node.dep_ in _PARTICIPLE_DEPS)
        if climbs and node.head is not node:
            coordinated = node.dep_ == "conj"
            node = node.head
            if coordinated and node.dep_ == "ccomp" and node.head.i < node.i and _is_cue_form(node.head):
                node = node.head  # "He says the response was X and says Y": both "says" share "He"
                continue
            if node.dep_ == "acomp" and node.head is not node:  # "voters are more likely to say"
                node = node.head
        else:
            break
    return _inverted_subject(cue) or _left_nominal(cue)


def _is_cue_form(tok: Token) -> bool:
    """A verb of saying (the clause it governs is reported content, not the cue's own clause)."""
    return is_cue_verb(tok, load_lexicon())


def _not_speaker(tok: Token) -> bool:
    """Dates, times and amounts are never speakers; "the 46-year-old" (tagged DATE) is."""
    return tok.ent_type_ in _NOT_SPEAKERS and tok.lower_ != "old"


def _line_start(tok: Token) -> bool:
    doc = tok.doc
    return tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws


def is_dateline(tok: Token) -> bool:
    """'CLEVELAND', 'New York (AFP) –': a place name opening a paragraph before a dash, not a subject."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
        start -= 1
    if not _line_start(doc[start]):
        return False
    words = [t for t in doc[start : tok.i + 1] if t.is_alpha]
    nxt = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    if words and all(t.is_upper and len(t) > 1 for t in words) and (nxt in (",", "(") or nxt in _DASHES):
        return True  # "CLEVELAND, ..." but not "UNICEF reports": a dateline is followed by its punctuation
    if tok.ent_type_ not in ("GPE", "LOC"):
        return False
    after = doc[tok.i + 1 : tok.i + 9]
    return any(t.text in _DASHES for t in after) and not any(t.pos_ in ("VERB", "AUX") for t in after)


def _best_subject(subjects: list[Token], cue: Token) -> Token | None:
    """The subject nearest the cue, skipping dates and datelines (whose apposition may be the speaker)."""
    doc = cue.doc
    found: list[Token] = []
    for subj in subjects:
        if is_dateline(subj):  # "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told"
            found += [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and not c.is_upper]
        elif not _not_speaker(subj):
            found.append(subj)
    lo = min([cue.i, *(t.i for t in found)])
    hi = max([cue.i, *(t.i for t in found)])
    breaks = [t.i for t in doc[lo:hi] if "\n" in t.text]
    found = [t for t in found if not any(min(t.i, cue.i) <= b < max(t.i, cue.i) for b in breaks)]
    return min(found, key=lambda t: abs(t.i - cue.i)) if found else None


def _inverted_subject(cue: Token) -> Token | None:
    """'..., says Donald Trump': a name right after a cue that follows a comma or a closing mark."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text not in (",", "”", '"', "''"):
        return None
    for child in cue.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "appos") and child.pos_ == "PROPN":
            return None if _not_speaker(child) else child
    return None


def antecedent(subject: Token) -> Token | None:
    """'voters who say ...': the noun a relative pronoun subject stands for (None if not found)."""
    verb = subject.head
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    return None


def _left_nominal(cue: Token) -> Token | None:
    """When the parse gives no subject: the noun right before the cue ("About 4 in 10 say")."""
    i = cue.i - 1
    doc = cue.doc
    if i > cue.sent.start and doc[i].text == ")":  # "Sen. Elizabeth Warren (D-MA) said"
        while i > cue.sent.start and doc[i].text != "(":
            i -= 1
        i -= 1
    while i >= cue.sent.start and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i >= cue.sent.start and doc[i].dep_ == "amod" and doc[i].head.i == cue.i:
        return doc[i]  # "The Israeli military announces": a noun misparsed as the verb's adjective
    if i >= cue.sent.start and cue.doc[i].pos_ in ("PROPN", "PRON", "NOUN", "NUM"):
        tok = cue.doc[i]
        if tok.lower_ in _RELATIVES or _not_speaker(tok) or is_dateline(tok):
            return None
        return tok
    return None


def phrase_extent(head: Token) -> tuple[int, int]:
    """Character span of a speaker phrase: the head plus its left modifiers, no appositions or clauses."""
    left = head.i
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS:
            left = min(left, child.left_edge.i)
    right = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat") and child.i == right + 1:
            right = child.i
    doc = head.doc
    if head.dep_ == "amod" and head.head.i > head.i:  # "The Israeli military" hung on the verb: its siblings
        while left > 0 and doc[left - 1].head.i == head.head.i and doc[left - 1].dep_ in _LEFT_DEPS:
            left -= 1
    if head.ent_iob_ in ("B", "I"):  # "The United Nations Office for Humanitarian Affairs": the whole name
        while right + 1 < len(doc) and doc[right + 1].ent_iob_ == "I" and "\n" not in doc[right].text_with_ws:
            if doc[right + 1].is_punct:  # "Civil Defence (PCD": an abbreviation the model ran into the name
                break
            right += 1
    for k in range(head.i - 1, left - 1, -1):  # a speaker phrase never starts in the previous paragraph
        if "\n" in doc[k].text_with_ws:
            left = k + 1
            break
    while left < right and (doc[left].is_punct or doc[left].is_space or doc[left].text in _QUOTE_CHARS):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def make_attribution(cue: Token, head: Token | None) -> Attribution:
    cue_start, cue_end = cue_extent(cue)
    doc: Doc = cue.doc
    cue_text = doc[cue.i : cue.i + 2].text if is_according(cue) else cue.text
    if head is None:
        return Attribution(cue_start, cue_end, cue_text, None, None, None)
    s, e = phrase_extent(head)
    name = titled_name(head)
    if name is not None:  # "President of the United States Donald Trump": the title and the name it heads
        head, e = name, phrase_extent(name)[1]
    return Attribution(cue_start, cue_end, cue_text, s, e, head.i)


def titled_name(head: Token) -> Token | None:
    """The name in apposition right after a title ("Israeli prime minister Benjamin Netanyahu"), or None."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return None  # "Hamas and ... Israel Katz": a name is no title
    doc = head.doc
    for child in head.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or child.ent_type_ not in ("PERSON", "ORG", ""):
            continue
        between = doc[head.i + 1 : child.left_edge.i]
        if not any(t.is_punct or t.pos_ == "CCONJ" or "\n" in t.text_with_ws for t in between):  # not "X, the Y"
            return child
    return None


def nominal_run(tokens: list[Token]) -> Token | None:
    """Head of a speaker phrase found by position when the parse failed: its last noun or pronoun."""
    best = None
    for tok in tokens:
        if tok.pos_ in ("PROPN", "PRON", "NOUN") and tok.ent_type_ not in _NOT_SPEAKERS:
            best = tok
        elif best is not None and (tok.is_punct or tok.pos_ in ("ADP", "VERB", "AUX", "SCONJ")):
            break
    return best
