"""Two delays the agreements write without a number of days to count from the question's date, on tiny inline Bourget
clauses (assistant/deadlines.py ``find_delays``, assistant/deadline_answers.py ``_count`` / ``_chained``):
« au plus tard quinze (15) jours après les délais fixés à la clause 7-1.02 » (7-1.04) runs from the end of 7-1.02's
30 days after the hiring, both steps shown and cited; « au plus tard le jour ouvrable précédant la tenue de la
réunion » (4-1.07, the conseil pédagogique) is one working day counted back, and a question naming the CRT takes
4-2.09's « deux (2) jours ouvrables avant » over it (a clause's heading is not scored: 4-1.07 wins the council's
question by its words and its rank, as retrieval ranks it).
Dates checked by hand: 2027-08-24 + 30 days = Thursday 2027-09-23, + 15 days = Friday 2027-10-08; 2027-04-12 is a
Monday (working day before: Friday 2027-04-09; two working days before: Thursday 2027-04-08)."""

from __future__ import annotations

from assistant.deadlines import find_delays

from .inline_answers import answered, direct_answers

PAPERS = ("7-1.02 L'enseignant remet au Collège tous les documents pertinents à sa scolarité (diplômes, relevés de "
          "notes, bulletins, certificats, brevets, etc.) à son expérience d'enseignement et à son expérience "
          "professionnelle, au plus tard dans les trente (30) jours après la date d'engagement.")
CADRE = ("7-1.04 Au besoin, le Collège transmet au CADRE les copies des dossiers complets relatifs à la scolarité de "
         "chaque enseignant visé par la clause 7-1.02. Cette transmission de dossiers doit se faire dans les meilleurs "
         "délais possibles, mais au plus tard quinze (15) jours après les délais fixés à la clause 7-1.02.")
COUNCIL = ("4-1.07 L'ordre du jour et la documentation pertinente à l'étude des points à l'ordre du jour doivent "
           "parvenir, dans leur case respective ou par courriel, à tous les membres au plus tard le jour ouvrable "
           "précédant la tenue de la réunion.")
CRT = ("4-2.09 Dans la mesure du possible, chaque partie fait parvenir à l'autre partie, le plus tôt possible et au plus "
       "tard deux (2) jours ouvrables avant la tenue de la rencontre, la documentation qu'elle juge pertinente "
       "relativement aux sujets à l'ordre du jour du comité de relations du travail.")
WORKING_DAY = ("1-2.38 Jour ouvrable\n\nDu lundi au vendredi inclusivement à l'exception des jours fériés et chômés "
               "prévus au calendrier et déterminés par le Collège pour une année d'engagement.")


def test_the_working_day_before_is_one_working_day_counted_back():
    found = find_delays("au plus tard le jour ouvrable précédant la tenue de la réunion")
    assert [(d.amount, d.unit, d.direction) for d in found] == [(1, "working_days", "before")]
    assert find_delays("sa démission prend effet le dernier jour précédant le jour de l'entrée en vigueur") == []


def test_a_delay_after_another_clauses_delay_counts_that_delay_first():
    direct, hits = direct_answers({"7-1.04": CADRE, "7-1.02": PAPERS, "1-2.38": WORKING_DAY})
    answer = answered(direct, "J'ai été engagée au Collège le mardi 24 août 2027. Le Collège doit transmettre mon "
                              "dossier au CADRE au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le vendredi 8 octobre 2027**"), answer.text
    assert "jeudi 23 septembre 2027" in answer.text
    assert {c.clause for c in answer.citations} >= {"7-1.04", "7-1.02"}


def test_the_delay_it_chains_to_is_still_answered_alone():
    direct, hits = direct_answers({"7-1.02": PAPERS, "7-1.04": CADRE, "1-2.38": WORKING_DAY})
    answer = answered(direct, "J'ai été engagée au Collège le mardi 24 août 2027. Jusqu'à quand pour remettre mes "
                              "documents de scolarité ?", hits)
    assert answer.text.startswith("**Au plus tard le jeudi 23 septembre 2027**"), answer.text


def test_the_body_named_picks_its_documents_delay():
    # ranked as retrieval ranks them for the council's question (4-1.07's words carry no « conseil »: its heading does)
    direct, hits = direct_answers({"4-1.07": COUNCIL, "4-2.09": CRT, "1-2.38": WORKING_DAY})
    council = answered(direct, "Le conseil pédagogique se réunit le lundi 12 avril 2027. L'ordre du jour et la "
                               "documentation doivent nous parvenir au plus tard quand ?", hits)
    assert council.text.startswith("**Au plus tard le vendredi 9 avril 2027**"), council.text
    assert [c.clause for c in council.citations][:1] == ["4-1.07"]
    crt = answered(direct, "Le comité de relations du travail se réunit le lundi 12 avril 2027. La documentation doit "
                           "nous parvenir au plus tard quand ?", hits)
    assert crt.text.startswith("**Au plus tard le jeudi 8 avril 2027**"), crt.text
