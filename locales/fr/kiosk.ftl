# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note (fr): the person is addressed with "vous". Gendered adjectives
# about the reader are avoided where possible.

## Start screen

kiosk-name = Informations et choix
language-choose = Choisissez votre langue
# A button that plays the name of the language out loud.
language-listen = Écouter
start-withdraw = Retirer un consentement
start-talk-counsellor = Parler à un conseiller

## Welcome and privacy

welcome-title = Bienvenue
welcome-what = Cet écran vous explique tous vos choix pour rester ou pour rentrer dans votre pays. Il est pour vous, dans votre langue.
welcome-free = Vous décidez librement, et personne ne peut vous pousser. Dire non ne vous retire pas le droit de demander une protection ni un conseil juridique. Demandez à un conseiller ce que cela change pour vous ici.
welcome-nothing-recorded = Rien de ce que vous lisez ou touchez ici n'est enregistré, sauf si vous signez à la fin.
welcome-screen-clears = Si vous ne touchez pas l'écran pendant un petit moment, il s'efface tout seul. Ainsi, la personne suivante ne voit rien de ce qui est à vous.
welcome-start = Commencer

## Age

age-question = Avez-vous 18 ans ou plus ?
age-yes = Oui, j'ai 18 ans ou plus
age-no = Non, j'ai moins de 18 ans
age-unsure = Je ne suis pas sûr ou sûre de mon âge
minor-info = Vous pouvez lire toutes les informations ici. Comme vous avez moins de 18 ans, un conseiller vous aidera, avec votre parent, votre tuteur ou votre représentant légal.
minor-counsellor = Demandez un conseiller, s'il vous plaît. Ici, vous ne pouvez rien signer seul.

## Moving around

nav-back = Retour
nav-next = Suivant
nav-home = Recommencer
read-aloud = Lire à voix haute
# Shown instead of the play button when no recording exists in this language.
audio-missing = Pas encore d'enregistrement dans cette langue
audio-stop = Arrêter
audio-slower = Plus lentement
audio-normal-speed = Vitesse normale
audio-failed = Le son ne peut pas être lu sur cet appareil. Merci de prévenir un membre du personnel.
text-size = Taille du texte
high-contrast = Contraste élevé

## Always on every consent screen, as big as "Next"

action-more-time = J'ai besoin de plus de temps
action-no-decision = Je ne veux pas décider
action-talk-counsellor = Parler à un conseiller
action-pressured = Je me sens sous pression / Je veux parler en privé
pressured-noted = Merci de nous l'avoir dit. Le personnel a été prévenu que quelqu'un ici veut parler en privé, sans votre nom. Adressez-vous à l'accueil, ou attendez ici. Vous pouvez demander à parler sans les personnes venues avec vous, dans une pièce où personne d'autre n'entend, et avec un conseiller ou un interprète du genre que vous préférez, si le centre en a un. Vous n'êtes pas obligé de continuer.
more-time-noted = Prenez tout le temps dont vous avez besoin. Vous pouvez revenir un autre jour. Rien n'a été enregistré.

## Overview of all options

overview-options-heading = Vos options
overview-open-option = En savoir plus

## Countries

country-status-available = Une aide au retour est possible.
# $date: the day help was paused, already formatted for the language.
country-status-suspended = L'aide au retour est suspendue depuis le { $date }.
country-status-area-suspended = L'aide au retour est suspendue dans une partie de ce pays.
country-not-selectable = Vous ne pouvez pas choisir ce pays pour un retour en ce moment.
country-choose = Choisissez le pays
region-question = Dans quelle région retournez-vous ?
region-paused = l'aide au retour est suspendue ici
region-other = Une autre région de ce pays
region-not-selectable = L'aide au retour est suspendue dans cette région. Vous ne pouvez pas la choisir pour un retour maintenant. Un conseiller peut vous en dire plus.

## Consent steps

