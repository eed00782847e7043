# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note (am): the polite, gender-neutral "you" (እርስዎ) is used throughout.
# "Consent" is ስምምነት; "withdraw a consent" is rendered ስምምነትን መልሶ መውሰድ ("take a consent
# back"), never መሰረዝ ("cancel, delete"): withdrawing does not erase
# the record. "Kiosk" is rendered ማሽን (machine), since ኪዮስክ means a small shop.

## Start screen

kiosk-name = መረጃ እና ምርጫዎች
language-choose = ቋንቋዎን ይምረጡ
# A button that plays the name of the language out loud.
language-listen = ያዳምጡ
start-withdraw = ስምምነትን መልሶ መውሰድ
start-talk-counsellor = ከአማካሪ ጋር ይነጋገሩ

## Welcome and privacy

welcome-title = እንኳን ደህና መጡ
welcome-what = ይህ ማያ ገጽ ስለ መቆየት ወይም ወደ አገርዎ ስለ መመለስ ያሉዎትን ምርጫዎች በሙሉ ያብራራል። ለእርስዎ፣ በራስዎ ቋንቋ የተዘጋጀ ነው።
welcome-free = በነጻነት ይወስናሉ፤ ማንም ሊገፋፋዎት አይፈቀድም። «አይ» ማለት ጥበቃ ወይም የሕግ ምክር የመጠየቅ መብትዎን አያሳጣዎትም። እዚህ ለእርስዎ ምን እንደሚለውጥ አማካሪን ይጠይቁ።
welcome-nothing-recorded = መጨረሻ ላይ ካልፈረሙ በስተቀር፣ እዚህ የሚያነቡትም ሆነ የሚነኩት ምንም ነገር አይቀመጥም።
welcome-screen-clears = ማያ ገጹን ለአጭር ጊዜ ሳይነኩት ከተዉት፣ በራሱ ይጸዳል። ስለዚህ ቀጣዩ ሰው የእርስዎ የሆነ ምንም ነገር አያይም።
welcome-start = ይጀምሩ

## Age

age-question = ዕድሜዎ 18 ዓመት ወይም ከዚያ በላይ ነው፧
age-yes = አዎ፣ 18 ዓመት ወይም ከዚያ በላይ ነኝ
age-no = አይ፣ ከ18 ዓመት በታች ነኝ
age-unsure = ዕድሜዬን እርግጠኛ አይደለሁም
minor-info = እዚህ ያለውን መረጃ በሙሉ ማንበብ ይችላሉ። ዕድሜዎ ከ18 ዓመት በታች ስለሆነ፣ አንድ አማካሪ ከወላጅዎ፣ ከአሳዳጊዎ ወይም ከሕጋዊ ወኪልዎ ጋር ሆኖ ይረዳዎታል።
minor-counsellor = እባክዎ አማካሪ ይጠይቁ። እዚህ ብቻዎን ምንም ነገር መፈረም አይችሉም።

## Moving around

nav-back = ወደ ኋላ
nav-next = ቀጣይ
nav-home = እንደገና ይጀምሩ
read-aloud = በድምፅ ያዳምጡ
# Shown instead of the play button when no recording exists in this language.
audio-missing = በዚህ ቋንቋ እስካሁን የድምፅ ቅጂ የለም
audio-stop = አቁም
audio-slower = ቀስ ብሎ
audio-normal-speed = መደበኛ ፍጥነት
audio-failed = በዚህ መሣሪያ ላይ ድምፅ መጫወት አልተቻለም። እባክዎ ለአንድ ሠራተኛ ይንገሩ።
text-size = የጽሑፍ መጠን
high-contrast = ከፍተኛ ንፅፅር

## Always on every consent screen, as big as "Next"

action-more-time = ተጨማሪ ጊዜ ያስፈልገኛል
action-no-decision = መወሰን አልፈልግም
action-talk-counsellor = ከአማካሪ ጋር ይነጋገሩ
action-pressured = ጫና ይሰማኛል / ለብቻዬ መነጋገር እፈልጋለሁ
pressured-noted = ስለነገሩን እናመሰግናለን። እዚህ አንድ ሰው ለብቻው መነጋገር እንደሚፈልግ ለሠራተኞች ተነግሯል፤ ስምዎ አልተጠቀሰም። መቀበያው ላይ ይጠይቁ፣ ወይም እዚህ ይጠብቁ። አብረውዎት የመጡት ሰዎች ሳይኖሩ፣ ሌላ ሰው በማይሰማበት ክፍል ውስጥ፣ እና ማዕከሉ ካለው በሚመርጡት ጾታ አማካሪ ወይም አስተርጓሚ ጋር ለመነጋገር መጠየቅ ይችላሉ። መቀጠል ግዴታ የለብዎትም።
more-time-noted = የሚያስፈልግዎትን ጊዜ ሁሉ ይውሰዱ። በሌላ ቀን ተመልሰው መምጣት ይችላሉ፤ ምንም ነገር አልተቀመጠም።

