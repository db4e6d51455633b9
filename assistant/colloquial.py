"""Colloquial Québec French in questions, mapped to the agreements' vocabulary.

Teachers write "mon chum", "la paye", "le prof", "je peux-tu"; the agreements say
"conjoint", "traitement", "enseignant". The retrieval query gets the agreement's words
appended (the teacher's words are kept), so both BM25 and the dense search meet the clauses.

Besides single words, verb families and situations: paying (« payer », « on me paie quand »:
« rémunérer », « versé », « dans les … jours suivant »), giving notice (« faut-tu que j'avertisse »:
« avis », « préavis »), contesting within a delay (« contester …, j'ai combien de temps » : the
grievance's « naissance du grief », « soumet le grief », « avis de grief »), running for office
(« charge publique »), the summer (« période estivale »).

Then the agreements' articles one by one (the ``N-N.00`` titles of both agreements), each in the words a
teacher uses for it: « blessée en classe » (accident du travail), « il m'intimide » (harcèlement
psychologique), « l'enterrement » (décès), « ma pension » (régime de retraite), « mon char », « le
kilométrage » (frais de déplacement), « mes papiers » (documents), « trop d'élèves » (nombre maximum
d'élèves)…; then the pay slip and school life (« mon stub de paye », « mon compte à la caisse », « heures
sup », « ce que l'union me coupe sur ma paye », « une formation … l'hôtel », « les soirées de parents », « ma
correction pis ma planif »); then « mon avocat » (procureur), « si je perds mon enfant » (décès), « la rentrée »
(année de travail), lunch as « période de repas » (its duty only when watching is said),
« un burn-out » (invalidité), « je me marie » (mariage), « il a cassé mes lunettes » (biens personnels),
« des cours privés le soir » (travail exclusif); then coming back and one's load: « j'vais-tu ravoir mes fonctions »
(réintégré), « une demi-tâche » (temps partiel), « sans salaire » (sans traitement), « à la maison avec mon bébé » (congé
parental), « une sanction » (mesures disciplinaires), « re-signer » (renouveler), « changer l'heure de mes cours »
(modifier l'horaire des périodes d'enseignement), « changer mon horaire » (modifier l'horaire de travail),
« personnel de soutien » (non-enseignant); then one's file and the rest of the eleventh group: « ça reste-tu dans mon
dossier pour toujours » (retirée), « une réprimande » (mesure disciplinaire), « les papiers qu'ils ont sur moi » (dossier),
« à l'essai » (probation), « ils m'ont remerciée » (mis fin à son emploi), « prouver » (fardeau de la preuve), « la fin de
semaine » (samedi dimanche), « embarquer dans le syndicat » (adhésion), « ma maison est inondée » (force majeure), « je me
suis fait mal » (accident du travail), « ça gruge ma banque » (banque de congés); the twelfth: « la salle des profs », « une
place pour relaxer » (salle de repos), « 170 jeunes » (élèves), « une journée perso » (raisons personnelles), « la
permission » (autorisation); and « changé d'adresse », « je change d'appart » (changement de domicile) as further forms
of moving; « faire du dépannage » (suppléant occasionnel), « la partie de ma paie qu'ils me retiennent » (prélèvement de
son traitement).
``in_agreement_words`` reads a question in the agreements' words, for the answerer's weak-evidence overlap. A mapping is kept only
where the agreement's word is the teacher's concept (no snow day: no clause has one) and only if it
lowered no DEV figure, in-sample or cross-validated (see each commit).

``KEYWORDS_ONLY_EXPANSIONS`` are added only when the index has no vectors (the page's reduced
mode, its first minutes): "J'ai combien de temps … ?" gets « délai jours », which the passage
vectors find themselves.
"""

from __future__ import annotations

import re

#: the teacher's verbs of paying (« payer », « on me paie », « ils paient »), not « pays » nor « me le faire payer »
#: (to make one pay for it: « représailles », a pattern below)
_PAY = r"(?<!faire )pay(?:e|er|é|ée|és|ées|ent|ez|era|eront|able)s?|paie(?:s|nt|ra|ront)?|paiements?|rémunér\w*"
#: verbs of taking off (« ils me coupent », « ils m'enlèvent », « retenu ») and the pay they are taken off (a lookahead)
_TAKE_OFF = (r"(?:coup(?:e|es|ent|er|é|ée|és|ées)|enl[eè]v(?:e|es|ent|er|é|ée|és|ées)|ôt(?:e|es|ent|er)|retien(?:s|t|nent)|"
             r"ret(?:enir|enu|enue|enus|enues))")
_OFF_THE_PAY = r"(?=.*\b(?:sur|de)\s+(?:ma|mon|mes|la|le|les|chaque)\s+(?:pa(?:ye|ie)s?|salaires?|chèques?)\b)"
#: a province, territory or country other than Québec (« en Ontario », « en France »), capitalised as written
PLACES_OUTSIDE_QUEBEC = (r"Ontario|Alberta|Manitoba|Saskatchewan|Colombie-Britannique|Nouveau-Brunswick|Nouvelle-[ÉE]cosse"
                         r"|[ÎI]le-du-Prince-[ÉE]douard|Terre-Neuve(?:-et-Labrador)?|Yukon|Nunavut|Territoires du Nord-Ouest"
                         r"|France|Belgique|Suisse|[ÉE]tats-Unis")
#: parts of the body an injury is said of (« tordu une cheville », « une entorse au poignet »)
_BODY = (r"(?:chevilles?|poignets?|bras|jambes?|pieds?|genoux?|dos|doigts?|épaules?|cou|mains?|orteils?|côtes?|hanches?|"
         r"coudes?|nez|t[êe]te)")
