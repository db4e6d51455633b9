"""assistant.colloquial: teachers' everyday wordings of time-limit, notice and payment questions
get the agreements' words (verb families, situations), and only where they mean them."""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveAnswerer
from assistant.colloquial import expand, in_agreement_words
from assistant.scope import ScopeParams, content_words
from assistant.types import Hit
from ingest.types import Chunk


def _added(question: str, keywords_only: bool = False) -> str:
    """The words expand() appends to ``question`` (empty when none)."""
    expanded = expand(question, keywords_only)
    return expanded[len(question):] if expanded.startswith(question) else expanded


@pytest.mark.parametrize("question", [
    "J'ai fait de la suppléance le 15 juin, on doit me payer quand ?",  # « payer » was not matched
    "Ils paient quand, les suppléants ?",
    "Au Collège, on me paie quand ?",
])
def test_paying_verbs_meet_the_agreements_remunerer_and_verse(question):
    added = _added(question)
    assert "rémunération" in added and "traitement" in added
    assert "versé" in added and "suivant" in added  # « dans les vingt et un (21) jours suivant » (7-7.03)


def test_a_substitutes_pay_is_the_hourly_rate():
    assert "taux horaire" in _added("J'ai fait de la suppléance, on doit me payer quand ?")
    assert "taux horaire" not in _added("La suppléance compte-tu pour ma permanence ?")
    assert "taux horaire" not in _added("Combien de jours de congé de maladie ai-je ?")


def test_pay_words_without_when_ask_no_payment_date():
    added = _added("Mon salaire, c'est combien à l'échelon 5 ?")
    assert "traitement" in added and "versé" not in added
    assert expand("Je voyage dans un autre pays, ai-je droit à un congé ?").endswith("?")  # « pays » is not « payer »


@pytest.mark.parametrize("question", [
    "Faut-tu que j'avertisse le Collège d'avance ?",
    "Je dois prévenir la Commission combien de temps avant ?",
    "Faut-tu qu'a me prévienne avant de pas renouveler mon contrat ?",
])
def test_warning_verbs_ask_for_a_notice(question):
    assert "préavis" in _added(question) and "avis" in _added(question)


def test_a_written_warning_is_a_disciplinary_measure_not_a_notice():
    assert "préavis" not in _added("J'ai reçu un avertissement écrit, ça reste dans mon dossier ?")


def test_running_for_office_is_a_public_charge():
    assert "charge publique" in _added("J'ai été élu conseiller municipal, je peux-tu avoir un congé ?")
    assert "charge publique" in _added("Je me présente aux élections municipales, faut-tu que j'avertisse ?")
    assert "charge publique" not in _added("Le conseiller pédagogique peut-tu changer ma tâche ?")


def test_the_summer_is_the_estival_period_not_the_participle():
    assert "période estivale" in _added("Pis ce délai-là, il court-tu pendant l'été ?")  # 10-1.07 « 1er juillet »
    assert "période estivale" not in _added("J'ai été malade trois jours, je suis payée ?")


def test_contesting_within_a_delay_is_the_grievance_delay():
    added = _added("Je veux contester ma réprimande, j'ai combien de temps ?")
    assert "grief" in added and "naissance" in added and "soumet" in added  # 10-1.02, Cris 9-1.03
    assert "naissance" not in _added("Je veux contester ma réprimande, ça se fait comment ?")


def test_filing_a_grievance_gets_the_agreements_verbs_with_or_without_vectors():
    question = "Le syndicat a jusqu'à quand pour déposer un grief ?"
    assert "soumet avis de grief" in _added(question)
    assert "soumet avis de grief" in _added(question, keywords_only=True)
    assert _added(question, keywords_only=True).count("soumet") == 1


