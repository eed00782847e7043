# The overview and the page of each legal option. One message per paragraph.
# Every option is described with the same care; none is recommended over another.

## Overview

overview-title = Toutes vos options
overview-intro = Selon votre situation, il peut y avoir plusieurs chemins possibles. Les voici, côte à côte. Ouvrez chacun pour lire ce qu'il veut dire.
overview-equal = Aucune option n'est meilleure pour tout le monde. Ce qui est bon pour vous dépend de votre propre vie, et c'est vous qui choisissez.
overview-take-time = Vous n'avez pas besoin de décider aujourd'hui. Vous pouvez lire, poser des questions et revenir.

## Seeking protection (asylum)

option-asylum-title = Demander une protection (asile)
option-asylum-summary = Si vous avez peur d'être en grave danger dans votre pays, vous pouvez demander au pays où vous êtes de vous protéger.
option-asylum-meaning = L'asile est une protection pour les personnes qui ne peuvent pas être en sécurité dans leur propre pays, par exemple à cause d'une guerre, de persécutions, ou de menaces contre leur vie ou leur liberté. Si vous obtenez une protection, vous pouvez rester ici légalement.
option-asylum-requires = Vous expliquez aux autorités pourquoi vous ne pouvez pas rentrer, lors d'un entretien, avec un interprète si vous en avez besoin. Des documents ou d'autres preuves aident, mais vous pouvez faire une demande sans eux.
option-asylum-deadlines = Faites votre demande le plus tôt possible. Certains pays ont des délais, et attendre peut rendre votre situation plus difficile à expliquer.
option-asylum-ask = Un avocat, une association d'aide juridique ou un conseiller ici peut vous expliquer la procédure et vous aider à vous préparer. Cette aide est souvent gratuite.

## Appeal and remedies

option-appeal-title = Contester une décision (recours)
option-appeal-summary = Si votre demande a été refusée, vous pouvez peut-être demander que la décision soit examinée à nouveau.
option-appeal-meaning = Faire un recours, c'est demander à un tribunal ou à une autre autorité de réexaminer votre dossier. Pendant qu'on décide de votre recours, vous pouvez souvent rester dans le pays.
option-appeal-requires = En général, vous devez expliquer ce qui n'allait pas dans la décision. Un avocat peut écrire le recours pour vous.
option-appeal-deadlines = Les délais pour faire un recours sont courts : parfois seulement quelques jours ou quelques semaines. Le délai est écrit dans la lettre de décision. Regardez-la dès aujourd'hui.
option-appeal-ask = Montrez votre lettre de décision à un avocat, à une association d'aide juridique ou à un conseiller le plus vite possible.

## Other legal stay

option-other-stay-title = Autres moyens de rester légalement
option-other-stay-summary = Vous pouvez peut-être rester pour des raisons familiales, de travail, d'études, de santé ou pour d'autres raisons humanitaires.
option-other-stay-meaning = En plus de l'asile, il existe d'autres titres de séjour. Par exemple, si des membres proches de votre famille vivent ici légalement, si vous avez une offre d'emploi ou une place pour étudier, ou si vous avez une maladie grave et ne pouvez pas recevoir de soins dans votre pays.
option-other-stay-requires = Chaque titre de séjour a ses propres conditions, comme des documents, des revenus ou des preuves de liens familiaux.
option-other-stay-deadlines = Certains titres de séjour doivent être demandés avant la fin de votre titre actuel ou avant d'autres dates limites. Renseignez-vous tôt.
option-other-stay-ask = Un conseiller ou une association d'aide juridique peut vous dire quels titres de séjour pourraient correspondre à votre situation.

## Assisted voluntary return and reintegration

option-voluntary-return-title = Rentrer avec une aide (retour volontaire)
option-voluntary-return-summary = Si vous décidez de rentrer dans votre pays, vous pouvez recevoir de l'aide pour le voyage et pour recommencer votre vie.
option-voluntary-return-meaning = Vous choisissez de rentrer, et vous recevez un soutien : de l'aide pour les documents de voyage, le voyage, l'arrivée, et souvent de l'aide pour reconstruire votre vie après votre arrivée.
option-voluntary-return-requires = Vous donnez votre consentement librement, après avoir vu toutes vos options. Vous pouvez changer d'avis jusqu'à votre départ.
option-voluntary-return-deadlines = Après votre signature, il y a toujours un temps de réflexion avant que votre consentement prenne effet. La préparation du voyage prend en général quelques semaines.
option-voluntary-return-ask = Un conseiller peut vous expliquer le soutien possible dans votre pays et répondre à vos questions avant que vous décidiez.

## Third country

option-third-country-title = Aller dans un autre pays
option-third-country-summary = Dans certains cas, vous pouvez peut-être aller légalement dans un autre pays, par exemple pour rejoindre votre famille.
# Translator note (fr): "réunification familiale" is the UNHCR/OFPRA term for
# refugees' families ("regroupement familial" is used for other foreigners).
option-third-country-meaning = Certaines personnes peuvent aller dans un pays tiers grâce à la réunification familiale, à des programmes de réinstallation, ou à d'autres voies légales, comme le travail ou les études.
option-third-country-requires = Ces voies ont des conditions strictes et souvent une longue attente. Tout le monde ne peut pas les utiliser.
option-third-country-deadlines = La réunification familiale a parfois un délai, qui commence quand un membre de la famille obtient une protection. Renseignez-vous tôt.
option-third-country-ask = Un conseiller ou une association d'aide juridique peut vous dire si l'une de ces voies peut être ouverte pour vous.

## No decision

option-no-decision-title = Si vous ne décidez pas
option-no-decision-summary = Il est important de savoir ce qui peut arriver si vous ne faites aucune démarche.
option-no-decision-meaning = Si vous n'avez pas le droit de rester et que vous ne faites aucune démarche, les autorités peuvent décider de la suite. Cela peut inclure un retour forcé. Un retour forcé est réalisé par l'État, et non par les organisations qui proposent le retour volontaire.
option-no-decision-requires = Même dans ce cas, vous gardez vos droits fondamentaux, et vous pouvez toujours demander un conseil juridique, à tout moment.
option-no-decision-deadlines = Les lettres des autorités peuvent indiquer une date avant laquelle vous devez partir. Montrez chaque lettre que vous recevez à un conseiller ou à un avocat.
option-no-decision-ask = Si vous avez des doutes sur votre situation, un conseiller peut vous aider à la comprendre. Demander est gratuit et ne vous engage à rien.

## Limits, legal help, rights, and what a return changes

option-asylum-start = Pour commencer : dites-le au personnel ici, ou allez au bureau indiqué sous « Obtenir une aide juridique ». Vous pouvez demander à tout moment avant votre départ.
option-appeal-start = Pour commencer : aujourd'hui, montrez votre lettre de décision à un avocat ou à une association d'aide juridique indiquée sous « Obtenir une aide juridique ». La lettre dit où envoyer l'appel et avant quelle date.

## The time limit on the asylum and appeal pages, from deployment.toml

option-deadline-days = { $days ->
        [one] Le délai dans ce pays : { $days } jour. L’aide juridique peut vous dire à partir de quel jour il compte pour vous.
       *[other] Le délai dans ce pays : { $days } jours. L’aide juridique peut vous dire à partir de quel jour il compte pour vous.
    }
option-deadline-text = Le délai dans ce pays : { $deadline }
option-deadline-unknown = Ce kiosque ne connaît pas le délai qui s’applique à vous. Demandez-le aujourd’hui à l’aide juridique, avant qu’il ne soit passé.
