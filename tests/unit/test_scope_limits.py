"""Refusals of a value asked that a computed answer or a split question used to hide: a tax, a count's limit, a place
asked in a question whose clause of time names two parties (« quand l'Association pis le Collège se rencontrent »)."""

from __future__ import annotations

import pytest

from assistant.questions import asks_date_not_amount, asks_tax, question_parts
from assistant.scope import ScopeParams, missing_value
from assistant.types import Hit
from ingest.types import Chunk


def _passages(*texts: str) -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"doc:{i}", doc="doc", clause_id=f"4-1.0{i}", kind="clause", text=t, indexed_text=t),
                score=1.0 - i / 10, why=("dense",)) for i, t in enumerate(texts, start=1)]


# -- question parts: a clause of time is context -----------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Au Collège, quand l'Association pis le Collège se rencontrent pour régler un litige, ça se passe où ?",
    "Chez les Cris, quand le Syndicat pis la Commission se rencontrent, ça se passe où ?",
    "Quand mon grief passe en arbitrage pis qu'il n'y a pas d'entente, l'arbitre a combien de temps ?",
])
def test_a_clause_of_time_joining_two_names_is_one_question(question):
    assert question_parts(question) == (question,)


@pytest.mark.parametrize("question, parts", [
    ("J'ai droit à combien de jours, pis je dois prévenir comment ?",
     ("J'ai droit à combien de jours", "je dois prévenir comment")),
    ("C'est quand, pis c'est combien ?", ("C'est quand", "c'est combien")),
    ("Quand je suis malade, je dois-tu aviser le Collège, pis combien de jours j'ai ?",
     ("Quand je suis malade, je dois-tu aviser le Collège", "combien de jours j'ai")),
    ("Quand est-ce que je dois aviser, pis combien de jours j'ai ?",
     ("Quand est-ce que je dois aviser", "combien de jours j'ai")),
])
def test_two_questions_are_still_two(question, parts):
    assert question_parts(question) == parts


# -- a limit asked of a count ----------------------------------------------------------------------------------------

SURVEY = _passages("Si oui, quelle forme de compensation serait un incitatif pour vous?\n\nCompensation\tNombre de personnes\n"
                   "Compensation monétaire additionnelle au 1600 $\t12\nCongés compensatoires\t11",
                   "Au total, 34 sur 41 personnes mentores ont répondu au questionnaire.")


def test_a_limit_no_passage_states_is_refused_though_headcounts_are_given():
    question = "Une personne mentore peut accompagner au maximum combien de nouveaux enseignants ?"
    assert missing_value(question, SURVEY) == "aucun nombre de personnes, d'écoles ni de groupes"


@pytest.mark.parametrize("question, stated", [
    ("Au maximum combien d'élèves dans ma classe au 2e cycle ?",
     "Le nombre maximum d'élèves par groupe-classe au niveau primaire est établi selon le tableau suivant :\n\n"
     "Cycle du primaire\tNombre d'élèves maximum\n2 e cycle\t27"),
    ("Au maximum combien de membres du comité peuvent s'absenter ?",
     "Un maximum de quatre (4) salariés éducateurs, membres du comité de négociation, peuvent s'absenter."),
    ("On peut être au plus combien d'enseignants en congé en même temps ?",
     "au plus deux (2) enseignants en congé au même moment"),
])
def test_a_limit_a_passage_states_is_answered(question, stated):
    assert missing_value(question, SURVEY + _passages(stated)) == ""


def test_a_headcount_asked_without_a_limit_is_answered_by_the_survey():
    assert missing_value("Combien de personnes mentores ont répondu au questionnaire ?", SURVEY) == ""


# -- a tax asked ---------------------------------------------------------------------------------------------------------

TUITION = _passages("Aux fins d'application du présent article, les modalités relatives à la réduction des frais de "
                    "scolarité sont considérées comme une mesure administrative relative à un avantage imposable.",
                    "Les frais de repas sont remboursés, avec pièces justificatives, selon les modalités suivantes.")


def test_a_tax_said_of_another_thing_is_no_answer():
    question = "Au Collège, le remboursement de mes frais de repas quand je me déplace, c'est-tu imposable ?"
    assert asks_tax(question)
    assert missing_value(question, TUITION) == "aucune règle d'impôt"


def test_a_tax_said_of_the_thing_asked_is_answered():
    question = "Au Collège, la réduction des frais de scolarité pour mon enfant, c'est-tu un avantage imposable ?"
    assert missing_value(question, TUITION) == ""
    assert missing_value(question, TUITION, ScopeParams(tax_topic_stems=9)) == "aucune règle d'impôt"


@pytest.mark.parametrize("question", ["Le Collège me rembourse combien pour mes repas ?",
                                      "C'est quoi le taux horaire du suppléant ?"])
def test_no_tax_asked(question):
    assert not asks_tax(question)


# -- a percentage or an amount said of another thing --------------------------------------------------------------------

REPORT = _passages("Si oui, quelle forme de compensation serait un incitatif pour vous?\n\nCompensation\tNombre de personnes\n"
                   "Compensation monétaire additionnelle au 1600 $\t12",
                   "Le programme de mentorat est offert aux nouveaux enseignants depuis 2021.")


def test_a_cost_no_sentence_gives_of_the_thing_asked_is_refused():
    question = "Le programme de mentorat, ça a coûté combien en tout ?"
    assert missing_value(question, REPORT) == "aucun montant en dollars"
    assert missing_value(question, REPORT, ScopeParams(value_topic_stems=0)) == ""  # any amount, as before


def test_an_amount_said_of_the_thing_asked_is_answered():
    assert missing_value("La compensation monétaire des mentors, c'est quel montant ?", REPORT) == ""


@pytest.mark.parametrize("question, expected", [
    ("Au Collège, le tarif de base des frais de déplacement est augmenté à quelle date chaque année ?", True),
    ("Au Collège, mon salaire est versé quand ?", True),
    ("Le taux horaire du suppléant, c'est combien depuis quand ?", False),
    ("Combien gagne un enseignant à l'échelon 2 ?", False),
])
def test_a_date_asked_without_an_amount(question, expected):
    assert asks_date_not_amount(question) is expected


def test_quand_meme_asks_no_date():
    assert not asks_date_not_amount("Est-ce que je reçois quand même une compensation ?")


def test_a_verb_whose_stem_a_noun_uses_is_known():
    from assistant.scope import Vocabulary
    vocabulary = Vocabulary(["preference", "preferable", "abonnement"])  # folded, as from_chunks stores them
    assert vocabulary.knows("prefereraient", ScopeParams())  # « préféreraient »: « préférence »
    assert not vocabulary.knows("abonneraient", ScopeParams())  # « abonn »: 5 letters, too short a stem to tell
