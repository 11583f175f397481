"""Round 7 (issue 14): a written norm states a rule, a sentence or conviction names a kind of offence, money
offered in business is no agreement, diseases threaten no one, a participle inside a hyphenated adjective is no
event, and general words of conflict and court news. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Event, document_id

DCT = dt.date(2024, 2, 6)


def events_of(pipeline, text: str) -> list[Event]:
    return pipeline.annotate(Document(id=document_id(text), text=text, date=DCT)).events


def typed(pipeline, text: str, etype: str) -> list[str]:
    return [e.trigger for e in events_of(pipeline, text) if e.type == etype]


def test_a_verb_whose_subject_is_a_written_norm_states_a_rule(pipeline) -> None:
    assert typed(pipeline, "The ministry issued guidelines that prohibit the use of phones in schools.",
                 "COERCE") == []
    assert typed(pipeline, "The new law bans protests near parliament.", "COERCE") == []
    # the act that made the norm is an event
    assert typed(pipeline, "The government banned protests near parliament on Monday.", "COERCE") == ["banned"]


def test_the_offence_a_sentence_or_conviction_is_for_is_a_kind_of_act(pipeline) -> None:
    text = "He was serving two life sentences for armed robbery and assault when he escaped."
    assert typed(pipeline, text, "ASSAULT") == []
    assert typed(pipeline, "The man was convicted of sexual assault in 2019.", "ASSAULT") == []
    # an offence with its own date is told, and a sentence for a person is not a sentence for the attack
    assert typed(pipeline, "She received a life sentence for the 1995 bombing of the embassy.", "ASSAULT") == [
        "bombing"]
    text = "The court upheld the sentence for Ito, the perpetrator of the arson attack on a studio in 2019."
    assert "attack" in typed(pipeline, text, "ASSAULT")


def test_money_offered_in_business_is_no_agreement(pipeline) -> None:
    assert typed(pipeline, "A total of $500,000 is being offered for information about the suspect.", "AGREE") == []
    assert typed(pipeline, "The bidder offered 900 million dollars for the company.", "AGREE") == []
    assert typed(pipeline, "Qatar offered to host talks between the two sides.", "AGREE") == ["offered"]


def test_diseases_and_problems_threaten_no_one(pipeline) -> None:
    assert typed(pipeline, "When the flu seemed to threaten the region, ministries stockpiled drugs.", "THREATEN") == []
    assert typed(pipeline, "Doctors treat the infections that threaten life.", "THREATEN") == []
    assert typed(pipeline, "He suffered life-threatening injuries in the crash.", "THREATEN") == []
    assert typed(pipeline, "The militia threatened to shell the town.", "THREATEN") == ["threatened"]


def test_a_warning_that_a_situation_may_escalate_is_no_threat(pipeline) -> None:
    assert typed(pipeline, "The minister warned that the situation could rapidly escalate.", "THREATEN") == []
    assert typed(pipeline, "Iran warned of retaliation if Israel strikes.", "THREATEN") == ["warned"]


def test_a_participle_inside_a_hyphenated_adjective_is_no_event(pipeline) -> None:
    assert typed(pipeline, "Iran-backed militias attacked the base on Monday.", "SUPPORT") == []
    assert typed(pipeline, "Police re-arrested the activist on Monday.", "COERCE") == ["re-arrested"]


def test_general_words_of_conflict_and_court_news(pipeline) -> None:
    assert typed(pipeline, "Rebels fought with government troops near the airport on Monday.", "ASSAULT") == [
        "fought"]
    assert typed(pipeline, "Prosecutors will prosecute the officers.", "ACCUSE") == ["prosecute"]
    assert typed(pipeline, "The families filed a suit against the army.", "ACCUSE") == ["suit"]
    assert typed(pipeline, "The junta prohibited public gatherings on Monday.", "COERCE") == ["prohibited"]


def test_both_and_all_name_incidents_told_already(pipeline) -> None:
    text = ("A bomb exploded at a clinic in Atlanta in January, and another bombing hit a bar in Birmingham. "
            "Officials are investigating whether Rudolph is linked to both attacks.")
    assert typed(pipeline, text, "ASSAULT") == ["exploded", "bombing"]
    text = ("A bomb exploded at a clinic in Atlanta in January, and another bombing hit a bar in Birmingham. "
            "Officials are investigating whether Rudolph is linked to all three attacks.")
    assert "attacks" not in typed(pipeline, text, "ASSAULT")


def test_a_date_that_modifies_another_noun_does_not_date_the_event(pipeline) -> None:
    by = {e.trigger: e for e in events_of(pipeline, "Hamas freed three hostages as part of the January 19 ceasefire "
                                                     "deal.")}
    assert by["freed"].time_value == DCT.isoformat()
    # the trigger's own date, and a date after a preposition however the parser hangs it, still date it
    by = {e.trigger: e for e in events_of(pipeline, "The Feb 2 strikes killed 12 people.")}
    assert by["strikes"].time_value == "2024-02-02"
    text = "Washington sees a truce to free remaining hostages Hamas kidnapped on Oct 7 and pause fighting in Gaza."
    assert {e.trigger: e for e in events_of(pipeline, text)}["kidnapped"].time_value == "2023-10-07"
