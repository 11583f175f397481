"""Who reports a figure, when and where: read from the sentence and from the other annotators' results."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.nlp.figures.lexicon import Lexicon
from dateline.nlp.spans import RecordIndex

# Clauses of a reporting verb that carry what is reported ("said (that) ...", "accuses X of killing ...").
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "prep", "conj"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"})
# A pronoun reporter stands for the nearest earlier named mention of these labels ("He said" -> "John Smith").
_ANTECEDENT_LABELS: dict[str, frozenset[str]] = {
    "he": frozenset({"PERSON"}),
    "she": frozenset({"PERSON"}),
    "it": frozenset({"ORG"}),
    "they": frozenset({"ORG"}),
}
_RELATIVES = frozenset({"who", "which", "that"})
# A clause under these, deeper in what a reporting verb says, is its occasion, not its claim.
_OCCASION_MARKS = frozenset({"after", "before", "because", "until", "once"})
# Prepositions of a phrase that tells the occasion of a reported object, not the report's content.
_OCCASION_PREPS = frozenset({"after", "following", "amid", "amidst", "despite", "since", "before"})
_CLAUSE_END = frozenset({",", "''", '"', "”", "’"})
_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class Reporter:
    text: str
    start: int  # character offsets into the document
    end: int


def noun_phrase(head: Token) -> Span:
    """The head noun with what stands before it ("the Gaza Health Ministry"), not its trailing phrases, except a
    name that goes on past its head ("The Syrian Observatory for Human Rights", as the model's NER spans it)."""
    end = head.i + 1
    # "hospital officials and family members said": the conjoined sources report together
    conjuncts = [c for c in head.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    if conjuncts and any(c.dep_ == "cc" and c.i < conjuncts[-1].i for c in head.children):
        end = conjuncts[-1].i + 1
    if head.ent_iob_ != "O" and head.ent_type_ in _NAME_LABELS:
        for ent in head.sent.ents:
            if ent.start <= head.i < ent.end:
                end = max(end, ent.end)
                break
    end = max(end, _name_tail(head), _named_apposition(head, end))
    start = head.left_edge.i
    while start < head.i and head.doc[start].is_punct:
        start += 1  # "- Ukraine's military" after a wire dateline: the dash opens no phrase
    if head.dep_ == "ROOT" and head.pos_ in {"NOUN", "PROPN"}:
        # A noun the parser made the root ("But late yesterday the health minister, ..., dented optimism by
        # saying ..."): only the words that modify it right before it.
        start = head.i
        while start > head.left_edge.i and head.doc[start - 1].dep_ in _NOUN_MODIFIERS:
            start -= 1
    return head.doc[start:end]


_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nmod", "case"})
_NAME_TAIL_PREPS = frozenset({"for", "of"})


def _named_apposition(head: Token, end: int) -> int:
    """The end of a name written right after a common noun, with no comma: "the Iraqi activist group Mosul Eye",
    "the rights group Amnesty International" (the name says which group)."""
    if head.pos_ != "NOUN":
        return end
    for appos in (c for c in head.children if c.dep_ == "appos" and c.left_edge.i == end):
        words = [t for t in appos.subtree if t.is_alpha]
        if appos.pos_ == "PROPN" and words and all(t.text[:1].isupper() for t in words):
            return appos.right_edge.i + 1
    return end


def _name_tail(head: Token) -> int:
    """The end of a title's name that goes on after its head in capitals: "the United Nations High Commissioner
    for Refugees", "the Office for the Coordination of Humanitarian Affairs"; "the Health Ministry in the
    Hamas-ruled territory" is a name and a place. A person's name takes no such tail (the affiliation after it)."""
    end = head.i + 1
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_ == "PERSON":
        return end  # "Sutopo Purwo Nugroho of the National Disaster Mitigation Agency": a person's name ends there
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _NAME_TAIL_PREPS and c.i == end):
        tail = list(prep.subtree)
        words = [t for t in tail if t.is_alpha and t.i != prep.i and t.lower_ not in {"the", "of", "and", "for"}]
        if words and all(t.text[:1].isupper() for t in words):
            return prep.right_edge.i + 1
    return end


@dataclass
class Antecedents:
    """Named mentions (PERSON, ORG) a pronoun reporter may stand for: the document's mentions, else spaCy's NER.

    `mentions`: the document's mentions indexed once, None when the entity annotator did not run.
    """

    doc: Doc
    mentions: RecordIndex | None = None
    reporting: frozenset[str] = frozenset()  # reporting verbs: "said the official" names a speaker for "he said"
    roles: frozenset[str] = frozenset()  # person roles ("governor", "spokesman"): who a "he" or "she" may stand for

    def resolve(self, pronoun: Token, window_start: int) -> Reporter | None:
        """The last PERSON (he, she) or ORG (it, they) named between `window_start` and the pronoun."""
        labels = _ANTECEDENT_LABELS.get(pronoun.lower_)
        if labels is None:
            return None
        lo, hi = window_start, pronoun.idx
        found: list[tuple[int, int]] = []
        if self.mentions is not None:
            found = [(m.start, m.end) for m in self.mentions.starting_in(lo, hi) if m.label in labels]
        else:
            ents = self.doc.ents
            found = [(e.start_char, e.end_char) for e in ents if lo <= e.start_char < hi and e.label_ in labels]
        found = [(s, e) for s, e in found if not self._modifies_a_noun(s, e)]
        if not found:
            return self._named_subject(pronoun, window_start)
        start, end = found[-1]
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        # As written where named, with its title: "Health Minister Maria Lopez" (the phrase up to the name).
        root = span.root
        first = min(root.left_edge.i, span.start) if root.left_edge.i >= span.sent.start else span.start
        return _reporter(self.doc[first : max(span.end, root.i + 1)])

    def _modifies_a_noun(self, start: int, end: int) -> bool:
        """"In Suka Makmur village": a name that modifies a common noun is part of that noun's phrase, not a
        speaker a later "he said" stands for."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.dep_ in {"compound", "nmod"} and (
            span.root.head.pos_ == "NOUN" and span.root.head.i >= span.end)

    def _named_subject(self, pronoun: Token, window_start: int) -> Reporter | None:
        """When no entity was found: the nearest earlier subject that is a name ("Colonel Ana Ruiz inspected the
        site. She told reporters ..."), a person's for he/she, any other for it/they."""
        personal = pronoun.lower_ in {"he", "she"}
        for tok in reversed(self.doc[: pronoun.i]):
            if tok.idx < window_start:
                break
            acronym = len(tok.text) > 1 and tok.text.isupper() and tok.text.isalpha()  # "WHO", tagged a pronoun
            if tok.dep_ not in {"nsubj", "nsubjpass"} or (tok.tag_ not in {"NNP", "NNPS"} and not acronym):
                continue
            institution = tok.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} or (
                acronym and tok.ent_type_ != "PERSON")
            if personal != institution:
                return _reporter(noun_phrase(tok))
        return self._speaker_before(pronoun, window_start) if personal else None

    def _speaker_before(self, pronoun: Token, window_start: int) -> Reporter | None:
        """"..., said the police chief. Four others died, he said.": with no name to stand for, he or she is the
        nearest earlier speaker of a reporting verb named by a singular common noun (a title or a role)."""
        for tok in reversed(self.doc[: pronoun.sent.start]):
            if tok.idx < window_start:
                break
            verb = tok.head
            if tok.tag_ == "NN" and verb.lower_ in self.reporting and verb.pos_ == "VERB" and (
                    tok.dep_ == "nsubj" or (tok.dep_ == "dobj" and tok.i > verb.i and not any(
                        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children))):
                # an object is the speaker only in an inversion with no subject ("said the police chief"), not
                # what a subject noted ("hospitals have noted a steady drop")
                return _reporter(noun_phrase(tok))
        return self._previous_subject(pronoun, window_start)

    def _previous_subject(self, pronoun: Token, window_start: int) -> Reporter | None:
        """ "The governor toured the camp. He said 12 people had died": he or she with no name and no earlier
        speaker stands for the person the sentence before is about, its subject named by a role (the entity
        annotator's `roles.txt`)."""
        start = pronoun.sent.start
        if start == 0 or self.doc[start - 1].idx < window_start:
            return None
        previous = self.doc[start - 1].sent
        subject = next((c for c in previous.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ != "NN" or subject.lower_ not in self.roles:
            return None
        word = subject.lower_
        if (pronoun.lower_ == "she" and word.endswith("man") and not word.endswith("woman")) or (
                pronoun.lower_ == "he" and word.endswith("woman")):
            return None  # "The spokesman visited the camp. She said ...": someone else
        return _reporter(noun_phrase(subject))


def sentence_reporter(
    sent: Span,
    figure_token: Token,
    lex: Lexicon,
    antecedents: Antecedents | None = None,
    window_start: int | None = None,
    trigger: Token | None = None,
) -> Reporter | None:
    """The source the sentence attributes the figure to: "according to X", X of "X said" over the figure (a
    pronoun X resolved to the earlier name it stands for), the agent of "was confirmed by X", or "citing X"."""
    for tok in sent:
        if tok.lower_ == "according":
            for to in (c for c in tok.children if c.lower_ == "to"):
                for obj in (c for c in to.children if c.dep_ == "pobj" or (
                        c.dep_ == "pcomp" and c.lower_ in lex.source_documents)):  # "WHO figures" parsed as a verb
                    if obj.pos_ not in {"NOUN", "PROPN"}:  # "the latest WHO figures", "latest" taken for the noun
                        obj = next((t for t in obj.subtree if t.lower_ in lex.source_documents), obj)
                    phrase = noun_phrase(_source_of(obj, lex))
                    # "According to the Prisoners' Society forty-five people ... are arrested": no comma, the count
                    # the parser hung on the source starts the clause
                    cut = next((t.i for t in phrase if t.like_num and t.i > phrase.start + 1
                                and t.ent_type_ not in {"ORG", "FAC", "GPE", "DATE"}), None)
                    return _reporter(phrase.doc[phrase.start: cut] if cut is not None else phrase)
    found: list[tuple[int, Reporter | None]] = []
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        speaker = _quoted_as_saying(verb, lex)
        if speaker is not None:  # "'Two people were hurt,' the governor was quoted (by AFP) as saying"
            if _reports(verb, figure_token, lex) and figure_token not in speaker.subtree:
                depth = _depth(verb) if figure_token in verb.subtree else -1
                if not _is_pronoun(speaker, _PRONOUNS):
                    found.append((depth, _reporter(noun_phrase(speaker))))
                elif antecedents is not None:
                    start = window_start if window_start is not None else sent.start_char
                    found.append((depth, antecedents.resolve(speaker, start)))
            continue
        if verb.lower_ in lex.revising and verb.lower_ not in lex.reporting:
            agent = _agent(verb)  # "The casualty figure is revised by the judiciary to 57 deaths"
            if agent is not None and _revised_count(verb, figure_token, lex) and _can_report(agent, lex):
                found.append((_depth(verb), _reporter(noun_phrase(agent))))
                continue
            subject = _subject(verb)  # "The health ministry updates the total to 72,549 killed"
            if subject is not None and _revises_count(verb, figure_token, lex) and _can_report(subject, lex) \
                    and figure_token not in subject.subtree:
                found.append((_depth(verb), _reporter(noun_phrase(subject))))
                continue
            if subject is None or subject.lower_ not in lex.source_documents:
                continue  # "The WHO's latest tally increased ... to 2,254": the tally's owner, below
        subject = _subject(verb)
        if subject is not None and subject.lower_ in lex.source_documents and verb.lower_ not in lex.reporting \
                and figure_token not in subject.subtree and _reports(verb, figure_token, lex):
            owner = _source_of(subject, lex)  # "WHO figures show 45 deaths", "a UN report found that 300 ..."
            if owner.i != subject.i:
                found.append((_depth(verb), _reporter(noun_phrase(owner))))
            continue
        if verb.lower_ not in lex.reporting:
            continue
        if trigger is not None and verb.i == trigger.i:
            continue  # "the landslide claimed the lives of 34": the verb gives the category, it reports nothing
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.lower_ in lex.reporting \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue  # "the agency said Mexico has reported 1,626 cases and repeated that 45 have died": the
            # parser hangs the agency's second report on what it reported; the outer verb's subject reports it
        agent = _agent(verb)
        if agent is not None:  # "the deaths of 7 were confirmed by the hospital"
            if figure_token in verb.subtree and figure_token not in agent.subtree:
                found.append((_depth(verb), _reporter(noun_phrase(agent))))
            continue
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            continue  # "gunmen were accused of ...": the subject is who the claim is about, not who makes it
        if not _reports(verb, figure_token, lex) or _quote_between(figure_token, verb):
            continue
        if _reports_a_state(verb):
            continue  # "1,004 people reported infected": the subject is who is in the state, not who reports
        subject = _subject(verb)
        if subject is not None and figure_token in subject.subtree and verb not in subject.subtree:
            subject = _other_subject(verb, subject)
        if subject is not None:
            subject = _past_dateline(subject)
        if subject is not None and any(t.kind == "noun" for t in lex.triggers_for(subject.lower_)):
            continue  # "with most being intercepted and no injuries reported": what is reported, not who reports
        borrowed = subject is not None and subject.head.i != verb.i and subject.dep_ != "dobj"
        if subject is None or subject.pos_ == "NUM" or (
            borrowed and any(c.dep_ == "nummod" for c in subject.children)
        ):
            continue  # "said 12 people were killed and added that ...", "18 confirmed ill": a count reports nothing
        depth = _depth(verb) if figure_token in verb.subtree else -1
        if _is_pronoun(subject, _RELATIVES) and subject.head.dep_ == "relcl":
            found.append((depth, _reporter(noun_phrase(subject.head.head))))  # "the ministry, which said ..."
        elif not _is_pronoun(subject, _PRONOUNS):
            found.append((depth, _reporter(noun_phrase(subject))))
        elif antecedents is not None:
            start = window_start if window_start is not None else sent.start_char
            found.append((depth, antecedents.resolve(subject, start)))
        else:
            found.append((depth, None))
    for noun in sent:  # "The previous death toll given by the government was 31": the count's source
        if lex.level_words.get(noun.lower_) != "noun" and noun.lower_ not in lex.source_documents:
            continue
        for participle in (c for c in noun.children if c.dep_ == "acl" and c.lower_ in lex.issuing):
            agent = _agent(participle)
            if agent is not None and _same_clause(figure_token, noun.head) and figure_token not in participle.subtree:
                found.append((_depth(noun.head), _reporter(noun_phrase(agent))))
    for noun in sent:  # "The Houthis report that 25 ...", "X publishes a report that 62,700 died"
        owner = _report_noun_owner(noun, figure_token, lex)
        if owner is not None:
            found.append((_depth(noun), _reporter(noun_phrase(owner))))
    if found:
        # "the agency said its labs have confirmed ... 92 deaths": a source named through another's possessive
        # speaks for that other, who reports it
        named = [f for f in found if f[1] is not None and not f[1].text.lower().startswith(_POSSESSIVE_STARTS)]
        found = named or found
        # The reporting verb nearest above the figure: in "Our reporter says ..., but Mr Lang said that 12 people
        # had been killed" the figure is Mr Lang's.
        return max(found, key=lambda f: f[0])[1]
    for tok in sent:  # "In the WHO's latest tally, the strain has killed 86": the owner of the count
        if tok.lower_ == "in" and tok.dep_ == "prep" and tok.i < figure_token.i:
            for obj in (c for c in tok.children if c.dep_ == "pobj" and c.lower_ in lex.source_documents):
                owner = _source_of(obj, lex)
                if owner.i != obj.i and _names_source(owner, lex):
                    return _reporter(noun_phrase(owner))
    for tok in sent:  # "..., citing local officials": the source the report relies on
        if tok.lower_ in lex.citing:
            for obj in (c for c in tok.children if c.dep_ in {"dobj", "pobj"}):
                source = _source_of(obj, lex)
                if _can_report(source, lex):
                    return _reporter(noun_phrase(source))
    return _headline_source(sent, lex) or _headline_tail_source(sent, lex)


def _reports_a_state(verb: Token) -> bool:
    """ "1,004 people reported infected", "three reported missing": a reporting verb whose only complement is a
    participle or adjective says what state its subject is in; it has no content for that subject to report."""
    states = [c for c in verb.children if c.dep_ in {"xcomp", "oprd", "acomp"} and c.tag_ in {"VBN", "JJ"}
              and not any(a.dep_ in {"aux", "auxpass"} for a in c.children)]  # not "claimed to have killed"
    return bool(states) and not any(c.dep_ in {"ccomp", "dobj", "advcl"} for c in verb.children)


def _opens_with_quote(sent: Span) -> bool:
    """True when the sentence starts with an opening quotation mark."""
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and (first.text in _OPENING_QUOTES or (first.text == '"' and first.tag_ == "``"))


def continued_quote_speaker(
    sent: Span,
    earlier: list[Span],
    lex: Lexicon,
    antecedents: Antecedents | None,
    window_start: Callable[[Span], int],
) -> Reporter | None:
    """The speaker of a quotation that goes on in this sentence: a sentence that opens with a quotation mark and
    names no source takes the speaker of the attribution after the quotation before it ('"...," Mr Ging said. "It
    has killed 40 people."'), past other quoted sentences with no attribution of their own (at most three).

    `earlier`: the sentences before this one, nearest last; `window_start`: where a pronoun speaker of a sentence
    may look back to for its name."""
    if not _opens_with_quote(sent):
        return None
    for prev in reversed(earlier[-3:]):
        for verb in prev:
            if verb.lower_ not in lex.reporting or verb.pos_ not in {"VERB", "AUX"}:
                continue
            closing = [t for t in prev[: verb.i - prev.start] if t.text in {"''", '"', "”"} and t.tag_ == "''"]
            subject = _subject(verb) if closing else None
            if subject is None or subject.i < closing[-1].i or subject.pos_ == "NUM":
                continue
            if not _is_pronoun(subject, _PRONOUNS):
                return _reporter(noun_phrase(subject))
            return antecedents.resolve(subject, window_start(prev)) if antecedents is not None else None
        if not _opens_with_quote(prev):
            return None
    return None


def _headline_source(sent: Span, lex: Lexicon) -> Reporter | None:
    """A headline that opens with its source and a colon: "Sheriff: Michigan office shooting kills 1, injures 2".

    The source is a short noun phrase at the start of a line naming an organisation or person, or a noun for
    people or sources (`headline_sources.txt`); a casualty-table line ("Killed: 5", "Americans: 12") is not one.
    """
    doc = sent.doc
    start = sent.start
    while start < sent.end and doc[start].is_space:
        start += 1
    if start > 0 and "\n" not in doc[start - 1].whitespace_ and not (
        doc[start - 1].is_space and "\n" in doc[start - 1].text
    ):
        return None  # not at the start of a line
    for k in range(start + 1, min(start + 5, sent.end - 1)):
        if doc[k].text != ":":
            if doc[k].is_punct or doc[k].pos_ not in {"NOUN", "PROPN", "DET", "ADJ", "X"}:
                return None
            continue
        head, after = doc[k - 1], doc[k + 1]
        if after.like_num or after.is_space or lex.triggers_for(head.lower_):
            return None  # "Killed: 5", "Americans: 12": a table line
        if head.lower_ in lex.headline_topics:
            return None  # "Kraft Shooting: Yvonne Hiller Charged ...": the story's topic, no source
        if _names_a_source(head, lex):
            return _reporter(doc[start:k])
        return None
    return None


def _names_a_source(head: Token, lex: Lexicon) -> bool:
    """A headline's source word: a named organisation or person, or a noun for sources or people."""
    return (
        (head.ent_type_ in {"ORG", "PERSON"} and (head.pos_ == "PROPN" or head.text.isupper()))
        or head.lower_ in lex.headline_sources
        or (head.pos_ in {"NOUN", "PROPN"} and lex.noun_kind(head.text) == "person")
    )


def _headline_tail_source(sent: Span, lex: Lexicon) -> Reporter | None:
    """A headline that ends with its source after a colon: "Suspended Worker Kills 2 Women in Factory Shooting:
    Police". The line has no closing full stop and the words after the last colon are a short noun phrase."""
    words = [t for t in sent if not t.is_space]
    doc = sent.doc
    if words and words[-1].text == ":" and sent.end < len(doc) and "\n" not in words[-1].whitespace_:
        # the splitter ended the sentence at the colon: the source is the next line's start
        nxt = doc[sent.end].sent
        words += [t for t in nxt if not t.is_space]
    if len(words) < 4 or words[-1].text in {".", "!", "?", '"', "”"}:
        return None
    colon = max((k for k, t in enumerate(words) if t.text == ":"), default=None)
    if colon is None or not 1 <= len(words) - colon - 1 <= 4:
        return None
    tail = words[colon + 1:]
    if any(t.is_punct or t.like_num or t.pos_ not in {"NOUN", "PROPN", "DET", "ADJ", "X"} for t in tail):
        return None
    if not _names_a_source(tail[-1], lex):
        return None
    return _reporter(doc[tail[0].i: tail[-1].i + 1])


_OPENING_QUOTES = frozenset({"``", "`", "“", "‘"})
_QUOTE_MARKS = frozenset({"``", "''", '"', "“", "”"})


def _quote_between(figure_token: Token, verb: Token) -> bool:
    """True when a quotation opens between the figure and a later reporting verb: the verb reports the quote,
    not the figure before it ("... killed up to one million people `` I do fear that we will have deaths , ''
    Dr X said", a run-on the splitter left as one sentence)."""
    if figure_token.i >= verb.i:
        return False
    doc = figure_token.doc
    for t in doc[figure_token.i + 1 : verb.i]:
        # a straight quote is both left and right punctuation to spaCy: the tagger's `` tells the opening one
        straight = t.text == '"' and (t.tag_ == "``" or (t.is_left_punct and not t.is_right_punct))
        if t.text in _OPENING_QUOTES or straight:
            # a quoted clause (one with a subject), not a quoted phrase ("12 dead, `` a tragedy , '' he said")
            return any(q.dep_ in {"nsubj", "nsubjpass"} and q.head.i != verb.i for q in doc[t.i + 1 : verb.i])
    return False


def _same_clause(tok: Token, verb: Token) -> bool:
    """True when `verb` is above `tok` with no clause of its own between them ("was 31 children, but four more
    died": the four are in a clause of their own)."""
    node = tok
    for _ in range(10):
        if node.i == verb.i:
            return True
        if node.head.i == node.i or (node.dep_ in {"conj", "advcl", "relcl", "parataxis", "ccomp"}
                                     and node.pos_ in {"VERB", "AUX"}):
            return False
        node = node.head
    return False


def _can_report(tok: Token, lex: Lexicon) -> bool:
    """A named organisation or person, or a noun for people ("officials", "witnesses"): not "citing concerns"."""
    if _is_pronoun(tok, _PRONOUNS):
        return False
    return tok.ent_type_ in _NAME_LABELS or lex.noun_kind(tok.text) == "person"


def _is_pronoun(tok: Token, words: frozenset[str]) -> bool:
    """A pronoun of the list, not a name spelled like one ("the WHO said", "IT workers")."""
    if len(tok.text) > 1 and tok.text.isupper():
        return False  # an acronym: "WHO says", parsed as the pronoun
    return tok.lower_ in words and tok.tag_ not in {"NNP", "NNPS", "NN", "NNS"}


def _depth(tok: Token) -> int:
    """Number of heads above a token up to its sentence root."""
    n = 0
    while tok.head.i != tok.i:
        tok, n = tok.head, n + 1
    return n


def _source_of(obj: Token, lex: Lexicon) -> Token:
    """The source behind a document noun: "according to figures from lawmaker Jorge Rodriguez" credits him."""
    if obj.lower_ in lex.source_documents:
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                return pobj
        # "according to WHO figures", "the ministry's latest tally": the owner named before the noun
        for child in obj.children:
            if child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"}:
                return child
            if child.dep_ in {"compound", "nsubj"} and child.i < obj.i and _names_source(child, lex):
                return child
    return obj


def _names_source(tok: Token, lex: Lexicon) -> bool:
    """A word that can name who gave a figure: a name, an acronym ("WHO"), a noun for people ("police")."""
    return (
        tok.pos_ == "PROPN"
        or tok.ent_type_ in _NAME_LABELS
        or (len(tok.text) > 1 and tok.text.isupper())
        or lex.noun_kind(tok.text) == "person"
    )


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _reports(verb: Token, figure_token: Token, lex: Lexicon) -> bool:
    """True when the figure lies in what the verb reports, not in a time or reason clause beside it."""
    if _says_another_clause(figure_token, verb):
        return False
    if figure_token in verb.subtree:
        node = figure_token
        occasion = False  # the path passes an occasion phrase: "announces a ceasefire following clashes that killed"
        relative = False  # the path passes a relative clause below the object: "confirmed its first case of the strain,
        # which has killed"
        while node.head.i != verb.i and node.head.i != node.i:
            occasion = occasion or (node.dep_ in {"prep", "acl"} and node.lower_ in _OCCASION_PREPS)
            # a relative clause on the reported noun itself gives its outcome ("reported an attack that killed 9")
            relative = relative or (node.dep_ == "relcl" and node.head.head.i != verb.i)
            if node.dep_ == "advcl" and node.head.dep_ == "xcomp" and any(
                    c.dep_ == "mark" and c.lower_ in _OCCASION_MARKS for c in node.children):
                # "X has warned countries to be on alert after a virus was implicated in dozens of deaths": the
                # occasion of a warning, not what it says ("police say a bomb exploded after ... one was injured")
                return False
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OCCASION_MARKS for c in node.children) \
                    and any(c.dep_ == "npadvmod" and c.pos_ == "NOUN" for c in node.children):
                # "a quake rattled the province just days after another killed one person, the USGS said": an earlier
                # event, set apart by a time distance, is the background of the report, not what it says
                return False
            node = node.head
        if node.head.i != verb.i:
            return False
        if node.dep_ == "dobj" and occasion and node.pos_ in {"NOUN", "PROPN"} and (
                node.lower_ not in lex.source_documents):
            return False  # "announces an immediate ceasefire following clashes that killed four": what it announces
        if node.dep_ == "dobj" and relative and node.pos_ in {"NOUN", "PROPN"} and (
                node.lower_ not in lex.source_documents):
            return False  # "South Korea has confirmed its first case of the strain, which has killed 100 in Mexico"
        if node.dep_ in {"nsubj", "nsubjpass"}:
            # "strikes killed 404 people, the ministry said": the parser gives "said" two subjects, the report
            # first; the figure is reported when another subject stands between it and the verb.
            return _other_subject(verb, node) is not None
        # advcl is left out: in "X said after six were injured" the figure is the occasion, not the claim; a
        # "while" clause goes on with the claim ("the tally rose to 2,254 cases, while deaths remained at two").
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in node.children):
            return True
        if node.dep_ == "acl" and verb.pos_ in {"VERB", "AUX"} and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
            return True  # "the military reports that 74 missiles ... have been intercepted": a "that" clause the
            # parser hung on the verb as if it were a noun
        if node.dep_ == "prep":  # "accuses soldiers of killing 24": only "of"/"for" carry the claim, and "with"
            # beside a reported count ("has confirmed 70,893 cases, with 311 deaths")
            return node.lower_ in {"of", "for"} or (node.lower_ == "with" and _reports_a_count(verb))
        if node.dep_ == "advcl" and node.tag_ == "VBG" and _revises_count(node, figure_token, lex):
            return True  # "reported three more deaths, bringing the total to 19": the report's running count
        if node.dep_ == "conj" and node.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in node.children) \
                and any(c.dep_ == "nsubj" and c.pos_ == "NUM" for c in node.children):
            return True  # "Local officials reported 5 dead and 40 injured": a list of counts, parsed as a clause
        if node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"}:
            return False  # "Panama declares an emergency and suspends rights amid protests that left one dead";
            # a conjoined reporting verb ("... and repeated that 45 have died") reports on its own
        return node.dep_ in _REPORTED_DEPS
    # "..., killing 80 people, French officials said": the reporting verb hangs off the reported clause, unless
    # a time or reason clause holds it ("two weeks after the president said that ..."); "as police said" reports.
    if any(c.dep_ == "mark" and c.lower_ != "as" for c in verb.children):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ in {"dobj", "ccomp"} for c in verb.children):
        return False  # "..., as officials acknowledge a rise in unsolved cases": it reports its own object
    if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and (
            verb.head.lower_ not in lex.reporting and verb.head.lower_ not in lex.revising) and (
            verb.i > 0 and verb.doc[verb.i - 1].lower_ in {"and", "but", "then"}):
        # "Obama met relatives of the 49 people killed and said ...": a second act of the same subject; not "X put
        # the toll at 40, and added that ...", which goes on with the report
        return False
    return verb.dep_ in {"parataxis", "advcl", "conj"} and figure_token in verb.head.subtree


