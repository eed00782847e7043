# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note (ps): standard Afghan Pashto spelling (ګ, ې, ۍ, ئ). "reference code" is
# rendered as "د تعقیب کوډ" (tracking code), the everyday term for a follow-up code.

## Start screen

kiosk-name = معلومات او انتخابونه
language-choose = خپله ژبه وټاکئ
# A button that plays the name of the language out loud.
language-listen = واورئ
start-withdraw = رضایت بېرته اخیستل
start-talk-counsellor = له مشاور سره خبرې

## Welcome and privacy

welcome-title = ښه راغلاست
welcome-what = دا سکرین ټول هغه انتخابونه تشریح کوي چې تاسو یې د پاتې کېدو یا بېرته تګ په اړه لرئ. دا ستاسو لپاره دی، ستاسو په خپله ژبه.
welcome-free = تاسو په آزاده توګه پرېکړه کوئ، او هېڅوک حق نه لري چې فشار درباندې راوړي. «نه» ویل ستاسو د ساتنې یا حقوقي مشورې غوښتلو حق نه اخلي. له یوه مشاور نه وپوښتئ چې دا دلته ستاسو لپاره څه بدلوي.
welcome-nothing-recorded = هر څه چې دلته لولئ یا پرې لاس وهئ، نه خوندي کېږي، مګر دا چې په پای کې لاسلیک وکړئ.
welcome-screen-clears = که سکرین د لږ وخت لپاره پرېږدئ، پخپله پاکېږي، ترڅو راتلونکی کس ستاسو هېڅ شی ونه ویني.
welcome-start = پیل

## Age

age-question = ایا تاسو ۱۸ کلن یا تر دې زیات عمر لرئ؟
age-yes = هو، زه ۱۸ کلن یا تر دې زیات عمر لرم
age-no = نه، زما عمر تر ۱۸ کلونو کم دی
age-unsure = زه د خپل عمر په اړه ډاډه نه یم
minor-info = تاسو کولای شئ دلته ټول معلومات ولولئ. څرنګه چې ستاسو عمر تر ۱۸ کلونو کم دی، یو مشاور به ستاسو له مور یا پلار، سرپرست یا قانوني استازي سره یوځای له تاسو سره مرسته وکړي.
minor-counsellor = مهرباني وکړئ یو مشاور وغواړئ. تاسو دلته یوازې هېڅ شی نشئ لاسلیک کولای.

## Moving around

nav-back = شاته
nav-next = بل
nav-home = بیا پیل
read-aloud = په لوړ غږ لوستل
# Shown instead of the play button when no recording exists in this language.
audio-missing = په دې ژبه لا ثبت شوی غږ نشته
audio-stop = ودرول
audio-slower = ورو
audio-normal-speed = عادي سرعت
audio-failed = په دې وسیله غږ نه غږېږي. مهرباني وکړئ یو کارکوونکي ته ووایاست.
text-size = د لیکنې اندازه
high-contrast = د رنګونو ډېر توپیر

## Always on every consent screen, as big as "Next"

action-more-time = زه نور وخت ته اړتیا لرم
action-no-decision = زه نه غواړم پرېکړه وکړم
action-talk-counsellor = له مشاور سره خبرې
action-pressured = زه د فشار احساس کوم / غواړم په خصوصي توګه خبرې وکړم
pressured-noted = مننه چې تاسو موږ ته ووایاست. کارکوونکو ته خبر ورکړل شو چې دلته یو څوک غواړي په پټه خبرې وکړي، ستاسو له نوم پرته. د استقبال مېز ته ورشئ، یا دلته انتظار وباسئ. تاسو غوښتلی شئ چې له هغو کسانو پرته چې له تاسو سره راغلي، په داسې کوټه کې چې بل څوک یې وانه وري، او که مرکز ولري، د هغه جنس له مشاور یا ژباړونکي سره خبرې وکړئ چې تاسو یې غوره ګڼئ. تاسو اړ نه یاست چې دوام ورکړئ.
more-time-noted = هر څومره وخت چې اړتیا لرئ، واخلئ. تاسو کولای شئ بله ورځ بېرته راشئ؛ هېڅ شی نه دی خوندي شوی.

