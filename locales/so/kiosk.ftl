# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note (so): "consent" = "oggolaansho"; "withdraw a consent" = "ka noqo
# oggolaansho"; "reference code" = "koodhka tixraaca"; "counsellor" = "lataliye";
# "receipt" = "rasiid". "This kiosk" is rendered as "this screen" (shaashaddan).

## Start screen

kiosk-name = Macluumaad iyo doorashooyin
language-choose = Dooro luqaddaada
# A button that plays the name of the language out loud.
language-listen = Dhageyso
start-withdraw = Ka noqo oggolaansho
start-talk-counsellor = La hadal lataliye

## Welcome and privacy

welcome-title = Soo dhawoow
welcome-what = Shaashaddan waxay kuu sharaxaysaa dhammaan doorashooyinka aad haysato, ha ahaato joogitaan ama ku noqosho. Adiga ayaa loogu talagalay, waana luqaddaada.
welcome-free = Adiga ayaa si xor ah u go'aansanaya, qofna kuma cadaadin karo. Diidmadu kaama qaaddo xaqa aad u leedahay inaad codsato ilaalin ama talo sharci. Weydii lataliye waxa ay halkan kuugu beddelayso.
welcome-nothing-recorded = Waxa aad halkan ku akhrido ama taabato waxba lama kaydiyo, haddii aadan dhammaadka saxiixin.
welcome-screen-clears = Haddii aad shaashadda waqti yar iska dhaafto, iskeed ayay u tirtirmaysaa, si qofka xiga uusan waxba kaaga arkin.
welcome-start = Bilow

## Age

age-question = Ma jirtaa 18 sano ama ka weyn?
age-yes = Haa, waxaan jiraa 18 sano ama ka weyn
age-no = Maya, waxaan ka yarahay 18 sano
age-unsure = Ma hubo da'dayda
minor-info = Halkan waad ka akhrisan kartaa dhammaan macluumaadka. Maadaama aad ka yar tahay 18 sano, lataliye ayaa ku caawin doona, isaga oo la jira waalidkaa, qofka masuulka kaa ah, ama wakiilkaaga sharciga ah.
minor-counsellor = Fadlan codso lataliye. Halkan keligaa waxba kuma saxiixi kartid.

## Moving around

nav-back = Dib u noqo
nav-next = Xiga
nav-home = Dib u bilow
read-aloud = Kor u akhri
# Shown instead of the play button when no recording exists in this language.
audio-missing = Weli ma jiro cod la duubay oo luqaddan ah
audio-stop = Jooji
audio-slower = Si tartiib ah
audio-normal-speed = Xawaare caadi ah
audio-failed = Codka laguma shidi karo qalabkan. Fadlan u sheeg mid ka mid ah shaqaalaha.
text-size = Cabbirka qoraalka
high-contrast = Midabyo aad u kala cad

## Always on every consent screen, as big as "Next"

action-more-time = Waxaan u baahanahay waqti dheeraad ah
action-no-decision = Ma doonayo inaan go'aan gaaro
action-talk-counsellor = La hadal lataliye
action-pressured = Waxaan dareemayaa cadaadis / Waxaan rabaa inaan si gaar ah u hadlo
pressured-noted = Waad ku mahadsan tahay inaad noo sheegtay. Shaqaalaha waxaa loo sheegay in qof halkan jooga uu rabo inuu si gaar ah u hadlo, magacaaga la'aan. Weydii miiska soo dhaweynta, ama halkan ku sug. Waxaad codsan kartaa inaad la hadasho adigoon la joogin dadka kula yimid, qol aan qof kale wax ka maqlayn, iyo lataliye ama turjumaan jinsiga aad doorbidayso ah haddii xaruntu leedahay. Looma baahna inaad sii wadato.
more-time-noted = Qaado inta waqti ah ee aad u baahan tahay. Maalin kale ayaad soo noqon kartaa. Waxba lama kaydin.

## Overview of all options

overview-options-heading = Doorashooyinkaaga
overview-open-option = Wax dheeraad ah ka akhri

## Countries

country-status-available = Caawimaadda ku noqoshada waa la heli karaa.
# $date: the day help was paused, already formatted for the language.
country-status-suspended = Caawimaadda ku noqoshada waa la hakiyay tan iyo { $date }.
country-status-area-suspended = Caawimaadda ku noqoshada waa laga hakiyay qayb ka mid ah dalkan.
country-not-selectable = Hadda uma dooran kartid dalkan inaad ku noqoto.
country-choose = Dooro dalka
region-question = Gobolkee ayaad ku noqonaysaa?
region-paused = caawimada ku noqoshada halkan waa la hakiyay
region-other = Gobol kale oo dalkan ka mid ah
region-not-selectable = Caawimada ku noqoshada gobolkan waa la hakiyay. Hadda uma dooran kartid ku noqosho. Lataliye ayaa kuu sheegi kara wax badan.

## Consent steps