def _reports_a_count(verb: Token) -> bool:
    """The verb's object is counted ("confirmed 70,893 cases"): what a "with" phrase beside it adds is reported too."""
    return any(c.dep_ == "dobj" and any(m.dep_ == "nummod" for m in c.children) for c in verb.children)


def _past_dateline(subject: Token) -> Token:
    """The subject after a wire dateline the parser took for the subject: in "ORLANDO, Fla. (Reuters) - President
    Barack Obama said ..." the capitals are the dateline and Obama (an apposition after the dash) says it."""
    if not (subject.i == subject.sent.start and len(subject.text) > 1 and subject.text.isupper()):
        return subject
    dashes = [c.i for c in subject.children if c.dep_ == "punct" and c.text in _DATELINE_DASHES]
    after = [c for c in subject.children if c.dep_ == "appos" and dashes and c.i > max(dashes)]
    return after[-1] if after else subject


_POSSESSIVE_STARTS = ("its ", "their ", "his ", "her ")
_DATELINE_DASHES = frozenset({"-", "--", "–", "—", "_"})


def _report_noun_owner(noun: Token, figure_token: Token, lex: Lexicon) -> Token | None:
    """Who a report noun with a "that" clause holding the figure belongs to: "The Houthis report that ..." (the
    verb tagged as a noun, its subject a compound) or "Nature Medicine publishes a report that ..." (the subject of
    the verb that issues it)."""
    # "Iranian media report that ...": the tagger may call "report" a verb while the parser hangs its subject as a
    # compound, or a noun over a subject
    if (noun.pos_ not in {"NOUN", "PROPN"} and not (noun.pos_ == "VERB" and noun.dep_ == "ROOT")) or (
            noun.lower_ not in lex.reporting and noun.lower_ not in lex.source_documents):
        return None
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"} and figure_token in c.subtree
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    if noun.dep_ == "ROOT" and noun.lower_ in lex.reporting:
        return next((c for c in noun.children if c.dep_ in {"compound", "nmod", "nsubj"} and c.i < noun.i
                     and _names_source(c, lex)), None)
    if noun.dep_ == "dobj" and noun.head.lower_ in _PUBLISHING:
        subject = _subject(noun.head)
        return subject if subject is not None and not _is_pronoun(subject, _PRONOUNS) else None
    return None


