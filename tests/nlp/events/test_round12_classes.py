"""Round 12 (issue 14): word senses and occasions a review of unseen news found read as events: a campaign rally
(a rally is a protest only with a cause, an "against", a purpose or protesters), offering as providing, a patient's
visit, a "visiting forces agreement", a plan executed, deaths by disease, a deal that kills jobs, "assure her of
the nomination"; and security agents restraining a protester, a cordon broken through, an area sealed off.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2025, 3, 2)


def typed(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type) for e in doc.events]


def test_a_rally_is_a_protest_only_with_a_protest_cue(pipeline) -> None:
    assert typed(pipeline, "Trump holds a rally in Pennsylvania.") == []
    assert typed(pipeline, "Trump told a North Carolina rally that she would abolish the amendment.") == []
    assert ("rally", "PROTEST") in typed(pipeline, "Thousands attend a rally in Tbilisi in support of the opposition.")
    assert ("rally", "PROTEST") in typed(pipeline, "Students held a rally against the war on Sunday.")
    assert ("rally", "PROTEST") in typed(pipeline, "Thousands joined an anti-government rally in the capital.")


def test_senses_that_are_no_act(pipeline) -> None:
    assert typed(pipeline, "Owners lease their planes instead, offering a layer of ease and anonymity.") == []
    assert typed(pipeline, "The airport does offer a marketing perk.") == []
    assert typed(pipeline, "Patient A visited an outpatient clinic.") == []
    signed = typed(pipeline, "Canada and the Philippines sign a visiting forces agreement.")
    assert ("visiting", "CONSULT") not in signed
    assert typed(pipeline, "The airstrike was executed in coordination with the government.") == []
    assert typed(pipeline, "More than 2,500 people had been killed by meningitis this year.") == []
    assert typed(pipeline, "I will stop any trade deal that kills jobs.") == []
    assert typed(pipeline, "The delegates needed to assure her of the party's nomination.") == []


def test_the_acts_those_senses_stand_beside_remain(pipeline) -> None:
    assert typed(pipeline, "Iran offered to halt enrichment.") == [("offered", "AGREE")]
    assert typed(pipeline, "Iran executed three prisoners on Monday.") == [("executed", "ASSAULT")]
    assert typed(pipeline, "Blinken assured Netanyahu of US support.") == [("assured", "AGREE")]
    assert typed(pipeline, "The foreign minister visited Beijing.") == [("visited", "CONSULT")]


def test_restraint_of_protesters_and_cordons(pipeline) -> None:
    assert ("carried", "COERCE") in typed(pipeline, "Agents tackled and carried away the protester.")
    assert typed(pipeline, "A woman broke through a barricade and ran for the stage.") == [("broke", "PROTEST")]
    assert typed(pipeline, "Police have sealed off the area.") == [("sealed", "COERCE")]
    # a record broken is no protest
    assert typed(pipeline, "The runner broke the record.") == []


def test_a_saying_verb_is_an_event_when_it_accuses_or_rejects(pipeline) -> None:
    says = typed(pipeline, "The interior minister says that Afghan nationals carried out the suicide bombing.")
    assert ("says", "ACCUSE") in says
    assert ("said", "ACCUSE") in typed(pipeline, "Clinton said Russian intelligence services hacked the computers.")
    assert ("said", "ACCUSE") in typed(pipeline, "Police said they believe the IRA was behind two killings.")
    assert ("said", "REJECT") in typed(pipeline, "Clinton said Patricia Smith is absolutely wrong.")


def test_a_plain_report_or_a_claim_of_ones_own_act_is_no_speech_event(pipeline) -> None:
    assert [t for t, _ in typed(pipeline, "Police said the gunman opened fire on worshippers.")] == ["opened fire"]
    assert [t for t, _ in typed(pipeline, "The army said it carried out strikes on militant targets.")] == ["strikes"]
    assert typed(pipeline, "The minister said farmers should keep an eye on their pigs.") == []


def test_a_killing_right_after_the_attack_sentence_is_its_outcome(pipeline) -> None:
    text = "Militants attacked a checkpoint near the border on Monday. Two soldiers were killed."
    assert typed(pipeline, text) == [("attacked", "ASSAULT")]
    assert typed(pipeline, "Two soldiers were killed near the border on Monday.") == [("killed", "ASSAULT")]


def test_a_stance_in_the_present_in_a_long_articles_body_is_a_standing_position(pipeline) -> None:
    text = ("Scholars met in Yerevan on Sunday. The question has been asked for years. Diplomats have argued over it. "
            "Historians have written about it. The Republic of Turkey denies that the crime was a genocide. "
            "Israel refuses to recognize it. On Monday, Turkey denied the charge again.")
    triggers = [t for t, _ in typed(pipeline, text)]
    assert "denies" not in triggers and "refuses" not in triggers
    assert "denied" in triggers  # the act of a day
    # a wire item tells its news in the present
    assert typed(pipeline, "Iran rejects the proposal.") == [("rejects", "REJECT")]


def test_senses_of_a_second_review_that_are_no_act(pipeline) -> None:
    assert typed(pipeline, "He dared to ask tough questions of the minister.") == []
    assert typed(pipeline, "The campaign and the party struck a fundraising deal in mid-May.") == [("deal", "AGREE")]
    assert typed(pipeline, "He essentially locked up the nomination last week.") == []
    assert typed(pipeline, "The global crisis is sapping demand for corporate travel.") == []
    assert typed(pipeline, "Now it's time to look forward, united in our convictions, to defend our rights.") == []
    assert typed(pipeline, "The WHO on June 11 raised its pandemic flu alert to its highest level.") == []
    # the acts beside them remain
    assert typed(pipeline, "Police locked up the protesters.") == [("locked", "COERCE")]
    assert ("demand", "REQUEST") in typed(pipeline, "Protesters demand the release of the prisoners.")


def test_the_register_of_criticism_and_praise(pipeline) -> None:
    assert typed(pipeline, "Lewandowski ripped Comey for acting as judge and jury.") == [("ripped", "ACCUSE")]
    assert typed(pipeline, "Giuliani trashed Comey on television.") == [("trashed", "ACCUSE")]
    assert typed(pipeline, "Trump took to Twitter to continue his verbal assault on Clinton.") == [
        ("assault", "ACCUSE")]
    assert typed(pipeline, "The minister lauded the president for his reforms.") == [("lauded", "SUPPORT")]
    assert typed(pipeline, "Russia insisted that Pyongyang stop its dangerous escapades.") == [
        ("insisted", "REQUEST")]
    assert typed(pipeline, "Obama and others vow consequences for the test.") == [("vow", "THREATEN")]
    assert ("hanged", "ASSAULT") in typed(pipeline, "Japan hanged a man convicted of murder on Friday.")
    assert typed(pipeline, "The singer hanged himself in his cell.") == []


def test_repeats_by_a_possessive_pronoun_or_a_predicate_noun(pipeline) -> None:
    text = "Walsh gave Clinton a ringing endorsement on Sunday. His endorsement could matter more than his clout."
    assert [t for t, _ in typed(pipeline, text)] == ["endorsement"]
    assert typed(pipeline, "He told her that the Benghazi attack was a terrorist attack.") == [("attack", "ASSAULT")]


def test_what_a_rule_allows_for_is_a_kind_of_act(pipeline) -> None:
    assert typed(pipeline, "Article 21 of the Charter allows for sanctions and other forms of discipline.") == []
    assert typed(pipeline, "The council imposed sanctions on Pyongyang.") == [("sanctions", "SANCTION")]


def test_blind12_classes_threats_warnings_apologies_and_continued_strikes(pipeline) -> None:
    assert ("promising", "THREATEN") in typed(pipeline, 'Trump is promising to "bomb the hell" out of the militants.')
    assert typed(pipeline, "Iran promised to reopen the strait.")[0] == ("promised", "AGREE")
    assert ("warned", "REQUEST") in typed(pipeline, "The government warned people not to shake hands when greeting.")
    assert typed(pipeline, "Hicks did not respond to a request for comment.") == []
    assert ("apologizes", "CONCEDE") in typed(
        pipeline, "Iranian president Masoud Pezeshkian apologizes for the attacks on its neighbors.")
    text = "The Israeli army strikes targets in Tehran overnight. The military later continues the strikes."
    assert [t for t, _ in typed(pipeline, text)] == ["strikes", "strikes"]
