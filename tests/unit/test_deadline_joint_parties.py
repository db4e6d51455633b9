"""Two parties acting jointly (assistant/deadline_answers.py ``_JOINT``, ``asked_actor``, ``sentence_actor``): a
sentence whose subject is « La Commission et le Syndicat » binds both, and a question naming both (« le syndicat pis
la Commission doivent … ») asks neither alone, so the joint rule is not set aside as another party's. Weekdays checked
by hand: 2027-05-29 Saturday."""

from __future__ import annotations

from assistant.deadline_answers import asked_actor, sentence_actor

from .inline_answers import answered, direct_answers

MEETINGS = ("4-3.05 Le comité de la Commission est un organisme consultatif. La Commission et le Syndicat s'entendent, "
            "avant le 30 mai de chaque année, sur les dates d'au moins 2 réunions à être tenues durant l'année "
            "scolaire suivante.")
GRIEVANCE_MEETINGS = ("9-1.04 Le Syndicat et la Commission s'entendent, avant le 30 septembre de chaque année, par "
                      "écrit, sur la ou les dates, l'heure et le lieu de chacune des 3 rencontres annuelles.")


def test_joint_parties_are_neither_alone():
    assert asked_actor("le syndicat pis la Commission doivent fixer les dates") is None
    assert asked_actor("la Commission doit m'aviser avant quand ?") == "commission"
    assert sentence_actor("La Commission et le Syndicat s'entendent, avant le 30 mai de chaque année, sur les dates",
                          "avant le 30 mai") is None
    assert sentence_actor("la Commission et le Syndicat peuvent s'entendre pour prolonger le délai, l'arbitre doit "
                          "rendre sa décision dans les 45 jours", "45 jours") == "arbitre"


def test_a_joint_rule_answers_a_question_asking_one_of_its_parties():
    direct, hits = direct_answers({"4-3.05": MEETINGS, "9-1.04": GRIEVANCE_MEETINGS}, doc="cris")
    answer = answered(direct, "Chez les Cris, on est le 10 mai 2027, la Commission a jusqu'à quand pour s'entendre "
                              "avec le syndicat sur les dates des réunions du comité de la Commission ?", hits)
    assert answer.text.startswith("**Au plus tard le samedi 29 mai 2027**")
    assert [c.clause for c in answer.citations][:1] == ["4-3.05"]
