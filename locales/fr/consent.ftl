# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = Acceptez-vous de recevoir de l'aide pour rentrer dans votre pays ?
statement-return-assistance-detail = Cela veut dire de l'aide pour les documents, le voyage et votre arrivée, comme expliqué avant.
statement-personal-data-title = Acceptez-vous que vos informations soient utilisées pour organiser votre retour et le soutien ?
statement-personal-data-detail = Le personnel qui organise votre retour les voit, dans le système de dossiers du programme, ainsi que le partenaire qui apporte le soutien dans votre pays. La page sur vos informations dit qui d'autre reçoit quoi.
statement-share-identity-title = Acceptez-vous que les informations sur votre identité soient transmises aux autorités de votre pays, seulement pour obtenir des documents de voyage ?
statement-share-identity-detail = Seulement après que votre consentement a pris effet, et une fois transmises, on ne peut pas les reprendre. Sans cela, l'aide au retour ne peut pas avoir lieu. Les raisons de votre départ ou une demande d'asile ne leur sont jamais transmises.
statement-share-health-title = Acceptez-vous que les informations sur votre santé soient transmises à l'escorte médicale qui voyage avec vous ?
statement-share-health-detail = Cela l'aide à prendre soin de vous pendant le trajet. Vous pouvez dire non et voyager quand même.
statement-contact-after-return-title = Acceptez-vous qu'on vous contacte après votre arrivée, pour savoir comment vous allez et comment se passe le soutien ?
statement-contact-after-return-detail = Cela aide à améliorer le soutien pour vous et pour d'autres personnes. Vous pouvez dire non.

## Questions that check understanding

question-change-mind = Après avoir signé, pouvez-vous encore changer d'avis ?
question-change-mind-yes = Oui, jusqu'à mon départ
question-change-mind-no = Non, la signature est définitive

question-other-options = Est-ce que rentrer est votre seule option ?
question-other-options-only-return = Oui, c'est ma seule option
question-other-options-several = Non, il y a peut-être d'autres options

question-when-it-counts = Quand votre consentement prend-il effet ?
question-when-it-counts-at-once = Dès que je signe
question-when-it-counts-after-waiting = Après la fin du temps de réflexion

question-who-sees-data = Qui peut voir vos informations ?
question-who-sees-data-anyone = Toute personne qui le demande
question-who-sees-data-only-named = Seulement les personnes nommées pour mon retour, certaines seulement si j'ai dit oui

question-free-choice = Devez-vous signer aujourd'hui ?
question-free-choice-must-sign = Oui, je dois signer
question-free-choice-my-choice = Non, c'est mon libre choix

question-help-after = Y a-t-il de l'aide après votre arrivée dans votre pays ?
question-help-after-yes = Oui, il peut y avoir un soutien pour recommencer
question-help-after-no = Non, l'aide s'arrête à l'aéroport

## Limits, legal help, rights, and what a return changes

question-support-sure = Le soutien après le retour est-il sûr d'être donné ?
question-support-sure-yes = Oui, tout le monde le reçoit
question-support-sure-no = Non, cela dépend du programme et du lieu
question-sharing-undo = Une fois votre identité transmise aux autorités de votre pays, peut-on revenir en arrière ?
question-sharing-undo-yes = Oui, je peux la reprendre plus tard
question-sharing-undo-no = Non, on ne peut pas revenir en arrière