def test_situation_patterns_leave_the_questions_topic_words_to_scope():
    """A lookahead-only pattern matches nothing: assistant.scope still sees the question's words."""
    words = content_words("Je veux contester ma réprimande, j'ai combien de temps ?", ScopeParams())
    assert "reprimande" in words  # folded
    words = content_words("Les suppléants, on les paie quand pour la surveillance ?", ScopeParams())
    assert "surveillance" in words


def test_leaving_the_job_is_a_resignation():
    added = _added("Je veux quitter le Collège en cours d'année pour une autre job. Je dois donner combien de préavis ?")
    assert "démissionner" in added  # 5-1.14 « peut démissionner … moyennant un avis écrit »
    assert "démission" in _added("Si je lâche ma job en janvier, je dois avertir combien de temps avant ?")
    assert "démission" not in _added("Je dois quitter le travail plus tôt pour un rendez-vous, c'est permis ?")


def test_a_place_outside_quebec_gets_the_agreements_hors_du_quebec_and_is_no_unknown_topic():
    for question in ("Mes années en Ontario comptent-tu au Collège ?", "J'ai enseigné deux ans en France.",
                     "Mes années à l'étranger comptent-elles ?", "J'ai enseigné dans une autre province"):
        assert "hors du Québec" in expand(question), question
    assert "ontario" not in content_words("Mes années en Ontario comptent-tu au Collège ?", ScopeParams())
    assert "hors du Québec" not in expand("Mes années au Québec comptent-elles ?")


# -- the agreements' articles in a teacher's words (the systematic sweep of the article titles)


@pytest.mark.parametrize("question, words", [
    ("Je me suis blessée en classe, je fais quoi ?", "accident du travail lésion professionnelle"),  # 9-2.01
    ("Ma blessure au dos, c'est-tu couvert ?", "lésion professionnelle"),
    ("Un collègue m'intimide depuis des mois.", "harcèlement psychologique"),  # 9-4.04
    ("Ma directrice me rabaisse devant les autres.", "harcèlement psychologique"),
    ("Si je dépose un grief, j'ai peur qu'ils se vengent.", "représailles"),  # Cris 9-1.06
    ("Ils vont me le faire payer si je me plains.", "représailles"),
    ("L'enterrement de mon père est samedi.", "décès funérailles"),  # 6-1.02, 6-1.03
    ("Je suis en deuil, j'ai droit à quoi ?", "décès"),
    ("Le service est à 450 km de chez nous.", "kilomètres"),  # 6-1.03 « trois cents (300) kilomètres »
    ("Je veux allaiter mon bébé au retour de mon congé.", "allaitement"),
    ("On va adopter un enfant l'an prochain.", "adoption"),
    ("Je vais être papa en mars, j'ai droit à quoi ?", "paternité"),
    ("Mon fils est malade, je peux rester avec lui ?", "responsabilités familiales"),  # 6-4.36
    ("Ma pension du RREGOP, c'est le Collège qui paie ?", "régime de retraite"),  # 6-9.01
    ("J'aimerais travailler moins avant ma retraite.", "mise à la retraite progressive"),  # 6-10.01
    ("Le dentiste est-tu couvert par nos assurances ?", "soins dentaires"),  # 6-2.03
    ("Ma paye de vacances, c'est combien ?", "indemnité de vacances"),
    ("J'ai pris mon char pour une sortie, on me rembourse ?", "véhicule personnel frais de déplacement"),  # 6-11.02
    ("Mon kilométrage est payé quand ?", "frais de déplacement"),
    ("C'est quoi les papiers à fournir quand je suis engagée ?", "documents"),  # 5-1.06, 7-1.02
    ("J'ai un peu menti sur mon CV.", "déclaration intentionnellement fautive"),  # Cris 13-8.04
    ("J'ai eu une lettre à mon dossier, ça reste combien de temps ?", "réprimande"),  # 5-6.00
    ("Je dois témoigner en cour la semaine prochaine.", "juré témoin"),  # 6-1.10
    ("Ils coupent mon poste l'an prochain.", "mise à pied"),  # 5-5.00
    ("Ma maison a passé au feu, je peux m'absenter ?", "force majeure"),  # 6-1.02 h), Cris 5-14.02 G)
    ("La prime du Nord, c'est combien ?", "prime d'isolement et d'éloignement"),  # Cris 13-13.01
    ("Mon appart dans la communauté, qui le paie ?", "logement"),
    ("Je veux me faire transférer dans un autre pavillon.", "affectation mutation"),  # 5-2.00
    ("Un parent me poursuit pour un incident en classe.", "responsabilité civile"),  # 6-7.00
    ("Mon bac de quatre ans compte pour combien ?", "scolarité"),  # 7-1.00
    ("La surveillance des récrés, ça compte ?", "récréation"),
    ("Il y a trop d'élèves dans ma classe.", "nombre maximum d'élèves"),  # 8-7.00
    ("J'ai des élèves en difficulté dans mon groupe.", "difficulté d'adaptation"),  # 8-7.04, annexe U
    ("Je dois payer mes photocopies ?", "matériel didactique"),  # 8-10.00
    ("Mon local est pas sécuritaire.", "santé et sécurité"),  # 9-1.00
    ("Je suis payée à l'heure comme suppléante.", "taux horaire"),
])
def test_article_topics_in_everyday_words_get_the_agreements_words(question, words):
    assert words in _added(question)


