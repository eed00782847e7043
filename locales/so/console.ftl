# The counsellor's console. Staff read these; the person at the kiosk never does.
# Translator note (so): terms follow kiosk.ftl (lataliye, oggolaansho, ka noqo, saxiix,
# markhaati, qofka masuulka ah, wakiilka sharciga ah, turjumaan, waqtiga fikirka,
# koodhka tixraaca). Counts are written as "label: number".

console-signed-in-as = { $account } ({ $role })
console-role-admin = maamule
console-role-counsellor = lataliye
console-role-editor = tifaftire
console-sign-out = Ka bax
console-to-kiosk = Shaashadda u celi qaabka kiosk-ka
console-back = Dib u noqo

## Setup and sign-in

console-setup-title = Isticmaalka ugu horreeya: abuur koontada maamulaha
console-setup-intro = Qalabkan weli koonto kuma jirto. Maamuluhu ayaa markaas kadib abuura koontooyinka lataliyeyaasha.
console-setup-create = Abuur koontada maamulaha
console-setup-done = Koontada maamulaha waa la abuuray. Hadda gal.
console-sign-in-title = Gelitaanka shaqaalaha
console-account-name = Magaca koontada
console-passphrase = Weedha sirta ah ama PIN
console-sign-in = Gal
console-wrong-credentials = Magacaas iyo weedhaas sirta ahi kuma beegna koonto jirta.
console-locked = Isku dayo khaldan oo aad u badan. Koontadan waxay mar kale isku dayi kartaa wax yar kadib. Ilbiriqsiyada haray: { $seconds }.
console-locked-idle = Konsoolku wuu is xiray kadib muddo aan la isticmaalin. Mar kale gal.
console-sign-in-first = Marka hore gal.
console-editor-not-here = Koontooyinka tifaftirayaashu waxay u shaqeeyaan nuxurka iyo turjumaadaha, ee uma shaqeeyaan diiwaannada oggolaanshaha.
console-account-exists = Koonto magacan leh ayaa horay u jirta.
console-bad-name = Magaca koontadu wuxuu leeyahay 2 ilaa 32 calaamadood: xarfo, tirooyin, dhibco, jiitooyin ama jiitooyin hoose.
console-weak-secret = Weedha sirta ah ama PIN-ku waa inay leeyihiin ugu yaraan 6 calaamadood.
console-already-set-up = Koontooyin ayaa horay u jira: maamule ayaa ku dara kuwo cusub.
console-admin-only = Tan maamule keliya ayaa samayn kara.

## Dashboard

console-dashboard-title = Oggolaanshaha qalabkan ku jira
console-concerns-title = Hadda ayaa lagaaga baahan yahay kiyoosga: { $count }
console-concern-pressured = wuxuu dareemayaa cadaadis wuxuuna codsaday inuu si gaar ah ula hadlo shaqaalaha
console-concern-lost-code = koodhkiisii wuu lumiyay wuxuuna rabaa inuu ka noqdo oggolaanshaha
console-concern-seen = Waan imanayaa
console-guided-start = Bilow kulan la hagayo
console-export = Dhoofi
console-suspend = Hakad geli dal loo noqonayo
console-review-content = Dib u eeg oggolaanshaha kadib isbeddel nuxurka ah
console-list-all = Dhammaan ({ $count })
console-list-cooling-off = Waqtiga fikirka ({ $count })
console-list-effective = Dhaqan galay ({ $count })
console-list-flagged = Calaamadaysan ({ $count })
console-list-needs-review = U baahan dib u eegis ({ $count })
console-list-withdrawn = Laga noqday ({ $count })
console-list-departed = Ambabaxay ({ $count })
console-state-cooling-off = waqtiga fikirka ku jira
console-state-effective = dhaqan galay
console-state-flagged = calaamadaysan
console-state-needs-review = u baahan dib u eegis
console-state-withdrawn = laga noqday
console-state-departed = ambabaxay
console-state-declined = qofku ma oggolaan
console-hours-left = saacadaha haray: { $hours }
console-search = Raadi: koodh, luqad ama meesha loo socdo
console-list-empty = Liiskan oggolaansho kuma jiro.
console-list-more = La muujiyay: { $shown } ka mid ah { $count }. Koodhka wax badan ka qor si liisku u yaraado.
console-open = Fur { $code }

