"""Round 25 (issue 14): a reduced relative clause is a clause of its own both ways, so the main clause's day does not
date an event told inside it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 5, 14)  # a Thursday


def dated(pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.time_value) for e in doc.events]


def test_the_main_clause_day_does_not_date_an_event_in_a_reduced_relative(pipeline) -> None:
    found = dated(pipeline, "The minister was heckled on Monday by the parents of a soldier killed by a roadside bomb.")
    assert ("killed", "2026-05-11") not in found
    assert [trigger for trigger, _ in found] == ["killed"]


def test_a_time_inside_the_reduced_relative_still_dates_it(pipeline) -> None:
    assert dated(pipeline, "Three teens arrested on Tuesday for the shooting appeared in court.") == [
        ("arrested", "2026-05-12")]


def triggers(pipeline, text: str) -> list[tuple[str, int]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.start) for e in doc.events]


def test_a_headline_and_the_body_s_first_telling_are_both_kept(pipeline) -> None:
    text = ("Harbour bombing tests the coalition\n\nThe coalition has held for a year. But the bombing at the harbour"
            " on Monday has strained it. The bombing was the deadliest this year.")
    found = triggers(pipeline, text)
    assert ("bombing", 8) in found and ("bombing", text.index("bombing at")) in found
    assert ("bombing", text.index("bombing was")) not in found  # the body's second telling repeats the first


def test_a_headline_run_on_into_its_subtitle_is_still_a_headline(pipeline) -> None:
    text = ("Harbour bombing tests the coalition; \nNew doubts on security lay bare old divisions.\n\n"
            "The coalition has held for a year. But the bombing at the harbour on Monday has strained it.")
    found = triggers(pipeline, text)
    assert ("bombing", 8) in found and ("bombing", text.index("bombing at")) in found


def typed(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type) for e in doc.events]


def test_words_of_long_articles_about_war_and_diplomacy(pipeline) -> None:
    assert typed(pipeline, "Senator Elizabeth Warren contradicted the president on the strategy.") == [
        ("contradicted", "REJECT")]
    assert typed(pipeline, "New figures contradict the earlier estimate.") == []  # no party rejects anything
    assert typed(pipeline, "He was an architect of the surge of American troops in the province.") == [
        ("surge", "MOBILIZE")]
    assert typed(pipeline, "The two governments engaged in bargaining over the border.") == [("bargaining", "CONSULT")]
    assert typed(pipeline, "Ankara reached an understanding with Tehran on the border.") == [("understanding", "AGREE")]
    assert typed(pipeline, "Her understanding of the region is deep.") == []
    assert ("pledged", "SUPPORT") in typed(pipeline, "A gunman who pledged his allegiance to the group opened fire.")
    assert typed(pipeline, "The former general questioned the candidate's logic.") == [("questioned", "ACCUSE")]


LONG_OPENING = ("The campaign entered its last week. The candidates met voters in three states. Rallies drew large "
                "crowds. Advisers prepared for the debate. Polls tightened in the north. ")


def test_agreeing_with_someone_in_the_present_is_a_standing_opinion(pipeline) -> None:
    text = LONG_OPENING + "The candidate also asserted that unnamed generals agree with him."
    assert ("agree", "AGREE") not in typed(pipeline, text)


def told(pipeline, text: str) -> list[tuple[str, str, str | None]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.modality, e.time_value) for e in doc.events]


def test_a_concession_is_no_condition(pipeline) -> None:
    assert told(pipeline, "The government welcomes the entry of Turkey into the war, even if the price is high.") == [
        ("welcomes", "asserted", "2026-05-14")]
    assert ("strike", "hypothetical", None) in told(pipeline, "Israel will strike Iran if talks fail.")


def test_a_known_example_of_what_is_to_be_prevented_happened_before(pipeline) -> None:
    found = told(pipeline, "The minister wants to prevent attacks like the bombing in Boston.")
    assert ("bombing", "asserted", None) in found and ("attacks", "negated", None) in found


def test_an_emphatic_did_tells_the_news_in_the_simple_past(pipeline) -> None:
    text = LONG_OPENING + "But Senator Elizabeth Warren did contradict President Obama's comments on the war."
    assert ("contradict", "asserted", "2026-05-14") in told(pipeline, text)


def test_shows_of_force_short_of_violence_mobilize(pipeline) -> None:
    assert typed(pipeline, "Last year the navy carried out a snap military maneuver of 80,000 troops.") == [
        ("maneuver", "MOBILIZE")]
    assert typed(pipeline, "Fighter jets buzzed a destroyer and shot flares at patrol planes.") == [
        ("buzzed", "MOBILIZE"), ("shot", "MOBILIZE")]
    assert typed(pipeline, "The fleet simulated an attack on the island.") == [("simulated", "MOBILIZE")]
    assert typed(pipeline, "Gunmen shot two guards at the gate.") == [("shot", "ASSAULT")]


def test_annexing_teaming_up_and_enforcing_a_no_fly_zone(pipeline) -> None:
    assert typed(pipeline, "Russia's annexation of Crimea renewed fears along the eastern flank.") == [
        ("annexation", "ASSAULT")]
    assert typed(pipeline, "European nations teamed up to buy refuelling aircraft.") == [("teamed", "COOPERATE")]
    assert typed(pipeline, "The senator proposed enforcing a no-fly zone over the north.") == [("enforcing", "COERCE")]
    assert typed(pipeline, "In a March meeting with the editorial board of the Post, the candidate spoke.") == []


def test_a_quoted_act_with_no_one_nowhere_and_no_time_is_the_speaker_s_argument(pipeline) -> None:
    assert typed(pipeline, '"Homegrown attacks are almost a byproduct of military success," the analyst said.') == []
    # a quote that names who acted tells an occurrence
    assert ("locked", "COERCE") in typed(
        pipeline, '"The police locked down the neighbourhood before noon," the constable said in a statement.')
    assert ("shelled", "ASSAULT") in typed(pipeline, '"Russian forces shelled the market," the mayor said.')


def test_a_wire_dateline_run_on_into_the_lede_is_no_headline(pipeline) -> None:
    text = "KABUL, Afghanistan (AP) -\nRebels attacked the harbour on Monday. The attack killed five."
    assert [trigger for trigger, _ in typed(pipeline, text)] == ["attacked"]  # "The attack" tells it again


def test_only_a_known_example_is_background(pipeline) -> None:
    # "like a bombing" compares, it names no example: the saying day still dates the bombing as news
    assert ("bombing", "asserted", "2026-05-14") in told(pipeline, "It looked like a bombing, officials said.")


def test_a_question_with_did_is_no_emphatic_past(pipeline) -> None:
    text = LONG_OPENING + "Why did Senator Elizabeth Warren contradict President Obama's comments on the war?"
    assert ("contradict", "asserted", "2026-05-14") not in told(pipeline, text)