#: (pattern in the question, words of the agreements appended to the query). A pattern made of
#: lookaheads only matches nothing (assistant.scope removes what the patterns match from a
#: question's topic words): it only says when its words are appended.
EXPANSIONS: tuple[tuple[str, str], ...] = (
    (r"\b(chum|blonde|conjointe?|mari|femme|époux|épouse)\b", "conjoint conjointe"),
    # « mon gars », « mon ti-gars » is one's son (not « les gars », the guys); « des kilos » are the Cris 12-8.01
    # freight allowance's « kilogrammes »
    (r"\b(?:mon|notre|son|leur)\s+((?:ti-|p'tit\s+|petit\s+)?gars)\b", "fils enfant"),
    (r"\b(kilos?)\b", "kilogrammes"),
    (rf"\b(?:{_PAY}|salaires?|argent)\b", "traitement rémunération"),
    # when a payment is made: the agreements say « versé », « dans les … jours suivant » (Bourget 7-7.03
    # « rémunérer … dans les vingt et un (21) jours suivant sa prestation de travail », 6-4.11 « versée »)
    (rf"(?=.*\b(?:{_PAY}|vers(?:e|er|é|ée|és|ées|era))\b)(?=.*\bquand\b)", "versement versé jours suivant"),
    (r"\b(profs?|enseignante?s?)\b", "enseignant salarié éducateur"),
    (r"\b(boss|patron|direction|employeur)\b", "Collège Commission direction"),
    (r"\b(malade|maladie|grippe|arrêt de travail)\b", "maladie invalidité"),
    (r"\b(vacances)\b", "vacances congé annuel"),
    (r"\b(renvoyée?|congédiée?|slaquée?|mise? dehors|perdre ma job|perds ma job)\b", "congédiement non-réengagement"),
    (r"\b(job|jobine|emploi)\b", "emploi poste"),
    (r"\b(syndicat|union)\b", "Association syndicat"),
    (r"\b(plainte|contester|contestation)\b", "grief"),
    # the delay to contest is the grievance's: « donnant naissance au grief, l'Association soumet le grief »
    # (Bourget 10-1.02), « L'avis de grief … dans les 120 jours … qui a donné naissance au grief » (Cris 9-1.03)
    (r"(?=.*\bcontest\w*\b)(?=.*(?:combien de temps|jusqu'(?:à|a|au) quand|d'ici quand|\bdélais?\b|"
     r"date limite))", "naissance grief soumet avis de grief"),
    (r"\b(?:dépos\w*|fai\w+|log\w+|port\w+)\s+(?:un |le |mon |ce |d'|l')?grief", "soumet avis de grief"),
    # « faut-tu que j'avertisse », « prévenir le Collège »: the agreements give notice (« avis », « préavis »)
    (r"\b(avertir|avertis|avertit|avertiss(?:e|es|ent|ions|iez|ais|ait)|prévenir|prévien(?:s|t|ne|nes|nent)|prévenue?)\b",
     "avis préavis"),
    # running for or holding office: « charge publique (député, maire, conseiller, échevin, commissaire) »
    (r"\b(élections?\s+(?:municipales?|provinciales?|fédérales?|scolaires?)|mairesse|maire|députée?|"
     r"conseill[eè]re?s?\s+municipa\w+|commissaire\s+scolaire)\b", "charge publique"),
    # running for office: « faire campagne », « me présenter aux élections » (6-5.13 « qui se porte candidat »)
    (r"\b((?:faire|fait|fais|ma|sa) campagne|campagne électorale|"
     r"(?:me|se|te)\s+(?:suis\s+|est\s+|es\s+)?présent\w*\s+(?:aux|à l'|comme)\s*\w+)\b",
     "candidat candidature"),
    (r"\b(bébé|accouche\w*|enceinte|grossesse)\b", "maternité grossesse accouchement"),
    (r"\b(décès|décède|décédée?|mort|meurt|funérailles)\b", "décès"),
    # moving home (« je déménage », « déménager ») or said by the address or the home (« changé d'adresse », « ma nouvelle
    # adresse », « je change d'appart »; a lookahead: assistant.scope keeps those words, the question's own topic): the
    # Cris agreement's « changement de domicile » (13-8.05 « informer … de tout changement de domicile », 5-14.02 E) « Le
    # changement de domicile … : le jour du déménagement »). Not « déménagé »
    # (ab R8a: DEV Q954 « j'ai déménagé cet été, est-ce que je dois avertir la Commission ? » was then answered from
    # Annexe XXVI's northern housing talks instead of refused; its 13-8.05 stays out of the top 10 either way)
    (r"\b(déménage\w*|déménagement)\b|(?=.*\b(?:chang\w*\s+(?:d['’]|de\s+)(?:adresses?|apparts?|appartements?|logements?|maisons?)|"
     r"nouvelles?\s+adresses?)\b)", "déménagement changement de domicile"),
    (r"\b(temps partiel|partiel)\b", "temps partiel"),
    (r"\b(suppléance|suppléante?|remplaçante?|remplacement)\b", "suppléant remplacement"),
    # a substitute's pay: « rémunéré sur la base des taux horaire » (Bourget 7-6.05), « à taux horaire » (7-7.03)
    (rf"(?=.*\b(?:suppléance|suppléante?s?)\b)(?=.*\b(?:{_PAY})\b)", "taux horaire"),
    # « pendant l'été », not the participle « été »: « période estivale », « du 1er juillet … au 22 août »
    (r"\b(?:l['’]|cet\s+|en\s+)été\b", "période estivale juillet août"),
    # « quitter le Collège », « lâcher ma job »: « démissionner moyennant un avis écrit » (5-1.14)
    (r"\b(?:quitt(?:e|er|es|é)|lâch(?:e|er|es|é)|laiss(?:e|er|es|é))\s+(?:le\s+Collège|la\s+Commission|mon\s+emploi|ma\s+job|mon\s+poste|"
     r"l['’]enseignement)\b", "démissionner démission"),
    # years taught elsewhere: « une institution d'enseignement sous autorité gouvernementale hors du Québec »
    # (Bourget 7-3.02 a)); the place is then no unknown topic for assistant.scope
    (rf"\b(?:{PLACES_OUTSIDE_QUEBEC})\b|\bà l['’]étranger\b|\bautres? provinces?\b|\bailleurs au Canada\b",
     "hors du Québec extérieur du Québec"),
    (r"\b(pédago)\b", "journée pédagogique"),
    # « faire du dépannage », « je dépanne au Collège »: filling in for a teacher, the agreements' occasional substitute
    # (Bourget 8-8.03 « enseignant suppléant de courte durée ou occasionnel », 1-2.65 c) « Le salarié éducateur
    # occasionnel est celui qui remplace de façon ponctuelle un salarié éducateur absent », Annexe P's hourly rates)
    (r"\b(dépannages?|dépann(?:e|es|ent|er|é|ée|ais|ait))\b", "suppléant occasionnel"),
    # the share of one's pay kept back or set aside (« la partie de ma paie qu'ils me retiennent », « l'argent qu'ils
    # mettent de côté sur mon salaire »): the deferred-salary leave's « prélèvement de son traitement » (Bourget 6-6.11,
    # Annexe J « Toute somme prélevée du traitement … est versée … dans un compte spécial »); not what is cut off the pay
    # (« ils me coupent », union dues: « déduit retenues » above)
    (r"(?=.*\b(?:partie|part|bout|argent|montant|pourcentage|somme)s?\b)(?=.*\b(?:ma|mon|la|le)\s+(?:pa(?:ye|ie)|salaire|chèque)\b)"
     r"(?=.*\b(?:retien(?:s|t|nent)|ret(?:enir|enu|enue|enus|enues)|gard(?:e|ent|er|é|ée)|(?:mett(?:e|ent|re)|mis)\s+de\s+côté)\b)",
     "prélèvement de son traitement"),
    (r"\b(sans solde|sans salaire|sans pa(?:y|i)e)\b", "sans traitement"),
    (r"\b(ancienneté|séniorité)\b", "ancienneté"),
    (r"\b(permanence|permanente?)\b", "permanence permanent"),
    (r"\b(tâche|horaire)\b", "tâche"),
    (r"\b(?:pas|jamais)\s+(?:été\s+)?(?:pris|prises|utilisée?s?)\b|\bnon\s+pris", "non utilisés"),
    (r"\b(?:me\s+)?(?:sont|seront|est|sera)[- ](?:tu\s+)?pay[ée]e?s?\b|\bpay[ée]s?\s+(?:à la fin|en fin)", "monnayable remboursés"),
    # -- the agreements' articles, one by one, in a teacher's words (none of these patterns matches
    # the agreement's own word, so assistant.scope still sees it)
    # 9-2.00 Accident du travail (Bourget 9-2.01 « accident du travail ou une lésion professionnelle »,
    # Cris 5-10.51 « victime d'une lésion professionnelle »): « je me suis blessée en classe »
    (r"\b(?:bless(?:e|es|é|ée|és|ées|er|ure|ures)|CNESST)\b", "accident du travail lésion professionnelle"),
    # the same, said by what happened to the body (« je me suis tordu une cheville en classe », « cassé le bras »,
    # « une entorse »: fresh DEV Q1134 was refused for « tordu », « cheville », which no agreement writes)
    (r"\b(?:(?:tordu|foul[ée]|cass[ée]|fractur[ée]|d[ée]mis|disloqu[ée])e?s?\s+(?:le|la|l['’]|les|un|une|mon|ma|mes)\s*"
     rf"{_BODY}|(?:entorses?|fractures?)(?:\s+(?:au|aux|à\s+la|à\s+l['’]|de\s+la|du|des)\s*{_BODY})?)\b",
     "accident du travail lésion professionnelle"),
    # a mistake on the pay (« s'ils se trompent sur ma paie », « ils se sont trompés »): Bourget 7-7.08's « erreur »
    (r"\b(?:tromp(?:e|es|ent|é|ée|és|ées|er|ait|aient)|gaff(?:e|es)|bogues?)\b", "erreur"),
    # where the injured is taken: the agreements' « établissement de santé » (Cris 5-10.51 « transporté … à un
    # établissement de santé », Bourget 9-2.00), which no teacher says (« il a fallu m'emmener à la clinique »: DEV Q379)
    (r"\b(?:cliniques?|h[ôo]pita(?:l|ux)|CLSC)\b", "établissement de santé"),
    # 9-4.00 Harcèlement psychologique (9-4.02 « une conduite vexatoire »): « il m'intimide », « elle me rabaisse »
    (r"\b(?:intimid\w*|harc[eè]l(?:e|es|ent|er|é|ée|és|ées|eur|euse|eurs)|écœur\w*|écoeur\w*|rabaiss\w*|humili\w*|dénigr\w*)\b",
     "harcèlement psychologique"),
    # reprisals (Cris 9-1.06, Bourget « sans représailles »): « ils vont se venger », « me le faire payer »
    (r"\b(?:veng\w*|vengeance|revanche|(?:me|nous|le)\s+(?:le\s+)?faire\s+payer)\b", "représailles"),
    # 6-1.00 Congés spéciaux, a death (6-1.02, 6-1.03 « si les funérailles ont lieu à plus de trois cents (300)
    # kilomètres »): « l'enterrement », « le salon funéraire », « je suis en deuil »
    (r"\b(?:enterrement|enterr(?:er|é|ée)|obsèques|deuil|funéraires?|funèbres?|incinération)\b", "décès funérailles"),
    # the agreements write distances out (« cinquante (50) kilomètres »): « à 600 km »
    (r"\b\d+\s*(?:km|kms)\b", "kilomètres"),
    # 6-4.00 Droits parentaux: « allaiter », « on adopte », « je vais être papa »; a sick child is the
    # « responsabilités familiales » leave (6-4.36 « la garde, à la santé ou à l'éducation de son enfant »)
    (r"\ballait(?:er|e|es|ent|ais|ait|ante)\b", "allaitement"),
    (r"\badopt(?:er|e|es|ent|ons|ez|é|ée|és|ées)\b", "adoption"),
    (r"\b(?:papa|(?:futur|nouveau|devenir|être)\s+père)\b", "paternité"),
    (r"(?=.*\b(?:enfants?|fils|filles?|flos?|kids?|bébé)\b)(?=.*\b(?:malade|médecin|dentiste|garderie|hôpital|urgence|"
     r"rendez-vous)\b)", "responsabilités familiales"),
    # 6-9.00 Régime de retraite, 6-10.00 retraite progressive: « ma pension », « le RREGOP »; working less before it
    (r"\b(?:pension|RREGOP)\b", "retraite régime de retraite"),
    (r"(?=.*\b(?:retraite|pension)\b)(?=.*\b(?:moins|réduire|réduit|diminuer|ralentir|graduel\w*)\b)",
     "mise à la retraite progressive"),
    # 6-2.00 Assurance collective (6-2.03 « Soins dentaires »): « le dentiste », « mes pilules »
    (r"\bdentistes?\b", "soins dentaires"),
    (r"\b(?:pharmacie|pilules|prescriptions?)\b", "médicaments assurance-maladie"),
    # vacation pay: « la paye de vacances » (« indemnité de vacances »)
    (r"\b(?:paye|paie|argent)\s+(?:de|des|pour\s+(?:mes|les))\s+vacances\b", "indemnité de vacances"),
    # 6-11.00 Frais de séjour et déplacement (6-11.02 « utilisation du véhicule personnel … remboursement des
    # frais », annexe W): « mon char », « ma voiture », « le kilométrage » (not « auto-évaluation »)
    (r"\b(?:chars?|autos?|voitures?)\b(?!-)", "véhicule personnel frais de déplacement"),
    (r"\b(?:kilométrage|millage|essence)\b", "frais de déplacement kilomètres remboursement"),
    # annexe W « 3. Les frais de stationnement sont remboursés », « 4. Les frais de repas sont remboursés … Déjeuner, Dîner,
    # Souper »: « le parking », « mon dîner au restaurant », « au resto » (words no agreement writes: DEV Q1195, Q1708 and
    # Q1709 were refused for them). Not « manger »: « les profs mangent-tu gratuitement à la cafétéria ? » (DEV Q1255,
    # unanswerable) asks of a free meal, which no clause gives
    (r"\bparkings?\b", "stationnement frais de stationnement"),
    (r"\b(?:restaurants?|restos?)\b", "repas frais de repas"),
    # 5-1.00 / 7-1.00 hiring and placement papers (5-1.06, 7-1.02 « tous les documents pertinents à sa
    # scolarité … à son expérience »): « mes papiers », « la paperasse », « mon CV »
    (r"\b(?:papiers|paperasse)\b", "documents"),
    (r"\b(?:CV|curriculum(?:\s+vitae)?)\b", "documents expérience qualifications"),
    # a false statement to be hired (Cris 13-8.04 « déclaration intentionnellement fautive »): « j'ai menti »
    (r"\b(?:menti|mentir|gonfl(?:é|ée|er)|trich(?:é|er))\b", "déclaration intentionnellement fautive obtention frauduleuse"),
    # 5-6.00 mesures disciplinaires: « un blâme », « une lettre à mon dossier », « me faire chicaner »
    (r"\b(?:blâmée?|blâme|(?:lettre|note)\s+(?:à|a|dans|au)\s+(?:mon\s+)?dossier|chican\w*)\b",
     "réprimande avertissement mesures disciplinaires"),
    # 6-1.10 « appelé à agir comme juré ou témoin » (not « la cour d'école »)
    (r"\b(?:jury|tribunal|palais\s+de\s+justice|en\s+cour|à\s+la\s+cour|témoigner|subpoena|assignée?\s+à\s+comparaître)\b",
     "juré témoin"),
    # 5-5.00 Surplus de personnel, mise à pied: « ils coupent mon poste », « des coupures de postes »
    (r"\b(?:postes?\s+(?:coupée?s?|abolie?s?)|coupures?\s+de\s+postes?|(?:coup|abol)\w*\s+(?:mon|son|le|leur)\s+poste)\b",
     "mise à pied surplus de personnel"),
    # a loss at home (6-1.02 h) « événement de force majeure tel qu'un feu », Cris 5-14.02 G) « désastre, feu,
    # inondation »): « ma maison a passé au feu », « un dégât d'eau », « un sinistre » (no snow day: no clause)
    (r"\b(?:passée?\s+au\s+feu|dégâts?\s+d['’]eau|sinistres?|feu\s+chez\s+(?:nous|moi))\b", "force majeure"),
    # Cris chapter 12 / 13-13 (the North): « la prime du Nord », « mon appart », « l'épicerie »
    (r"\b(?:nordicité|prime\s+(?:du\s+Nord|nordique|d['’]éloignement))\b", "prime d'isolement et d'éloignement"),
    (r"\b(?:appart|appartements?)\b", "logement"),
    (r"\b(?:épicerie|bouffe)\b", "nourriture"),
    # 5-2.00 Postes vacants, affectations, mutation: « me faire transférer », « changer d'école »
    (r"\b(?:transf[eé]r\w*|changer\s+d['’](?:école|établissement)|changer\s+de\s+(?:pavillon|niveau|campus))\b",
     "affectation mutation"),
    # 6-7.00 Responsabilité civile: « un parent me poursuit », « je suis poursuivie »
    (r"\b(?:poursuivie?s?|me\s+poursui\w+|poursuite\s+(?:en\s+justice|judiciaire))\b", "responsabilité civile"),
    # 7-1.00 / 7-3.00 Classement: « mon bac », « ma maîtrise », « mes années d'études » -> « scolarité »
    (r"\b(?:mon\s+bac|un\s+bac|baccalauréat|ma\s+maîtrise|mes\s+études|années\s+d['’]études)\b", "scolarité"),
    # 8-0.00 la tâche: recess and lunch duty, class size, students with special needs, class materials
    # recess duty; lunch is « la période de repas » (8-4.03, 8-11.07 « une (1) heure ininterrompue non rémunérée pour
    # prendre son repas »), its duty only when watching is said (« surveiller le dîner », « la surveillance du midi »)
    (r"\brécrés?\b", "surveillance récréation"),
    (r"\b(?:dîners?|heure\s+du\s+midi|lunch)\b", "repas période de repas"),
    (r"(?=.*\bsurveill\w*)(?=.*\b(?:dîners?|heure\s+du\s+midi|lunch)\b)", "surveillance récréation"),
    (r"\b(?:ratio|trop\s+d['’]élèves|élèves\s+par\s+(?:classe|groupe)|(?:grosseur|taille)\s+(?:de\s+la\s+|des\s+|de\s+)?(?:classe|groupe)s?)\b",
     "nombre maximum d'élèves groupe-classe"),
    (r"\b(?:EHDAA|TDAH|TSA|élèves?\s+(?:en\s+difficulté|codée?s?|avec\s+(?:un\s+)?code)|plan\s+d['’]intervention)\b",
     "difficulté d'adaptation besoins particuliers"),
    (r"\b(?:crayons?|photocopies?|fournitures?|matériel\s+scolaire)\b", "matériel didactique"),
    (r"\b(?:pas\s+sécuritaire|insécuritaire)\b", "santé et sécurité"),
    # a pay by the hour (Bourget 7-6.05, Cris 13-2.00 « à taux horaire »)
    (r"\bpay[ée]e?s?\s+(?:à\s+l['’]heure|de\s+l['’]heure)\b", "taux horaire"),
    # -- the pay slip and the workplace, in a teacher's words (fifth group)
    # 7-7.04 « versée par dépôt direct dans l'institution bancaire de son choix »: « mon compte à la caisse »
    (r"\b(?:comptes?\s+(?:de\s+banque|bancaires?|(?:à|a)\s+la\s+(?:caisse|banque))|caisse\s+pop\w*|caisse\s+desjardins)\b",
     "dépôt direct institution bancaire"),
    # 7-7.05 « accompagné d'un talon … ses gains bruts avec ses gains nets »: « mon stub de paye », « ma fiche de paie »
    (r"\b(?:stubs?|(?:relevés?|fiches?|bulletins?|feuilles?)\s+de\s+pa(?:ye|ie))\b", "talon gains bruts nets"),
    # 8-11.09 Temps supplémentaire; Cris 11-8.03 E), 13-10.08 (« dépasse … chaque période excédentaire »):
    # « mes heures sup », « du temps supp », « de l'overtime », « les heures en trop » (not the agreements'
    # « supplémentaire »; CNCEC: « Les dépassements de l'amplitude de travail seront compensés »)
    (r"\b(?:heures?\s+sup{1,2}|temps\s+sup{1,2}|overtime|heures?\s+(?:de\s+trop|en\s+trop|en\s+extra))\b(?!\w)",
     "temps supplémentaire excédentaire dépassements"),
    # 3-6.01 « Le Collège déduit de chacune des paies … la cotisation régulière fixée par l'Association »: what the
    # union takes off the pay (« ils me coupent combien pour l'union », « ce que le syndicat me prend sur ma paye »)
    (r"(?=.*\b(?:union|syndicat|syndicale?s?)\b)(?=.*\b(?:coup\w*|enl[eè]v\w*|pren\w*|pris|retien\w*|ret(?:enu|enue|enir)|"
     r"prél[eè]v\w*)\b)(?=.*\b(?:pa(?:ye|ie)s?|salaires?|chèques?)\b)", "cotisation syndicale déduit"),
    # how much is taken off the pay: the agreements' « déduit » (7-8.04 « Le Collège déduit 1/200e », 3-6.01),
    # « retenues » (7-7.02): « ils me coupent combien sur ma paye », « combien ils m'enlèvent sur mon chèque » (not
    # « va-tu me couper la journée sur ma paie », whether a leave is paid: 6-1.09 « sans perte de … traitement »)
    (rf"\b{_TAKE_OFF}\b(?=.*\bcombien\b){_OFF_THE_PAY}|\bcombien\b(?=.*\b{_TAKE_OFF}\b){_OFF_THE_PAY}", "déduit retenues"),
    # money owed (6-11.03 « Les sommes dues en vertu du présent article sont payées dans un délai raisonnable »,
    # 5-1.15 « les sommes dues »): « ils me doivent encore mon kilométrage », « ce qu'on me doit »
    (r"\b(?:me|nous)\s+doi(?:t|vent)\s+(?:encore\s+|toujours\s+)?(?:de\s+l['’]argent|des\s+sous|mon|ma|mes|\d)|"
     r"\b(?:ce\s+qu['’](?:on|ils?|elle)\s+me\s+doi(?:t|vent)|l['’]argent\s+qu['’](?:on|ils?)\s+me\s+doi(?:t|vent))",
     "sommes dues"),
    # the order a bank or list is used in (Cris 5-10.43 « L'utilisation des jours … se fait dans l'ordre suivant »):
    # « ils la prennent dans quelle banque en premier ? », « dans quel ordre »
    (r"\b(?:en\s+premier|en\s+dernier|dans\s+quel\s+ordre)\b", "ordre suivant"),
    # 6-8.00 Perfectionnement (6-8.05 « les frais de séjour et de déplacement … activités de perfectionnement »):
    # « une formation » (not « formation professionnelle / générale / continue »), « un colloque »; « l'hôtel »
    (r"\b(?:colloques?|formations?(?!\s+(?:professionnelle|générale|des\s+adultes|continue|de\s+base)))\b", "perfectionnement"),
    (r"\b(?:hôtels?|motels?|hébergement|coucher\s+(?:à|a)\s+l['’]extérieur)\b", "frais de séjour"),
    # Cris 13-10.03 k) « des rencontres de parents », Bourget 8-11.09 « Parents-maîtres », 8-4: « les soirées de parents »,
    # « la remise des bulletins », « les rencontres parents-profs »
    (r"\b(?:soirées?\s+(?:de|des)\s+parents|remises?\s+(?:de|des)\s+bulletins|rencontres?\s+parents?[- ](?:profs?|enseignants?))\b",
     "rencontres de parents"),
    # the work of preparing and correcting (Cris 11-9.02 « 200 heures … de travail de nature personnelle », Bourget 8-5
    # « tâche de nature personnelle »; 8-2.01 « préparer », « corriger »): « ma correction », « ma planif »
    (r"\b(?:corrections?|planifs?|planification|préparation\s+de\s+(?:mes\s+|mes\s+)?cours|préparer\s+mes\s+cours)\b",
     "travail de nature personnelle préparer corriger"),
    # -- sixth group: a lawyer, a loss, the school year
    # 6-7.04 « son propre procureur », 10-2.15 « frais de représentants (procureurs) », Cris 9-2 « les procureures ou
    # procureurs »: « mon avocat », « un lawyer », « une avocate »
    (r"\b(?:avocats?|avocates?|lawyers?)\b", "procureur procureurs"),
    # a death said as a loss (6-1.02 « En cas de décès … de son enfant »): « si je perds mon enfant », « j'ai perdu
    # mon père », « ma collègue a perdu sa petite-fille » (6-1.02 d), Cris 5-14.02 C); not « perdre mon bébé », a
    # pregnancy's end, nor « perdre ma job », « perdre mes jours »)
    (r"\b(?:perd(?:s|re|ait|rais)?|perdue?)\s+(?:mon|ma|mes|notre|son|sa)\s+(?:enfants?|fils|filles?|père|mère|papa|maman|"
     r"parents|frère|sœur|soeur|conjointe?|chum|blonde|mari|femme|grand-(?:père|mère)|beau-père|belle-mère|"
     r"petite?-(?:fille|fils)|beau-frère|belle-s(?:œ|oe)ur|gendre|bru|oncle|tante|neveu|nièce)\b", "décès"),
    # 1-2.05 Année de travail (« débutant au plus tôt le 22 août … se terminant le 30 juin »): « la rentrée », « le
    # début / la fin des classes », « la première / dernière journée d'école »
    (r"\b(?:rentrée|(?:début|fin|retour)\s+des\s+classes|(?:première|dernière)\s+journée\s+d['’]école)\b",
     "année de travail"),
    # -- seventh group: a burn-out, a wedding, things broken at work
    # a long sick leave (6-3.09 « pour toute période d'invalidité reconnue »): « un burn-out », « une dépression », « mon
    # médecin m'arrête »
    (r"\b(?:burn-?out|épuisement\s+professionnel|dépression|médecin\s+m['’]arrête|arrêtée?\s+par\s+(?:mon|le)\s+médecin)\b",
     "maladie invalidité"),
    # 6-1.02 g) « le mariage ou l'union civile du salarié éducateur »: « je me marie », « mes noces » (a lookahead:
    # assistant.scope keeps the words)
    (r"(?=.*\b(?:noces|(?:me|se|te)\s+marie(?:r|nt)?|marier)\b)", "mariage union civile"),
    # 6-1.02 c) « de ses beaux-parents » (Cris 5-14.02 C)): « ma belle-mère », « mon beau-père », words no agreement uses,
    # which the absent-topic check refused (« Au Collège, ma belle-mère est morte : combien de jours ? », my own answerable
    # check, not gold)
    (r"\b(?:belle-m[èe]re|beau-p[èe]re|belle-maman|beau-papa)\b", "beaux-parents"),
    # 6-7.05 « la perte totale ou partielle, le vol ou la destruction de biens personnels »: « un élève a cassé mes lunettes »,
    # « on m'a volé mon cell »; the thing named after it is a belonging, whatever it is (« on m'a volé mon portable »: DEV
    # Q947 was refused for « portable », which no agreement writes)
    (r"\b(?:cass|bris|vol|abîm|endommag|détrui?t)\w*\s+(?:mes|mon|ma)(?:\s+[^\W\d_][\w-]*)?", "biens personnels perte vol destruction"),
    # 5-1.04 « s'engage à fournir un travail exclusif au Collège … peut permettre … un travail rémunéré autre »: a second
    # job (« une deuxième job », « une job à côté », « des cours privés le soir », « travailler à mon compte »)
    # -- eighth group: coming back from a leave
    # getting one's job back (Bourget 6-5.16 « À son retour, le salarié éducateur est réintégré dans ses fonctions », 5-2.07
    # « réintégrera ses fonctions d'origine », Cris « à son retour, l'enseignante ou l'enseignant est réintégré dans ses
    # fonctions »): « j'vais-tu ravoir mes fonctions ? », « est-ce que je retrouve mon poste ? »
    (r"\b(?:ravoir|r[ae]trouv\w*|récupér\w*|reprend\w*|repris)\s+(?:mes|mon|ma)\s+(?:fonctions|postes?|jobs?|classes?|emplois?)\b",
     "retour réintégré réintégrera"),
    # -- ninth group: a half load, staying home with a baby, a sanction, a contract signed again, one's class schedule
    # a half load is part time (Bourget 5-1.13 « refuser un poste à temps partiel inférieur à soixante-dix pour cent »):
    # « une demi-tâche », « à mi-temps »
    (r"\b(?:demi-tâches?|mi-temps|demi-temps)\b", "temps partiel"),
    # staying home with one's baby (6-4.27 ff. « congé parental sans traitement »): « rester à la maison avec mon bébé »
    (r"\b(?:à\s+la\s+maison|chez\s+(?:moi|nous))\s+avec\s+(?:mon|ma|notre|mes|nos)\s+(?:bébés?|enfants?|petite?|nouveau-né)\b",
     "congé parental"),
    # a sanction is a disciplinary measure (5-6.00 « mesures disciplinaires », 5-6.07 « rencontre disciplinaire »)
    # so is a punishment, in any form of the verb (« peuvent-ils me punir ? », « je vais-tu être punie ? », « une punition »)
    (r"\b(?:sanctions?|sanctionnée?s?|puni(?:r|e|es|s|t|ssent|ssez|ra|ront|rait|raient)?|punitions?)\b",
     "mesures disciplinaires rencontre disciplinaire"),
    # signing a contract again each year (5-1.08 « voit son contrat se renouveler automatiquement »): « re-signer »
    (r"\bre-?sign(?:e|es|er|é|ée|ent)\b", "contrat renouveler renouvelé"),
    # moving one's classes (8-4.05 « ne peut modifier l'horaire des périodes d'enseignement »): « changer l'heure de mes cours »
    (r"\b(?:chang|modifi|déplac|boug)\w*\s+(?:l['’]heure|les\s+heures|l['’]horaire|mon\s+horaire)\s+de\s+(?:mes|mon|ma)\s+"
     r"(?:cours|périodes?|classes?)\b", "modifier l'horaire des périodes d'enseignement"),
    # one's working hours changed (8-11.08, 8-15.08 « Le Collège ne peut modifier l'horaire de travail … sans un préavis de
    # sept (7) jours »): « la direction veut changer mon horaire », « on m'annonce un nouvel horaire de travail » (not the
    # agreements' « modifier », nor one's classes' hours above: « changer l'horaire de mes cours »; « changer mon horaire de
    # travail » already writes the clause's words: in reduced mode its answer then held too few of the question's own)
    (r"\b(?:chang|déplac|boug|chambard|brass)\w*\s+(?:mon|son|leur|notre|l['’])\s*horaire\b(?!\s+de\s)|"
     r"\bnouvel\s+horaire\b", "modifier l'horaire de travail"),
    # support staff (Bourget 1-2 d) « salarié éducateur non-enseignant (salarié éducateur de soutien technique … ) », whose
    # 8-15.00 is theirs): « je suis employée de soutien », « personnel de soutien », « pas comme enseignante »
    (r"\b(?:personnel|employée?s?|salariée?s?|membres?\s+du\s+personnel)\s+de\s+soutien\b|"
     r"\bpas\s+(?:comme\s+)?(?:une?\s+)?(?:enseignante?|prof)\b", "non-enseignant"),
    # -- tenth group: the union–employer committee, « le comité où le syndicat pis l'employeur se rencontrent », « les
    # rencontres du comité avec l'employeur », « le comité paritaire », in the Cris agreement's words for it (4-3.02 « un
    # organisme consultatif sera formé … représentants … désignés par le Syndicat … de la Commission », 4-3.05 « Le comité
    # de la Commission est un organisme consultatif »): DEV Q1237's Cris side was 13-10.06, now 4-3.06. Bourget's own name
    # (4-2.00 « comité de relations du travail (CRT) ») is not appended: its clauses saying « le comité » gave way to those
    # naming it (DEV Q345: 4-2.07 « Une réunion du comité de relations du travail (CRT) se tient … » over 4-2.08's agenda
    # « cinq (5) jours ouvrables avant », /tmp/s22/ab.sh cmp2crt). A comité named by its own name (« comité de
    # perfectionnement », « comité de sélection ») is not it; lookaheads: assistant.scope keeps the words.
    (r"\bcomités?\s+(?:paritaires?|mixtes?|syndica\w*[- ]patrona\w*|patrona\w*[- ]syndica\w*)\b|"
     r"(?=.*\bcomités?\b(?!\s+(?:de|du|des|d['’])\s*\w))(?=.*\b(?:employeurs?|patrons?|boss|patrona\w*)\b)"
     r"(?=.*\b(?:syndicats?|unions?|syndica\w*|rencontr\w*|réuni\w*)\b)",
     "organisme consultatif"),
    # leaving the group insurance and coming back (Cris 5-10.12 « Une enseignante ou un enseignant qui a refusé ou cessé de
    # participer au régime peut y devenir admissible »; Bourget 6-2.09 « se retirer … ne peut y adhérer de nouveau »):
    # « si je me retire de l'assurance collective, je peux-tu y revenir ? », « lâcher l'assurance » (DEV Q1405)
    (r"(?=.*\bassurances?\b)(?=.*\b(?:(?:me|se|te)\s+retir\w*|retir(?:er|é|ée)\s+de|lâch\w*|d[ée]sinscri\w*|sortir|"
     r"sorti|quitt\w*|arrêt\w*\s+(?:de\s+)?(?:cotiser|payer|participer))\b)", "cessé de participer au régime devenir admissible"),
    (r"\b(?:(?:deuxième|2e|seconde?)\s+(?:job|emploi|travail)|(?:job|emploi|travail)\s+(?:à\s+côté|en\s+parallèle|de\s+soir)|"
     r"cours\s+privés|tutorat\s+privé|à\s+mon\s+compte|travailleuse\s+autonome|travailleur\s+autonome)\b",
     "travail exclusif travail rémunéré autre"),
    # -- eleventh group: a disciplinary record, the probation, the weekend, joining the union, a disaster at home
    # a kind of disciplinary measure is one (Bourget 5-6.05 « avertissement écrit, réprimande écrite, suspension et
    # congédiement », 5-6.09 « toute mesure disciplinaire … sera retirée »): « une réprimande », « un avertissement »
    # (lookaheads: both are the agreements' words)
    (r"(?=.*\b(?:réprimandes?|avertissements?\s+écrits?)\b)", "mesure disciplinaire mesures disciplinaires"),
    # a suspension said beside a disciplinary word is the disciplinary one (5-6.09 « dans le cas d'une suspension
    # disciplinaire »), not a leave's (6-4.07 « Suspension du congé de maternité »)
    (r"(?=.*\bsuspen\w*)(?=.*\b(?:réprimandes?|avertissements?|blâmes?|disciplin\w*|sanctions?|fautes?)\b)",
     "suspension disciplinaire"),
    # how long a measure stays on file (5-6.09 « sera retirée après dix (10) mois de travail »): « ça reste-tu dans mon
    # dossier pour toujours ? », « quand est-ce que ça s'efface de mon dossier ? », « ils l'enlèvent de mon dossier ? »
    # (not « retirée du dossier », the agreement's own word: DEV Q289's Cris side then quoted 13-3.04's « 18 mois », ab R7a)
    (r"(?=.*\bdossiers?\b)(?=.*(?:pour\s+toujours|à\s+vie|éternellement|\beffac\w*|\bdispar\w*|\benl[eè]v\w*|"
     r"\brest(?:e|er|era|ent|era-t-il)\b))", "sera retirée après mois de travail date d'exécution"),
    # what the employer keeps on one (5-6.01 « Le Collège tient à jour un dossier … Il y verse … »): « les papiers qu'ils
    # ont sur moi », « ce que le Collège conserve sur moi »
    (r"\b(?:papiers|documents|infos?|informations|renseignements|choses)\s+(?:qu['’](?:ils|il|elle|on)\s+(?:a|ont)\s+)?"
     r"sur\s+(?:moi|nous)\b|\b(?:gard|conserv|tien)\w*\s+(?:\w+\s+){0,2}sur\s+(?:moi|nous)\b", "dossier"),
    # a new employee's trial (1-2.47 « Période de probation », 5-4.01): « à l'essai », « ma période d'essai »
    (r"\b(?:à\s+l['’]essai|périodes?\s+d['’]essai|en\s+essai)\b", "période de probation probation"),
    # let go (« ils m'ont remerciée », « remercié de mes services »): the employer ends the employment (6-4.44 « a mis fin
    # à son emploi », 5-4 « non-réengagement »), not a thank-you (« remercié pour »)
    (r"\b(?:m['’]|l['’]|nous\s+)(?:ont|a|avait|avaient|auraient|aurait)\s+remerci(?:é|ée|és|ées)\b(?!\s+pour)|"
     r"\bremerci(?:é|ée|és|ées)\s+de\s+(?:mes|ses|nos)\s+services\b", "mis fin à son emploi congédiement non-réengagement"),
    # who must prove it (5-6.09 « le fardeau de la preuve incombe au Collège », 6-4.44 « le Collège doit démontrer »)
    (r"\bprouv(?:er|e|es|ent|é|ée)\b", "fardeau de la preuve démontrer"),
    # the weekend (8-4.04 « rencontres fixées le samedi, le dimanche »): « en fin de semaine », « le week-end »
    (r"\b(?:fins?\s+de\s+semaine|week-?ends?)\b", "samedi dimanche"),
    # joining the union (3-4.02 « signer une demande d'adhésion à l'Association »): « embarquer dans le syndicat »,
    # « devenir membre de l'union », « prendre ma carte »
    (r"\b(?:embarqu\w*|entrer|rentrer|adhérer|m['’]inscrire|joindre)\s+(?:dans\s+|au\s+|à\s+)?(?:le\s+|la\s+|l['’])?"
     r"(?:syndicat|union|association)\b|\bdev(?:enir|iens|ient|iennent|ienne|iennes|enu|enue)\s+membres?\b|\b(?:ma|sa)\s+carte\s+(?:du|de\s+l['’])\s*(?:syndicat|union)\b",
     "adhésion membre"),
    # a disaster at home (Bourget 6-1.02 h) « événement de force majeure tel qu'un feu », Cris 5-14.02 G) « désastre,
    # feu, inondation »): « une inondation », « une tornade », « notre maison a brûlé »
    # Not « inondée »: with it, DEV Q1847's Bourget side (« ma maison est inondée … au Collège ? Pis chez les Cris ») was
    # said to have no clause (ab R7a: comparisons citing all 0.989 -> 0.986), though its search then found 6-1.02 first
    (r"(?=.*\binondations?\b)|\btornades?\b|\b(?:maison|logement|appart\w*)\s+(?:a\s+)?brûlée?\b", "force majeure"),
    # hurt at work said as « je me suis fait mal », « si je me fais mal à la job » (9-2.00 accident du travail); not « ça
    # me fait mal au cœur » (it saddens me)
    (r"\b(?:me|m['’]|se|s['’]|te|t['’])\s*(?:suis\s+|est\s+|es\s+|serais\s+|étais\s+)?f(?:ai|ais|ait|aire|erais)\w*\s+"
     r"(?:très\s+|vraiment\s+)?mal\b(?!\s+au\s+c(?:œ|oe)ur)", "accident du travail lésion professionnelle"),
    # what a leave is taken from (Bourget 6-3.01 « n'affectent pas la banque de congés de maladie », 6-3.06 « accumulation des
    # jours de congés de maladie »): « ça mange-tu mes journées de maladie ? », « ça gruge dans ma banque », « est-ce que ça
    # affecte mes congés »
    (r"\b(?:mang|grug|pig|puis|enl[eè]v|affect|coup)\w*\s+(?:dans\s+|sur\s+|à\s+même\s+)?(?:mes|ma|mon|ses|sa|son|nos|notre)\s+"
     r"(?:journées|jours|congés|banques?)\b", "banque de congés affectent"),
    # a discount (Bourget 11-5.01 « une réduction des frais de scolarité pour chaque enfant », 6-3.12 « la ristourne
    # provenant de l'assurance-emploi »): « un rabais », « un escompte » (« rabais » a lookahead: the Cris agreement writes it)
    (r"(?=.*\brabais\b)|\bescomptes?\b|\bdiscounts?\b", "réduction ristourne"),
    # -- twelfth group: where to rest, the pupils said as « les jeunes », a personal day, a permission
    # a room to rest (Bourget 3-2.01 « une salle de repos … partagée avec les autres membres du personnel »): « la salle des
    # profs », « le salon du personnel », « une place pour relaxer entre mes cours », « un local où se reposer » (not the
    # agreement's own « salle de repos »)
    (r"\b(?:salles?|salons?)\s+(?:des|du)\s+(?:profs|enseignante?s|personnel)\b|"
     r"\b(?:place|endroit|local|pièce|coin|salle)\s+(?:[\w'’]+\s+){0,7}?"
     r"(?:relax\w*|repos(?:er|e|ent)|décompress\w*|(?:me|se|nous)\s+détendre)\b", "salle de repos"),
    # the pupils said as « les jeunes », « des ados » (the agreements' « élèves »): « avec 170 jeunes », « mes ados de
    # secondaire 4 »; not « le secteur des jeunes », a sector's name
    (r"(?<!secteur des )\b(?:jeunes|ados|adolescente?s)\b", "élèves"),
    # a personal day (Bourget 6-3.10 « des jours de congés de maladie pour raisons personnelles … sans autorisation
    # préalable »): « une journée perso », « un congé perso »; asking leave is the agreements' « autorisation »
    (r"\bperso\b", "raisons personnelles"),
    (r"\bpermissions?\b", "autorisation"),
    # a year off (« mon année off », « me financer une année off », « deux ans off »): the agreements' « année de
    # congé » (Bourget 6-6.01 « une (1) année scolaire de congé sabbatique », Cris Annexe XI « congé »); blind DEV Q2078,
    # Q2080 (deferred-pay leave) had 6-6.21, 6-6.15 lower for want of it
    (r"\b(?:une?|mon|ma|son|sa|l['’]|cette|leur|notre|deux|\d+)\s*(?:années?|ans)\s+off\b", "année de congé"),
)
#: Appended only to the passages' search (assistant.retrieval's BM25 query), never to what the answerer scores sentences
#: with: a phrase of the agreements whose words, each taken alone, name other things. The search ranks passages by the
#: whole query, where the phrase's words meet together; the answerer's sentence scoring counts each appended word alone,
#: so « perte » of « sans perte de traitement » led Bourget 6-7.05's « perte totale ou partielle » (damage to belongings)
#: before 6-1.02 h) for a paid day of force majeure (/tmp/s23/R9-paid-days.md, DEV Q1261).
SEARCH_ONLY_EXPANSIONS: tuple[tuple[str, str], ...] = (
    # paid days, a paid leave or absence (« mes journées de maladie payées », « combien de jours payés », « un congé
    # payé », « mes absences … sont-tu payées », « payée pendant mon congé ») are the agreements' days « sans perte de
    # traitement » (Bourget 6-3.02 « dix (10) jours ouvrables d'absences sans perte de traitement », 6-1.01 « congés
    # spéciaux sans perte de traitement », Cris 5-14.02); the words said of them may stand between, within one run of
    # words (no punctuation but a comma). DEV Q086, Q1847, Q1951 had their clause out of the BM25 top 10 for want of
    # these words (R9)
    (r"(?=.*(?:\b(?:jours?|journées?|congés?|absences?)\s+(?:[\w'’-]+,?\s+){0,8}?pay[ée]e?s?\b|"
     r"\bpay[ée]e?s?\s+(?:pendant|durant)\s+(?:mon|ma|mes|le|la|les|son|sa|ses|ce|cet|cette|ces)\s+"
     r"(?:jours?|journées?|congés?|absences?)\b))", "sans perte de traitement"),
)
#: Only without vectors. Measured with ``python -m evals --reduced`` (DEV, 162 items): hit@5
#: 0.748 -> 0.785, key facts 0.500 -> 0.507, citation precision 0.490 -> 0.499, abstention unchanged.
#: With the vectors they were not kept: DEV key facts 0.685 -> 0.678 (``python -m evals``). The
#: second of them (« déposer un grief » -> « soumet avis de grief ») is in EXPANSIONS since it
#: helped with the vectors too (DEV, 256 items: see the commit that moved it).
KEYWORDS_ONLY_EXPANSIONS: tuple[tuple[str, str], ...] = (
    (r"combien de temps|jusqu'(?:à|a|au) quand|d'ici quand", "délai jours"),
)
_COMPILED = tuple((re.compile(pattern, re.IGNORECASE), words) for pattern, words in EXPANSIONS)
_KEYWORDS_ONLY = tuple((re.compile(pattern, re.IGNORECASE), words) for pattern, words in KEYWORDS_ONLY_EXPANSIONS)
_SEARCH_ONLY = tuple((re.compile(pattern, re.IGNORECASE), words) for pattern, words in SEARCH_ONLY_EXPANSIONS)
#: the interrogative particle of spoken Québec French: "je peux-tu", "il reste-tu"
_TU_PARTICLE = re.compile(r"(\w)-tu\b", re.IGNORECASE)


