# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = Acceptez-vous de recevoir de l'aide pour rentrer dans votre pays ?
statement-return-assistance-detail = Cela veut dire de l'aide pour les documents, le voyage et votre arrivée, comme expliqué avant.
statement-personal-data-title = Acceptez-vous que vos informations soient utilisées pour organiser votre retour et le soutien ?
statement-personal-data-detail = Seules les personnes qui organisent votre aide les verront, et elles ne servent à rien d'autre.
statement-share-identity-title = Acceptez-vous que les informations sur votre identité soient transmises aux autorités de votre pays, seulement pour obtenir des documents de voyage ?
statement-share-identity-detail = Les informations sur les raisons de votre départ ou sur une demande d'asile ne leur sont jamais transmises.
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
question-who-sees-data-only-named = Seulement les personnes qui organisent mon aide, et d'autres seulement si je suis d'accord

question-free-choice = Devez-vous signer aujourd'hui ?
question-free-choice-must-sign = Oui, je dois signer
question-free-choice-my-choice = Non, c'est mon libre choix

question-help-after = Y a-t-il de l'aide après votre arrivée dans votre pays ?
question-help-after-yes = Oui, il peut y avoir un soutien pour recommencer
question-help-after-no = Non, l'aide s'arrête à l'aéroport
