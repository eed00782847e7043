# What return assistance and reintegration support include, the rights that stay
# with you, how personal data is used, and the time to think.
# Translator note (so): "reintegration" = "dib-u-dhexgal"; non-refoulement is explained in
# plain words, as in the English; "counselling" (psychosocial) = "talo-bixin nafsi ah".

## Return assistance

return-assistance-title = Caawimaadda ku noqoshada
return-assistance-intro = Haddii aad doorato inaad ku noqoto adiga oo la caawinayo, kuwani waa waxyaabaha caawimaaddu ka koobnaan karto. Waxa aad heshaa waxay ku xiran tahay dalkaaga iyo baahiyahaaga.
return-assistance-documents = Dukumentiyada safarka: haddii aadan haysan baasaboor shaqeynaya, shaqaaluhu waxay kaa caawinayaan inaad hesho waraaqaha aad u baahan tahay si aad u safarto.
return-assistance-travel = Safarka: tigidh, iyo caawimaad aad ka hesho garoomada diyaaradaha ama saldhigyada jidka ku yaal.
return-assistance-luggage = Alaabta: waad qaadan kartaa alaabtaada, inta tigidhku oggol yahay.
return-assistance-medical = Caafimaad: haddii aad jirran tahay ama u baahan tahay daryeel, goor hore sheeg. Wehel caafimaad ayaa laga yaabaa inuu kula safro, shaqaaluhuna waxay isku dayi karaan inay kuu helaan daryeel markaad gaarto, laakiin waxa halkaas yaal waxay ku xiran tahay waddankaaga.
return-assistance-arrival = Gaaritaanka: meesha barnaamijku lammaane ku leeyahay, qof ayaa ku soo dhaweyn kara oo ku caawin kara maalmaha ugu horreeya, sida gaadiidka magaaladaada. Weydii waxa loo qorsheeyay waddankaaga.

## Reintegration

reintegration-title = Caawimaad markaad gaarto kadib
reintegration-intro = Dib u bilaabiddu waqti ayay qaadataa. Taageerada ku noqoshada kadib waxay ujeeddadeedu tahay inay kaa caawiso inaad si ammaan ah oo wanaagsan u noolaato, si haddii aad mar kale guurto ay u noqoto doorasho xor ah, ee aanay u noqon qasab.
reintegration-individual = Adiga iyo qoyskaaga: tusaale ahaan caawimaad aad ku hesho shaqo, aad ku bilowdo ganacsi yar, aad ku gasho iskuul ama tababar, ama aad ku hesho daryeel caafimaad ama talo-bixin nafsi ah.
reintegration-community = Bulshadaada: mashaariicda qaar waxay caawiyaan meesha aad ku noqoto, si ay uga faa'iidaystaan dadka halkaas joogay iyo dadka soo noqdaba.
reintegration-structural = Adeegyada deegaanka: la-hawlgalayaashu waxay la shaqeeyaan maamulka deegaanka, si adeegyada sida daryeelka caafimaadka, iskuulada, iyo xarumaha shaqo-raadinta ay ugu furnaadaan dadka soo noqda.
reintegration-your-plan = Adiga ayaa go'aamiya waxa qorshahaagu ka koobnaado. Meesha taageero laga bixiyo, lataliye ama lammaane waddankaaga jooga ayaa inta badan kula qorsheeya. Waxa suurtagal ah waxay ku xiran tahay barnaamijka iyo goobta.

## Your rights

rights-title = Xuquuqda kula sii jirta
rights-choice = Barnaamijkan, ku noqoshadu waa xaqaaga, marnaba ma aha waajib kugu saaran. Cidna kuma khasbi karto inaad saxiixdo.
rights-non-refoulement = Qofna looma diri karo dal uu kala kulmi lahaa dulmi, jirdil, ama dhibaato kale oo culus. Ilaalintani waxay khusaysaa qof kasta.
rights-no-collective-expulsion = Kiiska qof kasta waa in si gooni ah loo eegaa. Koox dad ah lama wada celin karo iyada oo aan sidaas la samayn.
rights-children = Carruurta, go'aan kasta waxaa ugu horreeya waxa ilmaha u dan ah. Fikradda ilmaha laftiisa waa la dhageystaa.
rights-change-mind = Waad beddeli kartaa go'aankaaga, waadna ka noqon kartaa oggolaanshahaaga waqti kasta ka hor intaadan ambabixin.
rights-complaints = Haddii aad u malaynayso in si caddaalad darro ah laguula dhaqmay, waad cabasho gudbin kartaa, xitaa adigoon lataliyayaasha marin: cinwaanku wuxuu ku qoran yahay «Hel caawimo sharci» iyo rasiidkaaga. Cabashadu waa inaysan waxyeello u geysan kiiskaaga.

## Personal data