step-choose-title = Que voulez-vous faire ?
step-choose-intro = Choisissez une réponse. Rien n'est choisi à l'avance pour vous.
step-items-title = Ce que vous acceptez
step-items-intro = Répondez à chaque question séparément. Vous pouvez dire oui à certaines et non à d'autres.
item-yes = Oui
item-no = Non
item-required = Nécessaire pour recevoir l'aide au retour
item-optional = Vous pouvez dire non à ceci et recevoir quand même l'aide au retour
step-check-title = Vérifions ensemble
step-check-intro = Ces questions ne sont pas un examen. Elles nous aident à voir si nous avons bien expliqué.
check-right = Oui, c'est juste.
check-explain-again = Nous allons expliquer encore une fois cette partie.
step-review-title = Lisez bien avant de signer, s'il vous plaît
step-review-intro = Voici tout ce que vous allez signer.
step-sign-title = Signer
sign-draw = Signez avec votre doigt
sign-type = Tapez votre nom
sign-typed-as = Votre nom tel qu’il sera conservé :
sign-mark = Faites une marque
sign-mark-needs-witness = Une marque doit être faite devant un témoin. Demandez à un conseiller d'être avec vous, s'il vous plaît.
sign-clear = Effacer
sign-pad-empty = Rien n'est encore dessiné. Si vous ne pouvez pas dessiner, choisissez une autre façon ci-dessus ou demandez à un conseiller.
sign-pad-drawn = Votre signature est dessinée.
sign-confirm = Je signe
decline-confirm = Je ne suis pas d'accord

## Receipt

receipt-title = Votre reçu
receipt-code = Votre code de référence
receipt-agreed = Ce que vous avez accepté
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = Votre consentement ne peut pas compter avant le { $date } à { $time }. Vous pouvez le retirer à tout moment avant votre départ, sans donner de raison.
receipt-withdraw-how = Pour retirer votre consentement, revenez à cette borne et choisissez « Retirer un consentement », ou dites-le à un conseiller. Vous aurez besoin de votre code de référence.
receipt-keep-code = Gardez bien ce code. Prenez-le en photo ou demandez une copie imprimée.

## Withdrawal

withdraw-title = Retirer un consentement
withdraw-enter-code = Saisissez le code de référence de votre reçu avec les touches ci-dessous.
withdraw-key-delete = Effacer
withdraw-key-clear = Tout effacer
withdraw-lost-code = J'ai perdu mon code
withdraw-code-typo = Ce code ne semble pas correct. Vérifiez chaque caractère : il y a peut-être une faute de frappe, ou deux caractères inversés.
# $expected: characters in a code; $found: characters typed.
# Translator note (fr): in French the "one" category covers 0 and 1, so the
# variant shows the number instead of the word "un".
withdraw-code-length = Un code de référence a { $expected } caractères. Vous avez tapé { $found ->
        [one] { $found } caractère
       *[other] { $found } caractères
    }.
withdraw-not-found = Aucun consentement n'a ce code. Vérifiez-le, ou demandez à un conseiller.
withdraw-what = Ce consentement sera retiré :
withdraw-confirm = Retirer mon consentement
withdraw-done = Votre consentement est retiré. Plus rien ne sera fait à partir de ce consentement. Voici votre reçu.
withdraw-closed = Ce consentement ne peut plus être retiré ici. Parlez à un conseiller, s'il vous plaît.

## Time