step-choose-title = Maxaad jeclaan lahayd inaad samayso?
step-choose-intro = Mid dooro. Cidna kuuma dooranayso.
step-items-title = Waxa aad oggolaanayso
step-items-intro = Su'aal kasta si gooni ah uga jawaab. Qaar waxaad dhihi kartaa haa, qaarna maya.
item-yes = Haa
item-no = Maya
item-required = Waxaa loo baahan yahay si aad u hesho caawimaadda ku noqoshada
item-optional = Tan waad diidi kartaa, oo weli waad heli kartaa caawimaadda ku noqoshada
step-check-title = Aynu wada hubinno
step-check-intro = Su'aalahani imtixaan ma aha. Waxay naga caawinayaan inaan ogaanno in aan wax si fiican kuugu sharaxnay.
check-right = Haa, taasi waa sax.
check-explain-again = Aan qaybtan mar kale kuu sharaxno.
step-review-title = Fadlan akhri intaadan saxiixin
step-review-intro = Kani waa dhammaan waxa aad saxiixi doonto.
step-sign-title = Saxiix
sign-draw = Fartaada ku saxiix
sign-type = Qor magacaaga
sign-typed-as = Magacaaga sida loo kaydin doono:
sign-mark = Samee calaamad
sign-mark-needs-witness = Calaamaddu waxay u baahan tahay markhaati. Fadlan lataliye ka codso inuu kula joogo.
sign-clear = Tirtir
sign-pad-empty = Weli waxba lama sawirin. Haddii aadan sawiri karin, dooro hab kale oo kore ama weydii lataliye.
sign-pad-drawn = Saxiixaaga waa la sawiray.
sign-confirm = Waan saxiixayaa
decline-confirm = Ma oggoli

## Receipt

receipt-title = Rasiidkaaga
receipt-code = Koodhka tixraacaaga
receipt-agreed = Waxa aad oggolaatay
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = Oggolaanshahaagu ma dhaqan geli karo ka hor { $date } saacadda { $time }. Waad ka noqon kartaa wakhti kasta ka hor intaadan bixin, adigoon sabab bixin.
receipt-withdraw-how = Si aad uga noqoto, ku soo noqo shaashaddan oo dooro "Ka noqo oggolaansho", ama u sheeg lataliye. Waxaad u baahan doontaa koodhka tixraacaaga.
receipt-keep-code = Koodhkan meel ammaan ah ku hay. Sawir ka qaad, ama codso nuqul daabacan.

## Withdrawal

withdraw-title = Ka noqo oggolaansho
withdraw-enter-code = Ku geli koodhka tixraaca ee rasiidkaaga furayaasha hoose.
withdraw-key-delete = Tirtir
withdraw-key-clear = Tirtir dhammaan
withdraw-lost-code = Koodhkaygii waan lumiyay
withdraw-code-typo = Koodhkani uma eka mid sax ah. Fadlan hubi xaraf kasta. Waxaa laga yaabaa in xaraf si khalad ah loo qoray, ama in laba xaraf ay is beddeleen.
# $expected: characters in a code; $found: characters typed.
withdraw-code-length = Koodhka tixraacu wuxuu leeyahay { $expected } xaraf. Adigu waxaad qortay { $found ->
        [one] hal xaraf
       *[other] { $found } xaraf
    }.
withdraw-not-found = Ma jiro oggolaansho leh koodhkan. Fadlan hubi, ama weydii lataliye.
withdraw-what = Oggolaanshahan waa laga noqon doonaa:
withdraw-confirm = Ka noqo oggolaanshahayga
withdraw-done = Oggolaanshahaagii waa laga noqday. Wax tallaabo ah lagama qaadi doono isaga oo ku salaysan. Kan waa rasiidkaaga.
withdraw-closed = Oggolaanshahan halkan lagama noqon karo hadda. Fadlan la hadal lataliye.

## Time

# $seconds: seconds left before the screen clears.
idle-warning = Weli ma joogtaa? Shaashaddu waxay tirtirmi doontaa { $seconds ->
        [one] hal ilbiriqsi
       *[other] { $seconds } ilbiriqsi
    } kadib.
idle-continue = Weli waan joogaa
leave-confirm = Ma rabtaa inaad baxdo oo la tirtiro waxaad gelisay?
leave-confirm-yes = Haa, tirtir oo bax
leave-confirm-no = Maya, dib u noqo
example-data = Macluumaad tusaale ah: faahfaahinta waddamada ee kiyooskan maaha kuwo dhab ah. Ha ku tiirsanaan; weydii shaqaalaha.
rule-item-unanswered = Fadlan su'aal kasta ku jawaab Haa ama Maya. Su'aalaha aan weli laga jawaabin waa la calaamadeeyay.
rule-generic = Weli lama saxiixi karo: tallaabo ayaa maqan. Fadlan dib u eeg tallaabooyinka, ama weydii lataliye.
rule-draft-locale-alone = Qoraalka luqaddan weli qof ma hubin. Wax walba halkan waad ku akhrin kartaa. Si aad u saxiixdo, lataliye ayaa kula eegi doona, turjumaan haddii aad rabto.
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [one] Waxaa kuu haray hal saac oo aad ka fikirto
       *[other] Waxaa kuu haray { $hours } saacadood oo aad ka fikirto
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.
# Translator note (so): month names follow CLDR's Somali format names.

