# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = ጆርጅያ
country-ge-reintegration = እቲ ደገፍ ንእሽቶ ንግዲ ንምጅማር ሓገዝ፣ ስልጠና ስራሕን ንሓጺር ግዜ ናይ መንበሪ ገዛ ሓገዝን ከጠቓልል ይኽእል።
country-iq-name = ዒራቕ
country-iq-reintegration = እቲ ደገፍ ንእሽቶ ንግዲ ንምጅማር ሓገዝ፣ ስራሕ ምርካብን ከቢድ ተመኩሮ ንዝሓለፉ ሰባት ኣገልግሎት ምኽርን ከጠቓልል ይኽእል።
country-ng-name = ናይጀርያ
country-ng-reintegration = እቲ ደገፍ ንእሽቶ ንግዲ ንምጅማር ሓገዝ፣ ስልጠና ሞያን ንዘድልዮም ሰባት ሕክምናዊ ሓገዝን ከጠቓልል ይኽእል።
area-ng-bo-name = ግዝኣት ቦርኖ
area-ng-bo-suspension-reason = ኣብዚ እዋን ናብዚ ከባቢ ምጉዓዝ ውሑስ ኣይኮነን፣ ስለዚ ናብኡ ንምምላስ ዝወሃብ ሓገዝ ንግዚኡ ጠጠው ኢሉ ኣሎ። ናብ ካልኦት ክፋላት ናይታ ሃገር ንምምላስ ዝወሃብ ሓገዝ ይቕጽል ኣሎ።
country-sn-name = ሰነጋል
country-sn-reintegration = እቲ ደገፍ ንእሽቶ ንግዲ ንምጅማር ሓገዝ፣ ስልጠናን ኣብ ፕሮጀክትታት ሕብረተሰብ ምስታፍን ከጠቓልል ይኽእል።
country-gn-name = ጊኒ
country-gn-reintegration = እቲ ደገፍ ንእሽቶ ንግዲ ንምጅማር ሓገዝ፣ ስልጠና ሞያን ንቆልዑ ወጻኢታት ቤት ትምህርቲ ሓገዝን ከጠቓልል ይኽእል።
country-et-name = ኢትዮጵያ
country-et-reintegration = እቲ ደገፍ ንእሽቶ ንግዲ ንምጅማር ሓገዝ፣ ስልጠና ስራሕን ኣገልግሎት ምኽርን ከጠቓልል ይኽእል።
country-so-name = ሶማልያ
country-so-reintegration = እቲ ደገፍ ናይ እቶት ሓገዝ፣ ስልጠናን ኣብ ቀዳሞት ሰሙናት መጽንሒ ቦታን ከጠቓልል ይኽእል።
country-bd-name = ባንግላደሽ
country-bd-reintegration = እቲ ደገፍ ንእሽቶ ንግዲ ንምጅማር ሓገዝ፣ ስልጠና ስራሕን ብሰንኪ እቲ ጉዕዞ ዝመጸ ዕዳ ንምፍታሕ ሓገዝን ከጠቓልል ይኽእል።
country-pk-name = ፓኪስታን
country-pk-reintegration = እቲ ደገፍ ንእሽቶ ንግዲ ንምጅማር ሓገዝ፣ ስልጠና ስራሕን ንዘድልዮም ሰባት ሕክምናዊ ሓገዝን ከጠቓልል ይኽእል።
country-ma-name = ሞሮኮ
country-ma-reintegration = እቲ ደገፍ ንእሽቶ ንግዲ ንምጅማር ሓገዝ፣ ስልጠናን ናብ ትምህርቲ ንምምላስ ሓገዝን ከጠቓልል ይኽእል።
country-tn-name = ቱኒዝያ
country-tn-reintegration = እቲ ደገፍ ንእሽቶ ንግዲ ንምጅማር ሓገዝ፣ ስልጠናን ኣገልግሎት ምኽርን ከጠቓልል ይኽእል።
country-af-name = ኣፍጋኒስታን
country-af-reintegration = ንምምላስ ዝወሃብ ሓገዝ ኣብዚ እዋን ንግዚኡ ጠጠው ስለ ዝበለ፣ ብዛዕባ እቲ ደገፍ ኣማኻሪ ክገልጸልኩም እዩ።
country-af-suspension-reason = ብሰንኪ ኩነታት ጸጥታ፣ ናብዛ ሃገር ንምምላስ ዝወሃብ ሓገዝ ንግዚኡ ጠጠው ኢሉ ኣሎ። ንዓኣ ዝምልከት ሓድሽ ስምምዕ ክፍረም ኣይከኣልን።
country-sd-name = ሱዳን
country-sd-reintegration = ንምምላስ ዝወሃብ ሓገዝ ኣብዚ እዋን ንግዚኡ ጠጠው ስለ ዝበለ፣ ብዛዕባ እቲ ደገፍ ኣማኻሪ ክገልጸልኩም እዩ።
country-sd-suspension-reason = ብሰንኪ ብረታዊ ግጭት፣ ናብዛ ሃገር ንምምላስ ዝወሃብ ሓገዝ ንግዚኡ ጠጠው ኢሉ ኣሎ። ንዓኣ ዝምልከት ሓድሽ ስምምዕ ክፍረም ኣይከኣልን።