## Opening a record

console-reason-title = Maxaad u furaysaa diiwaankan?
console-reason-intro = Furitaanka diiwaan waa la qoraa, waxaana la socda koontadaada iyo sababtaada.
console-reason = Sabab
console-reason-needed = Fadlan sheeg sabab (dhawr eray).
console-open-confirm = Fur diiwaanka
console-not-found = Oggolaanshahan lama heli karo.
console-record-title = Diiwaanka oggolaanshaha
console-fact-code = Koodhka tixraaca: { $value }
console-fact-state = Xaaladda: { $value }
console-fact-signed = La saxiixay: { $value }
console-fact-cooling-off = Waqtiga fikirku wuxuu dhammaanayaa: { $value }
console-fact-destination = Dalka loo noqonayo: { $value }
console-fact-language = Luqadda: { $value }
console-fact-content = Nuqulka nuxurka: { $value }
console-fact-departed = Ambabaxa: { $value }
console-fact-escort = Qofka la socda: { $value }
console-fact-reception = Qabanqaabada soo dhoweynta: { $value }
console-fact-household = Qoyska: { $value }
console-fact-review = Waxay u baahan tahay dib u eegis sababtoo ah: { $value }
console-review-content-changed = macluumaadka la muujiyay waa is beddelay tan iyo saxiixa
console-review-child-objection = ilmaha ayaa diiday
console-flag-pressure = Qofku wuxuu sheegay inuu dareemay cadaadis, ama wuxuu codsaday inuu si gaar ah u hadlo.
console-flag-re-explained = Jawaab ka mid ah su'aalaha fahamka ayaa u baahatay in mar kale la sharaxo.
console-present = Kuwa jooga:
console-items = Jawaabaha:
console-withdraw = Ka noqo, codsiga qofka awgiis
console-departure = Diiwaangeli ambabaxa
console-reconsent = Qaado saxiix cusub
console-saved = Waa la kaydiyay.
console-conflict = Qof kale ayaa hadda uun beddelay oggolaanshahan. Waxba lama kaydin. Mar kale fur si aad u aragto isbeddelka.
console-failed = Tani ma shaqayn: { $why }

## Re-consent

console-reconsent-title = Waxa is beddelay tan iyo saxiixa
console-reconsent-intro = Qoraalka cusub la akhri qofka, luqaddiisa. Kadib mar kale ayuu saxiixayaa, ama wuu ka noqonayaa.
console-reconsent-not-needed = Oggolaanshahan uma baahna dib u eegis.
console-reconsent-no-text-change = Qoraallada la muujiyay waa isku mid; dib u eegistu sabab kale ayay lahayd.
console-reconsent-before = Markii la saxiixay
console-reconsent-now = Hadda
console-reconsent-gone = (hadda lama muujiyo)
console-reconsent-sign-as = Magaca la qoray, doorka: { $role }
console-reconsent-sign = Diiwaangeli saxiixa cusub

## Suspension and content review

console-suspend-title = Hakad geli caawimaadda ku noqoshada
console-suspend-intro = Oggolaansho kasta oo sugaya oo dalkan ku saabsan isla markiiba wuxuu u gudbaa dib u eegis, kiosk-kuna wuu joojinayaa inuu dalkan soo bandhigo.
console-suspend-area = Hal gobol oo keliya (koodhka ISO 3166-2, ikhtiyaari)
console-suspend-reason = Sabab
console-suspend-confirm = Hakad geli
console-suspend-unknown-country = Liiska ka dooro dal.
console-suspend-done = Hakad ayaa la geliyay. Oggolaanshaha loo gudbiyay dib u eegis: { $count }.
console-review-done = Oggolaanshaha lagu saxiixay macluumaad hore oo loo gudbiyay dib u eegis: { $count }.