@pytest.mark.parametrize("question, words", [
    ("Le harcèlement psychologique, c'est quoi ?", "harcèlement"),  # the agreement's own word is left to scope
    ("Il y a des représailles si je dépose un grief ?", "représailles"),
    ("J'ai eu un accident du travail.", "lésion"),
    ("La retraite progressive, c'est pour qui ?", "mise à la retraite progressive"),  # already the agreement's words
    ("Je suis malade depuis lundi.", "responsabilités familiales"),  # no child named
    ("Mes vacances commencent quand ?", "indemnité"),
    ("L'auto-évaluation des élèves compte-tu ?", "véhicule"),
    ("Je surveille la cour d'école à la récréation.", "juré"),
    ("Il y a eu une tempête de neige, l'école est fermée.", "force majeure"),  # no clause on snow days
    ("Je veux poursuivre mes études à la maîtrise.", "responsabilité civile"),
    ("Si je manque une journée, on me coupe combien ?", "absence"),  # left out: fresh Q386 abstained in reduced mode
])
def test_the_agreements_own_words_are_not_expanded(question, words):
    assert words not in _added(question)


def test_the_sweep_keeps_topic_words_for_scope():
    words = content_words("Un collègue m'intimide et me rabaisse au Collège.", ScopeParams())
    assert "collegue" in words or "collègue" in words
    assert "harcelement" in content_words("Le harcèlement psychologique au Collège ?", ScopeParams())


@pytest.mark.parametrize("question, words", [
    ("Sur mon stub de paye, qu'est-ce qui doit être écrit ?", "talon"),  # 7-7.05
    ("Ma fiche de paie est-tu obligée de montrer mes congés ?", "talon"),
    ("J'ai fait des heures sup pendant le tournoi.", "temps supplémentaire"),  # 8-11.09
    ("Les heures en trop, c'est compensé comment ?", "temps supplémentaire excédentaire dépassements"),  # CNCEC
    ("Mon temps supp est-tu payé ?", "temps supplémentaire"),
    ("Au Collège, ils me coupent combien sur chaque paye pour l'union ?", "cotisation syndicale"),  # 3-6.01
    ("Le syndicat me prend combien sur ma paye ?", "cotisation syndicale"),
    ("Ils me coupent combien sur ma paye si je manque une journée ?", "déduit"),  # 7-8.04
    ("Combien ils m'enlèvent sur mon chèque ?", "déduit"),
    ("Faut-tu que j'aille aux soirées de parents ?", "rencontres de parents"),  # Cris 13-10.03 k)
    ("La remise des bulletins, c'est obligatoire ?", "rencontres de parents"),
    ("Ma correction pis ma planif, je les fais où ?", "nature personnelle"),  # Cris 11-9.02
])
def test_pay_slip_and_school_life_in_everyday_words(question, words):
    assert words in _added(question)


