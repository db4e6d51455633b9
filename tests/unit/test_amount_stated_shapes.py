"""Amount shapes read in general, on tiny inline texts in the corpus's format (assistant/pay_arithmetic.py,
assistant/amount_answers.py):

- a percentage a clause takes of a thing the question states the amount of (« 66 % du montant des dépenses … »,
  « soixante-six pour cent (66 %) du montant de l'enveloppe … »): that amount × the percentage
  (``PayArithmetic._percent_of_stated``); a percentage of the salary is never taken of it, except of an hourly rate
  stated for the hours beyond a clause's weekly number (8-11.09's 150 % beyond 40 hours);
- a deduction asked for a number of lengths absent (« 3 heures », « deux journées », « un après-midi »): the rule's
  share of one, times that number (``absent_length``);
- a role a clause pays on another annex's scale « au même échelon » (7-6.06): that annex's cell at the échelon asked,
  and the task's share (« la moitié de mes heures », « à 40 % de ma charge ») taken of it when the clause sets it pro
  rata (``AmountAnswers._same_echelon_amount``);
- wordings the lookups had not read: « mes cours durent 75 minutes », « j'ai pas touché à … », « 3 de mes jours ».

Paraphrases with other words, numbers and sentence shapes than the gold items (Q974, Q976, Q978, Q988, Q996, Q1135,
Q1139, Q1157, Q1159)."""

from __future__ import annotations

import pytest

from assistant.amount_answers import _PERIOD_LENGTH
from assistant.lookups import DirectAnswers
from assistant.pay_arithmetic import _DAY_COUNT, _UNUSED_DAYS, absent_length
from assistant.types import Hit

from .inline_answers import table_answers

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"},
             "cris": {"title": "Accord crie", "aliases": ["Cris", "CS crie"], "kind": "accord"}}

#: Cris 12-8.01 (corpus, its list cut)
FOOD = ("L'enseignante ou l'enseignant qui doit pourvoir à son propre approvisionnement en nourriture dans les localités "
        "de Whapmagoostui, Wemindji, Eastmain, Waskaganish et Nemaska bénéficie, sur présentation de pièces "
        "justificatives, du remboursement des frais de transport de cette nourriture jusqu'à concurrence des masses "
        "suivantes :\n\nÀ chaque année, l'enseignante ou l'enseignant bénéficiant du remboursement des frais de transport "
        "de nourriture a droit annuellement, au 1er mars, à une indemnité additionnelle égale à 66 % du montant des "
        "dépenses encourues pour le transport de nourriture de l'année civile précédente. »")
#: Bourget 8-8.06 (corpus)
TRAINEE = ("8-8.06 À la demande de la direction du Collège, l'enseignant qui accepte d'accompagner un stagiaire reçoit "
           "soixante-six pour cent (66 %) du montant de l'enveloppe monétaire versé au Collège pour l'accueil de ce "
           "stagiaire.")
#: Bourget 7-7.08 (corpus, cut): a percentage of the salary, never of an amount the question states
RECOVERY = ("Dans le cas où le Collège a versé en trop des sommes, celui-ci s'entend avec le salarié éducateur sur les "
            "modalités de remboursement. À défaut d'entente, le Collège procède ; toutefois, le Collège ne peut prélever "
            "plus de vingt pour cent (20 %) du traitement brut de la paie du salarié éducateur.")
#: Bourget 11-5.01 (corpus, cut): a percentage whose sentence gives its own amount
TUITION = ("- pour l'élève fréquentant le niveau primaire ou secondaire : une réduction d'un montant fixe correspondant à "
           "cinquante pour cent (50 %) des frais de scolarité applicables au cours de l'année scolaire 2014-2015, soit une "
           "réduction de 1 400,00 \\$ au niveau primaire et de 1 927,50 \\$ au niveau secondaire ;")
#: Bourget 8-11.09 (corpus)
OVERTIME = ("8-11.09 **Temps supplémentaire**\n\nLe temps supplémentaire est rémunéré à cent cinquante pour cent (150 %) "
            "du traitement régulier pour les heures de travail supplémentaires dépassant quarante (40) heures par "
            "semaine ; l'animateur peut également, avec approbation du Collège, reprendre son temps supplémentaire, à "
            "taux simple et demi (150 %), après entente avec le Collège dans un délai n'excédant pas la période estivale "
            "qui suit.")
