# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = ጆርጂያ
country-ge-reintegration = ድጋፉ አነስተኛ ንግድ ለመጀመር የሚረዳ እርዳታን፣ የሥራ ሥልጠናን እና ለአጭር ጊዜ የመኖሪያ ቤት እርዳታን ሊያካትት ይችላል።
country-iq-name = ኢራቅ
country-iq-reintegration = ድጋፉ አነስተኛ ንግድ ለመጀመር የሚረዳ እርዳታን፣ ሥራ ማስያዝን እና ከባድ ነገሮችን ላሳለፉ ሰዎች የምክር አገልግሎትን ሊያካትት ይችላል።
country-ng-name = ናይጄሪያ
country-ng-reintegration = ድጋፉ አነስተኛ ንግድ ለመጀመር የሚረዳ እርዳታን፣ የሙያ ሥልጠናን እና ለሚያስፈልጋቸው ሰዎች የሕክምና እርዳታን ሊያካትት ይችላል።
area-ng-bo-name = ቦርኖ ግዛት
area-ng-bo-suspension-reason = በአሁኑ ጊዜ ወደዚህ አካባቢ መጓዝ ደህንነቱ የተጠበቀ አይደለም፤ ስለዚህ ወደዚያ ለመመለስ የሚሰጠው እርዳታ ለጊዜው ቆሟል። ወደ ሌሎች የአገሪቱ ክፍሎች ለመመለስ የሚሰጠው እርዳታ ይቀጥላል።
country-sn-name = ሴኔጋል
country-sn-reintegration = ድጋፉ አነስተኛ ንግድ ለመጀመር የሚረዳ እርዳታን፣ ሥልጠናን እና በማኅበረሰብ ፕሮጀክቶች መሳተፍን ሊያካትት ይችላል።
country-gn-name = ጊኒ
country-gn-reintegration = ድጋፉ አነስተኛ ንግድ ለመጀመር የሚረዳ እርዳታን፣ የሙያ ሥልጠናን እና ለልጆች የትምህርት ቤት ወጪ እርዳታን ሊያካትት ይችላል።
country-et-name = ኢትዮጵያ
country-et-reintegration = ድጋፉ አነስተኛ ንግድ ለመጀመር የሚረዳ እርዳታን፣ የሥራ ሥልጠናን እና የምክር አገልግሎትን ሊያካትት ይችላል።
country-so-name = ሶማሊያ
country-so-reintegration = ድጋፉ የገቢ እርዳታን፣ ሥልጠናን እና በመጀመሪያዎቹ ሳምንታት የመቆያ ቦታን ሊያካትት ይችላል።
country-bd-name = ባንግላዲሽ
country-bd-reintegration = ድጋፉ አነስተኛ ንግድ ለመጀመር የሚረዳ እርዳታን፣ የሥራ ሥልጠናን እና ከጉዞው የተነሳ የመጣ ዕዳን ለመቋቋም የሚረዳ እርዳታን ሊያካትት ይችላል።
country-pk-name = ፓኪስታን
country-pk-reintegration = ድጋፉ አነስተኛ ንግድ ለመጀመር የሚረዳ እርዳታን፣ የሥራ ሥልጠናን እና ለሚያስፈልጋቸው ሰዎች የሕክምና እርዳታን ሊያካትት ይችላል።
country-ma-name = ሞሮኮ
country-ma-reintegration = ድጋፉ አነስተኛ ንግድ ለመጀመር የሚረዳ እርዳታን፣ ሥልጠናን እና ወደ ትምህርት ለመመለስ የሚረዳ እርዳታን ሊያካትት ይችላል።
country-tn-name = ቱኒዚያ
country-tn-reintegration = ድጋፉ አነስተኛ ንግድ ለመጀመር የሚረዳ እርዳታን፣ ሥልጠናን እና የምክር አገልግሎትን ሊያካትት ይችላል።
country-af-name = አፍጋኒስታን
country-af-reintegration = ለመመለስ የሚሰጠው እርዳታ በአሁኑ ጊዜ ለጊዜው ስለቆመ፣ ስለ ድጋፉ አማካሪ ያስረዳዎታል።
country-af-suspension-reason = ከደህንነት ሁኔታው የተነሳ፣ ወደዚህ አገር ለመመለስ የሚሰጠው እርዳታ ለጊዜው ቆሟል። ለዚህ አገር አዲስ ስምምነት መፈረም አይቻልም።
country-sd-name = ሱዳን
country-sd-reintegration = ለመመለስ የሚሰጠው እርዳታ በአሁኑ ጊዜ ለጊዜው ስለቆመ፣ ስለ ድጋፉ አማካሪ ያስረዳዎታል።
country-sd-suspension-reason = ከትጥቅ ግጭቱ የተነሳ፣ ወደዚህ አገር ለመመለስ የሚሰጠው እርዳታ ለጊዜው ቆሟል። ለዚህ አገር አዲስ ስምምነት መፈረም አይቻልም።

