# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note (ti): the polite plural "you" (ንስኹም) is used throughout.
# "Consent" is ስምምዕ; "withdraw a consent" is rendered ስምምዕ ምስሓብ ("withdraw, pull back"),
# never ምስራዝ ("cancel, delete"): withdrawing does not erase the
# record. "Kiosk" is rendered ማሽን (machine).

## Start screen

kiosk-name = ሓበሬታን ምርጫታትን
language-choose = ቋንቋኹም ምረጹ
# A button that plays the name of the language out loud.
language-listen = ስምዑ
start-withdraw = ስምምዕ ምስሓብ
start-talk-counsellor = ምስ ኣማኻሪ ተዛረቡ

## Welcome and privacy

welcome-title = እንቋዕ ብደሓን መጻእኩም
welcome-what = እዚ ስክሪን ብዛዕባ ምጽናሕ ወይ ናብ ሃገርኩም ምምላስ ዘለዉኹም ምርጫታት ኩሎም ይገልጽ። ንዓኹም፣ ብቋንቋኹም ዝተዳለወ እዩ።
welcome-free = ብናጽነት ኢኹም እትውስኑ፣ ዝኾነ ሰብ ክደፍኣኩም ኣይፍቀዶን። ኣይፋል ምባል ሓለዋ ወይ ሕጋዊ ምኽሪ ናይ ምሕታት መሰልኩም ኣይወስደልኩምን። ኣብዚ እንታይ ከም ዝቕይረልኩም ንኣማኻሪ ሕተቱ።
welcome-nothing-recorded = ኣብ መወዳእታ እንተዘይፈረምኩም፣ ኣብዚ እተንብብዎ ወይ እትጥውቕዎ ዝኾነ ነገር ኣይዕቀብን።
welcome-screen-clears = ነቲ ስክሪን ንሓጺር ግዜ ከይተንከኹም እንተገዲፍኩምዎ፣ ባዕሉ ይጸሪ። ስለዚ እቲ ዝቕጽል ሰብ ናትኩም ዝኾነ ነገር ኣይርእን።
welcome-start = ጀምሩ

## Age

age-question = ዕድሜኹም 18 ዓመት ወይ ካብኡ ንላዕሊ ድዩ፧
age-yes = እወ፣ 18 ዓመት ወይ ካብኡ ንላዕሊ እየ
age-no = ኣይፋል፣ ካብ 18 ዓመት ንታሕቲ እየ
age-unsure = ዕድመይ ብርግጽ ኣይፈልጦን እየ
minor-info = ኣብዚ ዘሎ ሓበሬታ ኩሉ ከተንብቡ ትኽእሉ ኢኹም። ዕድሜኹም ካብ 18 ዓመት ንታሕቲ ስለ ዝኾነ፣ ሓደ ኣማኻሪ ምስ ወላዲኹም፣ ሞግዚትኩም ወይ ሕጋዊ ወኪልኩም ብሓባር ኮይኑ ክሕግዘኩም እዩ።
minor-counsellor = በጃኹም ኣማኻሪ ሕተቱ። ኣብዚ ንበይንኹም ዝኾነ ነገር ክትፍርሙ ኣይትኽእሉን።

## Moving around

nav-back = ንድሕሪት
nav-next = ቀጽሉ
nav-home = ብሓድሽ ጀምሩ
read-aloud = ብድምጺ ስምዑ
# Shown instead of the play button when no recording exists in this language.
audio-missing = ብዚ ቋንቋ ክሳብ ሕጂ ዝተቐድሐ ድምጺ የለን
audio-stop = ደው ኣብል
audio-slower = ቀስ ኢሉ
audio-normal-speed = ንቡር ቅልጣፈ
audio-failed = ኣብዚ መሳርሒ ድምጺ ክጻወት ኣይከኣለን። በጃኹም ንሓደ ሰራሕተኛ ንገሩ።
text-size = ዓቐን ጽሑፍ
high-contrast = ልዑል ፍልልይ ሕብሪ

## Always on every consent screen, as big as "Next"