## Overview of all options

overview-options-heading = ምርጫዎችዎ
overview-open-option = ተጨማሪ ያንብቡ

## Countries

country-status-available = ለመመለስ የሚያግዝ እርዳታ ይገኛል።
# $date: the day help was paused, already formatted for the language.
country-status-suspended = ለመመለስ የሚሰጠው እርዳታ ከ{ $date } ጀምሮ ለጊዜው ቆሟል።
country-status-area-suspended = በዚህ አገር በአንዳንድ አካባቢዎች ለመመለስ የሚሰጠው እርዳታ ለጊዜው ቆሟል።
country-not-selectable = አሁን ይህን አገር ለመመለስ መምረጥ አይችሉም።
country-choose = አገሩን ይምረጡ
region-question = ወደ የትኛው ክልል ነው የሚመለሱት?
region-paused = እዚህ የመመለስ እርዳታ ቆሟል
region-other = የዚህ አገር ሌላ ክልል
region-not-selectable = በዚህ ክልል የመመለስ እርዳታ ቆሟል። አሁን ለመመለስ ሊመርጡት አይችሉም። አማካሪ ተጨማሪ ሊነግርዎት ይችላል።

## Consent steps

step-choose-title = ምን ማድረግ ይፈልጋሉ፧
step-choose-intro = አንዱን ይምረጡ። ምንም ነገር አስቀድሞ አልተመረጠልዎትም።
step-items-title = የሚስማሙባቸው ነገሮች
step-items-intro = እያንዳንዱን ጥያቄ ለብቻው ይመልሱ። ለአንዳንዶቹ «አዎ»፣ ለሌሎቹ ደግሞ «አይ» ማለት ይችላሉ።
item-yes = አዎ
item-no = አይ
item-required = ለመመለስ እርዳታ ለማግኘት አስፈላጊ ነው
item-optional = ለዚህ «አይ» ብለውም ለመመለስ እርዳታ ማግኘት ይችላሉ
step-check-title = አብረን እናረጋግጥ
step-check-intro = እነዚህ ጥያቄዎች ፈተና አይደሉም። ነገሮችን በደንብ አስረድተን እንደሆነ ለማየት ይረዱናል።
check-right = አዎ፣ ትክክል ነው።
check-explain-again = ይህን ክፍል እንደገና እናስረዳ።
step-review-title = ከመፈረምዎ በፊት እባክዎ ያንብቡ
step-review-intro = ሊፈርሙበት ያሉት ነገር ሁሉ ይህ ነው።
step-sign-title = ይፈርሙ
sign-draw = በጣትዎ ይፈርሙ
sign-type = ስምዎን ይጻፉ
sign-typed-as = ስምዎ እንደሚቀመጠው:
sign-mark = ምልክት ያድርጉ
sign-mark-needs-witness = ምልክት ምስክር ያስፈልገዋል። እባክዎ አንድ አማካሪ ከእርስዎ ጋር እንዲሆን ይጠይቁ።
sign-clear = ያጥፉ
sign-pad-empty = እስካሁን ምንም አልተሳለም። መሳል ካልቻሉ ከላይ ሌላ መንገድ ይምረጡ ወይም አማካሪ ይጠይቁ።
sign-pad-drawn = ፊርማዎ ተስሏል።
sign-confirm = እፈርማለሁ
decline-confirm = አልስማማም

## Receipt

receipt-title = ደረሰኝዎ
receipt-code = የማጣቀሻ ኮድዎ
receipt-agreed = የተስማሙባቸው ነገሮች
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = ስምምነትዎ ከ{ $date } በ{ $time } በፊት ሊጸና አይችልም። ከመሄድዎ በፊት በማንኛውም ጊዜ፣ ምክንያት ሳይሰጡ መልሰው መውሰድ ይችላሉ።
receipt-withdraw-how = ስምምነትዎን መልሰው ለመውሰድ፣ ወደዚህ ማሽን ተመልሰው «ስምምነትን መልሶ መውሰድ» የሚለውን ይምረጡ፣ ወይም ለአማካሪ ይንገሩ። የማጣቀሻ ኮድዎ ያስፈልግዎታል።
receipt-keep-code = ይህን ኮድ በጥንቃቄ ያስቀምጡ። ፎቶ ያንሱት ወይም የታተመ ቅጂ ይጠይቁ።

