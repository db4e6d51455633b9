"""A leave asked for an occasion that no passage about leave names is refused (DEV Q421, Q1055, Q1126, fresh DEV
Q1250-Q1253): the lists of special leaves (Bourget 6-1.02, Cris 5-14.02) give the events they are for."""

from __future__ import annotations

from assistant.scope import ScopeParams, Vocabulary, missing_leave_occasion, out_of_corpus
from assistant.types import Hit
from ingest.types import Chunk

LEAVES = ("6-1.02 a) En cas de décès de son père, de sa mère : cinq (5) jours. f) le changement de domicile : le jour de "
          "son déménagement. h) un maximum d'une (1) journée ouvrable pour couvrir tout événement de force majeure tel "
          "qu'un feu.")
SICK = "6-3.01 Le salarié éducateur a droit à six (6) jours de congé de maladie par année."
UNPAID = "6-5.01 Le Collège accorde un congé sans traitement d'une année scolaire au salarié éducateur qui en fait la demande."
VOCABULARY = Vocabulary("au college conge conges paye journee pour aller fille bal finissants sang donner".split(),
                        names={"college", "bourget"})


def _hit(i: int, text: str, heading: str = "6-1.00 Congés spéciaux") -> Hit:
    chunk = Chunk(chunk_id=f"bourget:{i}", doc="bourget", clause_id=f"6-{i}.01", kind="clause", text=text,
                  indexed_text=text, heading_path=(heading,))
    return Hit(chunk, score=1.0 - i / 10, why=("dense",))


HITS = [_hit(1, LEAVES), _hit(3, SICK, "6-3.00 Congés de maladie"), _hit(5, UNPAID, "6-5.00 Congé sans traitement")]


def test_a_leave_asked_for_an_occasion_no_leave_passage_names_is_refused():
    for question, occasion in [
            ("Au Collège, ma fille a son bal des finissants un vendredi. J'ai-tu une journée de congé payé pour y aller ?",
             "bal, finissants"),
            ("Au Collège, combien d'heures de congé payé j'ai pour aller donner du sang ?", "sang"),
            ("Au Collège, j'ai-tu droit à un congé payé le jour de mon anniversaire ?", "anniversaire")]:
        assert missing_leave_occasion(question, HITS, ScopeParams(), VOCABULARY)[0] == occasion
    refusal = out_of_corpus("Au Collège, j'ai-tu droit à un congé payé le jour de mon anniversaire ?", HITS, VOCABULARY)
    assert refusal is not None and refusal.text.endswith(
        "Les passages qui prévoient des congés (6-1.01, 6-3.01, 6-5.01) ne parlent pas de « anniversaire » : je ne trouve "
        "aucun congé prévu pour cela dans les conventions et ententes indexées. Vérifiez auprès de votre syndicat ou de "
        "votre employeur.")


def test_a_leave_the_passages_name_or_one_given_for_any_reason_is_left_to_the_answerer():
    for question in [
            "Au Collège, je déménage pendant l'année : j'ai-tu un jour de congé pour ça ?",  # « déménagement »
            "Au Collège, combien de jours de congé de maladie j'ai par année ?",
            "Au Collège, ma maison a brûlé : j'ai-tu une journée de congé ?",  # a mishap: force majeure
            "Au Collège, mon cousin est mort : j'ai-tu une journée de congé ?",  # a family event: the relatives' check
            "Au Collège, je veux un congé sans solde pour voyager : c'est possible ?",  # unpaid, for any reason
            "Au Collège, je peux-tu prendre un congé pour aller étudier ?",  # at length, no day and no pay asked
            "Au Collège, j'ai-tu une journée de congé payé ?"]:  # nothing it is for
        assert missing_leave_occasion(question, HITS, ScopeParams(), VOCABULARY) == ("", ()), question
    # no passage about leave among the best: nothing to read the list from
    other = [_hit(7, "Le nombre maximum d'élèves par groupe est de 32.", "8-7.00 Nombre d'élèves")]
    assert missing_leave_occasion("Au Collège, j'ai-tu une journée de congé payé pour le bal ?", other, ScopeParams(),
                                  VOCABULARY) == ("", ())


def test_a_baptism_is_the_births_leave_which_names_its_relatives():
    from assistant.scope import missing_relative
    birth = [_hit(4, "6-4.20 Le salarié éducateur a droit à un congé payé de cinq (5) jours ouvrables à l'occasion de la "
                     "naissance de son enfant. Un (1) des cinq (5) jours peut être utilisé pour le baptême.",
                  "6-4.00 Droits parentaux")]
    gap = missing_relative("Au Collège, combien de jours de congé j'ai pour le baptême de mon petit-fils ?", birth)
    assert gap is not None and (gap.who, gap.event) == ("petit-fils", "naissance")  # fresh DEV Q1251
    assert missing_relative("Au Collège, j'ai-tu congé pour le baptême de mon fils ?", birth) is None
