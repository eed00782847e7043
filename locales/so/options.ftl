# The overview and the page of each legal option. One message per paragraph.
# Every option is described with the same care; none is recommended over another.
# Translator note (so): "asylum" = "magangelyo"; "appeal" = "rafcaan"; "permit to stay" =
# "ruqsad joogitaan" (kept distinct from "oggolaansho", which means consent);
# "family reunification" = "midaynta qoyska"; "resettlement" = "dib-u-dejin";
# "voluntary return" = "ku noqosho ikhtiyaari ah"; "forced return" = "celin qasab ah".

## Overview

overview-title = Dhammaan doorashooyinkaaga
overview-intro = Iyadoo ay ku xiran tahay xaaladdaada, waxaa jiri kara dhowr waddo oo aad qaadi karto. Waa kuwan, dhinac dhinac. Mid kasta fur si aad u akhrido waxa uu ka dhigan yahay.
overview-equal = Ma jirto doorasho u fiican qof walba. Waxa kuu habboon waxay ku xiran tahay noloshaada, doorashaduna waa taada.
overview-take-time = Maanta uma baahnid inaad go'aan gaarto. Waad akhrin kartaa, su'aalo waad weydiin kartaa, dib ayaadna u soo noqon kartaa.

## Seeking protection (asylum)

option-asylum-title = Codso ilaalin (magangelyo)
option-asylum-summary = Haddii aad ka baqayso in dhibaato culus kaaga timaado dalkaaga, waxaad dalkan ka codsan kartaa inuu ku ilaaliyo.
option-asylum-meaning = Magangelyadu waa ilaalin la siiyo dadka aan ammaan ku ahaan karin dalkooda, tusaale ahaan dagaal, dulmi, ama hanjabaad ku wajahan noloshooda ama xorriyaddooda awgeed. Haddii lagu siiyo ilaalin, waxaad halkan ku joogi kartaa si sharci ah.
option-asylum-requires = Waraysi ayaad mas'uuliyiinta ugu sheegaysaa sababta aadan dib ugu noqon karin. Haddii aad u baahato, turjumaan ayaa kula joogi doona. Dukumentiyada ama caddaymaha kale way caawiyaan, laakiin waad codsan kartaa iyaga la'aantood.
option-asylum-deadlines = Codso sida ugu dhakhsaha badan. Dalal qaar waxay leeyihiin waqti xaddidan, sugiduna waxay adkayn kartaa sharaxaadda kiiskaaga.
option-asylum-ask = Qareen, hay'ad bixisa caawimaad sharci, ama lataliye halkan jooga ayaa kuu sharaxi kara habraaca, kaana caawin kara inaad diyaar garowdo. Caawimaaddan inta badan waa lacag la'aan.

## Appeal and remedies

option-appeal-title = Ka soo horjeedso go'aan (rafcaan)
option-appeal-summary = Haddii codsigaaga la diiday, waxaa laga yaabaa inaad codsan karto in go'aanka mar kale dib loo eego.
option-appeal-meaning = Rafcaanku waa marka aad maxkamad ama hay'ad kale ka codsato inay kiiskaaga mar kale eegto. Inta go'aan laga gaarayo rafcaanka, inta badan waad sii joogi kartaa dalka.
option-appeal-requires = Caadiyan waxaad u baahan tahay inaad sharaxdo waxa khaldan ee go'aanka ku jira. Qareen ayaa rafcaanka kuu qori kara.
option-appeal-deadlines = Waqtiga rafcaanku waa gaaban yahay, mararka qaar dhowr maalmood ama dhowr toddobaad oo keliya. Waqtiga ugu dambeeya wuxuu ku qoran yahay warqadda go'aankaaga. Maanta eeg.
option-appeal-ask = Warqadda go'aankaaga u tus qareen, hay'ad bixisa caawimaad sharci, ama lataliye, sida ugu dhakhsaha badan.

## Other legal stay

option-other-stay-title = Siyaabo kale oo aad si sharci ah ku joogi karto
option-other-stay-summary = Waxaa laga yaabaa inaad joogi karto sababo qoys, shaqo, waxbarasho, caafimaad, ama sababo kale oo bani'aadannimo ah.
option-other-stay-meaning = Magangelyada ka sokow, waxaa jira ruqsado kale oo joogitaan. Tusaale ahaan, haddii xubno qoyskaaga ka mid ah oo kuu dhow ay halkan si sharci ah u deggan yihiin, haddii aad haysato dalab shaqo ama meel waxbarasho, ama haddii aad si culus u xanuunsan tahay oo aadan dalkaaga ka heli karin daaweyn.
option-other-stay-requires = Ruqsad kasta waxay leedahay shuruudo u gaar ah, sida dukumentiyo, dakhli, ama caddayn xiriirka qoyska.
option-other-stay-deadlines = Ruqsadaha qaar waa in la codsadaa ka hor inta aysan dhammaan ruqsaddaada hadda, ama ka hor waqtiyo kale oo go'an. Hore u weydii.
option-other-stay-ask = Lataliye ama hay'ad bixisa caawimaad sharci ayaa kuu sheegi kara ruqsadaha laga yaabo inay ku habboon yihiin xaaladdaada.

