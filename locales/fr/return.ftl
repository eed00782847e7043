# What return assistance and reintegration support include, the rights that stay
# with you, how personal data is used, and the time to think.

## Return assistance

return-assistance-title = L'aide pour rentrer
return-assistance-intro = Si vous choisissez de rentrer avec une aide, voici ce que cette aide peut comprendre. Ce que vous recevez dépend de votre pays et de vos besoins.
return-assistance-documents = Documents de voyage : si vous n'avez pas de passeport valide, le personnel vous aide à obtenir les papiers nécessaires pour voyager.
return-assistance-travel = Le voyage : un billet, et de l'aide dans les aéroports ou les gares sur le trajet.
return-assistance-luggage = Bagages : vous pouvez emporter vos affaires, dans les limites prévues par le billet.
return-assistance-medical = Santé : si vous êtes malade ou avez besoin de soins, dites-le tôt. Une escorte médicale peut voyager avec vous, et le personnel peut essayer de trouver des soins pour votre arrivée, mais ce qui existe là-bas dépend de votre pays.
return-assistance-arrival = Arrivée : là où le programme a un partenaire, quelqu'un peut vous accueillir et vous aider les premiers jours, par exemple pour aller jusqu'à votre ville. Demandez ce qui est prévu pour votre pays.

## Reintegration

reintegration-title = L'aide après votre arrivée
reintegration-intro = Recommencer sa vie prend du temps. Le soutien après le retour veut vous aider à vivre en sécurité et dans de bonnes conditions, pour que tout nouveau départ soit un libre choix, et non une nécessité.
reintegration-individual = Pour vous et votre famille : par exemple, de l'aide pour trouver du travail, créer une petite entreprise, aller à l'école ou suivre une formation, recevoir des soins de santé ou un soutien psychologique.
reintegration-community = Pour votre communauté : certains projets aident l'endroit où vous retournez, pour que les personnes qui sont restées et celles qui reviennent en profitent toutes.
reintegration-structural = Par les services locaux : des partenaires travaillent avec les autorités locales pour que les services comme les soins de santé, les écoles et les agences pour l'emploi soient ouverts aux personnes qui reviennent.
reintegration-your-plan = C'est vous qui décidez du contenu de votre projet. Là où un soutien est proposé, un conseiller ou un partenaire dans votre pays le prépare en général avec vous. Ce qui est possible dépend du programme et du lieu.

## Your rights

rights-title = Les droits que vous gardez
rights-choice = Rentrer est votre droit, jamais une obligation dans ce programme. Personne n'a le droit de vous forcer à signer.
rights-non-refoulement = Aucune personne ne peut être renvoyée dans un pays où elle risque la persécution, la torture ou d'autres atteintes graves. Cette protection s'applique à tout le monde.
rights-no-collective-expulsion = La situation de chaque personne doit être examinée une par une. On ne peut pas renvoyer des groupes de personnes tous ensemble sans cet examen.
rights-children = Pour les enfants, ce qui est le mieux pour l'enfant passe en premier dans chaque décision. L'avis de l'enfant est écouté.
rights-change-mind = Vous pouvez changer d'avis et retirer votre consentement à tout moment avant votre départ.
rights-complaints = Si vous pensez avoir été traité injustement, vous pouvez porter plainte, aussi sans passer par les conseillers : l'adresse se trouve sous « Obtenir une aide juridique » et sur votre reçu. Une plainte ne doit pas nuire à votre dossier.

## Personal data