data-use-title = Sida macluumaadkaaga loo isticmaalo
data-use-what = Waxaan ku weydiinnaa oo keliya macluumaadka loo baahan yahay si laguu caawiyo, sida magacaaga, taariikhda dhalashadaada, jinsiyaddaada, iyo dukumentiyada safarka.
data-use-why = Macluumaadkaaga waxaa loo isticmaalaa abaabulka ku noqoshadaada iyo taageerada ka dambaysa. Sharciga halkan ayaa laga yaabaa inuu sidoo kale u baahdo in la hayo ama la tuso hay'ad; lataliye ayaa kuu sheegi kara xeerarka khuseeya.
data-use-who = Yaa hela maxay, iyo sababta: shaqaalaha abaabula ku noqoshadaada, nidaamka kiisaska barnaamijka; lammaanaha waddankaaga ee bixiya taageerada ka dib markaad gaarto (xiriirkaaga iyo qorshahaaga); wehel caafimaad (macluumaadka caafimaadka, kaliya haddii aad haa tidhi). Waxaa lagu hayaa si xiran oo la ilaaliyo.
data-use-country-of-return = Dukumiintiyada safarka awgood, xogta aqoonsigaaga (sida magaca, taariikhda dhalashada iyo sawirka) waxaa loo diraa mas'uuliyiinta waddankaaga, kaliya haddii aad haa tidhaahdo iyo kaliya ka dib marka oggolaanshahaagu dhaqan galo. Marka la diro, dib looma celin karo. Haddii aad maya tidhaahdo, caawimada ku noqoshadu ma socon karto, laakiin doorashooyinkaaga kale way furan yihiin. Sababta aad u timid ama aad magangelyo u codsatay weligood lalama wadaago.
data-use-your-rights = Waad codsan kartaa inaad aragto macluumaadkaaga, waad codsan kartaa in khaladaadka la saxo, waadna cabasho gudbin kartaa haddii aad u malaynayso in si khaldan loo isticmaalay.
data-use-how-long = Macluumaadkaaga waxaa la hayaa oo keliya inta loogu baahan yahay ku noqoshadaada iyo taageerada. Kadib waxaa loo wareejiyaa kaydka, ama waa la tirtiraa, sida xeerarku dhigayaan.

## Time to think

time-to-think-title = Waqti aad ku fikirto, iyo beddelidda go'aankaaga
time-to-think-cooling-off = Markaad saxiixdo kadib, waxaa jira waqti fikir ka hor inta uusan oggolaanshahaagu dhaqan gelin. Muddadaas shaqaaluhu waxay bilaabi karaan diyaarin, tusaale ahaan raadinta taariikh safar, laakiin waxba looma diro mas'uuliyiinta waddankaaga. Aqoonsigaaga waxaa lala wadaagaa kaliya marka oggolaanshahaagu dhaqan galo, taasna dib looma celin karo.
time-to-think-withdraw = Waad ka noqon kartaa oggolaanshahaaga waqti kasta ilaa aad ka ambabaxdo: inta lagu jiro waqtiga fikirka iyo kadibba. Waxaad u baahan tahay koodhka tixraacaaga, ama lataliye kula raadiya oggolaanshahaaga. Looma baahna inaad sabab bixiso.
time-to-think-receipt = Waxaad helaysaa rasiid leh koodh tixraac. Koodhkan ayaad ku ka noqon kartaa oggolaanshaha, halkan shaashaddan ama adiga oo u maraya lataliye.

## Limits, legal help, rights, and what a return changes

reintegration-who = Cidda heli karta taageero, qaabka ay tahay (inta badan adeegyo, tababar ama alaab halkii lacag caddaan ah), muddada iyo shuruudaha waxay ku xiran yihiin barnaamijka iyo waddankaaga. Ka hor intaadan go'aansan, qoraal ahaan u codso.
reintegration-limits = Taageeradu wax walba ma xallin karto. Dadka qaar markay ku noqdaan waxay la kulmaan deyn, ceeb ama diidmo qoyska ama bulshada. Ka hor intaadan go'aansan waxaad arrintan kala hadli kartaa lataliye.
before-you-go-title = Waxa ku noqoshadu beddesho
before-you-go-claim = Haddii codsigaaga magangelyo ama rafcaankaagu aan weli go'aan laga gaarin, ka bixitaanku inta badan wuu joojiyaa. Ka hor intaadan saxiixin, weydii qareen waxa ay kuu tahay.
before-you-go-entry-ban = Iyadoo ku xiran kiiskaaga iyo sharciga halkan, waxaa laga yaabaa in muddo lagaa mamnuuco inaad dib ugu soo laabato waddankan, ama koox waddamo ah. Weydii qareen haddii ay tani ku khusayso.
before-you-go-money = Ka hor intaadan bixin, codso mushaharka lagugu leeyahay, dammaanadaha iyo lacag kale oo xaq u leedahay. Lataliye ayaa kaa caawin kara inaad dhammaystirto.
before-you-go-third-country = Caawimada ku noqoshadu inta badan waxay kuu qaaddaa waddankaaga. U socoshada waddan kale waxay suurtagal tahay kaliya haddii aad xaq u leedahay inaad halkaas ku noolaato. Weydii lataliye.
rights-asylum = Waxaad xaq u leedahay inaad codsato ilaalin (magangelyo). Waqti kasta waad codsan kartaa, xitaa ka dib markaad u saxiixdo ku noqosho, ilaa aad ka ambabaxdo.
rights-trafficking = Haddii qof kugu qasbay inaad shaqayso, kaa qaatay dukumiintiyadaada ama maamulo lacagtaada, waxaa laga yaabaa inaad tahay dhibbane ka ganacsiga dadka. Waxaa jiri kara ilaalin gaar ah, waqti aad ku bogsato iyo ogolaansho deganaansho. Si qarsoodi ah ayaad u weydiin kartaa: isticmaal badhanka si gaar ah loogu hadlo, ama xiriirka ku qoran «Hel caawimo sharci».
rights-gender = Waxaad codsan kartaa lataliye ama turjumaan jinsiga aad doorbidayso ah. Xaruntu waxay isku dayi doontaa inay hesho.
legal-help-title = Hel caawimo sharci
legal-help-intro = Qareen ama hay'ad caawimo sharci ayaa kuu sheegi karta doorashooyinka kuu furan, kaa caawin karta codsiga magangelyo ama rafcaan, oo hubin karta waqtiyada kuu xaddidan. Uma shaqeeyaan barnaamijka ku noqoshada, caawimadooduna inta badan waa bilaash. Keen warqad kasta oo mas'uuliyiinta kaaga timid.