# $seconds: seconds left before the screen clears.
idle-warning = Vous êtes toujours là ? L'écran va s'effacer dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.
idle-continue = Je suis encore là
leave-confirm = Partir et effacer ce que vous avez saisi ?
leave-confirm-yes = Oui, effacer et partir
leave-confirm-no = Non, revenir
example-data = Informations d'exemple : les données des pays sur cette borne ne sont pas réelles. Ne vous y fiez pas ; demandez au personnel.
rule-item-unanswered = Répondez à chaque question par Oui ou Non. Les questions encore sans réponse sont signalées.
rule-generic = Il n'est pas encore possible de signer : une étape manque. Reprenez les étapes, ou demandez à un conseiller.
rule-draft-locale-alone = Personne n'a encore relu le texte dans cette langue. Vous pouvez tout lire ici. Pour signer, un conseiller le reprendra avec vous, avec un interprète si vous le souhaitez.
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [one] Il reste { $hours } heure pour réfléchir
       *[other] Il reste { $hours } heures pour réfléchir
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
# $day, $year: numbers; $month: the month's name from above.
# Translator note (fr): French writes "1er" for the first day of a month; this
# draft keeps the plain number ("1 mars 2026"), which is still understood.
date-long = { $day } { $month } { $year }
# $hour (0-23) and $minute: numbers.
# Translator note (fr): French writes times as "14 h 30" (no-break spaces around "h").
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) } h { NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = Bureau partenaire dans ce pays

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = Cela n'a pas pu être enregistré pour l'instant. Rien de ce que vous avez entré n'est perdu. Demandez de l'aide à un membre du personnel, s'il vous plaît.
# The person asked for a counsellor.
counsellor-ask = Demandez à un membre du personnel, s'il vous plaît : il vous amènera un conseiller. Vous pouvez aussi revenir à un autre moment.

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = Personnel
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = Le centre a suspendu pour l’instant l’aide au retour vers ce pays. Un conseiller peut vous en dire plus.

## Guided session (a counsellor sits with the person)

guided-sign-mark = Signer avec une marque (devant le témoin)
guided-representative-signs = Signature du tuteur ou du représentant légal : tapez son nom
guided-representative-confirm = Le tuteur ou le représentant signe
guided-signed-by = Signé par : { $role }
guided-signature-taken = La signature est enregistrée. Quand tout le monde a signé, appuyez sur « Terminer ».
guided-complete = Terminer
guided-host-alongside = Dans la langue du pays d’accueil, pour le conseiller :

## Roles of the people present

role-migrant = La personne
role-guardian = Tuteur
role-legal-representative = Représentant légal
role-counsellor = Conseiller
role-interpreter = Interprète
role-witness = Témoin

## The printed receipt

receipt-pdf-answers = Vos réponses :
receipt-pdf-withdrawn-at = Retiré le { $date } à { $time }.
receipt-pdf-present = Personnes présentes : { $roles }
receipt-pdf-centre = Contact : { $contact }
receipt-pdf-version = Version des informations : { $version }
receipt-print = Imprimer une copie à garder
receipt-printing = Impression…
receipt-printed = C'est imprimé. Prenez votre copie dans l'imprimante, s'il vous plaît.
receipt-print-failed = L'imprimante n'a pas marché. Rien n'est perdu : votre consentement est enregistré.
receipt-print-again = Essayer d'imprimer à nouveau
receipt-show-code = Afficher plutôt le code à l'écran

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = Continuer
action-continue-to-signing = Continuer vers la signature
action-choose-this-country = Choisir ce pays
action-back-to-options = Retour à toutes les options
action-finished = J'ai terminé
step-bar-options = Options
step-bar-country = Pays
step-bar-agree = Accord
step-bar-check = Vérification
step-bar-sign = Signature
step-bar-receipt = Reçu
step-bar-where = Étape { $n } sur { $total } : { $name }
step-bar-number = { $n }
part-of = Partie { $n } sur { $total }
item-of = Question { $n } sur { $total }
review-change = Modifier
review-counts-from = Si vous signez maintenant, votre consentement ne peut pas compter avant le { $date } à { $time }.
receipt-interview = Avant qu'il compte, un conseiller vous rencontrera aussi en privé pour vérifier que c'est toujours votre libre choix.
receipt-saved = Votre consentement est enregistré
receipt-next-steps = Ce qui se passe ensuite
sign-declaration = En signant, je dis que je suis d'accord avec ce que j'ai lu et vérifié ici.

## Limits, legal help, rights, and what a return changes

overview-open-rights = Vos droits, quel que soit votre choix
action-legal-help = Obtenir une aide juridique
contact-legal-aid = Conseil juridique gratuit
contact-asylum-office = Où demander l'asile ou faire appel
contact-trafficking-help = Aide confidentielle pour les victimes de la traite
complaints-contact = Plaintes, sans passer par les conseillers

## A label and its value on one line

label-value = { $label } : { $value }