## Withdrawal

withdraw-title = ስምምነትን መልሶ መውሰድ
withdraw-enter-code = በደረሰኝዎ ላይ ያለውን የማጣቀሻ ኮድ ከታች ባሉት ቁልፎች ያስገቡ።
withdraw-key-delete = አጥፋ
withdraw-key-clear = ሁሉንም አጥፋ
withdraw-lost-code = ኮዴ ጠፍቶብኛል
withdraw-code-typo = ይህ ኮድ ትክክል አይመስልም። እባክዎ እያንዳንዱን ፊደል እና ቁጥር ያረጋግጡ፤ አንዱ በስህተት ተጽፎ ወይም ሁለቱ ቦታ ተለዋውጠው ሊሆን ይችላል።
# $expected: characters in a code; $found: characters typed.
# Translator note (am): CLDR "one" in Amharic also covers 0, so the [one] variant shows the number.
withdraw-code-length = የማጣቀሻ ኮድ { $expected } ምልክቶች አሉት። እርስዎ የጻፉት { $found ->
        [one] { $found } ምልክት
       *[other] { $found } ምልክቶች
    } ነው።
withdraw-not-found = ይህ ኮድ ያለው ስምምነት የለም። እባክዎ ኮዱን ያረጋግጡ፣ ወይም አማካሪ ይጠይቁ።
withdraw-what = ይህ ስምምነት መልሶ ይወሰዳል፦
withdraw-confirm = ስምምነቴን መልሼ እወስዳለሁ
withdraw-done = ስምምነትዎን መልሰው ወስደዋል። በእሱ ላይ ተመሥርቶ ምንም ነገር አይደረግም። ደረሰኝዎ ይኸውና።
withdraw-closed = ይህን ስምምነት ከአሁን በኋላ እዚህ መልሶ መውሰድ አይቻልም። እባክዎ ከአማካሪ ጋር ይነጋገሩ።

## Time

# $seconds: seconds left before the screen clears.
idle-warning = አሁንም እዚህ አሉ፧ ማያ ገጹ በ{ $seconds ->
        [one] { $seconds } ሰከንድ
       *[other] { $seconds } ሰከንዶች
    } ውስጥ ይጸዳል።
idle-continue = አሁንም እዚህ ነኝ
leave-confirm = መውጣት እና ያስገቡትን ማጥፋት ይፈልጋሉ?
leave-confirm-yes = አዎ፣ አጥፍቼ ልውጣ
leave-confirm-no = አይ፣ ልመለስ
example-data = የምሳሌ መረጃ፡ በዚህ ኪዮስክ ላይ ያሉት የአገሮች ዝርዝሮች እውነተኛ አይደሉም። አይመኩባቸው፣ ሠራተኞችን ይጠይቁ።
rule-item-unanswered = እባክዎ ለእያንዳንዱ ጥያቄ አዎ ወይም አይ ብለው ይመልሱ። ገና መልስ ያላገኙ ጥያቄዎች ምልክት ተደርጎባቸዋል።
rule-generic = ገና መፈረም አይቻልም፤ አንድ ደረጃ ጎድሏል። እባክዎ ደረጃዎቹን እንደገና ይመልከቱ፣ ወይም አማካሪ ይጠይቁ።
rule-draft-locale-alone = በዚህ ቋንቋ ያለው ጽሑፍ ገና በሰው አልተረጋገጠም። ሁሉንም እዚህ ማንበብ ይችላሉ። ለመፈረም ግን አማካሪ ከእርስዎ ጋር፣ ከፈለጉ ከአስተርጓሚ ጋር፣ አብሮ ያየዋል።
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [one] ለማሰብ { $hours } ሰዓት ቀርቷል
       *[other] ለማሰብ { $hours } ሰዓታት ቀርተዋል
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.
# Translator note (am): Gregorian month names as in CLDR (not the Ethiopian calendar months).

month-1 = ጃንዋሪ
month-2 = ፌብሩዋሪ
month-3 = ማርች
month-4 = ኤፕሪል
month-5 = ሜይ
month-6 = ጁን
month-7 = ጁላይ
month-8 = ኦገስት
month-9 = ሴፕቴምበር
month-10 = ኦክቶበር
month-11 = ኖቬምበር
month-12 = ዲሴምበር
# $day, $year: numbers; $month: the month's name from above.
date-long = { $day } { $month } { $year }
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = በዚህ አገር የሚገኝ አጋር ቢሮ

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = አሁን ይህን ማስቀመጥ አልተቻለም። ያስገቡት ምንም ነገር አልጠፋም። እባክዎ ከሠራተኞቹ አንዱን እርዳታ ይጠይቁ።
# The person asked for a counsellor.
counsellor-ask = እባክዎ ከሠራተኞቹ አንዱን ይጠይቁ፤ አማካሪ ይጠሩልዎታል። በሌላ ጊዜም ተመልሰው መምጣት ይችላሉ።

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = ሠራተኞች
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = ማዕከሉ ወደዚህ አገር ለመመለስ የሚሰጠውን እርዳታ ለጊዜው አቁሟል። አማካሪ ተጨማሪ ሊነግርዎት ይችላል።