## Export

console-export-title = U dhoofi nidaamka kiisaska
console-export-intro = Wax walba oo qalabkan ku jira waxaa lagu qoraa hal fayl oo galka ku jira.
console-export-folder = Galka
console-export-jsonl = JSON Lines (dhacdooyin la shaabadeeyay)
console-export-csv = CSV (hal saf oggolaansho kasta)
console-export-fhir = FHIR R4 Bundle
console-exported = Diiwaannada lagu qoray { $path }: { $count }

## Guided session

console-guided-title = Kulan la hagayo: yaa jooga
console-guided-language = Luqadda qofka
console-guided-adult = 18 sano ama ka weyn
console-guided-minor = Ka yar 18 sano
console-guided-capacity-doubt = Waxaan shaki ka qabaa awoodda qofka ee go'aan gaaridda
console-guided-interpreter = Turjumaan jooga: luqadda (bannaan ka tag haddii aanu jirin)
console-guided-witness = Markhaati jooga: magaca (waxaa loo baahan yahay marka calaamad lagu saxiixo)
console-guided-household = Tixraaca qoyska, oo ay wadaagaan oggolaanshaha hal qoys (banaan ka dhig haddii aanu jirin)
console-guided-representative = Magaca qofka masuulka ah ama wakiilka sharciga ah
console-guided-best-interests = Tixraaca go'aanka danta ugu wanaagsan ee ilmaha
console-guided-child-view = Aragtida ilmaha laftiisa
console-guided-child-agrees = Ilmuhu wuu oggol yahay (astaan sawir ah)
console-guided-child-objects = Ilmuhu wuu diidan yahay (astaan sawir ah)
console-guided-assent = Aqbalaad
console-guided-objection = Diidmo
console-guided-child-words = Erayada ilmaha
console-guided-unaccompanied = Ilmuhu ma halkan buu joogaa isagoo aan lahayn waalid ama qof weyn oo mas'uul ka ah?
console-guided-unaccompanied-yes = Ilmo aan la socon qof weyn
console-guided-unaccompanied-no = Waalid ama qof weyn oo mas'uul ah ayuu la joogaa
console-guided-escort = Qofka la socda safarka: hay'adda iyo tixraaca (magacyo la'aan)
console-guided-reception = Tixraaca qabanqaabada soo dhoweynta ee dalka lagu noqonayo
console-guided-covers-separation = Go'aanka danta ugu wanaagsan wuxuu daboolayaa ku noqosho ka duwan waalidiinta
console-guided-begin = La bilow qofka

## Why the rules refuse

rule-mark-without-witness = Calaamaddu waxay u baahan tahay markhaati kulankan jooga.
rule-guardian-signature-missing = Oggolaanshaha ilmuhu wuxuu u baahan yahay saxiixa qofka masuulka ah ama wakiilka sharciga ah.
rule-child-view-missing = Marka hore diiwaangeli aragtida ilmaha laftiisa (aqbalaad ama diidmo).
rule-best-interests-reference-missing = Oggolaanshaha ku noqoshada ee ilmuhu wuxuu u baahan yahay tixraaca go'aanka danta ugu wanaagsan ee ilmaha.
rule-representative-signature-missing = Awoodda go'aan gaaridda waa la shakisan yahay: wakiilka sharciga ahi waa inuu saxiixo.
rule-migrant-signature-missing = Qofku weli ma saxiixin.
rule-empty-signature = Saxiix ayaa bannaan.
rule-unknown-signer = Qof aan loo diiwaangelin inuu joogo ayaa saxiixay.
rule-not-withdrawable = Xaaladdiisa hadda, oggolaanshahan lagama noqon karo.
rule-already-departed = Ambabaxa waa la diiwaangeliyay: ka noqoshadu way xiran tahay.
rule-not-departable = Ambabaxa waxaa la diiwaangelin karaa oo keliya marka oggolaanshuhu dhaqan galo.
rule-not-awaiting-reconsent = Saxiix cusub waxaa keliya loo qaadaa oggolaansho u baahan dib u eegis.