def without_mapped(question: str) -> str:
    """The question with the words EXPANSIONS map blanked out: what no check of unknown words should count
    (« il m'écœure », « mon char »: the agreements say « harcèlement », « automobile »; assistant.scope and the
    answerer's weak-evidence check read the question this way)."""
    blank = [False] * len(question)
    for pattern, _ in _COMPILED:  # each pattern reads the question as written, not as an earlier one left it
        for match in pattern.finditer(question):
            blank[match.start():match.end()] = [True] * (match.end() - match.start())
    return "".join(" " if gone else char for char, gone in zip(question, blank))


def agreement_words(question: str, keywords_only: bool = False) -> str:
    """The agreements' words EXPANSIONS append to ``question`` (empty when it speaks as they do)."""
    text = _TU_PARTICLE.sub(r"\1", question)
    patterns = _COMPILED + _KEYWORDS_ONLY if keywords_only else _COMPILED
    return " ".join(words for pattern, words in patterns if pattern.search(text))


def agreement_phrases(question: str) -> list[str]:
    """The agreements' words of each EXPANSIONS pattern ``question`` meets, one string per pattern (« la direction veut
    changer mon horaire », « personnel de soutien » -> « modifier l'horaire de travail », « non-enseignant »)."""
    text = _TU_PARTICLE.sub(r"\1", question)
    return [words for pattern, words in _COMPILED if pattern.search(text)]