_PUBLISHING = frozenset({"publish", "publishes", "published", "release", "releases", "released", "issue", "issues",
                         "issued", "present", "presents", "presented"})


def _says_another_clause(figure_token: Token, verb: Token) -> bool:
    """ "1 dead, 2 hurt in office shooting; police say suspect had worked there": a semicolon before the reporting
    clause, whose verb reports a clause of its own after it, leaves what comes before it unattributed."""
    return figure_token.i < verb.i and any(t.text == ";" for t in verb.doc[figure_token.i + 1: verb.i]) \
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _revises_count(verb: Token, figure_token: Token, lex: Lexicon) -> bool:
    """True when `verb` sets a count to the figure: its object is (or is qualified by) a count noun ("updates the
    total casualties", "put the death toll") and the figure lies in its "to" or "at" phrase."""
    counts = [
        c for c in verb.children if c.dep_ == "dobj" and (
            lex.level_words.get(c.lower_) == "noun"
            or any(lex.level_words.get(m.lower_) == "noun" for m in c.children if m.i < c.i)
        )
    ]
    if not counts:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in {"to", "at"} and figure_token in c.subtree
        for c in (*verb.children, *(k for count in counts for k in count.children))
    )


def _revised_count(verb: Token, figure_token: Token, lex: Lexicon) -> bool:
    """The passive of `_revises_count`: a count noun as the subject ("The casualty figure is revised by X to 57
    deaths") and the figure in the verb's "to"/"at" phrase."""
    counted = any(c.dep_ == "nsubjpass" and (lex.level_words.get(c.lower_) == "noun" or any(
        lex.level_words.get(m.lower_) == "noun" for m in c.children if m.i < c.i)) for c in verb.children)
    return counted and any(c.dep_ == "prep" and c.lower_ in {"to", "at"} and figure_token in c.subtree
                           for c in verb.children)


