# The counsellor's console. Staff read these; the person at the kiosk never does.

console-signed-in-as = { $account } ({ $role })
console-role-admin = administrateur
console-role-counsellor = conseiller
console-role-editor = rédacteur
console-sign-out = Se déconnecter
console-to-kiosk = Rendre l’écran à la borne
console-back = Retour

## Setup and sign-in

console-setup-title = Première utilisation : créer l’administrateur
console-setup-intro = Aucun compte n’existe encore sur cet appareil. L’administrateur crée ensuite les comptes des conseillers.
console-setup-create = Créer l’administrateur
console-setup-done = L’administrateur a été créé. Connectez-vous maintenant.
console-sign-in-title = Connexion du personnel
console-account-name = Nom du compte
console-passphrase = Phrase secrète ou code PIN
console-sign-in = Se connecter
console-wrong-credentials = Ce nom et cette phrase secrète ne correspondent à aucun compte.
console-locked = Trop d’essais erronés. Ce compte pourra réessayer dans { $seconds } s.
console-locked-idle = La console s’est verrouillée après un moment d’inactivité. Reconnectez-vous.
console-sign-in-first = Connectez-vous d’abord.
console-editor-not-here = Les comptes de rédacteur servent au contenu et aux traductions, pas aux dossiers de consentement.
console-account-exists = Un compte portant ce nom existe déjà.
console-bad-name = Un nom de compte comporte de 2 à 32 caractères : lettres, chiffres, points, tirets ou tirets bas.
console-weak-secret = Une phrase secrète ou un code PIN doit comporter au moins 6 caractères.
console-already-set-up = Des comptes existent déjà : c’est un administrateur qui en ajoute de nouveaux.
console-admin-only = Seul un administrateur peut faire cela.

## Dashboard

console-dashboard-title = Consentements sur cet appareil
console-concerns-title = On a besoin de vous maintenant à la borne : { $count }
console-concern-pressured = se sent sous pression et a demandé à parler au personnel en privé
console-concern-lost-code = a perdu son code et veut retirer son consentement
console-concern-seen = J'y vais
console-guided-start = Commencer une séance accompagnée
console-export = Exporter
console-suspend = Suspendre une destination
console-review-content = Revoir les consentements après un changement de contenu
console-list-all = Tous ({ $count })
console-list-cooling-off = En délai de réflexion ({ $count })
console-list-effective = En vigueur ({ $count })
console-list-flagged = Signalés ({ $count })
console-list-needs-review = À revoir ({ $count })
console-list-withdrawn = Retirés ({ $count })
console-list-departed = Départ effectué ({ $count })
console-state-cooling-off = en délai de réflexion
console-state-effective = en vigueur
console-state-flagged = signalé
console-state-needs-review = à revoir
console-state-withdrawn = retiré
console-state-departed = départ effectué
console-state-declined = la personne n'a pas accepté
console-hours-left = encore { $hours } h
console-search = Rechercher : code, langue ou destination
console-list-empty = Aucun consentement dans cette liste.
console-list-more = { $shown } affichés sur { $count }. Tapez une plus grande partie du code pour réduire la liste.
console-open = Ouvrir { $code }

## Opening a record

console-reason-title = Pourquoi ouvrez-vous ce dossier ?
console-reason-intro = L’ouverture d’un dossier est journalisée avec votre compte et votre motif.
console-reason = Motif
console-reason-needed = Indiquez un motif (quelques mots), s’il vous plaît.
console-open-confirm = Ouvrir le dossier
console-not-found = Ce consentement est introuvable.
console-record-title = Dossier de consentement
console-fact-code = Code de référence : { $value }
console-fact-state = État : { $value }
console-fact-signed = Signé : { $value }
console-fact-cooling-off = Fin du délai de réflexion : { $value }
console-fact-destination = Destination : { $value }
console-fact-language = Langue : { $value }
console-fact-content = Version du contenu : { $value }
console-fact-departed = Départ : { $value }
console-fact-escort = Accompagnateur : { $value }
console-fact-reception = Dispositif d'accueil : { $value }
console-fact-household = Foyer : { $value }
console-fact-review = À revoir, car : { $value }
console-review-content-changed = les informations affichées ont changé depuis la signature
console-review-child-objection = l'enfant s'y est opposé
console-flag-pressure = La personne a dit se sentir sous pression ou a demandé à parler en privé.
console-flag-re-explained = Une réponse aux questions de compréhension a dû être réexpliquée.
console-present = Présents :
console-items = Réponses :
console-withdraw = Retirer à la demande de la personne
console-departure = Enregistrer le départ
console-reconsent = Recueillir une nouvelle signature
console-saved = Enregistré.
console-conflict = Quelqu’un d’autre vient de modifier ce consentement. Rien n’a été enregistré. Rouvrez-le pour voir la modification.
console-failed = Cela n’a pas fonctionné : { $why }