@pytest.mark.parametrize("question, words", [
    ("J'ai remis mes relevés de notes au Collège.", "talon"),
    ("Les heures supplémentaires sont payées à quel taux ?", "temps supplémentaire"),  # the agreement's own words
    ("Le syndicat a combien de jours pour déposer un grief ?", "cotisation"),  # no pay taken off
    ("Le Collège va-tu me couper la journée sur ma paie ?", "déduit"),  # whether a leave is paid, not how much
    ("On me coupe combien ?", "déduit"),  # nothing says the pay
])
def test_pay_slip_and_school_life_words_only_where_they_mean_it(question, words):
    assert words not in _added(question)


def test_every_mapped_word_is_read_as_the_teacher_wrote_it():
    # « paye » is mapped (traitement) and the deduction reads « coupent … sur chaque paye »: both are blanked
    words = content_words("Au Collège, ils me coupent combien sur chaque paye pour l'union ?", ScopeParams())
    assert "coupent" not in words and "paye" not in words


def test_making_one_pay_for_it_is_no_pay():
    added = _added("J'ai déposé un grief. Ont-ils le droit de me le faire payer ?")
    assert "représailles" in added and "rémunération" not in added
    assert "rémunération" in _added("Le Collège doit me payer quand ?")


@pytest.mark.parametrize("question, words", [
    ("Ils me doivent encore mon kilométrage, ils ont combien de temps ?", "sommes dues"),  # 6-11.03
    ("Le Collège me doit de l'argent depuis juin.", "sommes dues"),
    ("Ce qu'ils me doivent à mon départ, je l'ai quand ?", "sommes dues"),  # 5-1.15
    ("Ils prennent quelle banque en premier ?", "ordre suivant"),  # Cris 5-10.43
    ("S'il y a des mises à pied, c'est qui qui part en premier ?", "ordre suivant"),
])
def test_money_owed_and_the_order_of_use(question, words):
    assert words in _added(question)


def test_owing_a_notice_is_no_money_owed():
    assert "sommes dues" not in _added("Le Collège me doit-tu un préavis avant de changer mon horaire ?")


@pytest.mark.parametrize("question, words", [
    ("Ma paye rentre-tu direct dans mon compte à la caisse ?", "dépôt direct institution bancaire"),  # 7-7.04
    ("Je peux-tu changer de compte de banque pour ma paie ?", "institution bancaire"),
    ("Le Collège m'envoie suivre une formation à Montréal.", "perfectionnement"),  # 6-8.00
    ("Un colloque de profs de sciences, c'est payé ?", "perfectionnement"),
    ("C'est qui qui paye l'hôtel ?", "frais de séjour"),  # 6-8.05, 6-11.00
])
def test_the_bank_and_training_in_everyday_words(question, words):
    assert words in _added(question)


@pytest.mark.parametrize("question", [
    "En formation professionnelle à la CS crie, c'est quoi mon taux ?",  # the sector, not a training
    "Mes heures de formation continue pour garder mon brevet ?",
])
def test_a_sector_named_formation_is_no_training(question):
    assert "perfectionnement" not in _added(question)


def test_the_question_in_the_agreements_words():
    worded = in_agreement_words("Sur mon stub de paye, qu'est-ce qui est écrit ?")
    assert "stub" not in worded and "talon" in worded and "écrit" in worded
    assert in_agreement_words("Le talon doit montrer quoi ?") == "Le talon doit montrer quoi ?"  # nothing mapped


