"""Deadlines on clauses no earlier deadline item read (helper D7, gold Q1070-Q1079):

- a delay run from the agreement's own coming into force, asked without a date, is counted from the date the agreement
  gives that start (Cris 10-12.01 « L'expression dans les « x » jours ou mois de l'entrée en vigueur de la convention
  s'applique à compter de la date de la signature de l'amendement convenu, soit le 28 juin 2006 »), that sentence quoted
  and cited; a length asked (« dans quel délai ? ») is still only stated;
- a limit its own day still meets (« ne doit pas dépasser le 1er avril », Bourget 5-2.07 A) is a yearly date of kind
  « by »;
- « une période d'essai de quatre cents (400) jours » is a length, no delay to act in;
- a sentence opening on the case of the one before it (« Dans ce dernier cas, la décision … ») is quoted with it.

Weekdays checked by hand: 2006-06-28 Wednesday, 2006-07-28 Friday, 2006-12-28 Thursday, 2006-08-27 Sunday (so 60 days
end on Monday 28 August 2006 by the carry-over rule), 2027-04-01 Thursday, 2027-01-04 Monday, 2026-11-09 Monday,
2027-05-14 Friday."""

from __future__ import annotations

from assistant.deadlines import Delay, find_delays, find_fixed_dates, is_duration

from .inline_answers import answered, direct_answers, last_day

IN_FORCE_DATED = ("L'expression dans les « x » jours ou mois de l'entrée en vigueur de la convention s'applique à "
                  "compter de la date de la signature de l'amendement convenu, soit le 28 juin 2006. »")
CENTRALE = ("Dans les 30 jours de l'entrée en vigueur de la convention, la Centrale accrédite une représentante ou un "
            "représentant auprès du Ministère. Par la suite et pour la durée de la convention, une représentante ou un "
            "représentant de la Centrale doit être accrédité auprès du Ministère. »")
TRANSLATION = ("Le Ministère et la Commission conviennent de fournir une traduction en langue crie de la convention "
               "dans les 6 mois de l'entrée en vigueur de la convention. »")
COMMITTEE = ("A) Si ce n'est déjà fait, dans les 60 jours de l'entrée en vigueur de la convention, un comité-conseil est "
             "formé avec mandat de recevoir toute plainte relative à une règle d'évaluation.")
SENIORITY = ("Dans les 45 jours de l'entrée en vigueur de la convention, la Commission établit l'ancienneté au 30 juin "
             "2006 de toute enseignante ou tout enseignant à son emploi et en fait parvenir une liste au Syndicat.")
TRIAL = ("Le salarié éducateur, ayant acquis sa permanence dans son secteur d'emplois, et à qui un poste dans une autre "
         "catégorie d'emplois lui est attribué, est soumis à une période d'essai de quatre cents (400) jours de travail "
         "à temps complet effectivement travaillés.\n\n"
         "Pendant les cent (100) premiers jours de travail de sa période d'essai, le salarié éducateur peut signifier au "
         "Collège son intention de retourner dans sa catégorie d'emplois d'origine. Dans ce dernier cas, la décision du "
         "salarié éducateur concerné ne doit pas dépasser le 1^{er} avril de l'année de travail en cours, et sa "
         "réintégration dans sa catégorie d'emplois d'origine s'effectue au début de l'année de travail suivante.")


def _cris(*clauses: tuple[str, str]):
    return direct_answers(dict(clauses), doc="cris")


def test_a_delay_from_the_coming_into_force_is_counted_from_the_date_the_agreement_gives():
    direct, hits = _cris(("6-1.01", CENTRALE), ("10-12.01", IN_FORCE_DATED))
    for question in ("À la cris, la Centrale devait accréditer sa représentante auprès du Ministère au plus tard quand ?",
                     "Cris : c'était quoi la date limite pour que la Centrale accrédite un représentant auprès du "
                     "Ministère ?",
                     "Selon l'accord cris, jusqu'à quand la Centrale avait-elle pour accréditer son représentant ?"):
        assert last_day(direct, question, hits) == "vendredi 28 juillet 2006", question


def test_the_dating_sentence_is_quoted_and_cited():
    direct, hits = _cris(("10-2.02", TRANSLATION), ("10-12.01", IN_FORCE_DATED))
    answer = answered(direct, "Chez les cris, la traduction en langue crie devait être fournie au plus tard quand ?",
                      hits)
    assert answer.text.startswith("**Au plus tard le jeudi 28 décembre 2006**")
    assert "soit le 28 juin 2006" in answer.text
    assert {c.clause for c in answer.citations} == {"10-2.02", "10-12.01"}
    assert "la date de votre question" not in answer.text  # the start is the agreement's, not the question's