## Re-consent

console-reconsent-title = Ce qui a changé depuis la signature
console-reconsent-intro = Lisez le nouveau texte avec la personne, dans sa langue. Ensuite, elle signe de nouveau ou retire son consentement.
console-reconsent-not-needed = Ce consentement n’a pas besoin d’être revu.
console-reconsent-no-text-change = Les textes affichés sont les mêmes ; le réexamen avait une autre raison.
console-reconsent-before = À la signature
console-reconsent-now = Maintenant
console-reconsent-gone = (n’est plus affiché)
console-reconsent-sign-as = Nom saisi pour : { $role }
console-reconsent-sign = Enregistrer la nouvelle signature

## Suspension and content review

console-suspend-title = Suspendre l’aide au retour
console-suspend-intro = Tous les consentements en cours pour cette destination passent aussitôt à revoir, et la borne ne la propose plus.
console-suspend-area = Une seule zone (code ISO 3166-2, facultatif)
console-suspend-reason = Motif
console-suspend-confirm = Suspendre
console-suspend-unknown-country = Choisissez un pays dans la liste.
console-suspend-done = Suspendu. Consentements passés à revoir : { $count }.
console-review-done = Consentements signés avec des informations plus anciennes, passés à revoir : { $count }.

## Export

console-export-title = Exporter vers le système de gestion des dossiers
console-export-intro = Tout ce qui se trouve sur cet appareil est écrit dans un seul fichier, dans le répertoire.
console-export-folder = Répertoire
console-export-jsonl = JSON Lines (événements scellés)
console-export-csv = CSV (une ligne par consentement)
console-export-fhir = FHIR R4 Bundle
console-exported = { $count } enregistrements écrits dans { $path }

## Guided session

console-guided-title = Séance accompagnée : qui est présent
console-guided-language = Langue de la personne
console-guided-adult = 18 ans ou plus
console-guided-minor = Moins de 18 ans
console-guided-capacity-doubt = J’ai des doutes sur la capacité de la personne à décider
console-guided-interpreter = Interprète présent : langue (laisser vide s’il n’y en a pas)
console-guided-witness = Témoin présent : nom (nécessaire pour une marque)
console-guided-household = Référence du foyer, commune aux consentements d'une même famille (laisser vide s'il n'y en a pas)
console-guided-representative = Nom du tuteur ou du représentant légal
console-guided-best-interests = Référence de la décision sur l’intérêt supérieur
console-guided-child-view = L’avis de l’enfant lui-même
console-guided-child-agrees = L’enfant est d’accord (pictogramme)
console-guided-child-objects = L’enfant s’y oppose (pictogramme)
console-guided-assent = Accord
console-guided-objection = Opposition
console-guided-child-words = Les mots de l’enfant
console-guided-unaccompanied = L'enfant est-il ici sans parent ni adulte responsable de lui ?
console-guided-unaccompanied-yes = Enfant non accompagné
console-guided-unaccompanied-no = Avec un parent ou l'adulte responsable
console-guided-escort = Accompagnateur pendant le voyage : organisme et référence (sans nom)
console-guided-reception = Référence du dispositif d'accueil dans le pays de retour
console-guided-covers-separation = La décision sur l'intérêt supérieur couvre un retour séparé des parents
console-guided-begin = Commencer avec la personne

## Why the rules refuse

rule-mark-without-witness = Une marque exige un témoin présent à cette séance.
rule-guardian-signature-missing = Le consentement d’un enfant exige la signature d’un tuteur ou d’un représentant légal.
rule-child-view-missing = Enregistrez d’abord l’avis de l’enfant lui-même (accord ou opposition).
rule-best-interests-reference-missing = Le consentement d’un enfant au retour exige la référence de la décision sur l’intérêt supérieur.
rule-representative-signature-missing = La capacité est mise en doute : le représentant légal doit signer.
rule-migrant-signature-missing = La personne n’a pas encore signé.
rule-empty-signature = Une signature est vide.
rule-unknown-signer = Une personne a signé sans être enregistrée comme présente.
rule-not-withdrawable = Ce consentement ne peut pas être retiré dans son état actuel.
rule-already-departed = Le départ a été enregistré : le retrait n’est plus possible.
rule-not-departable = Le départ ne peut être enregistré qu’une fois le consentement en vigueur.
rule-not-awaiting-reconsent = Une nouvelle signature n’est recueillie que pour un consentement à revoir.