#: Bourget 7-8.04 (as indexed: « 1/200e »)
DEDUCTION = ("7-8.04 Le Collège déduit 1/200e (enseignant et animateur) ou, selon le cas, 1/260e (salarié éducateur "
             "non-enseignant) par jour de travail (lire 1/400e ou 1/520e par demi-journée de travail et lire 1/1000e "
             "(enseignant et animateur) 1/1950e (salarié éducateur professionnel) une (1) heure (salarié éducateur de "
             "soutien technique) pour chaque heure de travail) du traitement annuel applicable du salarié éducateur dans "
             "les cas suivants :\n\n- a) absences autorisées sans traitement pour une durée inférieure à une année de "
             "travail ;\n- b) absences non autorisées ou utilisées à des fins autres que celles autorisées ;")
#: Bourget 7-6.06 (corpus, its page break kept)
LEVEL_LEAD = ("7-6.06 **Rémunération visant le répondant de niveau**\n\nÀ la date de la signature de la présente "
              "convention collective, le salarié éducateur qui assume la responsabilité de répondant de niveau, reçoit "
              "automatiquement, à titre de rémunération, le dernier échelon de l'échelle annuelle de traitement de "
              "l'enseignant à temps complet (rf. annexe M). Ce traitement est déterminé au début de l'année de travail "
              "au prorata et selon le nombre d'heures ou d'unités de travail de la tâche de répondant de niveau à "
              "effectuer.\n\nSubséquemment à la date de la signature de la convention, le salarié éducateur animateur qui "
              "effectue pour la première fois à sa charge professionnelle la tâche de répondant de niveau, reçoit une "
              "rémunération correspondant à l'échelle annuelle de traitement de l'enseignant à temps complet (rf. annexe "
              "M), et ce, au même échelon salarial que son classement à titre de salarié éducateur animateur. Ce "
              "traitement est déterminé au début de l'année de travail au prorata et selon le nombre\n\nd'heures ou "
              "d'unités de travail de la tâche de répondant de niveau à accomplir.")
TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet (rf. clause 7-6.02)

Échelons\tTraitement enseignants secteur public - 1 ^{er} avril 2013\tTraitement enseignants secteur public - 1 ^{er} avril 2014
\t1,75 %\t2 %
5\t45 050\t45 951
8\t51 043\t52 064
12\t60 293\t61 499
17\t74 244\t75 729
"""
ANIMATORS = """Annexe O Échelles annuelles des animateurs à temps complet

<i>Animateur et « Sauveteur aquatique » (40 heures/semaine)</i>
Échelon\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
5\t33 825\t34 502
8\t37 975\t38 735
12\t43 603\t44 475
17\t51 737\t52 772
"""
PROFESSIONALS = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

B) Échelles annuelles, salarié éducateur professionnel à temps complet

<i>Psychoéducateur (37,5 heures/semaine) (rf. #2150)</i>
Échelons\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
3\t43 116\t43 978
10\t55 860\t56 977
"""


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("cris", "12-8.01", FOOD), ("bourget", "8-8.06", TRAINEE), ("bourget", "7-7.08", RECOVERY), ("bourget", "11-5.01", TUITION),
                          ("bourget", "8-11.09", OVERTIME), ("bourget", "7-8.04", DEDUCTION),
                          ("bourget", "7-6.06", LEVEL_LEAD), ("bourget", "Annexe M", TEACHERS),
                          ("bourget", "Annexe O", ANIMATORS), ("bourget", "Annexe N", PROFESSIONALS)], DOCUMENTS)


def _hits(direct: DirectAnswers, *clauses: str) -> list[Hit]:
    chunks = {c.clause_id: c for c in direct.chunks}
    return [Hit(chunks[clause], 1.0 - 0.1 * n) for n, clause in enumerate(clauses)]