def _chunk(text: str, clause_id: str, ordinal: int) -> Chunk:
    return Chunk(chunk_id=f"t:{ordinal:05d}:1", doc="t", clause_id=clause_id, kind="clause", text=text,
                 indexed_text=text, doc_title="Convention de test", article=clause_id[:4] + "00", ordinal=ordinal)


def test_the_weak_evidence_check_reads_the_question_in_the_agreements_words():
    slip = _chunk("7-7.05 Chaque versement doit être accompagné d'un talon permettant au salarié éducateur de comprendre "
                  "l'origine de ses gains et aussi de concilier ses gains bruts avec ses gains nets.", "7-7.05", 1)
    other = _chunk("8-1.01 Le Collège montre aux élèves les règles de l'établissement.", "8-1.01", 2)
    question = "Sur mon stub de paye du Collège, qu'est-ce qu'ils sont obligés de me montrer ?"
    # the right passage, its best sentence close to the calibrated floor, sharing none of the teacher's own words
    found = [Hit(slip, 1.0, ("dense", "bm25"), unit_similarities=((0, 60, 0.875),))]
    answerer = ExtractiveAnswerer.from_chunks([slip, other], similarity_floor=0.87)
    assert not answerer.is_weak(question, found)  # « stub de paye » read as « talon gains bruts nets »
    literal = ExtractiveAnswerer.from_chunks([slip, other], similarity_floor=0.87, overlap_in_agreement_words=False)
    assert literal.is_weak(question, found)


@pytest.mark.parametrize("question, words", [
    ("Et les frais d'avocat, eux ?", "procureur"),  # 10-2.15 « frais de représentants (procureurs) »
    ("Je peux-tu prendre mon propre avocat ?", "procureur"),  # 6-7.04 « son propre procureur »
    ("Mon lawyer, c'est qui qui le paye ?", "procureur"),
    ("Si je perds mon enfant, j'ai combien de jours ?", "décès"),  # 6-1.02 « En cas de décès … de son enfant »
    ("J'ai perdu ma mère la semaine passée.", "décès"),
    ("La rentrée des profs, c'est quand au plus tôt ?", "année de travail"),  # 1-2.05
    ("C'est quand le début des classes au Collège ?", "année de travail"),
    ("Mon heure de dîner, elle est-tu payée ?", "période de repas"),  # 8-4.03, 8-11.07
    ("Je dois surveiller le dîner, c'est-tu dans ma tâche ?", "surveillance"),
])
def test_a_dispute_a_loss_the_school_year_and_lunch_in_everyday_words(question, words):
    assert words in _added(question)


@pytest.mark.parametrize("question, absent", [
    ("Mon heure de dîner, elle est-tu payée ?", "surveillance"),  # lunch is no duty unless watching is said
    ("Si je perds mon bébé pendant ma grossesse ?", "décès"),  # a pregnancy's end, not a death
    ("Je vais-tu perdre ma job ?", "décès"),
    ("Si je perds mes journées de maladie ?", "décès"),
])
def test_lunch_and_losses_map_only_where_they_mean_duty_and_death(question, absent):
    assert absent not in _added(question)



@pytest.mark.parametrize("question, words", [
    ("Je fais un burn-out pis mon médecin m'arrête deux mois.", "invalidité"),  # 6-3.09
    ("Une dépression, c'est couvert ?", "invalidité"),
    ("Je me marie cet été, j'ai-tu des congés pour mes noces ?", "mariage"),  # 6-1.02 g)
    ("Au Collège, ma belle-mère est morte : combien de jours ?", "beaux-parents"),  # 6-1.02 c)
    ("Chez les Cris, mon beau-père est décédé.", "beaux-parents"),  # 5-14.02 C)
    ("Un élève a cassé mes lunettes pendant mon cours.", "biens personnels"),  # 6-7.05
    ("On m'a volé mon cell dans ma classe.", "biens personnels"),
])
def test_a_burnout_a_wedding_and_broken_things_in_everyday_words(question, words):
    assert words in _added(question)