data-use-title = Comment vos informations sont utilisées
data-use-what = Nous demandons seulement les informations nécessaires pour vous aider, comme votre nom, votre date de naissance, votre nationalité et vos documents de voyage.
data-use-why = Vos informations servent à organiser votre retour et le soutien qui suit. La loi d'ici peut aussi exiger qu'elles soient conservées ou montrées à une autorité ; un conseiller peut vous dire quelles règles s'appliquent.
data-use-who = Qui reçoit quoi, et pourquoi : le personnel qui organise votre retour, dans le système de dossiers du programme ; le partenaire dans votre pays qui apporte le soutien après l'arrivée (vos coordonnées et votre projet) ; une escorte médicale (les informations de santé, seulement si vous avez dit oui). Elles sont gardées sous clé et protégées.
data-use-country-of-return = Pour les documents de voyage, vos données d'identité (comme le nom, la date de naissance et la photo) sont transmises aux autorités de votre pays, seulement si vous dites oui et seulement après que votre consentement a pris effet. Une fois transmises, on ne peut pas revenir en arrière. Si vous dites non, l'aide au retour ne peut pas avoir lieu, mais vos autres options restent ouvertes. Les raisons de votre départ ou de votre demande d'asile ne leur sont jamais transmises.
data-use-your-rights = Vous pouvez demander à voir vos informations, demander que les erreurs soient corrigées, et faire une réclamation si vous pensez qu'elles ont été mal utilisées.
data-use-how-long = Vos informations sont gardées seulement le temps nécessaire pour votre retour et le soutien, puis elles sont archivées ou supprimées selon les règles.

## Time to think

time-to-think-title = Le temps de réflexion, et changer d'avis
time-to-think-cooling-off = Après votre signature, il y a un temps de réflexion avant que votre consentement prenne effet. Pendant ce temps, le personnel peut commencer à préparer, par exemple chercher une date de voyage, mais rien n'est envoyé aux autorités de votre pays. Votre identité ne leur est transmise qu'une fois votre consentement en vigueur, et cela ne peut pas être annulé.
time-to-think-withdraw = Vous pouvez retirer votre consentement à tout moment jusqu'à votre départ : pendant le temps de réflexion, et après. Il vous faut votre code de référence, ou un conseiller qui retrouve votre consentement avec vous. Vous n'avez pas à donner de raison.
time-to-think-receipt = Vous recevez un reçu avec un code de référence. Avec ce code, vous pouvez retirer votre consentement ici, à la borne, ou auprès d'un conseiller.

## Limits, legal help, rights, and what a return changes

reintegration-who = Qui peut recevoir un soutien, sous quelle forme (souvent des services, une formation ou du matériel plutôt que de l'argent), pour combien de temps et à quelles conditions dépend du programme et de votre pays. Demandez-les par écrit avant de décider.
reintegration-limits = Le soutien ne peut pas tout résoudre. Certaines personnes font face à des dettes, à la stigmatisation ou au rejet de leur famille ou de leur communauté à leur retour. Vous pouvez en parler avec un conseiller avant de décider.
before-you-go-title = Ce que change un retour
before-you-go-claim = Si votre demande d'asile ou votre appel n'est pas encore décidé, partir y met en général fin. Demandez à un avocat ce que cela signifie pour vous avant de signer.
before-you-go-entry-ban = Selon votre situation et la loi d'ici, il peut vous être interdit de revenir dans ce pays, ou dans un groupe de pays, pendant un certain temps. Demandez à un avocat si cela vous concerne.
before-you-go-money = Avant de partir, réclamez les salaires qui vous sont dus, les cautions et les autres sommes auxquelles vous avez droit. Un conseiller peut vous aider à le régler.
before-you-go-third-country = L'aide au retour vous ramène en général dans votre propre pays. Aller dans un autre pays n'est possible que si vous avez le droit d'y vivre. Demandez à un conseiller.
rights-asylum = Vous avez le droit de demander une protection (l'asile). Vous pouvez la demander à tout moment, même après avoir signé pour un retour, jusqu'à votre départ.
rights-trafficking = Si quelqu'un vous a forcé à travailler, a pris vos papiers ou contrôle votre argent, vous êtes peut-être victime de la traite. Il peut exister une protection particulière, un temps pour vous rétablir et un titre de séjour. Vous pouvez demander discrètement : utilisez le bouton pour parler en privé, ou le contact sous « Obtenir une aide juridique ».
rights-gender = Vous pouvez demander un conseiller ou un interprète du genre que vous préférez. Le centre essaiera d'en trouver un.
legal-help-title = Obtenir une aide juridique
legal-help-intro = Un avocat ou une association d'aide juridique peut vous dire quelles options vous sont ouvertes, vous aider à demander l'asile ou à faire appel, et vérifier vos délais. Ils ne travaillent pas pour le programme de retour, et leur aide est souvent gratuite. Apportez toute lettre des autorités.