## Ilaalinta: calaamadaha, wareysiga xaqiijinta, bixitaanka, ka noqoshada koodh la'aan

console-list-on-hold = Sugaya lataliye ({ $count })
console-state-on-hold = sugaya lataliye (calaamad furan ama wareysiga xaqiijinta)
console-find-without-code = Ka noqo koodh la'aan
console-flag-capacity-doubt = Lataliye ayaa diiwaangeliyay shaki ku saabsan awoodda go'aan qaadashada.
console-flag-child-objection = Ilmuhu wuu diiday.
console-flags-open = Calaamado furan: oggolaanshuhu ma dhaqan galayo, bixitaanna lama diiwaangelin karo ilaa mid kasta la xalliyo.
console-flag-reason = Sababta xallinta
console-flag-cleared = Waa laga qaaday wada-hadal gaar ah kadib
console-flag-referred = Waa loo gudbiyay (furan ayay ahaanaysaa)
console-flag-review = Dib u eegis: saxiix cusub, fikradda ilmaha mar kale la qaado
console-flag-resolution = { $flag } Xallin: { $outcome }. { $reason }
console-fact-interview = Wareysiga xaqiijinta: { $outcome }, { $when }
console-fact-departure-corrected = Bixitaanka waa la saxay { $when }: { $reason }
console-confirmation = Wareysiga xaqiijinta
console-confirmation-not-needed = Oggolaanshahan ma sugayo wareysi xaqiijin.
console-confirmation-title = Wareysi xaqiijin oo gaar ah
console-confirmation-intro = La hadal qofka kaligiis, haddii loo baahdo turjumaan la jooga. Weydii su'aal kasta oo hoose; oggolaanshuhu wuxuu dhaqan galaa kaliya muddada ka fikirka iyo xaqiijin kadib.
console-confirmation-interpreter-language = Turjumaan: luqadda (banaan ka tag haddii aysan jirin)
console-confirmation-interpreter-id = Turjumaan: lambarka liiska
console-confirmation-others = Yaa kale qolka jooga:
console-confirmation-fear = Qofku ma ka baqayaa dhibaato marka uu noqdo?
console-confirmation-fear-none = Cabsi lama muujin
console-confirmation-fear-asylum-info = Cabsi ayaa la muujiyay: macluumaad magangelyo ayaa la siiyay
console-confirmation-referred = Waa la gudbiyay
console-confirmation-signs = Calaamado ka ganacsiga dadka ama rabshad?
console-confirmation-signs-none = Lama arkin
console-confirmation-fitness = Caafimaadka iyo u diyaarsanaanta safarka
console-confirmation-fit = Safar u diyaar ah
console-confirmation-fit-with-support = Diyaar taageero la jirto (raaciye, daawo)
console-confirmation-not-fit = Hadda safar uma diyaarsana
console-confirmation-legal = Talo sharci oo madax-bannaan
console-confirmation-legal-offered = Waa la soo bandhigay, go'aan weli ma jiro
console-confirmation-legal-taken = Waa la soo bandhigay waana la aqbalay
console-confirmation-legal-declined = Waa la soo bandhigay waana la diiday
console-confirmation-detained = Qofku ma xabsi ayuu ku jiraa?
console-confirmation-person = Qofku ma ku xaqiijiyay ereyadiisa inuu doonayo inuu noqdo?
console-confirmation-confirmed = Diiwaangeli: waa la xaqiijiyay
console-confirmation-outcome-referred = Diiwaangeli: waa la gudbiyay (sugaya ayay ahaanaysaa)
console-confirmation-withdrawn = Diiwaangeli: qofku wuu ka noqonayaa
console-reconfirm-departure = Qofku maanta mar kale ayuu xaqiijiyay
console-departure-correction-reason = Maxaa bixitaanka si khalad ah loogu diiwaangeliyay
console-departure-correct = Sax bixitaanka
console-find-title = Ka noqo koodh la'aan
console-find-intro = Qofku halkan ayuu joogaa, koodhkiisana wuu lumiyay. Weydii waxa uu xasuusto; geli ugu yaraan laba xog. Xog kastaa waa inay is waafaqdaa.
console-find-date = Maalinta saxiixa (YYYY-MM-DD)
console-find-language = Luqadda uu ku akhriyay (tusaale ar)
console-find-destination = Dalka loo noqonayo (tusaale GE)
console-find-code = Qayb ka mid ah koodhka
console-find-search = Raadi
console-find-two-facts = Geli ugu yaraan laba xog.
console-find-too-many = In ka badan saddex oggolaansho ayaa is waafaqaya: weydii xog kale.
console-find-none = Ma jiro oggolaansho weli laga noqon karo oo la waafaqsan dhammaan xogta.
console-find-reason = Sababta ka noqoshada
console-find-person-present = Qofku halkan ayuu ila joogaa
console-withdrawn-without-code = Waa laga noqday. Qofka sii rasiidka ka noqoshada.
rule-held = Oggolaanshahan weli ma shaqeeyo: calaamad ayaa furan ama wareysiga xaqiijinta ma xaqiijin.
rule-flag-not-open = Calaamaddan kuma furna oggolaanshahan.
rule-not-awaiting-safeguard = Hadda wax la xalliyo ama la xaqiijiyo kuma jiraan oggolaanshahan.
rule-interview-incomplete = Jawaabaha wareysigu ma oggola xaqiijin (xaqiijinta qofka, gudbin sugaysa, u diyaarsanaanta safarka, ama talo sharci xabsiga dhexdiisa).
rule-reason-missing = Fadlan qor sabab.
rule-reconfirmation-missing = Ka hor inta aan bixitaanka la diiwaangelin, qofku waa inuu maanta si gaar ah mar kale u xaqiijiyaa.
rule-not-departed = Bixitaan lama diiwaangelin.
rule-not-identified = Ka noqoshada koodh la'aanta waxay u baahan tahay joogitaanka qofka iyo ugu yaraan laba xog oo is waafaqsan.
rule-child-objection-needs-review = Diidmada ilmaha lama tirtiri karo: oggolaanshaha u gudbi dib u eegis, ama u gudbi meel kale.
rule-escort-missing = Ku noqoshada ilmo aan la socon qof weyn waxay u baahan tahay in la diiwaan geliyo qofka la socda.
rule-reception-arrangement-missing = Ku noqoshada ilmo aan la socon qof weyn waxay u baahan tahay tixraaca qabanqaabada soo dhoweynta ee dalka lagu noqonayo.
rule-household-apart = Oggolaanshaha ilmaha wuxuu la socdaa kan waalid ka mid ah qoyska (isla dalka, oo dhaqan gal ah), haddii aanu go'aanka danta ugu wanaagsan daboolin ku noqosho gooni ah.
console-fact-waiting-for = Sugaya: { $value }
console-fact-shareable-from = Xogta xarunta ka baxda waa la wadaagi karaa laga bilaabo: { $value }
console-confirmation-unanswered = Ka jawaab su'aal kasta ka hor intaadan diiwaangelin wareysiga.
console-hold-household = oggolaanshaha waalid ka mid ah qoyska isku midka ah
console-suspend-unknown-area = Dooro mid ka mid ah gobollada dalkan loo qoray, ama dalka oo dhan.
console-suspend-whole-country = Dalka oo dhan
console-suspensions-active = Hakadyada laga go'aamiyay konsolkan, oo dhaqan galay:
console-suspension-line = { $destination }, laga bilaabo { $when }: { $reason }
console-lift = Ka qaad hakadkan
console-lift-title = Ka qaad hakad
console-lift-intro = Marka hakadka laga qaado, kiosk-ku wuxuu mar kale bixinayaa meeshan. Oggolaanshaha dib u eegista loogu gudbiyay sababtiisa halkaas ayay ku sii jiraan: mid kasta wuxuu sii socdaa oo keliya saxiix cusub, ama waa laga noqdaa.
console-lift-count = Oggolaanshaha dib u eegista ku jira sababta hakadkan: { $count }
console-lift-content-still = Nuxurka (countries.toml) ayaa sidoo kale hakad geliyay meeshan: wuu sii hakadnaanayaa ilaa nuxurku isbeddelo.
console-lift-reason = Maxaa loo qaadayaa? (diiwaanka)
console-lift-confirm = Ka qaad hakadka
console-lift-done = Hakadka waa laga qaaday. Oggolaanshaha weli dib u eegista ku jira, mid kasta oo sugaya saxiix cusub: { $count }
console-lift-not-active = Hakadkan hadda dhaqan ma galin.
console-reconsent-region = Gobolka ku noqoshada: qofka mar kale weydii.
rule-area-not-chosen = Ku noqoshada dalkan waxay sheegtaa gobolka qofku ku noqonayo, kuwa la qoray midkood.
rule-unaccompanied-unanswered = Ilmo, marka hore ka jawaab inuu halkan joogo isagoo aan waalid ama qof weyn oo mas'uul ka ah la socon: haa ama maya.

