# What return assistance and reintegration support include, the rights that stay
# with you, how personal data is used, and the time to think.

## Return assistance

return-assistance-title = L'aide pour rentrer
return-assistance-intro = Si vous choisissez de rentrer avec une aide, voici ce que cette aide peut comprendre. Ce que vous recevez dépend de votre pays et de vos besoins.
return-assistance-documents = Documents de voyage : si vous n'avez pas de passeport valide, le personnel vous aide à obtenir les papiers nécessaires pour voyager.
return-assistance-travel = Le voyage : un billet, et de l'aide dans les aéroports ou les gares sur le trajet.
return-assistance-luggage = Bagages : vous pouvez emporter vos affaires, dans les limites prévues par le billet.
return-assistance-medical = Santé : si vous êtes malade ou avez besoin de soins, une escorte médicale peut voyager avec vous, et vos soins peuvent être organisés pour votre arrivée.
return-assistance-arrival = Arrivée : quelqu'un peut vous accueillir à votre arrivée et vous aider les premiers jours, par exemple pour le transport jusqu'à votre ville ou pour un endroit où loger.

## Reintegration

reintegration-title = L'aide après votre arrivée
reintegration-intro = Recommencer sa vie prend du temps. Le soutien après le retour veut vous aider à vivre en sécurité et dans de bonnes conditions, pour que tout nouveau départ soit un libre choix, et non une nécessité.
reintegration-individual = Pour vous et votre famille : par exemple, de l'aide pour trouver du travail, créer une petite entreprise, aller à l'école ou suivre une formation, recevoir des soins de santé ou un soutien psychologique.
reintegration-community = Pour votre communauté : certains projets aident l'endroit où vous retournez, pour que les personnes qui sont restées et celles qui reviennent en profitent toutes.
reintegration-structural = Par les services locaux : des partenaires travaillent avec les autorités locales pour que les services comme les soins de santé, les écoles et les agences pour l'emploi soient ouverts aux personnes qui reviennent.
reintegration-your-plan = Votre projet vous appartient. Un conseiller dans votre pays préparera le soutien avec vous, selon vos besoins.

## Your rights

rights-title = Les droits que vous gardez
rights-choice = Rentrer est votre droit, jamais une obligation dans ce programme. Personne n'a le droit de vous forcer à signer.
rights-non-refoulement = Aucune personne ne peut être renvoyée dans un pays où elle risque la persécution, la torture ou d'autres atteintes graves. Cette protection s'applique à tout le monde.
rights-no-collective-expulsion = La situation de chaque personne doit être examinée une par une. On ne peut pas renvoyer des groupes de personnes tous ensemble sans cet examen.
rights-children = Pour les enfants, ce qui est le mieux pour l'enfant passe en premier dans chaque décision. L'avis de l'enfant est écouté.
rights-change-mind = Vous pouvez changer d'avis et retirer votre consentement à tout moment avant votre départ.
rights-complaints = Si vous pensez avoir subi une injustice, vous pouvez faire une réclamation. Un conseiller peut vous dire comment faire, et une réclamation ne nuira pas à votre dossier.

## Personal data

data-use-title = Comment vos informations sont utilisées
data-use-what = Nous demandons seulement les informations nécessaires pour vous aider, comme votre nom, votre date de naissance, votre nationalité et vos documents de voyage.
data-use-why = Vos informations servent à organiser votre retour et le soutien qui suit, et à rien d'autre.
data-use-who = Seules les personnes qui organisent votre aide peuvent les voir. Elles sont gardées sous clé et protégées.
data-use-country-of-return = Pour obtenir des documents de voyage, certaines informations sur votre identité devront peut-être être transmises aux autorités de votre pays. Cela se fait seulement si vous êtes d'accord. Les informations sur les raisons de votre départ ou de votre demande d'asile ne leur sont jamais transmises.
data-use-your-rights = Vous pouvez demander à voir vos informations, demander que les erreurs soient corrigées, et faire une réclamation si vous pensez qu'elles ont été mal utilisées.
data-use-how-long = Vos informations sont gardées seulement le temps nécessaire pour votre retour et le soutien, puis elles sont archivées ou supprimées selon les règles.

## Time to think

time-to-think-title = Le temps de réflexion, et changer d'avis
time-to-think-cooling-off = Après votre signature, il y a un temps de réflexion avant que votre consentement prenne effet. Pendant ce temps, rien n'est organisé que vous ne pourriez pas annuler.
time-to-think-withdraw = Vous pouvez retirer votre consentement à tout moment jusqu'à votre départ : pendant le temps de réflexion, et après. Retirer son consentement est aussi simple que signer.
time-to-think-receipt = Vous recevez un reçu avec un code de référence. Avec ce code, vous pouvez retirer votre consentement ici, à la borne, ou auprès d'un conseiller.
