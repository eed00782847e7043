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

country-ge-situation = EXEMPLE — { country-ge-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-iq-situation = EXEMPLE — { country-iq-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-ng-situation = EXEMPLE — { country-ng-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-sn-situation = EXEMPLE — { country-sn-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-gn-situation = EXEMPLE — { country-gn-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-et-situation = EXEMPLE — { country-et-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-so-situation = EXEMPLE — { country-so-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-bd-situation = EXEMPLE — { country-bd-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-pk-situation = EXEMPLE — { country-pk-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-ma-situation = EXEMPLE — { country-ma-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-tn-situation = EXEMPLE — { country-tn-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-af-situation = EXEMPLE — { country-af-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-sd-situation = EXEMPLE — { country-sd-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
area-ng-bo-situation = EXEMPLE — { area-ng-bo-name } : ici, le centre décrit la sécurité actuelle, le respect des droits, et l'accès au logement, aux soins, à l'école et au travail dans ce pays ou cette région.
country-situation-source = Source : { $source }. Situation au { $date }.
country-support-limits = Le soutien n'est pas garanti : il dépend des règles et des moyens du programme au moment de votre arrivée, et il ne peut pas tout résoudre.

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = État d'Abia
area-ng-ad-name = État d'Adamawa
area-ng-ak-name = État d'Akwa Ibom
area-ng-an-name = État d'Anambra
area-ng-ba-name = État de Bauchi
area-ng-by-name = État de Bayelsa
area-ng-be-name = État de Benue
area-ng-cr-name = État de Cross River
area-ng-de-name = État du Delta
area-ng-eb-name = État d'Ebonyi
area-ng-ed-name = État d'Edo
area-ng-ek-name = État d'Ekiti
area-ng-en-name = État d'Enugu
area-ng-fc-name = Territoire de la capitale fédérale (Abuja)
area-ng-go-name = État de Gombe
area-ng-im-name = État d'Imo
area-ng-ji-name = État de Jigawa
area-ng-kd-name = État de Kaduna
area-ng-kn-name = État de Kano
area-ng-kt-name = État de Katsina
area-ng-ke-name = État de Kebbi
area-ng-ko-name = État de Kogi
area-ng-kw-name = État de Kwara
area-ng-la-name = État de Lagos
area-ng-na-name = État de Nasarawa
area-ng-ni-name = État du Niger
area-ng-og-name = État d'Ogun
area-ng-on-name = État d'Ondo
area-ng-os-name = État d'Osun
area-ng-oy-name = État d'Oyo
area-ng-pl-name = État du Plateau
area-ng-ri-name = État de Rivers
area-ng-so-name = État de Sokoto
area-ng-ta-name = État de Taraba
area-ng-yo-name = État d'Yobe
area-ng-za-name = État de Zamfara