def _quoted_as_saying(verb: Token, lex: Lexicon) -> Token | None:
    """The passive subject of a verb whose "as" phrase holds a reporting verb ("the governor was quoted by AFP as
    saying ..."): the one who speaks, not the agent that relays the words."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        if any(c.dep_ in {"pcomp", "pobj"} and c.lower_ in lex.reporting for c in prep.children):
            return subject
    return None


# Reporting verbs whose object is who is told, never the speaker: "..., the governor told ISNA".
_ADDRESSEE_VERBS = frozenset({"told", "tells", "tell", "informed", "informs", "briefed", "briefs"})


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "(USA Today article) Local evening news ... reported": a bracketed aside before the subject is no subject.
    unbracketed = [c for c in subjects if not _bracketed(c)] or subjects
    # "Kraft Shooting: ... killed two women, police said": of two subjects the parser gave the verb, the one right
    # before it speaks when a clause stands between them ("Movement–North reports" is one name)
    before = [c for c in unbracketed if c.i < verb.i]
    if len(before) > 1 and any(t.pos_ in {"VERB", "AUX"} for t in verb.doc[before[0].i: before[-1].i]):
        return before[-1]
    if len(before) > 1 and _past_dateline(before[0]) is before[0] and before[0].i == before[0].sent.start and (
            before[0].text.isupper() and any(t.text in _DATELINE_DASHES for t in verb.doc[before[0].i: before[-1].i])):
        return before[-1]  # "KYIV, Feb 6 (Reuters) - Ukraine's military said ...": the dateline is no subject
    if unbracketed:
        return unbracketed[0]
    # "The DR Congolese military reports that ...", parsed with the noun phrase's words hung on the verb (a
    # determiner on a verb says the parse went astray): the noun nearest before the verb is its subject.
    if any(c.dep_ == "det" and c.i < verb.i for c in verb.children):
        nouns = [c for c in verb.children if c.i < verb.i and c.pos_ in {"NOUN", "PROPN"}]
        if nouns:
            return nouns[-1]
    # "In the area of X, Y Oblast, the region's governor says that ...": the parser hung the speaker on the place
    # before it as an apposition, leaving the verb with no subject; the noun right before the verb is its subject.
    if verb.i > 0 and (prev := verb.doc[verb.i - 1]).pos_ in {"NOUN", "PROPN"} and prev.dep_ in {"appos", "conj"} \
            and prev.head.i < prev.i and any(c.dep_ == "ccomp" for c in verb.children):
        return prev
    # "..., added the doctor": an inverted attribution the parser reads as verb + object.
    if verb.i > 0 and verb.doc[verb.i - 1].text in _CLAUSE_END and verb.lower_ not in _ADDRESSEE_VERBS:
        inverted = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        # the quote before the verb is its own content: only a clause after it ("added, confirming ...") says the
        # object is what is reported
        clausal = inverted is None or any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children)
        if (
            not clausal
            and inverted.tag_ in {"NN", "NNP", "NNPS"}
            and not any(c.dep_ == "nummod" for c in inverted.children)
        ):
            return inverted  # a singular or named source: "added the doctor", not "confirming 20 deaths"
    # "quoted the governor as saying ...": the one quoted, the object of the verb "as" hangs off.
    if verb.head.lower_ == "as" and verb.dep_ in {"pcomp", "pobj"}:
        quoted = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
        if quoted is not None:
            return quoted
    # "the military unleashed strikes, saying it destroyed ...": the subject of the clause it hangs off.
    if verb.dep_ in {"advcl", "xcomp", "conj"} and verb.head.i != verb.i:
        if any(t.text in _QUOTE_MARKS for t in verb.doc[min(verb.i, verb.head.i) + 1 : max(verb.i, verb.head.i)]):
            return None  # '"... would have turned Libya into Syria," adding, ...': the head is inside a quotation
        return _subject(verb.head)
    # "the minister dented optimism by saying 11 people ...": the subject of the verb "by" hangs off, or, when
    # the parser made that verb a modifier of the noun before it, that noun.
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.i != verb.head.i:
        governor = verb.head.head
        if governor.pos_ in {"VERB", "AUX"}:
            return _subject(governor)
        if governor.pos_ in {"NOUN", "PROPN"} and governor.dep_ in {"ROOT", "nsubj"}:
            return governor
    return None


def _bracketed(tok: Token) -> bool:
    """True when the phrase is wrapped in brackets: a note beside the sentence, not a part of it."""
    doc = tok.doc
    return doc[tok.left_edge.i].text in _OPEN_BRACKETS and doc[tok.right_edge.i].text in _CLOSE_BRACKETS


def _other_subject(verb: Token, report: Token) -> Token | None:
    """A second subject of the verb after the reported clause's one, before the verb ("..., the ministry said")."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and report.i < child.i < verb.i:
            return child
    return None


