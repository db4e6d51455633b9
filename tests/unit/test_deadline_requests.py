"""A request for an event the question dates ahead (assistant/deadline_answers.py, assistant/deadlines.py), on tiny
inline clauses: a yearly date (6-5.04 « avant le 1er avril d'une année pour l'année d'engagement suivante ») is the
last one before the event, not the next one after it; a delay counted after another moment (6-5.01 « dans les 3 ans
après le retour ») does not outrank it; a delay set for teachers a condition names (6-5.13 « Le salarié éducateur qui
se porte candidat à une charge publique ») yields when the question says nothing of that condition. Weekday checked
by hand: 2027-03-31 Wednesday. A delay from « l'événement qui a donné naissance au grief » runs from whatever event
is dated; another agreement's rule is searched deeper in its own hits, among sentences sharing the question's words."""

from __future__ import annotations

from datetime import date

from assistant.deadlines import FixedDate, compute_fixed_date, format_fixed_answer
from assistant.lookups import DirectAnswers
from assistant.types import Hit
from ingest.types import Chunk

from .inline_answers import answered, direct_answers

YEARLY = ("6-5.04 La demande pour l'obtention d'un congé sans traitement de même que pour le renouvellement d'un congé "
          "sans traitement doit être adressée par écrit et soumise au Collège avant le 1er avril d'une année pour "
          "l'année d'engagement suivante.")
AFTER_RETURN = ("6-5.01 Le salarié éducateur permanent qui désire obtenir un second congé sans traitement doit attendre "
                "au moins trois (3) ans après le retour de son premier congé pour en faire la demande.")
CANDIDATE = ("6-5.13 Le salarié éducateur qui se porte candidat à une charge publique (député, maire, conseiller) "
             "obtient, sur demande soumise quinze (15) jours avant son départ, un congé sans traitement.")
QUESTION = ("Je veux prendre un congé sans traitement à partir du 1er août 2027, je dois faire ma demande au plus "
            "tard quand ?")


def test_a_yearly_date_for_an_event_dated_ahead_is_the_last_one_before_it():
    rule = FixedDate(month=4, day=1, kind="before", phrase="avant le 1er avril", source_clause="6-5.04")
    ahead = compute_fixed_date(date(2027, 8, 1), rule, ahead_of=True)
    assert ahead.end_date == date(2027, 3, 31)
    assert "(avant le 1er août 2027)" in format_fixed_answer(ahead)
    assert compute_fixed_date(date(2027, 3, 1), rule, ahead_of=True).end_date == date(2026, 3, 31)
    assert compute_fixed_date(date(2027, 8, 1), rule).end_date == date(2028, 3, 31)  # from today: the next one


def test_a_request_for_a_dated_leave_takes_the_yearly_date_over_a_delay_after_another_moment_or_for_others():
    for order in (("6-5.13", "6-5.04", "6-5.01"), ("6-5.01", "6-5.04", "6-5.13")):
        texts = {"6-5.04": YEARLY, "6-5.01": AFTER_RETURN, "6-5.13": CANDIDATE}
        direct, hits = direct_answers({clause: texts[clause] for clause in order})
        answer = answered(direct, QUESTION, hits)
        assert answer.text.startswith("**Au plus tard le mercredi 31 mars 2027**"), order
        assert [c.clause for c in answer.citations][:1] == ["6-5.04"]


def test_a_delay_for_teachers_a_condition_names_holds_when_the_question_names_it():
    direct, hits = direct_answers({"6-5.04": YEARLY, "6-5.13": CANDIDATE})
    # 15 days before Sunday 1 August 2027: Saturday 17 July 2027
    answer = answered(direct, "Je me porte candidat à une charge publique, je veux partir en congé sans traitement le "
                              "1er août 2027, je dois faire ma demande au plus tard quand ?", hits)
    assert [c.clause for c in answer.citations][:1] == ["6-5.13"]


GRIEVANCE = ("9-1.03 L'avis de grief doit être posté ou télécopié ou remis dans les 120 jours de la date de l'événement "
             "qui a donné naissance au grief.")
ARBITRATION = ("9-2.02 Le Syndicat qui désire déférer un grief à l'arbitrage doit, dans les 60 jours suivant la date du "
               "récépissé constatant le dépôt du grief tel que prévu à la clause 9-1.05, donner un avis écrit à cet "
               "effet à la Commission.")


def test_a_delay_from_the_event_giving_rise_to_a_grievance_runs_from_whatever_event_is_dated():
    # as on the real index: the arbitration clause first, the grievance notice third
    direct, hits = direct_answers({"9-2.02": ARBITRATION, "9-2.06": "9-2.06 L'arbitre est choisi.",
                                   "9-1.03": GRIEVANCE}, doc="cris")
    # 120 days from 15 April 2026: Thursday 13 August 2026
    answer = answered(direct, "J'ai reçu mon avis de mise à pied le 15 avril 2026, le syndicat a jusqu'à quand pour "
                              "contester ?", hits)
    assert answer.text.startswith("**Au plus tard le jeudi 13 août 2026**")
    assert [c.clause for c in answer.citations][:1] == ["9-1.03"]


CRIS_PAY = ("6-7.03 A) La suppléante ou le suppléant occasionnel est payé dans les 20 jours ouvrables qui suivent la fin "
            "de chaque période de paie.")
BOURGET_PAY = ("7-7.03 Le Collège s'engage à rémunérer le salarié éducateur à taux horaire ou à la période dans les vingt "
               "et un (21) jours suivant sa prestation de travail.")


def test_another_agreements_rule_is_searched_deeper_in_its_own_hits_among_sentences_sharing_the_words():
    def chunk(doc: str, n: int, clause: str, text: str) -> Chunk:
        return Chunk(chunk_id=f"{doc}:{n:05d}:1", doc=doc, clause_id=clause, kind="clause", text=text,
                     indexed_text=text, doc_title=doc, ordinal=n)
    # Bourget's own hits: eight clauses setting unrelated delays before 7-7.03, as on the real index
    bourget = [chunk("bourget", n, f"5-1.{n:02d}", f"5-1.{n:02d} La durée ne peut être supérieure à {n} an.")
               for n in range(1, 9)] + [chunk("bourget", 9, "7-7.03", BOURGET_PAY)]
    cris = [chunk("cris", 1, "6-7.03", CRIS_PAY)]
    by_doc = {"cris": [Hit(c, 1.0) for c in cris], "bourget": [Hit(c, 1.0 - 0.05 * n) for n, c in enumerate(bourget)]}
    documents = {d: {"title": d, "aliases": [d]} for d in by_doc}
    direct = DirectAnswers([], cris + bourget, documents, retrieve=lambda q, docs: by_doc[docs[0]])
    answer = direct.answer("J'ai fait de la suppléance le 15 juin 2026, on doit me payer quand ?",
                           by_doc["cris"] + by_doc["bourget"][:2])
    assert answer is not None
    assert {(c.doc, c.clause) for c in answer.citations} >= {("cris", "6-7.03"), ("bourget", "7-7.03")}
