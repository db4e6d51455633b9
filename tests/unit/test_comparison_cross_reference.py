"""A comparison side's further clause joined to its first only because one of them names the other (a cross-reference)
stays only when its quoted sentence itself names the first clause, or when it holds as many of the question's own
words as the first (assistant/comparisons.py ``_cross_reference_asked``, through ``_also_asked``; DEV Q1852: Cris
Annexe XXIII's mediation beside 9-2.23 for « qui paie l'arbitre »; Q621, Q1823). Inline passages, no index; clauses,
subjects and wordings other than the DEV items'."""

from __future__ import annotations

from assistant.comparisons import SidePick, _also_asked
from tests.unit.test_comparisons import clause


def _pick(clause_id: str, text: str, quote: str, coverage: float, asked: float, ordinal: int, *,
          in_unit: bool = False) -> SidePick:
    return SidePick(clause("conv", clause_id, text, ordinal), quote, coverage, in_unit, asked=asked)


# « Ma prime d'éloignement, elle est de combien pis on me la verse quand ? »: the first clause gives the rule
FIRST_TEXT = ("7-2.04 L'enseignant affecté dans une localité éloignée reçoit une prime d'éloignement de huit pour cent "
              "(8 %) de son traitement. Les localités visées sont celles de l'annexe IV.")
FIRST = _pick("7-2.04", FIRST_TEXT, FIRST_TEXT, 0.75, 0.6, 20)


def test_a_clause_of_another_article_naming_the_first_elsewhere_is_left_out():
    # its count kept it before; its quoted sentence is about the move, not the premium asked
    text = ("12-3.02 Les frais de déménagement sont remboursés dans les trente (30) jours de la réception des pièces. "
            "Le présent article ne modifie pas la prime prévue à la clause 7-2.04.")
    moving = _pick("12-3.02", text, text.split(". ")[0] + ".", 0.25, 0.3, 41)
    assert moving.names("7-2.04")
    assert not _also_asked(FIRST, moving)


def test_a_clause_the_first_names_is_left_out_when_it_holds_fewer_asked_words():
    first_text = ("5-4.06 Le congé de perfectionnement est accordé selon les critères de la clause 5-4.09. L'enseignant "
                  "en congé reçoit quatre-vingts pour cent (80 %) de son traitement.")
    first = _pick("5-4.06", first_text, first_text.split(". ")[1], 0.6, 0.7, 30)
    committee = _pick("5-4.09", "5-4.09 Le comité paritaire se réunit au moins deux (2) fois par année.",
                      "5-4.09 Le comité paritaire se réunit au moins deux (2) fois par année.", 0.2, 0.25, 33)
    assert first.names("5-4.09")
    assert not _also_asked(first, committee)


def test_a_clause_whose_quoted_sentence_names_the_first_stays():
    text = ("7-2.07 Aux fins d'application de la clause 7-2.04, la prime est versée dans les dix (10) jours suivant "
            "le début de l'affectation.")
    paid = _pick("7-2.07", text, text, 0.5, 0.2, 23)  # fewer asked words, but it says when the premium is paid
    assert _also_asked(FIRST, paid)


def test_a_clause_naming_the_first_and_holding_as_many_asked_words_stays():
    text = ("9-1.03 La prime d'éloignement de l'enseignant est versée en deux versements, en décembre et en juin. "
            "Elle s'ajoute à celle de la clause 7-2.04.")
    paid_when = _pick("9-1.03", text, text.split(". ")[0] + ".", 0.75, 0.6, 50)
    assert _also_asked(FIRST, paid_when)


def test_with_the_question_unread_a_named_clause_stays_as_before():
    unread = _pick("7-2.04", FIRST_TEXT, FIRST_TEXT, 0.75, 0.0, 20)
    text = ("12-3.02 Les frais de déménagement sont remboursés dans les trente (30) jours. Le présent article ne "
            "modifie pas la prime prévue à la clause 7-2.04.")
    assert _also_asked(unread, _pick("12-3.02", text, text.split(". ")[0] + ".", 0.25, 0.0, 41))


def test_a_named_clause_holding_every_word_of_the_topic_stays():
    # « La prime d'éloignement, c'est qui qui en fixe le taux ? »: the clause the first names defines the premium
    text = "7-2.09 La « prime d'éloignement » est celle fixée par le Ministère pour chaque localité."
    defined = _pick("7-2.09", text, text, 1.0, 0.3, 25)
    first_text = "7-2.04 La prime d'éloignement prévue à la clause 7-2.09 est versée à l'enseignant affecté au Nord."
    first = _pick("7-2.04", first_text, first_text, 1.0, 0.6, 20)
    assert first.names("7-2.09")
    assert _also_asked(first, defined)
