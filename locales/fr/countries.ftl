# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = Géorgie
country-ge-reintegration = Le soutien peut comprendre une aide pour créer une petite entreprise, une formation professionnelle et une aide au logement pour une courte durée.
country-iq-name = Irak
country-iq-reintegration = Le soutien peut comprendre une aide pour créer une petite entreprise, une aide pour trouver un emploi et un soutien psychologique pour les personnes qui ont vécu des expériences difficiles.
country-ng-name = Nigeria
country-ng-reintegration = Le soutien peut comprendre une aide pour créer une petite entreprise, une formation à un métier et une aide médicale pour les personnes qui en ont besoin.
area-ng-bo-name = État de Borno
area-ng-bo-suspension-reason = Voyager dans cette région n'est pas sûr en ce moment, donc l'aide au retour vers cette région est suspendue. L'aide au retour vers les autres parties du pays continue.
country-sn-name = Sénégal
country-sn-reintegration = Le soutien peut comprendre une aide pour créer une petite entreprise, une formation et la participation à des projets communautaires.
country-gn-name = Guinée
country-gn-reintegration = Le soutien peut comprendre une aide pour créer une petite entreprise, une formation à un métier et une aide pour les frais de scolarité des enfants.
country-et-name = Éthiopie
country-et-reintegration = Le soutien peut comprendre une aide pour créer une petite entreprise, une formation professionnelle et un soutien psychologique.
country-so-name = Somalie
country-so-reintegration = Le soutien peut comprendre une aide pour avoir un revenu, une formation et un endroit où loger pendant les premières semaines.
country-bd-name = Bangladesh
country-bd-reintegration = Le soutien peut comprendre une aide pour créer une petite entreprise, une formation professionnelle et une aide pour faire face aux dettes liées au voyage.
country-pk-name = Pakistan
country-pk-reintegration = Le soutien peut comprendre une aide pour créer une petite entreprise, une formation professionnelle et une aide médicale pour les personnes qui en ont besoin.
country-ma-name = Maroc
country-ma-reintegration = Le soutien peut comprendre une aide pour créer une petite entreprise, une formation et une aide pour reprendre l'école.
country-tn-name = Tunisie
country-tn-reintegration = Le soutien peut comprendre une aide pour créer une petite entreprise, une formation et un soutien psychologique.
country-af-name = Afghanistan
country-af-reintegration = Un conseiller vous explique le soutien possible, car l'aide au retour est suspendue en ce moment.
country-af-suspension-reason = En raison de la situation de sécurité, l'aide au retour vers ce pays est suspendue. Aucun nouveau consentement ne peut être signé pour ce pays.
country-sd-name = Soudan
country-sd-reintegration = Un conseiller vous explique le soutien possible, car l'aide au retour est suspendue en ce moment.
country-sd-suspension-reason = En raison du conflit armé, l'aide au retour vers ce pays est suspendue. Aucun nouveau consentement ne peut être signé pour ce pays.

## Limits, legal help, rights, and what a return changes

country-situation-example = EXEMPLE : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-situation-source = Source : { $source }. Situation au { $date }.
country-support-limits = Le soutien n'est pas garanti : il dépend des règles et des moyens du programme au moment de votre arrivée, et il ne peut pas tout résoudre.