def agreement_word_groups(question: str) -> list[str]:
    """One string per everyday wording of ``question`` EXPANSIONS meet: the words it says (none for a lookahead) and
    the agreements' words for them (« mon chum est décédé » -> « chum conjoint conjointe », « décédé décès »); each
    says one thing, however many words it has."""
    text = _TU_PARTICLE.sub(r"\1", question)
    return [f"{match.group(0)} {words}".strip() for pattern, words in _COMPILED
            if (match := pattern.search(text)) is not None]


def in_agreement_words(question: str) -> str:
    """The question as the agreements would word it: the words EXPANSIONS map replaced by the agreements'
    words (« mon stub de paye » -> « talon gains bruts nets »), for a check of how much of the question a
    passage holds (the answerer's weak-evidence overlap)."""
    extra = agreement_words(question)
    return f"{without_mapped(question)} {extra}" if extra else question


def expand(question: str, keywords_only: bool = False) -> str:
    """The question with the agreements' vocabulary appended where it speaks colloquially
    (``keywords_only``: for an index without vectors, with ``KEYWORDS_ONLY_EXPANSIONS`` too)."""
    text = _TU_PARTICLE.sub(r"\1", question)
    extra = agreement_words(question, keywords_only)
    return f"{text} ({extra})" if extra else text


def search_query(question: str, keywords_only: bool = False) -> str:
    """The passages' search query: ``expand``'s, plus the phrases of ``SEARCH_ONLY_EXPANSIONS`` ``question`` meets
    (« mes journées de maladie payées » -> « … (sans perte de traitement) »), which the answerer never scores with."""
    expanded = expand(question, keywords_only)
    text = _TU_PARTICLE.sub(r"\1", question)
    extra = " ".join(words for pattern, words in _SEARCH_ONLY if pattern.search(text))
    return f"{expanded} ({extra})" if extra else expanded