@pytest.mark.parametrize("question, clause, lead", [
    ("À Wemindji, l'an dernier j'ai payé 1 800 $ pour faire monter mon épicerie par fret. Au mois de mars, la CS crie "
     "me rajoute combien là-dessus ?", "12-8.01", "**1 188 $** : 1 800 $ (le montant de votre question) × 66 %"),
    ("Chez les Cris, mes dépenses de transport de nourriture de 2026 ont été de 950,50 $. Quel montant d'indemnité "
     "additionnelle je vais toucher ?", "12-8.01", "**627,33 $** : 950,50 $"),
    ("Pour accueillir ma stagiaire, l'université a envoyé une enveloppe de 2 000 $ au Collège. Combien de cet argent me "
     "revient ?", "8-8.06", "**1 320 $** : 2 000 $ (le montant de votre question) × 66 %"),
    ("J'accompagne un stagiaire à la demande de la direction ; le montant versé au Collège pour l'accueil est de 750 $. "
     "Ça me donne combien ?", "8-8.06", "**495 $**"),
])
def test_a_percentage_of_an_amount_the_question_states(direct, question, clause, lead):
    answer = direct.answer(question, _hits(direct, clause, "7-7.08"))
    assert answer is not None, question
    assert answer.text.startswith(lead), answer.text
    assert any(c.clause == clause for c in answer.citations)


@pytest.mark.parametrize("question", [
    "Le Collège m'a versé 1 200 $ de trop. Il peut me prélever combien sur chaque paie ?",  # 20 % of the salary
    "Combien l'université verse-t-elle au Collège pour un stagiaire ?",  # no amount stated
    "J'ai payé 300 $ de stationnement cette année. On m'en rembourse combien ?",  # no word of the thing
    "J'ai payé 1 000 $ de frais de scolarité pour mon cours à l'université, le Collège m'en rembourse combien ?",
    "Au Collège, les frais de scolarité de ma fille au primaire sont de 2 900 $. La réduction, c'est combien ?",
])
def test_no_percentage_of_a_stated_amount_without_its_thing(direct, question):
    answer = direct.answer(question, _hits(direct, "7-7.08", "8-8.06", "11-5.01"))
    assert answer is None or "(le montant de votre question)" not in answer.text, answer.text


@pytest.mark.parametrize("question, lead", [
    ("Animatrice au Collège, la semaine du tournoi j'ai fait 44 heures demandées par la direction. Mon taux normal "
     "est de 25 $ de l'heure. Le temps sup payé, ça monte à combien ?", "**150 $** pour 4 heures au-delà de 40 heures"),
    ("Mon taux régulier d'animateur revient à 22,40 $/h. J'ai travaillé 50 heures cette semaine-là à la demande du "
     "Collège : combien on me paie pour les heures supplémentaires ?", "**336 $** pour 10 heures au-delà de 40 heures"),
])
def test_hours_beyond_the_weekly_number_at_the_clause_percentage(direct, question, lead):
    answer = direct.answer(question, _hits(direct, "8-11.09"))
    assert answer is not None, question
    assert answer.text.startswith(lead), answer.text


def test_no_overtime_computed_without_hours_beyond(direct):
    answer = direct.answer("Animateur payé 20 $ de l'heure, j'ai fait 35 heures cette semaine. Combien pour le temps "
                           "supplémentaire ?", _hits(direct, "8-11.09"))
    assert answer is None or "au-delà de 40 heures" not in answer.text, answer.text


@pytest.mark.parametrize("question, expected", [
    ("J'ai manqué 3 heures un après-midi", ("heure", 3)),
    ("deux journées d'absence", ("jour", 2)),
    ("un avant-midi d'absence", ("demi-journée", 1)),
    ("2 demi-journées sans solde", ("demi-journée", 2)),
    ("une heure sans autorisation", ("heure", 1)),
    ("j'ai manqué 2 jours et demi", ("jour", 2.5)),
    ("une heure et demie d'absence", ("heure", 1.5)),
    ("mes 10 jours de maladie sont épuisés pis j'ai manqué une journée de plus", ("jour", 1)),
    ("combien on me coupe ?", None),
])
def test_the_length_absent_and_its_count(question, expected):
    assert absent_length(question) == expected