## Overview of all options

overview-options-heading = ستاسو مخې ته لارې
overview-open-option = نور ولولئ

## Countries

country-status-available = د راستنېدو لپاره مرسته شته.
# $date: the day help was paused, already formatted for the language.
country-status-suspended = د راستنېدو مرسته له { $date } راهیسې په لنډمهاله توګه درول شوې ده.
country-status-area-suspended = د دې هېواد په یوه برخه کې د راستنېدو مرسته په لنډمهاله توګه درول شوې ده.
country-not-selectable = تاسو اوس نشئ کولای دا هېواد د راستنېدو لپاره وټاکئ.
country-choose = هېواد وټاکئ
region-question = کومې سیمې ته بېرته ځئ؟
region-paused = دلته د بېرته تګ مرسته درول شوې ده
region-other = د دې هېواد بله سیمه
region-not-selectable = په دې سیمه کې د بېرته تګ مرسته درول شوې ده. اوس یې د بېرته تګ لپاره نشئ ټاکلای. یو مشاور کولای شي نور درته ووايي.

## Consent steps

step-choose-title = تاسو څه کول غواړئ؟
step-choose-intro = یو یې وټاکئ. ستاسو پر ځای هېڅ شی نه دی ټاکل شوی.
step-items-title = هغه څه چې تاسو ورسره موافق یاست
step-items-intro = هرې پوښتنې ته جلا ځواب ورکړئ. تاسو کولای شئ ځینو ته «هو» او نورو ته «نه» ووایئ.
item-yes = هو
item-no = نه
item-required = د راستنېدو د مرستې لپاره اړین دی
item-optional = تاسو کولای شئ دې ته «نه» ووایئ او بیا هم د راستنېدو مرسته ترلاسه کړئ
step-check-title = راځئ چې یوځای یې وګورو
step-check-intro = دا پوښتنې ازموینه نه ده. دا له موږ سره مرسته کوي چې وګورو ایا موږ شیان ښه تشریح کړي دي.
check-right = هو، دا سمه ده.
check-explain-again = راځئ چې دا برخه بیا تشریح کړو.
step-review-title = مهرباني وکړئ له لاسلیک مخکې یې ولولئ
step-review-intro = دا هغه ټول څه دي چې تاسو یې لاسلیک کوئ.
step-sign-title = لاسلیک
sign-draw = په خپلې ګوتې لاسلیک وکړئ
sign-type = خپل نوم ولیکئ
sign-typed-as = ستاسو نوم لکه څنګه چې ساتل کېږي:
sign-mark = یوه نښه کېږدئ
sign-mark-needs-witness = نښې ته یو شاهد اړین دی. مهرباني وکړئ له یو مشاور وغواړئ چې له تاسو سره وي.
sign-clear = پاکول
sign-pad-empty = لا څه نه دي رسم شوي. که رسم نشئ کولی، پورته بله لاره وټاکئ یا له مشاور څخه مرسته وغواړئ.
sign-pad-drawn = ستاسو لاسلیک انځور شوی دی.
sign-confirm = لاسلیک کوم
decline-confirm = زه موافق نه یم

## Receipt

receipt-title = ستاسو رسید
receipt-code = ستاسو د تعقیب کوډ
receipt-agreed = هغه څه چې تاسو ورسره موافقه وکړه
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = ستاسو رضایت له { $date } د { $time } بجو مخکې اعتبار نشي موندلی. تاسو کولی شئ د تګ نه مخکې هر وخت، پرته له دلیله، بېرته یې واخلئ.
receipt-withdraw-how = د رضایت بېرته اخیستلو لپاره، همدې دستګاه ته بېرته راشئ او «رضایت بېرته اخیستل» وټاکئ، یا یو مشاور ته ووایئ. تاسو به خپل د تعقیب کوډ ته اړتیا ولرئ.
receipt-keep-code = دا کوډ په خوندي ځای کې وساتئ. عکس یې واخلئ یا چاپي کاپي یې وغواړئ.