def with_title(doc: Doc, reporter: Reporter | None, lex: Lexicon) -> Reporter | None:
    """The reporter with the abbreviated title written before its name ("Const. Tim Fanning"), which the sentence
    splitter or the parser cut off at the title's full stop (`titles.txt`)."""
    if reporter is None or not lex.titles:
        return reporter
    span = doc.char_span(reporter.start, reporter.end, alignment_mode="expand")
    if span is None or span.start < 2 or span[0].pos_ != "PROPN":
        return reporter
    stop, title = doc[span.start - 1], doc[span.start - 2]
    if stop.text != "." or title.lower_ not in lex.titles or not title.text[:1].isupper() or stop.whitespace_ == "":
        return reporter
    return Reporter(text=doc.text[title.idx : reporter.end], start=title.idx, end=reporter.end)


_OPEN_BRACKETS = frozenset({"(", "-LRB-", "[", "-LSB-"})
_CLOSE_BRACKETS = frozenset({")", "-RRB-", "]", "-RSB-"})


def _reporter(span: Span) -> Reporter:
    """The phrase as written, cut before a bracket at its end, closed or not ("the US Centers for Disease Control
    -LRB- CDC -RRB-", "... -LRB- CDC" when the name's span ends inside its acronym)."""
    opened = [t.i for t in span if t.text in _OPEN_BRACKETS]
    closes_at_end = span[-1].text in _CLOSE_BRACKETS
    if opened and opened[-1] > span.start and (
            closes_at_end or not any(t.text in _CLOSE_BRACKETS and t.i > opened[-1] for t in span)):
        span = span.doc[span.start : opened[-1]]
    start, end = span.start_char, span.end_char
    return Reporter(text=span.text, start=start, end=end)  # Span.text: Doc.text rebuilds the whole string