month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maayo
month-6 = Juun
month-7 = Luulyo
month-8 = Agosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Noofeembar
month-12 = Diseembar
# $day, $year: numbers; $month: the month's name from above.
date-long = { $day } { $month } { $year }
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = Xafiiska la-hawlgalaha ee dalkan

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = Hadda lama kaydin karin. Wixii aad gelisay waxba kama lumin. Fadlan caawimaad ka codso mid ka mid ah shaqaalaha.
# The person asked for a counsellor.
counsellor-ask = Fadlan u sheeg mid ka mid ah shaqaalaha: waxay kuu keeni doonaan lataliye. Sidoo kale waad soo noqon kartaa waqti kale.

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = Shaqaalaha
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = Xaruntu waxay si ku meel gaar ah u hakisay caawimaadda ku noqoshada dalkan. Lataliye ayaa wax dheeraad ah kuu sheegi kara.

## Guided session (a counsellor sits with the person)

guided-sign-mark = Ku saxiix calaamad (markhaatiga hortiisa)
guided-representative-signs = Saxiixa qofka masuulka ah ama wakiilka sharciga ah: qor magacooda
guided-representative-confirm = Qofka masuulka ah ama wakiilku wuu saxiixayaa
guided-signed-by = Waxaa saxiixay: { $role }
guided-signature-taken = Saxiixa waa la qaatay. Marka qof walba saxiixo, riix "Dhammee".
guided-complete = Dhammee
guided-host-alongside = Luqadda dalka martigeliyay, loogu talagalay lataliyaha:

## Roles of the people present

role-migrant = Qofka laftiisa
role-guardian = Qofka masuulka ah
role-legal-representative = Wakiilka sharciga ah
role-counsellor = Lataliye
role-interpreter = Turjumaan
role-witness = Markhaati

## The printed receipt

receipt-pdf-answers = Jawaabahaaga:
receipt-pdf-withdrawn-at = Waa laga noqday { $date }, saacadda { $time }.
receipt-pdf-present = Waxaa goobta joogay: { $roles }
receipt-pdf-centre = La xiriir: { $contact }
receipt-pdf-version = Nooca macluumaadka: { $version }
receipt-print = Daabac nuqul aad haysato
receipt-printing = Waa la daabacayaa…
receipt-printed = Waa la daabacay. Fadlan nuqulkaaga ka qaado daabacaha.
receipt-print-failed = Daabacuhu ma shaqayn. Waxba ma lumin: oggolaanshahaaga waa la kaydiyay.
receipt-print-again = Mar kale isku day daabacaadda
receipt-show-code = Taa beddelkeeda, koodhka ku muuji shaashadda

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = Sii wad
action-continue-to-signing = U gudub saxiixa
action-choose-this-country = Dooro dalkan
action-back-to-options = Ku noqo dhammaan doorashooyinka
action-finished = Waan dhammeeyay
step-bar-options = Doorashooyin
step-bar-country = Dal
step-bar-agree = Oggolaansho
step-bar-check = Hubin
step-bar-sign = Saxiix
step-bar-receipt = Rasiid
step-bar-where = Tallaabada { $n } ee { $total }: { $name }
step-bar-number = { $n }
part-of = Qaybta { $n } ee { $total }
item-of = Su'aasha { $n } ee { $total }
review-change = Beddel
review-counts-from = Haddii aad hadda saxiixdo, oggolaanshahaagu ma dhaqan geli karo ka hor { $date } saacadda { $time }.
receipt-interview = Ka hor intaanu dhaqan gelin, lataliye ayaa sidoo kale kula kulmi doona si gaar ah si loo hubiyo inay weli tahay doorashadaada xorta ah.
receipt-saved = Oggolaanshahaaga waa la kaydiyay
receipt-next-steps = Waxa xiga
sign-declaration = Markaan saxiixo, waxaan sheegayaa inaan oggolahay waxa aan halkan ku akhriyay oo aan hubiyay.

## Limits, legal help, rights, and what a return changes

overview-open-rights = Xuquuqdaada, wax kasta oo aad doorato
action-legal-help = Hel caawimo sharci
contact-legal-aid = Talo sharci oo bilaash ah
contact-asylum-office = Halka laga codsado magangelyo ama rafcaan
contact-trafficking-help = Caawimo qarsoodi ah oo loogu talagalay dhibbanayaasha ka ganacsiga dadka
complaints-contact = Cabashooyin, aan lataliyayaasha loo marin

## A label and its value on one line

label-value = { $label }: { $value }
