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
return-assistance-medical = Caafimaadka: haddii aad xanuunsan tahay ama aad u baahan tahay daryeel, qof caafimaad ayaa kula safri kara. Daryeelkaagana waa la diyaarin karaa si uu kuu sugo marka aad gaarto.
return-assistance-arrival = Imaatinka: qof ayaa kaa soo dhawayn kara marka aad gaarto, kaana caawin kara maalmaha ugu horreeya, sida gaadiid ku geeya magaaladaada ama meel aad degto.

## Reintegration

reintegration-title = Caawimaad markaad gaarto kadib
reintegration-intro = Dib u bilaabiddu waqti ayay qaadataa. Taageerada ku noqoshada kadib waxay ujeeddadeedu tahay inay kaa caawiso inaad si ammaan ah oo wanaagsan u noolaato, si haddii aad mar kale guurto ay u noqoto doorasho xor ah, ee aanay u noqon qasab.
reintegration-individual = Adiga iyo qoyskaaga: tusaale ahaan caawimaad aad ku hesho shaqo, aad ku bilowdo ganacsi yar, aad ku gasho iskuul ama tababar, ama aad ku hesho daryeel caafimaad ama talo-bixin nafsi ah.
reintegration-community = Bulshadaada: mashaariicda qaar waxay caawiyaan meesha aad ku noqoto, si ay uga faa'iidaystaan dadka halkaas joogay iyo dadka soo noqdaba.
reintegration-structural = Adeegyada deegaanka: la-hawlgalayaashu waxay la shaqeeyaan maamulka deegaanka, si adeegyada sida daryeelka caafimaadka, iskuulada, iyo xarumaha shaqo-raadinta ay ugu furnaadaan dadka soo noqda.
reintegration-your-plan = Qorshahaagu waa kaaga. Lataliye dalkaaga jooga ayaa taageerada kula qorshayn doona, iyadoo lagu salaynayo waxa aad u baahan tahay.

## Your rights

rights-title = Xuquuqda kula sii jirta
rights-choice = Barnaamijkan, ku noqoshadu waa xaqaaga, marnaba ma aha waajib kugu saaran. Cidna kuma khasbi karto inaad saxiixdo.
rights-non-refoulement = Qofna looma diri karo dal uu kala kulmi lahaa dulmi, jirdil, ama dhibaato kale oo culus. Ilaalintani waxay khusaysaa qof kasta.
rights-no-collective-expulsion = Kiiska qof kasta waa in si gooni ah loo eegaa. Koox dad ah lama wada celin karo iyada oo aan sidaas la samayn.
rights-children = Carruurta, go'aan kasta waxaa ugu horreeya waxa ilmaha u dan ah. Fikradda ilmaha laftiisa waa la dhageystaa.
rights-change-mind = Waad beddeli kartaa go'aankaaga, waadna ka noqon kartaa oggolaanshahaaga waqti kasta ka hor intaadan ambabixin.
rights-complaints = Haddii aad u malaynayso in si caddaalad darro ah laguula dhaqmay, waad cabasho gudbin kartaa. Lataliye ayaa kuu sheegi kara sida loo sameeyo. Cabashadu waxyeello uma geysanayso kiiskaaga.

## Personal data

data-use-title = Sida macluumaadkaaga loo isticmaalo
data-use-what = Waxaan ku weydiinnaa oo keliya macluumaadka loo baahan yahay si laguu caawiyo, sida magacaaga, taariikhda dhalashadaada, jinsiyaddaada, iyo dukumentiyada safarka.
data-use-why = Macluumaadkaaga waxaa loo isticmaalaa oo keliya abaabulka ku noqoshadaada iyo taageerada ka dambaysa, wax kalena looma isticmaalo.
data-use-who = Waxaa arki kara oo keliya shaqaalaha abaabulaya caawimaaddaada. Waxaa lagu hayaa meel xiran oo la ilaaliyo.
data-use-country-of-return = Si loo helo dukumentiyada safarka, waxaa laga yaabaa in macluumaad aqoonsi qaarkood la wadaago mas'uuliyiinta dalkaaga. Tan waxaa la sameeyaa oo keliya haddii aad oggolaato. Macluumaadka ku saabsan sababta aad uga timid dalkaaga ama aad u codsatay magangelyo marnaba lalama wadaago iyaga.
data-use-your-rights = Waad codsan kartaa inaad aragto macluumaadkaaga, waad codsan kartaa in khaladaadka la saxo, waadna cabasho gudbin kartaa haddii aad u malaynayso in si khaldan loo isticmaalay.
data-use-how-long = Macluumaadkaaga waxaa la hayaa oo keliya inta loogu baahan yahay ku noqoshadaada iyo taageerada. Kadib waxaa loo wareejiyaa kaydka, ama waa la tirtiraa, sida xeerarku dhigayaan.

## Time to think

time-to-think-title = Waqti aad ku fikirto, iyo beddelidda go'aankaaga
time-to-think-cooling-off = Markaad saxiixdo kadib, waxaa jira waqti fikir ka hor inta uusan oggolaanshahaagu dhaqan gelin. Muddadaas lama diyaariyo wax aadan dib uga noqon karin.
time-to-think-withdraw = Waad ka noqon kartaa oggolaanshahaaga waqti kasta ilaa aad ka ambabaxdo: inta lagu jiro waqtiga fikirka iyo kadibba. Ka noqoshadu waa u fudud tahay sida saxiixidda oo kale.
time-to-think-receipt = Waxaad helaysaa rasiid leh koodh tixraac. Koodhkan ayaad ku ka noqon kartaa oggolaanshaha, halkan shaashaddan ama adiga oo u maraya lataliye.