def reporter_entity(doc: Doc, reporter: Reporter | None, mentions: RecordIndex | None = None) -> str | None:
    """Entity key of a mention (from dateline_entities) that names the reporter, if any.

    The mention must hold the phrase's head noun ("the Gaza Health Ministry", "The IDF"), or be an organisation
    the head belongs to ("Hamas officials"): a place or nationality that only qualifies the head ("Gaza health
    officials", "The Israeli military", "Palestinian authorities") does not stand for the reporter.
    `mentions`: the document's mentions indexed once (callers looping over many figures pass it).
    """
    if reporter is None:
        return None
    candidates = (
        mentions.overlapping(reporter.start, reporter.end) if mentions is not None else doc._.dateline["mentions"]
    )
    span = doc.char_span(reporter.start, reporter.end, alignment_mode="expand")
    head = span.root if span is not None and len(span) else None
    for mention in candidates:
        entity = getattr(mention, "entity", None)
        if not entity or not (mention.start < reporter.end and reporter.start < mention.end):
            continue
        if head is None or mention.start <= head.idx < mention.end:
            return entity
        if mention.label == "ORG" and mention.end <= head.idx:
            return entity  # "Hamas officials": the organisation speaks through them
    return None


def clause_place(doc: Doc, clause: Token, sent: Span, index: RecordIndex | None = None) -> str | None:
    """The first place named in the figure's clause: entity mentions when present, else spaCy's NER.

    `index`: the document's mentions indexed once (callers looping over many figures pass it).
    """
    lo = clause.left_edge.idx
    hi = clause.right_edge.idx + len(clause.right_edge.text)
    places: list[tuple[int, str]] = []
    mentions: list[Any] = doc._.dateline["mentions"]
    if mentions:
        nearby = index.starting_in(lo, hi) if index is not None else mentions
        places = [(m.start, m.text) for m in nearby if m.label in _PLACE_LABELS]
    else:
        places = [(e.start_char, e.text) for e in sent.ents if e.label_ in _PLACE_LABELS]
    inside = sorted(p for p in places if lo <= p[0] < hi)
    return inside[0][1] if inside else None