## Garanties : signalements, entretien de confirmation, départ, retrait sans le code

console-list-on-hold = En attente d’un conseiller ({ $count })
console-state-on-hold = en attente d’un conseiller (un signalement ouvert ou l’entretien de confirmation)
console-find-without-code = Retirer sans le code
console-flag-capacity-doubt = Un conseiller a noté des doutes sur la capacité à décider.
console-flag-child-objection = L’enfant s’y est opposé.
console-flags-open = Signalements ouverts : le consentement ne peut ni prendre effet ni donner lieu à un départ tant que chacun n’est pas résolu.
console-flag-reason = Motif de la résolution
console-flag-cleared = Levé après un entretien privé
console-flag-referred = Orienté ailleurs (reste ouvert)
console-flag-review = En révision : une nouvelle signature, l'avis de l'enfant recueilli à nouveau
console-flag-resolution = { $flag } Résolution : { $outcome }. { $reason }
console-fact-interview = Entretien de confirmation : { $outcome }, { $when }
console-fact-departure-corrected = Départ corrigé { $when } : { $reason }
console-confirmation = Entretien de confirmation
console-confirmation-not-needed = Ce consentement n’attend pas d’entretien de confirmation.
console-confirmation-title = Entretien de confirmation en privé
console-confirmation-intro = Parlez seul à seul avec la personne, avec un interprète si besoin. Posez chaque question ci-dessous ; le consentement ne prend effet qu’après le délai de réflexion et une confirmation.
console-confirmation-interpreter-language = Interprète : langue (vide s’il n’y en a pas)
console-confirmation-interpreter-id = Interprète : numéro de la liste
console-confirmation-others = Autres personnes présentes :
console-confirmation-fear = La personne craint-elle un danger au retour ?
console-confirmation-fear-none = Aucune crainte exprimée
console-confirmation-fear-asylum-info = Crainte exprimée : informations sur l’asile données
console-confirmation-referred = Orientation faite
console-confirmation-signs = Signes de traite ou de violence ?
console-confirmation-signs-none = Aucun signe
console-confirmation-fitness = Santé et aptitude au voyage
console-confirmation-fit = Apte au voyage
console-confirmation-fit-with-support = Apte avec un soutien (escorte, médicaments)
console-confirmation-not-fit = Pas apte au voyage pour l’instant
console-confirmation-legal = Conseil juridique indépendant
console-confirmation-legal-offered = Proposé, pas encore décidé
console-confirmation-legal-taken = Proposé et accepté
console-confirmation-legal-declined = Proposé et refusé
console-confirmation-detained = La personne est-elle en rétention ?
console-confirmation-person = La personne a-t-elle confirmé, avec ses propres mots, qu’elle veut rentrer ?
console-confirmation-confirmed = Enregistrer : confirmé
console-confirmation-outcome-referred = Enregistrer : orienté (reste en attente)
console-confirmation-withdrawn = Enregistrer : la personne retire son consentement
console-reconfirm-departure = La personne a confirmé à nouveau aujourd’hui
console-departure-correction-reason = Pourquoi le départ a été enregistré par erreur
console-departure-correct = Corriger le départ
console-find-title = Retirer sans le code
console-find-intro = La personne est ici et a perdu son code. Demandez ce dont elle se souvient ; donnez au moins deux éléments. Chaque élément doit correspondre.
console-find-date = Jour de la signature (AAAA-MM-JJ)
console-find-language = Langue de lecture (p. ex. ar)
console-find-destination = Pays de retour (p. ex. GE)
console-find-code = Une partie du code
console-find-search = Chercher
console-find-two-facts = Donnez au moins deux éléments.
console-find-too-many = Plus de trois consentements correspondent : demandez un autre élément.
console-find-none = Aucun consentement qui peut encore être retiré ne correspond à tous les éléments.
console-find-reason = Motif du retrait
console-find-person-present = La personne est ici avec moi
console-withdrawn-without-code = Retiré. Remettez à la personne un reçu de retrait.
rule-held = Ce consentement ne compte pas encore : un signalement est ouvert ou l’entretien de confirmation ne l’a pas confirmé.
rule-flag-not-open = Ce signalement n’est pas ouvert sur ce consentement.
rule-not-awaiting-safeguard = Il n’y a rien à résoudre ni à confirmer sur ce consentement pour l’instant.
rule-interview-incomplete = Les réponses de l’entretien ne permettent pas de confirmer (confirmation de la personne, orientation en cours, aptitude au voyage ou conseil juridique en rétention).
rule-reason-missing = Veuillez indiquer un motif.
rule-reconfirmation-missing = La personne doit confirmer à nouveau aujourd’hui, en privé, avant l’enregistrement du départ.
rule-not-departed = Aucun départ n’a été enregistré.
rule-not-identified = Le retrait sans le code exige la présence de la personne et au moins deux éléments qui correspondent.
rule-child-objection-needs-review = L'opposition d'un enfant ne peut pas être levée : passez le consentement en révision, ou orientez-le.
rule-escort-missing = Le retour d'un enfant non accompagné nécessite que l'accompagnateur soit enregistré.
rule-reception-arrangement-missing = Le retour d'un enfant non accompagné nécessite la référence du dispositif d'accueil dans le pays de retour.
rule-household-apart = Le consentement d'un enfant avance avec celui d'un parent du même foyer (vers le même pays, en vigueur), sauf si la décision sur l'intérêt supérieur couvre un retour séparé.
console-fact-waiting-for = En attente de : { $value }
console-fact-shareable-from = Les données qui quittent le centre peuvent être partagées à partir du : { $value }
console-confirmation-unanswered = Répondez à chaque question avant d’enregistrer l’entretien.
console-hold-household = le consentement d'un parent du même foyer
console-suspend-unknown-area = Choisissez l'une des régions indiquées pour ce pays, ou le pays entier.
console-suspend-whole-country = Le pays entier
console-suspensions-active = Suspensions décidées depuis cette console, en vigueur :
console-suspension-line = { $destination }, depuis le { $when } : { $reason }
console-lift = Lever cette suspension
console-lift-title = Lever une suspension
console-lift-intro = Une fois la suspension levée, la borne propose de nouveau cette destination. Les consentements passés à revoir à cause d'elle le restent : chacun ne reprend qu'avec une nouvelle signature, ou est retiré.
console-lift-count = Consentements à revoir à cause de cette suspension : { $count }
console-lift-content-still = Le contenu (countries.toml) suspend aussi cette destination : elle reste suspendue tant que le contenu ne change pas.
console-lift-reason = Pourquoi la lever ? (pour le dossier)
console-lift-confirm = Lever la suspension
console-lift-done = Suspension levée. Consentements encore à revoir, chacun en attente d'une nouvelle signature : { $count }
console-lift-not-active = Cette suspension n'est plus en vigueur.
console-reconsent-region = La région de retour : redemandez-la à la personne.
rule-area-not-chosen = Un retour vers ce pays indique la région où la personne retourne, parmi celles proposées.
rule-unaccompanied-unanswered = Pour un enfant, indiquez d'abord s'il est ici sans parent ni adulte responsable de lui : oui ou non.

