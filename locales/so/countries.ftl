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
