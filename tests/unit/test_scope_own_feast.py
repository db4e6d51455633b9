"""A « fête » someone owns is a birthday (Quebec French): a leave asked for it is refused even when the leave
passages name holidays « fête du Travail », « fête nationale » (DEV Q1981); the holidays themselves stay answered."""

from __future__ import annotations

from assistant.scope import ScopeParams, Vocabulary, missing_leave_occasion
from assistant.types import Hit
from ingest.types import Chunk

HOLIDAYS = ("8-16.01 Le salarié éducateur non-enseignant bénéficie, au cours de chaque année de travail, des jours de "
            "congés fériés, chômés et payés suivants : fête du Travail ; Action de grâces ; jour de Noël ; fête "
            "nationale du Québec ; Confédération.")
FAMILY = ("6-4.36 Le salarié éducateur peut s'absenter de son travail jusqu'à concurrence de dix (10) jours par année "
          "pour remplir des obligations reliées à la garde, à la santé ou à l'éducation de son enfant.")
VOCABULARY = Vocabulary("au college conge conges paye journee fete travail nationale fille".split(),
                        names={"college", "bourget"})


def _hit(i: int, text: str, heading: str) -> Hit:
    chunk = Chunk(chunk_id=f"bourget:{i}", doc="bourget", clause_id=f"{i}.01", kind="clause", text=text,
                  indexed_text=text, heading_path=(heading,))
    return Hit(chunk, score=1.0 - i / 100, why=("dense",))


HITS = [_hit(8, HOLIDAYS, "8-16.00 Jours fériés, chômés et payés"), _hit(6, FAMILY, "6-4.00 Droits parentaux")]


def test_a_leave_for_ones_own_feast_is_a_birthday_no_leave_passage_names():
    for question in [
            "C'est ma fête le 14 mars. Au Collège, on a-tu droit à un congé payé le jour de notre anniversaire?",
            "Le 9 novembre, c'est ma fête : j'ai-tu congé payé cette journée-là au Collège ?",
            "Au Collège, a-t-on droit à un jour de congé payé pour notre fête ?",
            "Ma fille a sa fête jeudi ; j'ai-tu un congé payé pour la fête de ma fille ?",
            "Est-ce que le Collège me donne une journée de congé payée pour ma fête ?"]:
        assert missing_leave_occasion(question, HITS, ScopeParams(), VOCABULARY)[0] == "anniversaire", question


def test_the_holidays_named_fete_are_still_left_to_the_answerer():
    for question in [
            "Au Collège, la fête du Travail est-elle un jour de congé payé ?",
            "Est-ce que le jour de la fête nationale est un congé payé au Collège ?",
            "Au Collège, j'ai-tu une journée de congé payé pour la fête de Noël ?"]:
        assert missing_leave_occasion(question, HITS, ScopeParams(), VOCABULARY) == ("", ()), question