@pytest.mark.parametrize("question, line", [
    ("Prof au Collège à l'échelon 12 (échelle 2014) : je suis partie 4 heures sans autorisation. Ça me coûte combien ?",
     "- **246 $** déduits pour 4 heures d'absence : 61 499 $ ÷ 1000 × 4 (soit 61,50 $ par heure)"),
    ("Enseignant à l'échelon 8 au Collège, colonne du 1er avril 2014 : deux journées d'absence non autorisée, combien "
     "de moins sur ma paie ?", "- **520,64 $** déduits pour 2 jours d'absence : 52 064 $ ÷ 200 × 2"),
    ("Psychoéducateur à l'échelon 10, échelle du 01-04-2014 : on m'a accordé 6 heures sans traitement. On va me "
     "retenir combien ?", "- **175,31 $** déduits pour 6 heures d'absence : 56 977 $ ÷ 1950 × 6"),
    ("Au Collège, prof à l'échelon 8 (1er avril 2014), j'ai manqué 2 jours et demi sans autorisation. Combien on me "
     "coupe ?", "- **650,80 $** déduits pour 2,5 jours d'absence : 52 064 $ ÷ 200 × 2,5 (soit 260,32 $ par journée)"),
    ("Échelon 5 au Collège, prof, en 2014 : un après-midi d'absence sans solde, on me coupe combien ?",
     "- **114,88 $** déduits pour une demi-journée d'absence : 45 951 $ ÷ 400"),
])
def test_a_deduction_for_several_lengths_absent(direct, question, line):
    answer = direct.answer(question, _hits(direct, "7-8.04"))
    assert answer is not None, question
    assert line in answer.text, answer.text


@pytest.mark.parametrize("question, lead, cell", [
    ("Animatrice classée à l'échelon 8, je prends la tâche de répondante de niveau pour la première fois, à 40 % de ma "
     "charge. Mon salaire pour ça avec l'échelle de 2013 ?", "Au prorata de la tâche : **20 417,20 $** = 40 % de 51 043 $",
     "**51 043 $** par année — Annexe M, échelon 8"),
    ("Je suis animateur à l'échelon 12 ; cette année j'effectue pour la première fois la tâche de répondant de niveau, "
     "qui prend le quart de mes heures. Ça me paie combien au 1er avril 2014 ?",
     "Au prorata de la tâche : **15 374,75 $** = 25 % de 61 499 $", "**61 499 $** par année — Annexe M, échelon 12"),
    ("Comme animateur (échelon 5), je deviens répondant de niveau pour la première fois. Le montant de base avant le "
     "prorata, colonne du 1er avril 2014, c'est combien ?", "**45 951 $** par année — Annexe M, échelon 5", ""),
])
def test_a_role_paid_on_another_scale_at_the_same_echelon(direct, question, lead, cell):
    answer = direct.answer(question, _hits(direct, "7-6.06", "Annexe O", "Annexe M"))
    assert answer is not None, question
    assert answer.text.startswith(lead), answer.text
    assert cell in answer.text and "Annexe O" not in answer.text, answer.text
    assert any(c.clause == "7-6.06" for c in answer.citations)


@pytest.mark.parametrize("question", [
    "Je suis animateur à l'échelon 5 au Collège. Mon salaire annuel au 1er avril 2014 ?",
    "Selon la convention, un animateur à l'échelon 5 avec une pleine charge professionnelle, c'est combien au "
    "1er avril 2014 ?",
    "Animatrice à l'échelon 5, c'est ma première fois au Collège : je gagne combien avec l'échelle de 2014 ?",
])
def test_the_own_class_scale_when_the_role_is_not_named(direct, question):
    answer = direct.answer(question, _hits(direct, "7-6.06", "Annexe O", "Annexe M"))
    assert answer is not None
    assert answer.text.startswith("**34 502 $** par année — Annexe O"), answer.text


@pytest.mark.parametrize("question, minutes", [
    ("mes cours durent 75 minutes chacun", "75"),
    ("mon cours dure 90 minutes", "90"),
    ("des périodes de 45 minutes", "45"),
])
def test_a_class_length_told_by_its_verb(question, minutes):
    found = _PERIOD_LENGTH.search(question)
    assert found is not None and next(g for g in found.groups() if g) == minutes