@pytest.mark.parametrize("question, absent", [
    ("Après épuisement de mes jours monnayables ?", "invalidité"),  # the Cris « après épuisement des jours »
    ("Le Collège peut-tu me verser mon salaire plus tard ?", "biens personnels"),
])
def test_those_words_only_where_they_mean_it(question, absent):
    assert absent not in _added(question)



@pytest.mark.parametrize("question", [
    "Je donne des cours privés le soir. J'ai-tu besoin d'une permission du Collège ?",  # 5-1.04 « travail exclusif »
    "Une deuxième job les fins de semaine, c'est permis ?",
    "Je voudrais travailler à mon compte à côté.",
])
def test_a_second_job_is_the_exclusive_work_clause(question):
    assert "travail exclusif" in _added(question)


def test_leaving_for_another_job_is_no_second_job():
    assert "travail exclusif" not in _added("Je veux quitter le Collège en cours d'année pour une autre job.")


def test_my_gars_is_my_son_and_kilos_are_kilogrammes():
    assert "fils enfant" in _added("Mon gars se marie en juin, j'ai-tu droit à un congé ?")
    assert "fils enfant" in _added("Mon ti-gars est malade, je peux rester chez nous ?")
    assert "fils" not in _added("Les gars de l'équipe veulent savoir")  # « les gars »: the guys
    assert "kilogrammes" in _added("Jusqu'à combien de kilos pour mes affaires ?")


@pytest.mark.parametrize("question, words", [
    ("Pis quand je vais revenir, j'vais-tu ravoir mes fonctions ?", "réintégré"),  # 6-5.16
    ("Après mon congé, est-ce que je retrouve mon poste ?", "réintégré"),
    ("Un an à la maison avec mon bébé sans salaire, c'est possible ?", "sans traitement"),
    ("Un an à la maison avec mon bébé, je perds-tu mon ancienneté ?", "congé parental"),
    ("On m'offre une demi-tâche l'an prochain.", "temps partiel"),
    ("La direction me convoque pour une sanction.", "mesures disciplinaires"),
    ("Faut-tu que je re-signe un contrat chaque année ?", "renouveler"),
    ("Je peux-tu changer l'heure de mes cours ?", "modifier l'horaire des périodes d'enseignement"),
])
def test_a_return_a_half_load_a_baby_a_sanction_in_everyday_words(question, words):
    assert words in _added(question)


@pytest.mark.parametrize("question, absent", [
    ("Je veux reprendre mes journées de maladie.", "réintégré"),  # no « fonctions / poste »
    ("Je peux-tu changer de cours ?", "modifier l'horaire"),
])
def test_the_ninth_group_only_where_it_means_it(question, absent):
    assert absent not in _added(question)


@pytest.mark.parametrize("question", [
    "Au comité où le syndicat rencontre l'employeur, il y a combien de représentants des profs ?",
    "Les rencontres du comité avec l'employeur, est-ce qu'elles se font sur nos heures de travail ?",
    "Le comité où le syndicat pis l'employeur se rencontrent, il s'occupe de quels sujets ?",
    "Le comité paritaire se réunit combien de fois par année ?",
])
def test_the_union_employer_committee_in_the_cris_agreement_s_words(question):
    # Cris 4-3.02 « un organisme consultatif sera formé … », 4-3.05 « Le comité de la Commission est un organisme consultatif »
    assert "organisme consultatif" in _added(question)


@pytest.mark.parametrize("question", [
    "Le comité de perfectionnement, le syndicat pis l'employeur y siègent-tu ?",  # a committee named by its name
    "Est-ce que le syndicat pis l'employeur se rencontrent pour régler mon grief ?",  # no committee said
    "Le comité de santé et sécurité se réunit quand ?",
])
def test_another_committee_or_none_is_not_the_union_employer_one(question):
    assert "organisme consultatif" not in _added(question)
