"""assistant.colloquial, eleventh group: a disciplinary record and how long it stays on file, what the employer keeps on
one, the probation said as a trial, being let go, who must prove it, the weekend, joining the union, a disaster at home,
being hurt, what a leave is taken from: each everyday wording gets the agreements' words, in paraphrases other than the
gold questions they were written for (DEV Q1855, Q1856, Q1847, Q1096, Q1098, Q1286, Q1288, Q1290), and only there."""

from __future__ import annotations

import pytest

from assistant.colloquial import without_mapped

from .colloquial_added import added_words as _added


@pytest.mark.parametrize("question", [
    "Le blâme qu'on m'a donné l'an passé, est-ce qu'il va s'effacer de mon dossier un jour ?",
    "Ma suspension de trois jours va-tu rester à vie dans mon dossier ?",
    "Chez les Cris, un avertissement écrit, ils l'enlèvent de mon dossier après combien de temps ?",
    "Quand est-ce que la lettre disparaît de mon dossier ?",
])
def test_how_long_a_measure_stays_on_file_is_its_removal(question):
    assert "retirée" in _added(question)


@pytest.mark.parametrize("question", [
    "Est-ce que je peux consulter mon dossier au Collège ?",
    "Qui a accès à mon dossier d'employé ?",
])
def test_a_file_named_without_its_removal_is_not(question):
    assert "retirée" not in _added(question)


@pytest.mark.parametrize("question", [
    "J'ai eu une réprimande écrite, c'est-tu une vraie sanction ?",
    "Un avertissement écrit, ça compte pour quoi au Collège ?",
])
def test_a_kind_of_measure_is_a_disciplinary_measure(question):
    assert "mesure disciplinaire" in _added(question)


def test_a_suspension_beside_a_disciplinary_word_is_the_disciplinary_one():
    assert "suspension disciplinaire" in _added("Et une suspension pour une faute grave, elle reste combien de temps ?")
    assert "suspension disciplinaire" in _added("Pis si au lieu d'un avertissement j'avais eu une suspension ?")
    assert "suspension disciplinaire" not in _added("Je peux-tu suspendre mon congé de maternité si mon bébé est hospitalisé ?")


@pytest.mark.parametrize("question", [
    "Quelles infos le Collège garde-tu sur moi ?",
    "Les papiers qu'ils ont sur moi à la Commission, c'est quoi ?",
    "Qu'est-ce que l'employeur conserve exactement sur nous ?",
])
def test_what_the_employer_keeps_on_one_is_the_file(question):
    assert "dossier" in _added(question)


@pytest.mark.parametrize("question", [
    "Pendant ma période d'essai, je peux-tu être congédiée sans raison ?",
    "Je suis encore à l'essai chez les Cris : ça dure combien de temps ?",
])
def test_a_trial_is_the_probation(question):
    assert "probation" in _added(question)


def test_trying_is_no_trial():
    assert "probation" not in _added("J'ai essayé de joindre la direction trois fois, que faire ?")


def test_being_thanked_for_ones_services_is_being_let_go_but_not_thanks():
    assert "mis fin à son emploi" in _added("Le Collège m'a remercié de mes services en juin : j'ai-tu un recours ?")
    assert "mis fin à son emploi" in _added("Ils l'ont remerciée après deux mois, c'est permis ?")
    assert "mis fin à son emploi" not in _added("La direction m'a remerciée pour mon travail au spectacle.")


def test_proving_is_the_burden_of_proof():
    assert "fardeau de la preuve" in _added("Qui doit prouver que j'ai commis la faute, moi ou l'employeur ?")


@pytest.mark.parametrize("question", [
    "Une réunion le week-end, c'est-tu obligatoire ?",
    "Ils peuvent-tu nous faire venir une fin de semaine pour les portes ouvertes ?",
])
def test_the_weekend_is_saturday_and_sunday(question):
    assert "samedi dimanche" in _added(question)


@pytest.mark.parametrize("question", [
    "Faut-tu que je devienne membre de l'union en arrivant ?",
    "Je suis-tu obligée d'adhérer au syndicat si je suis suppléante ?",
    "Est-ce que je peux refuser d'entrer dans l'association ?",
])
def test_joining_the_union_is_the_membership_application(question):
    assert "adhésion" in _added(question)


@pytest.mark.parametrize("question", [
    "Une tornade a arraché le toit chez nous, je peux-tu m'absenter ?",
    "Notre maison a brûlé la nuit passée, j'ai droit à un congé ?",
    "Après l'inondation de mon sous-sol, est-ce que je suis payée si je reste chez moi ?",
    "Chez les Cris, une inondation dans le village, ça donne combien de jours ?",
])
def test_a_disaster_at_home_is_force_majeure(question):
    assert "force majeure" in _added(question)


@pytest.mark.parametrize("question", [
    "Je me suis fait mal au genou en surveillant la récré, je fais quoi ?",
    "Si un prof se fait mal à l'école, qui paie ?",
])
def test_being_hurt_is_an_accident_at_work(question):
    assert "accident du travail" in _added(question)


def test_a_sad_heart_is_no_injury():
    assert "accident du travail" not in _added("Ça me fait mal au cœur de quitter mes élèves, je peux-tu partir en juin ?")


@pytest.mark.parametrize("question", [
    "Est-ce que ça gruge dans ma banque de congés ?",
    "Mon rendez-vous chez le dentiste, ça va-tu piger dans mes jours de maladie ?",
    "Une absence pour la CNESST, ça affecte-tu mes congés ?",
])
def test_what_a_leave_is_taken_from_is_the_bank(question):
    assert "banque de congés" in _added(question)


def test_eating_ones_lunch_takes_nothing_from_a_bank():
    assert "banque de congés" not in _added("Je mange mes lunchs dans ma classe, c'est-tu permis ?")


def test_everyday_words_are_blanked_for_the_scope_check_and_agreement_words_kept():
    """The words a pattern maps are no unknown topic (« week-end », « inondée »); the agreements' own words a
    lookahead reads (« réprimande », « inondation », « dossier ») stay for assistant.scope."""
    blanked = without_mapped("Une tornade le week-end, une inondation, pis la réprimande reste dans mon dossier")
    assert "tornade" not in blanked and "week-end" not in blanked and "inondation" in blanked
    assert "réprimande" in blanked and "dossier" in blanked


@pytest.mark.parametrize("question", [
    "Est-ce qu'il y a un escompte sur les frais pour les enfants des profs ?",
    "Mon fils va entrer au secondaire au Collège : j'ai-tu un rabais comme employée ?",
    "La ristourne de l'assurance, on a-tu un rabais là-dessus ?",
])
def test_a_discount_is_a_reduction(question):
    assert "réduction" in _added(question)


def test_rabais_stays_for_the_scope_check():
    assert "rabais" in without_mapped("Y a-tu un rabais pour mes enfants ?")