action-more-time = ተወሳኺ ግዜ የድልየኒ
action-no-decision = ክውስን ኣይደልን
action-talk-counsellor = ምስ ኣማኻሪ ተዛረቡ
action-pressured = ጸቕጢ ይስምዓኒ ኣሎ / ንበይነይ ክዛረብ እደሊ
pressured-noted = ስለ ዝነገርኩምና የቐንየልና። ሓደ ሰብ ኣብዚ ንበይኑ ክዛረብ ከም ዝደሊ ንሰራሕተኛታት ተሓቢሩ ኣሎ፣ ስምኩም ከይተጠቕሰ። ኣብ መቐበሊ ሕተቱ፣ ወይ ኣብዚ ተጸበዩ። ብዘይ እቶም ምሳኹም ዝመጹ ሰባት፣ ካልእ ሰብ ኣብ ዘይሰምዓሉ ክፍሊ፣ ማእከሉ እንተለዎ ድማ ምስ ናይ እትመርጽዎ ጾታ ኣማኻሪ ወይ ተርጓሚ ክትዛረቡ ክትሓቱ ትኽእሉ ኢኹም። ክትቕጽሉ ግዴታ የብልኩምን።
more-time-noted = ዘድልየኩም ግዜ ኩሉ ውሰዱ። ካልእ መዓልቲ ክትምለሱ ትኽእሉ ኢኹም፤ ዝተዓቕበ ነገር የለን።

## Overview of all options

overview-options-heading = ምርጫታትኩም
overview-open-option = ተወሳኺ ኣንብቡ

## Countries

country-status-available = ንምምላስ ዝሕግዝ ሓገዝ ኣሎ።
# $date: the day help was paused, already formatted for the language.
country-status-suspended = ንምምላስ ዝወሃብ ሓገዝ ካብ { $date } ጀሚሩ ንግዚኡ ጠጠው ኢሉ ኣሎ።
country-status-area-suspended = ኣብ ገለ ክፋል ናይዛ ሃገር ንምምላስ ዝወሃብ ሓገዝ ንግዚኡ ጠጠው ኢሉ ኣሎ።
country-not-selectable = ሕጂ ነዛ ሃገር ንምምላስ ክትመርጽዋ ኣይትኽእሉን።
country-choose = ሃገር ምረጹ
region-question = ናብ ኣየናይ ዞባ ኢኹም ትምለሱ?
region-paused = ሓገዝ ምምላስ ኣብዚ ተቋሪጹ ኣሎ
region-other = ካልእ ዞባ ናይዛ ሃገር
region-not-selectable = ኣብዚ ዞባ ሓገዝ ምምላስ ተቋሪጹ ኣሎ። ሕጂ ንምምላስ ክትመርጽዎ ኣይትኽእሉን። ኣማኻሪ ተወሳኺ ክነግረኩም ይኽእል።

## Consent steps

step-choose-title = እንታይ ክትገብሩ ትደልዩ፧
step-choose-intro = ሓደ ምረጹ። ኣቐዲሙ ንዓኹም ዝተመርጸ ነገር የለን።
step-items-title = እትሰማምዑሉ ነገራት
step-items-intro = ነፍሲ ወከፍ ሕቶ በበይኑ መልሱ። ንገሊኡ «እወ»፣ ንገሊኡ ድማ «ኣይፋል» ክትብሉ ትኽእሉ ኢኹም።
item-yes = እወ
item-no = ኣይፋል
item-required = ንምምላስ ሓገዝ ንምርካብ የድሊ
item-optional = ነዚ «ኣይፋል» ኢልኩም እውን ንምምላስ ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም
step-check-title = ብሓባር ነረጋግጽ
step-check-intro = እዞም ሕቶታት ፈተና ኣይኮኑን። ነገራት ብግቡእ ገሊጽናዮም እንተኾንና ንምርኣይ ይሕግዙና።
check-right = እወ፣ ልክዕ እዩ።
check-explain-again = ነዚ ክፋል ደጊምና ነብርሆ።
step-review-title = ቅድሚ ምፍራምኩም በጃኹም ኣንብቡ
step-review-intro = ክትፍርሙሉ ዘለኹም ኩሉ እዚ እዩ።
step-sign-title = ፈርሙ
sign-draw = ብኣጻብዕኩም ፈርሙ
sign-type = ስምኩም ጽሓፉ
sign-typed-as = ስምኩም ከምቲ ዝዕቀብ:
sign-mark = ምልክት ግበሩ
sign-mark-needs-witness = ምልክት ምስክር የድልዮ። በጃኹም ሓደ ኣማኻሪ ምሳኹም ክህሉ ሕተቱ።
sign-clear = ደምስሱ
sign-pad-empty = ገና ዝተሳእለ የለን። ክትስእል እንተዘይክኢልካ፡ ካልእ መንገዲ ኣብ ላዕሊ ምረጽ ወይ ኣማኻሪ ሕተት።
sign-pad-drawn = ፊርማኹም ተሳኢሉ ኣሎ።
sign-confirm = ይፍርም ኣለኹ
decline-confirm = ኣይሰማማዕን

