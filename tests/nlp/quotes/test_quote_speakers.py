"""Speaker finding and resolution added in round 2: gender, datelines, dates as subjects, answers, markup."""

from __future__ import annotations

import pytest

from dateline.model import AnnotatedDocument, Document, Quote, document_id
from dateline.nlp.pipeline import Pipeline
from dateline.nlp.quotes.lexicon import load_lexicon
from dateline.nlp.quotes.marks import find_segments
from dateline.nlp.quotes.markup import MarkupSpans


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The real default pipeline (entities included), loaded once for this module."""
    return Pipeline()


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    return pipeline.annotate(Document(id=document_id(text), text=text))


def quote_with(ad: AnnotatedDocument, fragment: str) -> Quote:
    found = [q for q in ad.quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r}: {[q.text[:50] for q in ad.quotes]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "fragment", "entity"),
    [
        # the last PERSON subject is a man; "she" must skip him (first-name list: Hillary)
        (
            "Hillary Clinton spoke in Ohio on Monday. Bernie Sanders arrived late. She said the plan would pass.",
            "the plan would pass",
            "PERSON:hillary clinton",
        ),
        # an honorific fixes the gender of a name the list does not know
        (
            "Mrs. Okonkwo met the governor. Later, Mr. Adebayo spoke to reporters. She said the talks had failed.",
            "the talks had failed",
            "okonkwo",
        ),
        # "he" still takes the nearest man
        (
            "Hillary Clinton spoke in Ohio on Monday. Bernie Sanders arrived late. He said the plan would fail.",
            "the plan would fail",
            "PERSON:bernie sanders",
        ),
    ],
)
def test_pronoun_speakers_resolve_to_a_person_of_their_gender(
    pipeline: Pipeline, text: str, fragment: str, entity: str
) -> None:
    q = quote_with(annotate(pipeline, text), fragment)
    assert q.speaker_entity is not None and entity in q.speaker_entity


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # an upper-case dateline is parsed as the subject; the apposition after the dash is the speaker
        (
            "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told delegates that "
            "the email scandal should disqualify her.",
            "the email scandal should disqualify her",
            "Mukasey",
        ),
        (
            "LONDON (Reuters) - Donald Trump said he was unlikely to have a good relationship with Cameron.",
            "he was unlikely to have a good relationship",
            "Donald Trump",
        ),
        # a date parsed as the subject: the name right before the cue (past the parentheses) speaks
        (
            "Saturday at the party convention Sen. Elizabeth Warren (D-MA) said the nominee was a failure in business.",
            "the nominee was a failure",
            "Elizabeth Warren",
        ),
        # "the 46-year-old" is tagged DATE by the model but is a person
        (
            "“Donald is, and always has been, an amazing leader,” said the 46-year-old.",
            "an amazing leader",
            "46-year-old",
        ),
        # "He says X and says Y": the second "says" is not spoken by the first clause's subject
        (
            "He says the obvious response was to break up fraudulent operators and says he introduced "
            "legislation to accomplish that.",
            "he introduced legislation",
            "He",
        ),
    ],
)
def test_speaker_phrase_survives_parse_errors(pipeline: Pipeline, text: str, fragment: str, speaker: str) -> None:
    q = quote_with(annotate(pipeline, text), fragment)
    assert q.speaker is not None and speaker in q.speaker
    assert "CLEVELAND" not in q.speaker and "LONDON" not in q.speaker


def test_passive_subject_of_a_cue_is_not_its_speaker(pipeline: Pipeline) -> None:
    ad = annotate(pipeline, "Rubio was asked by moderator Gerard Baker whether the plan would cost too much.")
    q = quote_with(ad, "the plan would cost too much")
    assert q.speaker is not None and "Baker" in q.speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Asked about the plan, 75 percent of Democrats said yes, and most voters agreed.", "yes"),
        ("Six in 10 call him decisive, after half said so in the earlier poll.", "so"),
        ("Clinton is seen as honest, and three-quarters said the same of Sanders.", "the same of Sanders"),
    ],
)
def test_one_word_answers_of_say_are_the_content(pipeline: Pipeline, text: str, content: str) -> None:
    ad = annotate(pipeline, text)
    assert content in [q.text for q in ad.quotes if q.cue == "said"]


def test_as_x_noted_reports_the_main_clause(pipeline: Pipeline) -> None:
    text = "As the International Business Times noted, Clinton raised more than $1.1 million from the industry."
    q = quote_with(annotate(pipeline, text), "Clinton raised more than")
    assert q.cue == "noted"
    assert q.speaker == "the International Business Times"


def test_markup_attributes_are_not_quotes_and_tag_names_not_cues(pipeline: Pipeline) -> None:
    text = (
        'Candidates reacted online.\n\n<tweet pic="" author="GovMikeHuckabee" timestamp="1449075600">'
        "Praying for those impacted by the shooting in California today.</tweet>.\n\n"
        "“We must act now,” Clinton said."
    )
    ad = annotate(pipeline, text)
    assert [q.text for q in ad.quotes if q.kind == "direct"] == ["We must act now"]
    assert all(q.cue != "tweet" for q in ad.quotes)


def test_markup_spans_cover_tags_only() -> None:
    text = 'a <tweet author="x">b "c"</tweet> d'
    spans = MarkupSpans(text)
    assert spans.covers(text.index("author")) and not spans.covers(text.index("b"))
    assert [text[s.start : s.end] for s in find_segments(text)] == ["c"]


def test_gender_data_files_load_with_both_genders() -> None:
    lex = load_lexicon()
    assert lex.first_names["hillary"] == "f" and lex.first_names["bernie"] == "m"
    assert lex.gender_words["mrs."] == "f" and lex.pronoun_gender["he"] == "m"
    assert {"yes", "so"} <= lex.answer_objects


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the sentence runs over a paragraph break: the clause after the cue is the content
        (
            "“The UK is going to be in the back of the queue.”\n\nUK Independence Party leader Nigel Farage "
            "said the warning was indicative that the President did not know what he was talking about.",
            "the warning was indicative",
            "Nigel Farage",
        ),
        # a gerund clause the parser took for an xcomp
        (
            "He said legalizing it could put thousands of people to work in upstate New York.",
            "legalizing it could put thousands of people to work",
            "He",
        ),
    ],
)
def test_indirect_content_is_the_clause_after_the_cue(
    pipeline: Pipeline, text: str, content: str, speaker: str
) -> None:
    q = quote_with(annotate(pipeline, text), content)
    assert q.kind == "indirect" and q.speaker is not None and q.speaker.endswith(speaker)
    assert "\n" not in q.speaker
    assert "queue" not in q.text


def test_according_to_around_an_attributed_quote_is_not_a_second_quote(pipeline: Pipeline) -> None:
    text = "“He’s trying to kill them,” Hewitt said, according to a transcript of the show."
    ad = annotate(pipeline, text)
    assert [(q.kind, q.speaker) for q in ad.quotes] == [("direct", "Hewitt")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a mixed-case dateline before an agency and a dash
        (
            "New York (AFP) – Vice President Joe Biden on Monday hit the campaign trail, trashing Donald Trump "
            "and accusing him of endangering the lives of US troops.",
            "him of endangering the lives",
            "Joe Biden",
        ),
        # a participle on the object of a verb speaks with that verb's subject
        (
            "His office put out a statement saying the U.S. does not have the capacity to vet every refugee.",
            "does not have the capacity",
            "His office",
        ),
        # "...: “The struggle continues” and vowing to ...": the second participle is not inside the quote
        (
            "The Vermont senator emailed supporters saying: “The struggle continues” and vowing to compete "
            "in the final primary.",
            "to compete in the final primary",
            "The Vermont senator",
        ),
    ],
)
def test_participle_and_dateline_speakers(pipeline: Pipeline, text: str, content: str, speaker: str) -> None:
    q = quote_with(annotate(pipeline, text), content)
    assert q.speaker is not None and q.speaker.endswith(speaker)


def test_reported_clause_stops_before_the_narrators_next_clause(pipeline: Pipeline) -> None:
    text = (
        "Rubio said the real extremist on abortion is Hillary Clinton, and he railed against the debate "
        "moderators for failing to ask about it."
    )
    q = quote_with(annotate(pipeline, text), "the real extremist")
    assert q.text == "the real extremist on abortion is Hillary Clinton"


@pytest.mark.parametrize(
    ("text", "parts", "speaker"),
    [
        (
            "Loyalty, he noted, has long been a core tenet of the Republican Party.",
            ["Loyalty", "has long been a core tenet of the Republican Party"],
            "he",
        ),
        ("The plan, Mr Adams said, will work well.", ["The plan", "will work well"], "Mr Adams"),
    ],
)
def test_parenthetical_attribution_reports_both_sides(
    pipeline: Pipeline, text: str, parts: list[str], speaker: str
) -> None:
    ad = annotate(pipeline, text)
    quotes = [q for q in ad.quotes if q.kind == "indirect"]
    assert [q.text for q in quotes] == parts
    assert {(q.cue_start, q.speaker) for q in quotes} == {(quotes[0].cue_start, speaker)}  # one unit


def test_sentence_opening_participle_cue_speaks_with_the_quote_before(pipeline: Pipeline) -> None:
    text = "“It wasn’t good,” Maher said. Adding, “Now, like with all Clinton scandals, it is never that bad.”"
    q = quote_with(annotate(pipeline, text), "like with all Clinton scandals")
    assert q.cue == "Adding" and q.speaker == "Maher"