## The table and its queue

console-needs-you-title = Oggolaanshaha hadda ku baahan: { $count }
console-needs-you-none = Safka waxba hadda kuma baahna.
console-needs-you-more = Safka waxaa ku jira { $count } kale: dooro liis hoose si aad dhammaan u aragto.
console-urgent-flag = calaamad furan
console-chip-on-hold = sugaya lataliye
console-urgent-confirmation = waa waqtiga wareysiga xaqiijinta
console-urgent-cooling-off = waqtiga fikirka maanta ayuu dhammaanayaa
console-column-code = Koodh
console-column-state = Xaalad
console-column-hours = Saacadaha haray
console-column-flags = Calaamado
console-column-language = Luqad
console-column-destination = Meesha loo socdo
console-sort-by = U kala saar: { $column }
console-filter-all-languages = Dhammaan luqadaha
console-filter-all-countries = Dhammaan dalalka
console-filter-open-flags = Kaliya calaamadaha furan
console-flag-short-pressure = cadaadis
console-flag-short-comprehension = fahan
console-flag-short-capacity-doubt = awoodda go'aanka
console-flag-short-child-objection = ilmaha wuu diiday
console-flag-open = Calaamad furan: { $reason }
console-flag-resolved = Calaamad la xalliyey: { $reason }
console-reason-for = Diiwaanka { $code }
console-reason-quick = Dooro sabab caadi ah, ama hoos ku qor sabab kale.
console-reason-asked = Qofka ayaa miiska ku codsaday
console-reason-flag = Si loo xalliyo calaamad
console-reason-interview = Wareysiga xaqiijinta
console-reason-departure = Diyaarinta ambabaxa
console-reason-other = Sabab kale (qor)
console-suspend-confirm-count = Hakad geli { $destination }: oggolaanshaha sugaya ee u gudbaya dib u eegis: { $count }
console-export-drives = Kaydadaha la saari karo: mid riix, kadibna qaab.
console-export-drive = Kayd { $name }
console-export-no-drive = Kayd la saari karo lama helin. Mid geli, ama qor gal.

## Central sync

console-central-sync-last = Markii ugu dambeysay ee kaydka dhexe aqbalay: { $date }, { $time }
console-central-sync-never = Kaydka dhexe weli ma aqbalin.