## Limits, legal help, rights, and what a return changes

country-ge-situation = ኣብነት — { country-ge-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
country-iq-situation = ኣብነት — { country-iq-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
country-ng-situation = ኣብነት — { country-ng-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
country-sn-situation = ኣብነት — { country-sn-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
country-gn-situation = ኣብነት — { country-gn-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
country-et-situation = ኣብነት — { country-et-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
country-so-situation = ኣብነት — { country-so-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
country-bd-situation = ኣብነት — { country-bd-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
country-pk-situation = ኣብነት — { country-pk-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
country-ma-situation = ኣብነት — { country-ma-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
country-tn-situation = ኣብነት — { country-tn-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
country-af-situation = ኣብነት — { country-af-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
country-sd-situation = ኣብነት — { country-sd-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
area-ng-bo-situation = ኣብነት — { area-ng-bo-name }፦ ኣብዚ ማእከሉ ናይዚ ሃገር ወይ ከባቢ ህሉው ድሕንነት፣ ምኽባር መሰላት፣ ከምኡ እውን ናብ መንበሪ፣ ክንክን ጥዕና፣ ቤት ትምህርትን ስራሕን ዘሎ ተበጻሕነት ይገልጽ።
country-situation-source = ምንጪ፦ { $source }። ክሳብ { $date }።
country-support-limits = ደገፍ ውሕስነት የብሉን፦ ኣብ እትበጽሑሉ እዋን ኣብ ሕግታትን ገንዘብን ናይቲ መደብ ይምርኮስ፣ ንኹሉ ድማ ክፈትሖ ኣይክእልን።

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = ግዝኣት ኣቢያ
area-ng-ad-name = ግዝኣት ኣዳማዋ
area-ng-ak-name = ግዝኣት ኣክዋ ኢቦም
area-ng-an-name = ግዝኣት ኣናምብራ
area-ng-ba-name = ግዝኣት ባውቺ
area-ng-by-name = ግዝኣት ባየልሳ
area-ng-be-name = ግዝኣት ቤኑዌ
area-ng-cr-name = ግዝኣት ክሮስ ሪቨር
area-ng-de-name = ግዝኣት ዴልታ
area-ng-eb-name = ግዝኣት ኤቦኒ
area-ng-ed-name = ግዝኣት ኤዶ
area-ng-ek-name = ግዝኣት ኤኪቲ
area-ng-en-name = ግዝኣት ኤኑጉ
area-ng-fc-name = ግዝኣት ፌደራላዊት ርእሰ ከተማ (ኣቡጃ)
area-ng-go-name = ግዝኣት ጎምቤ
area-ng-im-name = ግዝኣት ኢሞ
area-ng-ji-name = ግዝኣት ጂጋዋ
area-ng-kd-name = ግዝኣት ካዱና
area-ng-kn-name = ግዝኣት ካኖ
area-ng-kt-name = ግዝኣት ካትሲና
area-ng-ke-name = ግዝኣት ኬቢ
area-ng-ko-name = ግዝኣት ኮጊ
area-ng-kw-name = ግዝኣት ክዋራ
area-ng-la-name = ግዝኣት ላጎስ
area-ng-na-name = ግዝኣት ናሳራዋ
area-ng-ni-name = ግዝኣት ናይጀር
area-ng-og-name = ግዝኣት ኦጉን
area-ng-on-name = ግዝኣት ኦንዶ
area-ng-os-name = ግዝኣት ኦሱን
area-ng-oy-name = ግዝኣት ኦዮ
area-ng-pl-name = ግዝኣት ፕላቶ
area-ng-ri-name = ግዝኣት ሪቨርስ
area-ng-so-name = ግዝኣት ሶኮቶ
area-ng-ta-name = ግዝኣት ታራባ
area-ng-yo-name = ግዝኣት ዮቤ
area-ng-za-name = ግዝኣት ዛምፋራ