## Receipt

receipt-title = ቅብሊትኩም
receipt-code = ናይ መወከሲ ኮድኩም
receipt-agreed = ዝተሰማማዕኩምሉ ነገራት
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = ስምምዕኩም ቅድሚ { $date } ሰዓት { $time } ክጸንዕ ኣይክእልን። ቅድሚ ምኻድኩም ኣብ ዝኾነ እዋን፡ ምኽንያት ከይሃብኩም ክትስሕብዎ ትኽእሉ ኢኹም።
receipt-withdraw-how = ስምምዕኩም ንምስሓብ፣ ናብዚ ማሽን ተመሊስኩም «ስምምዕ ምስሓብ» ዝብል ምረጹ፣ ወይ ንኣማኻሪ ንገሩ። ናይ መወከሲ ኮድኩም ከድልየኩም እዩ።
receipt-keep-code = ነዚ ኮድ ብጥንቃቐ ሓልውዎ። ስእሊ ኣልዕልዎ ወይ ዝተሓትመ ቅዳሕ ሕተቱ።

## Withdrawal

withdraw-title = ስምምዕ ምስሓብ
withdraw-enter-code = ኣብ ቅብሊትኩም ዘሎ ናይ መወከሲ ኮድ ብታሕቲ ዘለዉ መፍትሕታት ኣእትዉ።
withdraw-key-delete = ደምስስ
withdraw-key-clear = ኩሉ ደምስስ
withdraw-lost-code = ኮደይ ጠፊኡኒ
withdraw-code-typo = እዚ ኮድ ልክዕ ኣይመስልን። በጃኹም ነፍሲ ወከፍ ፊደልን ቁጽርን ኣረጋግጹ፤ ሓደ ብጌጋ ተጻሒፉ ወይ ክልተ ቦታ ተቐያይሮም ክኾኑ ይኽእሉ።
# $expected: characters in a code; $found: characters typed.
# Translator note (ti): CLDR "one" in Tigrinya also covers 0, so the [one] variant shows the number.
withdraw-code-length = ናይ መወከሲ ኮድ { $expected } ምልክታት ኣለዎ። ንስኹም ዝጸሓፍኩም { $found ->
        [one] { $found } ምልክት
       *[other] { $found } ምልክታት
    } እዩ።
withdraw-not-found = ብዚ ኮድ ዝተመዝገበ ስምምዕ የለን። በጃኹም ኣረጋግጽዎ፣ ወይ ኣማኻሪ ሕተቱ።
withdraw-what = እዚ ስምምዕ ክስሓብ እዩ፦
withdraw-confirm = ስምምዐይ ይሰሓብ
withdraw-done = ስምምዕኩም ተሰሒቡ ኣሎ። ብመሰረቱ ዝፍጸም ዝኾነ ነገር የለን። እንሆ ቅብሊትኩም።
withdraw-closed = እዚ ስምምዕ ካብ ሕጂ ንደሓር ኣብዚ ክስሓብ ኣይከኣልን። በጃኹም ምስ ኣማኻሪ ተዛረቡ።

## Time