def test_a_schedule_of_classes_is_no_length_asked():
    assert _PERIOD_LENGTH.search("mes cours de 75 minutes le lundi") is None


@pytest.mark.parametrize("question, count", [
    ("j'ai pas touché à 3 de mes jours de maladie", "3"),
    ("il me reste quatre jours de maladie", "quatre"),
])
def test_unused_days_said_otherwise(question, count):
    assert _UNUSED_DAYS.search(question)
    assert _DAY_COUNT.search(question).group(1) == count


#: Cris 5-10.28 A) (corpus)
INVALIDITY = ("A) Prestations\n\nSous réserve des dispositions des présentes et des clauses 5-10.45 à 5-10.65, une "
              "enseignante ou un enseignant a droit pour toute période d'invalidité durant laquelle elle ou il est absent "
              "du travail :\n\n- 1) jusqu'à concurrence du moindre du nombre de jours de congés de maladie accumulés à son "
              "crédit ou de 5 jours ouvrables : au paiement d'une prestation équivalente au traitement qu'elle ou il "
              "recevrait si elle ou il était au travail;\n- 2) à compter de l'arrêt du paiement de la prestation prévue "
              "au sous-paragraphe 1), le cas échéant, mais jamais avant l'expiration d'un délai de carence de 5 jours "
              "ouvrables depuis le début de la période d'invalidité et jusqu'à concurrence de 52 semaines à compter du "
              "début de la période d'invalidité : au paiement d'une prestation d'un montant égal à 75 % de son "
              "traitement;\n- 3) à compter de l'expiration de la période précitée de 52 semaines, jusqu'à concurrence "
              "d'une période additionnelle de 52 semaines : au paiement d'une prestation d'un montant égal à 66 2/3 % de "
              "son traitement.")


@pytest.fixture(scope="module")
def invalidity() -> DirectAnswers:
    return table_answers([("cris", "5-10.28", INVALIDITY)], DOCUMENTS)


@pytest.mark.parametrize("question, line", [
    ("Chez les Cris, je gagne 60 000 $ par année et ça fait plus d'un an que je suis invalide. Mon assurance-salaire, "
     "c'est combien par année ?", "- **40 000 $** : 60 000 $ (le traitement annuel de votre question) × 66 2/3 %"),
    ("CS crie, traitement annuel de 54 000 $ ; en invalidité depuis 14 mois. Combien on me verse par année ?",
     "- **36 000 $** : 54 000 $ (le traitement annuel de votre question) × 66 2/3 %"),
    ("Mon salaire à la Commission crie est de 48 000 $ par année. Je suis en arrêt depuis 10 semaines pour invalidité : "
     "la prestation, c'est combien par année ?", "- **36 000 $** : 48 000 $ (le traitement annuel de votre question) × 75 %"),
])
def test_a_percentage_bounded_by_the_period_of_invalidity(invalidity, question, line):
    answer = invalidity.answer(question, _hits(invalidity, "5-10.28"))
    assert answer is not None, question
    assert line in answer.text, answer.text


#: Bourget 6-6.10 (corpus)
YEAR_LEAVE = ("6-6.10 Le pourcentage du traitement que reçoit le salarié éducateur pendant la période d'échelonnement est "
              "déterminé selon les formules suivantes :\n\nLe congé est d'une (1) année :\n\n- si le contrat est de trois "
              "(3) ans, 66,66 % du traitement ;\n- si le contrat est de quatre (4) ans, 75 % du traitement ;\n- si le "
              "contrat est de cinq (5) ans, 80 % du traitement.")


@pytest.mark.parametrize("question", [
    "Au Collège, j'ai 19 ans de scolarité pis 5 ans d'expérience. Je gagne combien par année avec mon salaire de "
    "60 000 $ ?",
    "Je gagne 58 000 $ par année au Collège, avec 4 ans d'expérience et 18 ans de scolarité. Combien par année ?",
])
def test_years_counted_of_another_thing_meet_no_rule_twice(question):
    direct = table_answers([("bourget", "6-6.10", YEAR_LEAVE)], DOCUMENTS)
    answer = direct.answer(question, _hits(direct, "6-6.10"))
    assert answer is None or "Pourcentage du traitement" not in answer.text, answer.text