## Assisted voluntary return and reintegration

option-voluntary-return-title = Ku noqo adiga oo la caawinayo (ku noqosho ikhtiyaari ah)
option-voluntary-return-summary = Haddii aad go'aansato inaad dalkaaga ku noqoto, waxaad heli kartaa caawimaad safarka ah iyo caawimaad aad noloshaada dib ugu bilowdo.
option-voluntary-return-meaning = Adiga ayaa dooranaya inaad ku noqoto, waxaadna helaysaa taageero: caawimaad dukumentiyada safarka, safarka, iyo imaatinka. Inta badan waxaa kale oo jira caawimaad aad noloshaada dib ugu dhisto markaad gaarto kadib.
option-voluntary-return-requires = Oggolaanshahaaga waxaad u bixinaysaa si xor ah, kadib markaad aragto dhammaan doorashooyinkaaga. Waad beddeli kartaa go'aankaaga ilaa aad ka ambabaxdo.
option-voluntary-return-deadlines = Markaad saxiixdo kadib, had iyo jeer waxaa jira waqti fikir ka hor inta uusan oggolaanshahaagu dhaqan gelin. Diyaarinta safarku caadiyan waxay qaadataa dhowr toddobaad.
option-voluntary-return-ask = Ka hor intaadan go'aan gaarin, lataliye ayaa kuu sharaxi kara taageerada laga helo dalkaaga, kana jawaabi kara su'aalahaaga.

## Third country

option-third-country-title = U guur dal kale
option-third-country-summary = Xaaladaha qaarkood, waxaa laga yaabaa inaad si sharci ah ugu guuri karto dal kale, tusaale ahaan si aad ugu biirto qoyskaaga.
option-third-country-meaning = Dadka qaar waxay u tegi karaan dal saddexaad iyaga oo maraya midaynta qoyska, barnaamijyada dib-u-dejinta, ama waddooyin kale oo sharci ah sida shaqo ama waxbarasho.
option-third-country-requires = Waddooyinkani waxay leeyihiin shuruudo adag, inta badanna sugitaankoodu waa dheer yahay. Qof walba ma isticmaali karo.
option-third-country-deadlines = Midaynta qoysku mararka qaar waxay leedahay waqti xaddidan, kaas oo bilaabma marka xubin qoyska ka mid ah la siiyo ilaalin. Hore wax uga weydii.
option-third-country-ask = Lataliye ama hay'ad bixisa caawimaad sharci ayaa kuu sheegi kara in mid ka mid ah waddooyinkan laga yaabo inuu kuu furan yahay iyo in kale.

## No decision

option-no-decision-title = Haddii aadan go'aan gaarin
option-no-decision-summary = Waa muhiim inaad ogaato waxa dhici kara haddii aadan qaadin wax tallaabo ah.
option-no-decision-meaning = Haddii aadan xaq u lahayn inaad joogto oo aadan qaadin wax tallaabo ah, mas'uuliyiintu waxay go'aamin karaan waxa xiga. Taas waxaa ka mid noqon kara celin qasab ah. Celinta qasabka ah waxaa fulisa dawladda, ma aha hay'adaha bixiya ku noqoshada ikhtiyaariga ah.
option-no-decision-requires = Xitaa markaas, xuquuqdaada aasaasiga ah way kula sii jiraan, waxaadna weli codsan kartaa talo sharci ah waqti kasta.
option-no-decision-deadlines = Warqadaha ka yimaada mas'uuliyiinta waxaa ku qornaan kara taariikhda ugu dambeysa ee ay tahay inaad ka baxdo. Warqad kasta oo aad hesho u tus lataliye ama qareen.
option-no-decision-ask = Haddii aadan hubin xaaladdaada, lataliye ayaa kaa caawin kara inaad fahanto. Weydiintu waa lacag la'aan, wax kuuma xirayso.

## Limits, legal help, rights, and what a return changes

option-asylum-start = Sida loo bilaabo: u sheeg shaqaalaha halkan, ama aad xafiiska ku qoran «Hel caawimo sharci». Waqti kasta ka hor intaadan bixin waad codsan kartaa.
option-appeal-start = Sida loo bilaabo: maanta, warqadda go'aanka tus qareen ama hay'ad caawimo sharci oo ku qoran «Hel caawimo sharci». Warqaddu waxay sheegaysaa halka rafcaanka loo diro iyo goorta ugu dambaysa.

## The time limit on the asylum and appeal pages, from deployment.toml

option-deadline-days = { $days ->
        [one] Waqtiga xadka ah ee dalkan: { $days } maalin. Caawimada sharciga ayaa kuu sheegi karta maalinta uu kaaga bilaabmayo.
       *[other] Waqtiga xadka ah ee dalkan: { $days } maalmood. Caawimada sharciga ayaa kuu sheegi karta maalinta uu kaaga bilaabmayo.
    }
option-deadline-text = Waqtiga xadka ah ee dalkan: { $deadline }
option-deadline-unknown = Qalabkani ma yaqaan waqtiga xadka ah ee adiga kugu khuseeya. Maanta weydii caawimada sharciga, ka hor inta uusan dhammaan.
