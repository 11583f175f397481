"""Round 5 (issue 14): a definite noun names the incident told, a protest's demand is the protest, a question
asked is no request, habitual mentions are no occurrence. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Event, document_id

DCT = dt.date(2024, 2, 6)


def events_of(pipeline, text: str) -> list[Event]:
    return pipeline.annotate(Document(id=document_id(text), text=text, date=DCT)).events


def typed(pipeline, text: str, etype: str) -> list[str]:
    return [e.trigger for e in events_of(pipeline, text) if e.type == etype]


def test_a_definite_noun_with_a_more_precise_place_retells_the_first_incident(pipeline) -> None:
    text = ("Investigators are studying the August 7 bombings in east Africa. "
            "Nobody has yet linked the bomb blasts at the embassies in Kenya and Tanzania to a group.")
    assert typed(pipeline, text, "ASSAULT") == ["bombings"]


def test_an_indefinite_noun_at_another_place_is_another_incident(pipeline) -> None:
    text = ("Gunmen attacked a church in Kaduna on Sunday. "
            "Separately, militants carried out an attack on a mosque in Maiduguri.")
    assert typed(pipeline, text, "ASSAULT") == ["attacked", "attack"]


def test_what_a_protest_demands_is_part_of_the_protest(pipeline) -> None:
    assert typed(pipeline, "Thousands rallied in the capital, demanding the release of the leader.",
                 "REQUEST") == []
    assert typed(pipeline, "Students held a demonstration demanding new elections.", "REQUEST") == []
    assert typed(pipeline, "Workers joined a march in Lagos to demand higher wages.", "REQUEST") == []


def test_a_demand_with_its_own_speaker_beside_a_protest_is_kept(pipeline) -> None:
    text = "Protesters marched in the capital as the opposition leader demanded new elections."
    assert typed(pipeline, text, "REQUEST") == ["demanded"]
    assert typed(pipeline, text, "PROTEST") == ["marched"]


def test_asking_a_question_is_no_request_but_asking_someone_to_act_is(pipeline) -> None:
    assert typed(pipeline, "The senator was asked by a reporter whether the plan would raise taxes.",
                 "REQUEST") == []
    assert typed(pipeline, "The debate turned into questions asked of the candidates.", "REQUEST") == []
    assert typed(pipeline, "The minister asked the army to withdraw from the city.", "REQUEST") == ["asked"]


def test_habitual_mentions_are_no_occurrence(pipeline) -> None:
    assert typed(pipeline, "For weeks the government has held such rallies almost daily.", "PROTEST") == []
    assert typed(pipeline, "Residents complain of frequent clashes between the militias.", "ASSAULT") == []
    assert typed(pipeline, "Militias clashed in the city centre on Monday.", "ASSAULT") == ["clashed"]


def test_an_act_done_repeatedly_or_a_promise_of_regular_talks_is_kept(pipeline) -> None:
    assert typed(pipeline, "The man stabbed his wife repeatedly during a prison visit.", "ASSAULT") == ["stabbed"]
    found = events_of(pipeline, "The two leaders pledged to consult each other regularly on security.")
    assert [e.trigger for e in found if e.type == "CONSULT"] == ["consult"]


def test_verbal_attacks_rebuttals_sabotage_and_handcuffing_are_events(pipeline) -> None:
    assert typed(pipeline, "The opposition leader assailed the budget as a betrayal of farmers.", "ACCUSE") == [
        "assailed"]
    assert typed(pipeline, "The army spokesman dismissed allegations of abuse at the camp.", "REJECT") == [
        "dismissed"]
    assert typed(pipeline, "Rebels claimed the sabotage of the main gas pipeline on Sunday.", "ASSAULT") == [
        "sabotage"]
    assert typed(pipeline, "Police handcuffed two journalists outside the court.", "COERCE") == ["handcuffed"]


def test_dismissing_what_is_no_claim_is_no_rejection(pipeline) -> None:
    assert typed(pipeline, "The teacher dismissed the class early.", "REJECT") == []


def modality_of(pipeline, text: str, trigger: str) -> tuple[str, str | None]:
    found = [e for e in events_of(pipeline, text) if e.trigger == trigger]
    assert found, (trigger, [e.trigger for e in events_of(pipeline, text)])
    return found[0].modality, found[0].time_value


def test_a_negative_subject_negates_the_act(pipeline) -> None:
    assert modality_of(pipeline, "Police said nobody has been arrested over the fire.", "arrested")[0] == "negated"
    assert modality_of(pipeline, "No troops were deployed to the border.", "deployed")[0] == "negated"
    # the subject of another verb does not reach a noun below it: the strike happened
    assert modality_of(pipeline, "No one was hurt in the strike on the depot.", "strike")[0] == "asserted"


def test_a_non_prefix_names_an_act_that_did_not_happen(pipeline) -> None:
    assert modality_of(pipeline, "The senator's non-endorsement of the nominee angered delegates.",
                       "non-endorsement")[0] == "negated"


def test_a_definite_event_a_question_is_about_happened_and_is_not_the_news(pipeline) -> None:
    modality, date = modality_of(pipeline, "Reporters asked whether the leaks led to the Madrid bombings.", "bombings")
    assert (modality, date) == ("asserted", None)
    assert modality_of(pipeline, "If the strikes continue, aid deliveries will stop.", "strikes")[0] == "hypothetical"


def test_what_someone_failed_to_prevent_happened_before(pipeline) -> None:
    assert modality_of(pipeline, "The agency failed to prevent the bombing of the consulate.", "bombing") == (
        "historical", None)
    assert modality_of(pipeline, "Guards prevented an attack on the prison.", "attack")[0] == "negated"


def test_awaiting_an_act_is_waiting_for_a_plan(pipeline) -> None:
    assert modality_of(pipeline, "Another suspect is awaiting extradition from Spain.", "extradition")[0] == "planned"
