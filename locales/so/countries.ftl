# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.
# Translator note (so): country names follow CLDR's Somali names.

country-ge-name = Joorjiya
country-ge-reintegration = Taageerada waxaa ka mid noqon kara: caawimaad lagu bilaabo ganacsi yar, tababar shaqo, iyo caawimaad muddo gaaban ah oo xagga hoyga ah.
country-iq-name = Ciraaq
country-iq-reintegration = Taageerada waxaa ka mid noqon kara: caawimaad lagu bilaabo ganacsi yar, caawimaad shaqo helid, iyo talo-bixin nafsi ah oo loogu talagalay dadka soo maray xaalado adag.
country-ng-name = Nayjeeriya
country-ng-reintegration = Taageerada waxaa ka mid noqon kara: caawimaad lagu bilaabo ganacsi yar, tababar xirfadeed, iyo caawimaad caafimaad oo loogu talagalay kuwa u baahan.
area-ng-bo-name = Gobolka Borno
area-ng-bo-suspension-reason = Hadda safarka aaggan ammaan ma aha, sidaas darteed caawimaadda ku noqoshada halkaas waa la hakiyay. Caawimaadda ku noqoshada qaybaha kale ee dalka way sii socotaa.
country-sn-name = Sinigaal
country-sn-reintegration = Taageerada waxaa ka mid noqon kara: caawimaad lagu bilaabo ganacsi yar, tababar, iyo ka qaybgalka mashaariicda bulshada.
country-gn-name = Gini
country-gn-reintegration = Taageerada waxaa ka mid noqon kara: caawimaad lagu bilaabo ganacsi yar, tababar xirfadeed, iyo caawimaad lagu bixiyo kharashka iskuulka carruurta.
country-et-name = Itoobiya
country-et-reintegration = Taageerada waxaa ka mid noqon kara: caawimaad lagu bilaabo ganacsi yar, tababar shaqo, iyo talo-bixin nafsi ah.
country-so-name = Soomaaliya
country-so-reintegration = Taageerada waxaa ka mid noqon kara: caawimaad dakhli, tababar, iyo meel lagu hoydo toddobaadyada ugu horreeya.
country-bd-name = Bangaladhesh
country-bd-reintegration = Taageerada waxaa ka mid noqon kara: caawimaad lagu bilaabo ganacsi yar, tababar shaqo, iyo caawimaad lagula tacaalo deymaha safarka.
country-pk-name = Bakistaan
country-pk-reintegration = Taageerada waxaa ka mid noqon kara: caawimaad lagu bilaabo ganacsi yar, tababar shaqo, iyo caawimaad caafimaad oo loogu talagalay kuwa u baahan.
country-ma-name = Morooko
country-ma-reintegration = Taageerada waxaa ka mid noqon kara: caawimaad lagu bilaabo ganacsi yar, tababar, iyo caawimaad dib loogu laabto iskuulka.
country-tn-name = Tuniisiya
country-tn-reintegration = Taageerada waxaa ka mid noqon kara: caawimaad lagu bilaabo ganacsi yar, tababar, iyo talo-bixin nafsi ah.
country-af-name = Afgaanistaan
country-af-reintegration = Taageerada waxaa kuu sharxaya lataliye, maxaa yeelay caawimaadda ku noqoshada hadda waa la hakiyay.
country-af-suspension-reason = Xaaladda ammaanka awgeed, caawimaadda ku noqoshada dalkan waa la hakiyay. Oggolaansho cusub looma saxiixi karo dalkan.
country-sd-name = Suudaan
country-sd-reintegration = Taageerada waxaa kuu sharxaya lataliye, maxaa yeelay caawimaadda ku noqoshada hadda waa la hakiyay.
country-sd-suspension-reason = Colaadda hubaysan awgeed, caawimaadda ku noqoshada dalkan waa la hakiyay. Oggolaansho cusub looma saxiixi karo dalkan.

## Limits, legal help, rights, and what a return changes

country-ge-situation = TUSAALE — { country-ge-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
country-iq-situation = TUSAALE — { country-iq-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
country-ng-situation = TUSAALE — { country-ng-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
country-sn-situation = TUSAALE — { country-sn-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
country-gn-situation = TUSAALE — { country-gn-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
country-et-situation = TUSAALE — { country-et-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
country-so-situation = TUSAALE — { country-so-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
country-bd-situation = TUSAALE — { country-bd-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
country-pk-situation = TUSAALE — { country-pk-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
country-ma-situation = TUSAALE — { country-ma-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
country-tn-situation = TUSAALE — { country-tn-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
country-af-situation = TUSAALE — { country-af-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
country-sd-situation = TUSAALE — { country-sd-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
area-ng-bo-situation = TUSAALE — { area-ng-bo-name }: halkan xaruntu waxay ku qeexdaa xaaladda amni ee hadda, ixtiraamka xuquuqda, iyo helitaanka guri, daryeel caafimaad, dugsi iyo shaqo ee waddankan ama gobolkan.
country-situation-source = Ilaha: { $source }. Laga bilaabo { $date }.
country-support-limits = Taageero lama dammaanad qaadin: waxay ku xiran tahay xeerarka iyo lacagta barnaamijka markaad gaarto, wax walbana ma xallin karto.

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = Gobolka Abia
area-ng-ad-name = Gobolka Adamawa
area-ng-ak-name = Gobolka Akwa Ibom
area-ng-an-name = Gobolka Anambra
area-ng-ba-name = Gobolka Bauchi
area-ng-by-name = Gobolka Bayelsa
area-ng-be-name = Gobolka Benue
area-ng-cr-name = Gobolka Cross River
area-ng-de-name = Gobolka Delta
area-ng-eb-name = Gobolka Ebonyi
area-ng-ed-name = Gobolka Edo
area-ng-ek-name = Gobolka Ekiti
area-ng-en-name = Gobolka Enugu
area-ng-fc-name = Dhulka Caasimadda Federaalka (Abuja)
area-ng-go-name = Gobolka Gombe
area-ng-im-name = Gobolka Imo
area-ng-ji-name = Gobolka Jigawa
area-ng-kd-name = Gobolka Kaduna
area-ng-kn-name = Gobolka Kano
area-ng-kt-name = Gobolka Katsina
area-ng-ke-name = Gobolka Kebbi
area-ng-ko-name = Gobolka Kogi
area-ng-kw-name = Gobolka Kwara
area-ng-la-name = Gobolka Lagos
area-ng-na-name = Gobolka Nasarawa
area-ng-ni-name = Gobolka Niger
area-ng-og-name = Gobolka Ogun
area-ng-on-name = Gobolka Ondo
area-ng-os-name = Gobolka Osun
area-ng-oy-name = Gobolka Oyo
area-ng-pl-name = Gobolka Plateau
area-ng-ri-name = Gobolka Rivers
area-ng-so-name = Gobolka Sokoto
area-ng-ta-name = Gobolka Taraba
area-ng-yo-name = Gobolka Yobe
area-ng-za-name = Gobolka Zamfara