# $seconds: seconds left before the screen clears.
idle-warning = ገና ኣብዚ ኣለኹም ዶ፧ እቲ ስክሪን ድሕሪ { $seconds ->
        [one] { $seconds } ካልኢት
       *[other] { $seconds } ካልኢታት
    } ክጸሪ እዩ።
idle-continue = ገና ኣብዚ ኣለኹ
leave-confirm = ክትወጹን ዘእተኹምዎ ክድምሰስን ትደልዩ ዶ?
leave-confirm-yes = እወ፡ ደምሲስኩም ውጹ
leave-confirm-no = ኣይፋል፡ ተመለሱ
example-data = ኣብነታዊ ሓበሬታ፡ ኣብዚ ኪዮስክ ዘሎ ዝርዝር ሃገራት ሓቀኛ ኣይኮነን። ኣይትእመኑሉ፡ ንሰራሕተኛታት ሕተቱ።
rule-item-unanswered = በጃኹም ንነፍሲ ወከፍ ሕቶ ብእወ ወይ ኣይፋል መልሱ። ገና መልሲ ዘይብሎም ሕቶታት ምልክት ተገይሩሎም ኣሎ።
rule-generic = ገና ክትፍረም ኣይከኣልን፡ ሓደ ስጉምቲ ጎዲሉ ኣሎ። በጃኹም ነቶም ስጉምትታት ደጊምኩም ርኣይዎም፡ ወይ ንኣማኻሪ ሕተቱ።
rule-draft-locale-alone = ኣብዚ ቋንቋ ዘሎ ጽሑፍ ገና ሰብ ኣይመርመሮን። ኩሉ ኣብዚ ከተንብቡ ትኽእሉ ኢኹም። ንምፍራም ግን ኣማኻሪ ምሳኹም፡ እንተደሊኹም ምስ ተርጓሚ፡ ክርእዮ እዩ።
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [one] ንምሕሳብ { $hours } ሰዓት ተሪፉኩም ኣሎ
       *[other] ንምሕሳብ { $hours } ሰዓታት ተሪፉኩም ኣሎ
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.
# Translator note (ti): dates are written as numbers, day/month/year (05/11/2026 is
# 5 November), as on Eritrean and Ethiopian documents that use the Gregorian calendar.
# Spelled-out month names were loans from Amharic or English (ጃንዋሪ, ...) that many
# readers would not know, and CLDR's Eritrean names (ጥሪ, ለካቲት, ...) can be mistaken for
# Ethiopian-calendar months in Tigray; a number is read the same way by everyone.

month-1 = 01
month-2 = 02
month-3 = 03
month-4 = 04
month-5 = 05
month-6 = 06
month-7 = 07
month-8 = 08
month-9 = 09
month-10 = 10
month-11 = 11
month-12 = 12
# $day, $year: numbers; $month: the month's number from above.
date-long = { NUMBER($day, minimumIntegerDigits: 2) }/{ $month }/{ $year }
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = ኣብዛ ሃገር ዘሎ መሻርኽቲ ቤት ጽሕፈት

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = ሕጂ እዚ ክዕቀብ ኣይከኣለን። ካብቲ ዝሃብኩምዎ ሓበሬታ ዋላ ሓደ ኣይጠፍአን። በጃኹም ንሓደ ሰራሕተኛ ሓገዝ ሕተቱ።
# The person asked for a counsellor.
counsellor-ask = በጃኹም ንሓደ ሰራሕተኛ ሕተቱ፤ ኣማኻሪ ክጽውዑልኩም እዮም። ካልእ ግዜ እውን ክትምለሱ ትኽእሉ ኢኹም።

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = ሰራሕተኛታት
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = እቲ ማእከል ናብዛ ሃገር ንምምላስ ዝወሃብ ሓገዝ ንግዚኡ ጠጠው ኣቢልዎ ኣሎ። ኣማኻሪ ተወሳኺ ሓበሬታ ክህበኩም ይኽእል እዩ።

## Guided session (a counsellor sits with the person)