## Withdrawal

withdraw-title = رضایت بېرته اخیستل
withdraw-enter-code = د خپل رسید تعقیب کوډ لاندې تڼیو سره ولیکئ.
withdraw-key-delete = ړنګول
withdraw-key-clear = ټول پاکول
withdraw-lost-code = ما خپل کوډ ورک کړی
withdraw-code-typo = دا کوډ سم نه ښکاري. مهرباني وکړئ هر توری او شمېره وګورئ؛ کېدای شي یو یې غلط لیکل شوی وي یا د دوو ځایونه بدل شوي وي.
# $expected: characters in a code; $found: characters typed.
# Translator note (ps): "characters" is rendered as "توري او شمېرې" (letters and digits).
withdraw-code-length = د تعقیب کوډ { $expected } توري او شمېرې لري. تاسو { $found ->
        [one] یو توری یا شمېره
       *[other] { $found } توري او شمېرې
    } ولیکل.
withdraw-not-found = هېڅ رضایت دا کوډ نه لري. مهرباني وکړئ کوډ وګورئ، یا له یو مشاور وپوښتئ.
withdraw-what = دا رضایت به بېرته واخیستل شي:
withdraw-confirm = خپل رضایت بېرته اخلم
withdraw-done = ستاسو رضایت بېرته واخیستل شو. د هغه پر بنسټ به هېڅ کار ونه شي. دا ستاسو رسید دی.
withdraw-closed = دا رضایت نور دلته نشي بېرته اخیستل کېدای. مهرباني وکړئ له یو مشاور سره خبرې وکړئ.

## Time

# $seconds: seconds left before the screen clears.
idle-warning = ایا تاسو لا دلته یاست؟ سکرین به په { $seconds ->
        [one] یوه ثانیه
       *[other] { $seconds } ثانیو
    } کې پاک شي.
idle-continue = زه لا دلته یم
leave-confirm = غواړئ ووځئ او هغه څه چې مو ولیکل پاک شي؟
leave-confirm-yes = هو، پاک یې کړه او ووځه
leave-confirm-no = نه، بیرته لاړ شه
example-data = بېلګه معلومات: په دې کیوسک کې د هېوادونو جزییات ریښتیني نه دي. پرې باور مه کوئ، له کارکوونکو وپوښتئ.
rule-item-unanswered = مهرباني وکړئ هرې پوښتنې ته په «هو» یا «نه» ځواب ورکړئ. هغه پوښتنې چې لا ځواب نه لري نښه شوې دي.
rule-generic = تر اوسه لاسلیک نشي کېدای: یو ګام پاتې دی. مهرباني وکړئ ګامونه بیا وګورئ، یا له مشاور څخه مرسته وغواړئ.
rule-draft-locale-alone = په دې ژبه متن تر اوسه هیچا نه دی کتلی. تاسو کولای شئ دلته هر څه ولولئ. د لاسلیک لپاره به یو مشاور متن له تاسو سره وګوري، که وغواړئ له ژباړونکي سره.
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [one] د فکر کولو لپاره یو ساعت پاتې دی
       *[other] د فکر کولو لپاره { $hours } ساعته پاتې دي
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.

month-1 = جنوري
month-2 = فبروري
month-3 = مارچ
month-4 = اپرېل
month-5 = مۍ
month-6 = جون
month-7 = جولای
month-8 = اګست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
# $day, $year: numbers; $month: the month's name from above.
date-long = { $day } { $month } { $year }
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = په دې هېواد کې د همکار سازمان دفتر

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = دا اوس خوندي نه شو. تاسو چې هر څه دننه کړي، هېڅ یې نه دي ورک شوي. مهرباني وکړئ له یو کارکوونکي مرسته وغواړئ.
# The person asked for a counsellor.
counsellor-ask = مهرباني وکړئ یو کارکوونکي ته ووایئ: هغه به یو مشاور تاسو ته راولي. تاسو کولای شئ بل وخت هم بېرته راشئ.

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = کارکوونکي
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = مرکز دې هېواد ته د راستنېدو مرسته په لنډمهاله توګه درولې ده. یو مشاور کولای شي تاسو ته نور معلومات درکړي.