## Guided session (a counsellor sits with the person)

guided-sign-mark = በምልክት ይፈርሙ (በምስክር ፊት)
guided-representative-signs = የአሳዳጊ ወይም የሕጋዊ ወኪል ፊርማ፦ ስማቸውን ይጻፉ
guided-representative-confirm = አሳዳጊው ወይም ወኪሉ ይፈርማሉ
guided-signed-by = የፈረመው፦ { $role }
guided-signature-taken = ፊርማው ተመዝግቧል። ሁሉም ከፈረሙ በኋላ «ይጨርሱ» የሚለውን ይጫኑ።
guided-complete = ይጨርሱ
guided-host-alongside = በተቀባይ አገር ቋንቋ፣ ለአማካሪው፦

## Roles of the people present

role-migrant = ግለሰቡ
role-guardian = አሳዳጊ
role-legal-representative = ሕጋዊ ወኪል
role-counsellor = አማካሪ
role-interpreter = አስተርጓሚ
role-witness = ምስክር

## The printed receipt

receipt-pdf-answers = መልሶችዎ፦
receipt-pdf-withdrawn-at = ቀን { $date }፣ ሰዓት { $time } መልሶ ተወስዷል።
receipt-pdf-present = የተገኙት፦ { $roles }
receipt-pdf-centre = ለመገናኘት፦ { $contact }
receipt-pdf-version = የመረጃው ስሪት፦ { $version }
receipt-print = የሚያስቀምጡት ቅጂ ያትሙ
receipt-printing = በመታተም ላይ…
receipt-printed = ታትሟል። እባክዎ ቅጂዎን ከአታሚው ይውሰዱ።
receipt-print-failed = አታሚው አልሠራም። ምንም ነገር አልጠፋም፦ ስምምነትዎ ተቀምጧል።
receipt-print-again = እንደገና ለማተም ይሞክሩ
receipt-show-code = በምትኩ ኮዱን በማያ ገጹ ላይ ያሳዩ

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = ቀጥል
action-continue-to-signing = ወደ ፊርማ ቀጥል
action-choose-this-country = ይህን አገር ምረጥ
action-back-to-options = ወደ ሁሉም አማራጮች ተመለስ
action-finished = ጨርሻለሁ
step-bar-options = አማራጮች
step-bar-country = አገር
step-bar-agree = ስምምነት
step-bar-check = ማረጋገጫ
step-bar-sign = ፊርማ
step-bar-receipt = ደረሰኝ
step-bar-where = ደረጃ { $n } ከ { $total }: { $name }
step-bar-number = { $n }
part-of = ክፍል { $n } ከ { $total }
item-of = ጥያቄ { $n } ከ { $total }
review-change = ቀይር
review-counts-from = አሁን ከፈረሙ፣ ስምምነትዎ ከ{ $date } በ{ $time } በፊት ሊጸና አይችልም።
receipt-interview = ከመጽናቱ በፊት፣ አማካሪ ይህ አሁንም የእርስዎ ነጻ ምርጫ መሆኑን ለማረጋገጥ በግል ያገኝዎታል።
receipt-saved = ስምምነትዎ ተቀምጧል
receipt-next-steps = ቀጥሎ ምን ይሆናል
sign-declaration = በመፈረም፣ እዚህ ካነበብኩትና ካረጋገጥኩት ጋር እንደምስማማ እገልጻለሁ።

## Limits, legal help, rights, and what a return changes

overview-open-rights = የትኛውንም ቢመርጡ መብቶችዎ
action-legal-help = የሕግ እርዳታ ያግኙ
contact-legal-aid = ነጻ የሕግ ምክር
contact-asylum-office = ጥገኝነት ወይም ይግባኝ የት እንደሚጠየቅ
contact-trafficking-help = ለሰዎች ሕገወጥ ዝውውር ተጎጂዎች ሚስጥራዊ እርዳታ
complaints-contact = ቅሬታ፣ በአማካሪዎች በኩል ሳይሆን

## A label and its value on one line

label-value = { $label }፦ { $value }