guided-sign-mark = ብምልክት ፈርሙ (ኣብ ቅድሚ ምስክር)
guided-representative-signs = ፊርማ ሞግዚት ወይ ሕጋዊ ወኪል፦ ስሞም ጽሓፉ
guided-representative-confirm = ሞግዚት ወይ ወኪል ይፍርም
guided-signed-by = ዝፈረመ፦ { $role }
guided-signature-taken = ፊርማ ተመዝጊቡ ኣሎ። ኩሎም ምስ ፈረሙ፣ «ዛዝሙ» ጠውቑ።
guided-complete = ዛዝሙ
guided-host-alongside = ብቋንቋ ተቐባሊት ሃገር፣ ንኣማኻሪ፦

## Roles of the people present

role-migrant = እቲ ዝምልከቶ ሰብ
role-guardian = ሞግዚት
role-legal-representative = ሕጋዊ ወኪል
role-counsellor = ኣማኻሪ
role-interpreter = ተርጓሚ
role-witness = ምስክር

## The printed receipt

receipt-pdf-answers = መልስታትኩም፦
receipt-pdf-withdrawn-at = ዕለት { $date }፣ ሰዓት { $time } ተሰሒቡ።
receipt-pdf-present = ዝነበሩ፦ { $roles }
receipt-pdf-centre = ርክብ፦ { $contact }
receipt-pdf-version = ስሪት ሓበሬታ፦ { $version }
receipt-print = ትሕዝዎ ቅዳሕ ሕተሙ
receipt-printing = ይሕተም ኣሎ…
receipt-printed = ተሓቲሙ። በጃኹም ቅዳሕኩም ካብቲ ፕሪንተር ውሰዱ።
receipt-print-failed = ፕሪንተር ኣይሰርሐን። ዋላ ሓደ ኣይጠፍአን፦ ስምምዕኩም ተዓቂቡ ኣሎ።
receipt-print-again = እንደገና ክትሕትሙ ፈትኑ
receipt-show-code = ኣብ ክንዲኡ ነቲ ኮድ ኣብ ስክሪን ኣርእዩ

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = ቀጽል
action-continue-to-signing = ናብ ፊርማ ቀጽል
action-choose-this-country = ነዛ ሃገር ምረጽ
action-back-to-options = ናብ ኩሎም ምርጫታት ተመለስ
action-finished = ወዲአ
step-bar-options = ምርጫታት
step-bar-country = ሃገር
step-bar-agree = ስምምዕ
step-bar-check = ምርግጋጽ
step-bar-sign = ፊርማ
step-bar-receipt = ቅብሊት
step-bar-where = ስጉምቲ { $n } ካብ { $total }: { $name }
step-bar-number = { $n }
part-of = ክፋል { $n } ካብ { $total }
item-of = ሕቶ { $n } ካብ { $total }
review-change = ቀይር
review-counts-from = ሕጂ እንተ ፈሪምኩም፡ ስምምዕኩም ቅድሚ { $date } ሰዓት { $time } ክጸንዕ ኣይክእልን።
receipt-interview = ቅድሚ ምጽናዑ፡ ኣማኻሪ ድማ ብሕቡእ ተራኺቡ እዚ ገና ናጻ ምርጫኹም ምዃኑ ከረጋግጽ እዩ።
receipt-saved = ስምምዕካ ተዓቂቡ ኣሎ
receipt-next-steps = ቀጺሉ እንታይ ይኸውን
sign-declaration = ብምፍራመይ፡ ኣብዚ ምስ ዘንበብክዎን ዘረጋገጽክዎን ከም ዝሰማማዕ እገልጽ።

## Limits, legal help, rights, and what a return changes

overview-open-rights = እንተ ዝኾነ እንተመረጽኩም መሰላትኩም
action-legal-help = ሕጋዊ ሓገዝ ርኸቡ
contact-legal-aid = ብነጻ ሕጋዊ ምኽሪ
contact-asylum-office = ዑቕባ ወይ ይግባይ ኣበይ ከም እትሓቱ
contact-trafficking-help = ንግዳያት ዘዋውራ ደቂ ሰባት ምስጢራዊ ሓገዝ
complaints-contact = ጥርዓን፣ ብኣማኸርቲ ከይሓለፈ

## A label and its value on one line

label-value = { $label }፦ { $value }