## The table and its queue

console-needs-you-title = Consentements qui ont besoin de vous maintenant : { $count }
console-needs-you-none = Rien dans la file n’a besoin de vous pour l’instant.
console-needs-you-more = Encore { $count } dans la file : choisissez une liste ci-dessous pour tout voir.
console-urgent-flag = signalement ouvert
console-chip-on-hold = attend un conseiller
console-urgent-confirmation = entretien de confirmation à faire
console-urgent-cooling-off = le délai de réflexion finit aujourd’hui
console-column-code = Code
console-column-state = État
console-column-hours = Heures restantes
console-column-flags = Signalements
console-column-language = Langue
console-column-destination = Destination
console-sort-by = Trier par { $column }
console-filter-all-languages = Toutes les langues
console-filter-all-countries = Tous les pays
console-filter-open-flags = Signalements ouverts seulement
console-flag-short-pressure = pression
console-flag-short-comprehension = compréhension
console-flag-short-capacity-doubt = capacité
console-flag-short-child-objection = l’enfant s’oppose
console-flag-open = Signalement ouvert : { $reason }
console-flag-resolved = Signalement résolu : { $reason }
console-reason-for = Dossier { $code }
console-reason-quick = Choisissez un motif courant, ou écrivez-en un autre ci-dessous.
console-reason-asked = La personne l’a demandé au guichet
console-reason-flag = Pour traiter un signalement
console-reason-interview = L’entretien de confirmation
console-reason-departure = Préparer le départ
console-reason-other = Autre motif (à écrire)
console-suspend-confirm-count = Suspendre { $destination } : consentements en attente qui passent à revoir : { $count }
console-export-drives = Supports amovibles : appuyez sur l’un, puis sur un format.
console-export-drive = Support { $name }
console-export-no-drive = Aucun support amovible trouvé. Branchez-en un, ou saisissez un dossier.

## Central sync

console-central-sync-last = Dernière acceptation par la base centrale : { $date }, { $time }
console-central-sync-never = Pas encore accepté par la base centrale.