## Guided session (a counsellor sits with the person)

guided-sign-mark = په نښه لاسلیک وکړئ (د شاهد په وړاندې)
guided-representative-signs = د سرپرست یا قانوني استازي لاسلیک: د هغوی نوم ولیکئ
guided-representative-confirm = سرپرست یا قانوني استازی لاسلیک کوي
guided-signed-by = لاسلیک کوونکی: { $role }
guided-signature-taken = لاسلیک ثبت شو. کله چې ټولو لاسلیک وکړ، «بشپړول» وټاکئ.
guided-complete = بشپړول
guided-host-alongside = د کوربه هېواد په ژبه، د مشاور لپاره:

## Roles of the people present

role-migrant = اړوند کس
role-guardian = سرپرست
role-legal-representative = قانوني استازی
role-counsellor = مشاور
role-interpreter = ژباړن
role-witness = شاهد

## The printed receipt

receipt-pdf-answers = ستاسو ځوابونه:
receipt-pdf-withdrawn-at = په { $date } نېټه، په { $time } بجو بېرته واخیستل شو.
receipt-pdf-present = حاضر کسان: { $roles }
receipt-pdf-centre = اړیکه: { $contact }
receipt-pdf-version = د معلوماتو نسخه: { $version }
receipt-print = د ساتلو لپاره یوه کاپي چاپ کړئ
receipt-printing = چاپېږي…
receipt-printed = چاپ شو. مهرباني وکړئ خپله کاپي له پرنټر څخه واخلئ.
receipt-print-failed = پرنټر کار ونه کړ. هېڅ شی نه دی ورک شوی: ستاسو رضایت خوندي دی.
receipt-print-again = بیا د چاپ هڅه وکړئ
receipt-show-code = د دې پر ځای کوډ په سکرین وښایئ

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = دوام
action-continue-to-signing = لاسلیک ته دوام
action-choose-this-country = دا هېواد وټاکئ
action-back-to-options = ټولو انتخابونو ته بیرته
action-finished = ما پای ته ورساوه
step-bar-options = انتخابونه
step-bar-country = هېواد
step-bar-agree = موافقه
step-bar-check = کتنه
step-bar-sign = لاسلیک
step-bar-receipt = رسید
step-bar-where = ګام { $n } له { $total }: { $name }
step-bar-number = { $n }
part-of = برخه { $n } له { $total }
item-of = پوښتنه { $n } له { $total }
review-change = بدلول
review-counts-from = که همدا اوس لاسلیک وکړئ، ستاسو رضایت له { $date } د { $time } بجو مخکې اعتبار نشي موندلی.
receipt-interview = مخکې له دې چې اعتبار ومومي، یو مشاور به هم تاسو سره په خصوصي ډول ووینې ترڅو ډاډ ترلاسه کړي چې دا لا هم ستاسو آزاد انتخاب دی.
receipt-saved = ستاسو رضایت خوندي شوه
receipt-next-steps = وروسته څه کېږي
sign-declaration = په لاسلیک سره وایم چې له هغه څه سره موافق یم چې دلته مې لوستي او کتلي دي.

## Limits, legal help, rights, and what a return changes

overview-open-rights = ستاسو حقونه، هر څه چې غوره کړئ
action-legal-help = حقوقي مرسته ترلاسه کړئ
contact-legal-aid = وړیا حقوقي مشوره
contact-asylum-office = پناه یا اعتراض چېرته وغواړئ
contact-trafficking-help = د انسانانو د قاچاق قربانیانو لپاره پټه مرسته
complaints-contact = شکایتونه، د مشاورانو له لارې پرته

## A label and its value on one line

label-value = { $label }: { $value }