## Limits, legal help, rights, and what a return changes

country-ge-situation = ምሳሌ — { country-ge-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
country-iq-situation = ምሳሌ — { country-iq-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
country-ng-situation = ምሳሌ — { country-ng-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
country-sn-situation = ምሳሌ — { country-sn-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
country-gn-situation = ምሳሌ — { country-gn-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
country-et-situation = ምሳሌ — { country-et-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
country-so-situation = ምሳሌ — { country-so-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
country-bd-situation = ምሳሌ — { country-bd-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
country-pk-situation = ምሳሌ — { country-pk-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
country-ma-situation = ምሳሌ — { country-ma-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
country-tn-situation = ምሳሌ — { country-tn-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
country-af-situation = ምሳሌ — { country-af-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
country-sd-situation = ምሳሌ — { country-sd-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
area-ng-bo-situation = ምሳሌ — { area-ng-bo-name }፦ እዚህ ማዕከሉ የዚህን አገር ወይም አካባቢ የአሁኑን ደኅንነት፣ የመብቶች መከበርና የመኖሪያ፣ የጤና እንክብካቤ፣ የትምህርት ቤትና የሥራ ተደራሽነት ይገልጻል።
country-situation-source = ምንጭ፦ { $source }። እስከ { $date } ድረስ።
country-support-limits = ድጋፍ ዋስትና የለውም፦ በሚደርሱበት ጊዜ ባሉት የፕሮግራሙ ደንቦችና ገንዘብ ይወሰናል፤ ሁሉንም ሊፈታም አይችልም።

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = አቢያ ግዛት
area-ng-ad-name = አዳማዋ ግዛት
area-ng-ak-name = አክዋ ኢቦም ግዛት
area-ng-an-name = አናምብራ ግዛት
area-ng-ba-name = ባውቺ ግዛት
area-ng-by-name = ባየልሳ ግዛት
area-ng-be-name = ቤኑዌ ግዛት
area-ng-cr-name = ክሮስ ሪቨር ግዛት
area-ng-de-name = ዴልታ ግዛት
area-ng-eb-name = ኤቦኒ ግዛት
area-ng-ed-name = ኤዶ ግዛት
area-ng-ek-name = ኤኪቲ ግዛት
area-ng-en-name = ኤኑጉ ግዛት
area-ng-fc-name = የፌዴራል ዋና ከተማ ክልል (አቡጃ)
area-ng-go-name = ጎምቤ ግዛት
area-ng-im-name = ኢሞ ግዛት
area-ng-ji-name = ጂጋዋ ግዛት
area-ng-kd-name = ካዱና ግዛት
area-ng-kn-name = ካኖ ግዛት
area-ng-kt-name = ካትሲና ግዛት
area-ng-ke-name = ኬቢ ግዛት
area-ng-ko-name = ኮጊ ግዛት
area-ng-kw-name = ክዋራ ግዛት
area-ng-la-name = ሌጎስ ግዛት
area-ng-na-name = ናሳራዋ ግዛት
area-ng-ni-name = ናይጀር ግዛት
area-ng-og-name = ኦጉን ግዛት
area-ng-on-name = ኦንዶ ግዛት
area-ng-os-name = ኦሱን ግዛት
area-ng-oy-name = ኦዮ ግዛት
area-ng-pl-name = ፕላቶ ግዛት
area-ng-ri-name = ሪቨርስ ግዛት
area-ng-so-name = ሶኮቶ ግዛት
area-ng-ta-name = ታራባ ግዛት
area-ng-yo-name = ዮቤ ግዛት
area-ng-za-name = ዛምፋራ ግዛት
