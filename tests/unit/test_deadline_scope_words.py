"""Which delay a question asks, on tiny inline Bourget clauses (assistant/deadline_answers.py ``_delay_clause``): the
words naming the agreement (« Au Collège ») and the auxiliaries the tokenizer keeps (« j'ai eu connaissance ») are no
topic a delay sentence shares (10-1.04's « … sa décision écrite … » holds « Collège » and « Association » but a meeting
of the CRT asked is 4-2.07's); a resignation letter handed in before a day of departure is a notice counted back
(5-1.14's « trente (30) jours ouvrables avant la date projetée de son départ », not its yearly « avant le 1er avril »);
supply work done (« j'ai fait de la suppléance ») meets 7-7.03's « prestation de travail ».
Dates checked by hand with ``holidays`` (Canada/QC): 2027-10-11 Thanksgiving; 2027-02-26 and 2027-01-15 Fridays."""

from __future__ import annotations

from assistant.deadline_answers import _origin_met, _roots
from assistant.drafts import LookupParams
from assistant.lookups import DirectAnswers
from assistant.types import Hit
from ingest.types import Chunk

from .inline_answers import answered, direct_answers


def _named_college(texts: dict[str, str]) -> tuple[DirectAnswers, list[Hit]]:
    """``direct_answers`` with the agreement named as teachers name it (« Collège »), its hits in ``texts``' order."""
    chunks = [Chunk(chunk_id=f"bourget:{n:05d}:1", doc="bourget", clause_id=clause, kind="clause", text=text,
                    indexed_text=text, doc_title="Convention de test", ordinal=n)
              for n, (clause, text) in enumerate(texts.items(), 1)]
    direct = DirectAnswers([], chunks, {"bourget": {"title": "Convention de test", "aliases": ["Collège", "Bourget"]}})
    return direct, [Hit(chunk, 1.0 - 0.1 * n) for n, chunk in enumerate(chunks)]

CRT_MEETING = ("4-2.07 Une réunion du comité de relations du travail (CRT) se tient dans les dix (10) jours ouvrables de "
               "la date de la demande par l'une ou l'autre des parties.")
DECISION = ("10-1.04 À défaut d'entente entre les parties au comité de relations du travail (CRT), le Collège fournit à "
            "l'Association sa décision écrite dans les vingt-cinq (25) jours ouvrables de la réception de l'avis de "
            "grief.")
RESIGNATION = ("5-1.14 Tout salarié éducateur permanent peut démissionner moyennant un avis écrit donné au Collège avant "
               "le 1er avril et sa démission devient effective le 1er juillet suivant.\n\nTout salarié éducateur peut "
               "démissionner durant l'année de travail pour des motifs valables, moyennant un avis écrit d'au moins "
               "trente (30) jours ouvrables avant la date projetée de son départ.")
MEET = ("4-2.04 Le Collège ou l'Association peut demander à rencontrer l'autre partie pour étudier toute question "
        "relative aux conditions de travail.")
ROOMS = ("3-2.03 Le Collège autorise l'Association à tenir des réunions de son comité exécutif dans un local du "
         "Collège.")
WORKING_DAY = ("1-2.38 Jour ouvrable\n\nDu lundi au vendredi inclusivement à l'exception des jours fériés et chômés "
               "prévus au calendrier et déterminés par le Collège pour une année d'engagement.")


def test_the_agreements_name_is_no_topic_a_delay_shares():
    # ranked as retrieval ranks them: two passages without a delay, then 10-1.04 right before 4-2.07
    direct, hits = _named_college({"4-2.04": MEET, "3-2.03": ROOMS, "10-1.04": DECISION, "4-2.07": CRT_MEETING})
    answer = answered(direct, "Au Collège, l'Association a demandé par écrit une réunion du CRT le vendredi 8 octobre "
                              "2027. La rencontre doit se tenir jusqu'à quand au plus tard ?", hits)
    assert [c.clause for c in answer.citations][:1] == ["4-2.07"]
    assert answer.text.startswith("**Au plus tard le lundi 25 octobre 2027**"), answer.text