def test_months_and_a_carried_sunday_from_the_coming_into_force():
    direct, hits = _cris(("6-1.22", COMMITTEE), ("10-12.01", IN_FORCE_DATED))
    assert last_day(direct, "Cris : le comité-conseil sur les règles d'évaluation devait être formé jusqu'à quand ?",
                    hits) == "lundi 28 août 2006"


def test_a_sentence_setting_a_delay_itself_does_not_date_the_coming_into_force():
    # 5-2.08 names the coming into force and a year (« au 30 juin 2006 ») but is a delay, not the start's date
    direct, hits = _cris(("6-1.01", CENTRALE), ("5-2.08", SENIORITY))
    answer = direct.answer("À la cris, la Centrale devait accréditer sa représentante au plus tard quand ?", hits)
    assert answer is None or "28 juillet 2006" not in answer.text and "30 juillet 2006" not in answer.text


def test_a_length_asked_is_stated_not_counted():
    direct, hits = _cris(("10-2.02", TRANSLATION), ("10-12.01", IN_FORCE_DATED))
    answer = direct.answer("La convention cris doit-elle être traduite en langue crie ? Dans quel délai ?", hits)
    assert answer is None or "Au plus tard le" not in answer.text


def test_a_limit_its_day_meets_is_a_yearly_date_by_that_day():
    for text, (month, day) in (("la décision ne doit pas dépasser le 1^{er} avril de l'année de travail", (4, 1)),
                               ("la demande ne peut excéder le 15 mai de chaque année", (5, 15)),
                               ("les inscriptions ne peuvent pas dépasser le 30 septembre", (9, 30))):
        found = find_fixed_dates(text)
        assert [(f.month, f.day, f.kind) for f in found] == [(month, day, "by")], text
    # the other kinds unchanged
    assert [f.kind for f in find_fixed_dates("avant le 1^{er} avril")] == ["before"]
    assert [f.kind for f in find_fixed_dates("au plus tard le 15 octobre")] == ["by"]
    assert [f.kind for f in find_fixed_dates("chaque année, le 1er février, le Collège établit")] == ["on"]


def test_a_trial_period_named_by_its_purpose_is_a_length():
    sentence = ("est soumis à une période d'essai de quatre cents (400) jours de travail à temps complet "
                "effectivement travaillés")
    delays = find_delays(sentence)
    assert delays and all(is_duration(sentence, d) for d in delays)
    act = "le Collège dispose d'une période de trente (30) jours pour décider"  # still a time to act
    assert any(not is_duration(act, d) for d in find_delays(act) if isinstance(d, Delay))


def test_a_decision_bounded_by_a_yearly_day_is_due_that_day_with_its_case_quoted():
    direct, hits = direct_answers({"5-2.07 A": TRIAL})
    for question in ("Chu permanente au Collège ; depuis le lundi 4 janvier 2027 j'occupe un poste dans une autre "
                     "catégorie d'emplois, en période d'essai. Si je veux retourner dans ma catégorie d'origine, ma "
                     "décision doit être signifiée au plus tard quand ?",
                     "J'ai commencé ma période d'essai dans une autre catégorie d'emplois au Collège le lundi 9 novembre "
                     "2026. C'est quoi la date limite pour signifier que je retourne dans ma catégorie d'origine ?"):
        answer = answered(direct, question, hits)
        assert answer.text.startswith("**Au plus tard le jeudi 1er avril 2027**"), answer.text[:300]
        # « Dans ce dernier cas » : the sentence before, which says whose decision it is, is quoted with it
        assert "Pendant les cent (100) premiers jours de travail" in answer.text


def test_the_start_asked_is_the_date_the_agreement_gives():
    direct, hits = _cris(("6-1.01", CENTRALE), ("10-12.01", IN_FORCE_DATED))
    for question in ("Quand l'accord cris dit « dans les 30 jours de l'entrée en vigueur de la convention », ça part de "
                     "quelle date ?",
                     "Cris : les 30 jours de l'entrée en vigueur pour accréditer la représentante de la Centrale, ça se "
                     "compte à partir de quelle date ?"):
        answer = answered(direct, question, hits)
        assert answer.text.startswith("**Point de départ : le mercredi 28 juin 2006**"), answer.text[:200]
        assert {c.clause for c in answer.citations} == {"10-12.01"}