def test_a_resignation_letter_before_the_last_day_is_counted_back():
    direct, hits = direct_answers({"5-1.14": RESIGNATION, "1-2.38": WORKING_DAY})
    answer = answered(direct, "Je veux quitter le Collège en cours d'année pour une bonne raison ; mon dernier jour "
                              "serait le vendredi 26 février 2027. Je dois remettre ma lettre au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le vendredi 15 janvier 2027**"), answer.text



def test_supply_work_done_is_the_work_a_pay_delay_runs_from():
    # 7-7.03 « suivant sa prestation de travail » is met by « j'ai fait de la suppléance » (DEV Q238: not Annexe L's
    # raises « suivant la publication des données … », which share more pay words), and a delay from another moment
    # (Cris 6-7.03 « la fin de chaque période de paie ») is not made one of another moment's kind by it
    event = _roots("J'ai fait de la suppléance à taux horaire au Collège")
    params = LookupParams()
    assert _origin_met("suivant sa prestation de travail", event, params) > 0
    assert _origin_met("suivant la publication des données de Statistiques Canada", event, params) == 0
    assert _origin_met("qui suivent la fin de chaque période de paie", event, params) >= 0



REPORT = ("10-9.12 Ce comité a pour mandat d'étudier les faits et les circonstances sur lesquels se fondent la plainte ou "
          "le grief et de recommander, le cas échéant, les mesures qu'il juge appropriées.\n\nLe comité remet son "
          "rapport aux parties et à la ou aux personnes plaignantes et intimées dans les 30 jours qui suivent la date "
          "de sa constitution.")


def test_a_committee_formed_or_created_is_its_constitution():
    """« comité formé le … », « créé le … » meets 10-9.12's « la date de sa constitution » (on the real index, Cris
    6-1.22's « dans les 60 jours de l'entrée en vigueur de la convention, un comité-conseil est formé » took « comité
    formé le 2/02/2027 … date limite du rapport ? »). 2027-02-02 + 30 calendar days = Thursday 2027-03-04."""
    params = LookupParams()
    for told in ("le comité a été formé", "comité créé", "le comité a été créée"):
        assert _origin_met("qui suivent la date de sa constitution", _roots(told), params) > 0, told
    direct, hits = direct_answers({"10-9.12": REPORT}, doc="cris")
    answer = answered(direct, "comité formé le 2/02/2027 pour ma plainte de harcèlement psychologique : date limite du "
                              "rapport ?", hits)
    assert answer.text.startswith("**Au plus tard le jeudi 4 mars 2027**"), answer.text


FORMED = ("10-9.11 À la demande écrite de la ou des personnes plaignantes, la Commission et le Syndicat constituent dans "
          "les 10 jours suivant cette demande, un comité composé d'un membre désigné par chaque partie.")


def test_a_delay_running_from_the_act_asked_is_not_that_acts_deadline():
    """« on a demandé le 3 mars qu'un comité soit formé … jusqu'à quand pour le constituer ? »: 10-9.12's report delay
    runs « qui suivent la date de sa constitution », the very act asked (it took the question: vendredi 2 avril 2027);
    10-9.11's « constituent dans les 10 jours suivant cette demande » answers it. 2027-03-03 + 10 calendar days =
    Saturday 2027-03-13, carried to Monday 2027-03-15."""
    # the report ranks first, as on the index
    direct, hits = direct_answers({"10-9.12": REPORT, "10-9.11": FORMED}, doc="cris")
    question = ("Chez les Cris, on a demandé par écrit le 3 mars 2027 qu'un comité soit formé pour ma plainte de "
                "harcèlement. Jusqu'à quand pour le constituer ?")
    answer = answered(direct, question, hits)
    assert answer.text.startswith("**Au plus tard le lundi 15 mars 2027**"), answer.text
    # the report still answers a question asking the report's deadline from the committee's constitution
    answer = answered(direct, "Chez les Cris, le comité a été constitué le 2 février 2027. Jusqu'à quand pour remettre "
                              "son rapport ?", hits)
    assert answer.text.startswith("**Au plus tard le jeudi 4 mars 2027**"), answer.text
