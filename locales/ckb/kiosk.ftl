# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note (ckb): "counsellor" = ڕاوێژکار, "consent" = ڕەزامەندی,
# "withdraw consent" = کشاندنەوەی ڕەزامەندی, "reference code" = کۆدی ئاماژە,
# "characters" of a code = هێما.

## Start screen

kiosk-name = زانیاری و هەڵبژاردنەکان
language-choose = زمانەکەت هەڵبژێرە
# A button that plays the name of the language out loud.
language-listen = گوێ بگرە
start-withdraw = کشاندنەوەی ڕەزامەندی
start-talk-counsellor = قسە لەگەڵ ڕاوێژکارێک بکە

## Welcome and privacy

welcome-title = بەخێربێیت
welcome-what = ئەم شاشەیە هەموو ئەو هەڵبژاردنانەت بۆ ڕوون دەکاتەوە کە دەربارەی مانەوە یان گەڕانەوە لەبەردەستتدان. بۆ خۆتە، بە زمانی خۆت.
welcome-free = تۆ بە ئازادی بڕیار دەدەیت، و کەس بۆی نییە فشارت بخاتە سەر. وتنی «نەخێر» مافی داواکردنی پاراستن یان ڕاوێژی یاسایی لێ ناسەنێتەوە. لە ڕاوێژکارێک بپرسە ئەمە لێرە چی بۆ تۆ دەگۆڕێت.
welcome-nothing-recorded = هیچ شتێک لەوەی لێرە دەیخوێنیتەوە یان دەستی لێ دەدەیت پاشەکەوت ناکرێت، مەگەر لە کۆتاییدا واژۆ بکەیت.
welcome-screen-clears = ئەگەر بۆ ماوەیەکی کورت شاشەکە بەجێ بهێڵیت، خۆی پاک دەبێتەوە، بۆ ئەوەی کەسی دواتر هیچ شتێکی تۆ نەبینێت.
welcome-start = دەست پێ بکە

## Age

age-question = ئایا تەمەنت ١٨ ساڵ یان زیاترە؟
age-yes = بەڵێ، تەمەنم ١٨ ساڵ یان زیاترە
age-no = نەخێر، تەمەنم لە ١٨ ساڵ کەمترە
age-unsure = دڵنیا نیم لە تەمەنم
minor-info = دەتوانیت هەموو زانیارییەکان لێرە بخوێنیتەوە. لەبەر ئەوەی تەمەنت لە ١٨ ساڵ کەمترە، ڕاوێژکارێک یارمەتیت دەدات، لەگەڵ دایک یان باوکت، سەرپەرشتیارەکەت یان نوێنەرە یاساییەکەت.
minor-counsellor = تکایە داوای ڕاوێژکارێک بکە. لێرە ناتوانیت بە تەنیا هیچ شتێک واژۆ بکەیت.

## Moving around

nav-back = دواوە
nav-next = دواتر
nav-home = لە سەرەتاوە دەست پێ بکەرەوە
read-aloud = بە دەنگ بیخوێنەوە
# Shown instead of the play button when no recording exists in this language.
audio-missing = هێشتا تۆمارێکی دەنگی بەم زمانە نییە
audio-stop = ڕاگرتن
audio-slower = هێواشتر
audio-normal-speed = خێرایی ئاسایی
audio-failed = دەنگ لەم ئامێرەدا لێنادرێت. تکایە بە یەکێک لە کارمەندان بڵێ.
text-size = قەبارەی نووسین
high-contrast = کۆنتراستی بەرز

## Always on every consent screen, as big as "Next"

action-more-time = کاتی زیاترم پێویستە
action-no-decision = نامەوێت بڕیار بدەم
action-talk-counsellor = قسە لەگەڵ ڕاوێژکارێک بکە
action-pressured = هەست بە فشار دەکەم / دەمەوێت بە تایبەتی قسە بکەم
pressured-noted = سوپاس کە پێت وتین. بە کارمەندان ڕاگەیەنرا کە کەسێک لێرە دەیەوێت بە تایبەتی قسە بکات، بێ ناوی تۆ. لە مێزی پێشوازی بپرسە، یان لێرە چاوەڕێ بکە. دەتوانیت داوا بکەیت بێ ئەو کەسانەی لەگەڵت هاتوون، لە ژوورێکدا کە کەسی تر نەیبیستێت، و ئەگەر سەنتەرەکە هەیبێت، لەگەڵ ڕاوێژکار یان وەرگێڕێکی ئەو ڕەگەزەی پێت باشترە قسە بکەیت. پێویست ناکات بەردەوام بیت.
more-time-noted = چەندت کات پێویستە، بۆ خۆت وەریبگرە. دەتوانیت ڕۆژێکی تر بگەڕێیتەوە. هیچ شتێک پاشەکەوت نەکراوە.

## Overview of all options

overview-options-heading = هەڵبژاردنەکانت
overview-open-option = زیاتر بخوێنەوە

## Countries

country-status-available = یارمەتی بۆ گەڕانەوە بەردەستە.
# $date: the day help was paused, already formatted for the language.
country-status-suspended = یارمەتی بۆ گەڕانەوە لە { $date } بەدواوە بە کاتی ڕاگیراوە.
country-status-area-suspended = یارمەتی بۆ گەڕانەوە لە بەشێک لەم وڵاتە بە کاتی ڕاگیراوە.
country-not-selectable = ئێستا ناتوانیت ئەم وڵاتە بۆ گەڕانەوە هەڵبژێریت.
country-choose = وڵاتەکە هەڵبژێرە
region-question = بۆ کام هەرێم دەگەڕێیتەوە؟
region-paused = یارمەتیی گەڕانەوە لێرە ڕاگیراوە
region-other = هەرێمێکی تری ئەم وڵاتە
region-not-selectable = یارمەتیی گەڕانەوە لەم هەرێمە ڕاگیراوە. ئێستا ناتوانیت بۆ گەڕانەوە هەڵیبژێریت. ڕاوێژکارێک دەتوانێت زیاترت پێ بڵێت.

## Consent steps

step-choose-title = دەتەوێت چی بکەیت؟
step-choose-intro = یەکێک هەڵبژێرە. هیچ شتێک پێشتر بۆت هەڵنەبژێردراوە.
step-items-title = ئەو شتانەی ڕازیت پێیان
step-items-intro = وەڵامی هەر پرسیارێک بە جیا بدەرەوە. دەتوانیت بە هەندێکیان بڵێیت «بەڵێ» و بە هەندێکی تریان «نەخێر».
item-yes = بەڵێ
item-no = نەخێر
item-required = پێویستە بۆ وەرگرتنی یارمەتی گەڕانەوە
item-optional = دەتوانیت بەمە بڵێیت «نەخێر» و هێشتا یارمەتی گەڕانەوە وەربگریت
step-check-title = با پێکەوە دڵنیا ببینەوە
step-check-intro = ئەم پرسیارانە تاقیکردنەوە نین. یارمەتیمان دەدەن بزانین ئایا شتەکانمان باش ڕوون کردووەتەوە.
check-right = بەڵێ، ئەوە ڕاستە.
check-explain-again = با ئەم بەشە دووبارە ڕوون بکەینەوە.
step-review-title = تکایە پێش واژۆکردن بیخوێنەوە
step-review-intro = ئەمە هەموو ئەو شتەیە کە خەریکە واژۆی دەکەیت.
step-sign-title = واژۆ
sign-draw = بە پەنجەت واژۆ بکە
sign-type = ناوەکەت بنووسە
sign-typed-as = ناوەکەت وەک ئەوەی هەڵدەگیرێت:
sign-mark = نیشانەیەک دابنێ
sign-mark-needs-witness = نیشانە پێویستی بە شایەتێکە. تکایە داوا لە ڕاوێژکارێک بکە لەگەڵت بێت.
sign-clear = پاککردنەوە
sign-pad-empty = هێشتا هیچ نەکێشراوە. ئەگەر ناتوانیت بیکێشیت، ڕێگایەکی تر لە سەرەوە هەڵبژێرە یان داوا لە ڕاوێژکارێک بکە.
sign-pad-drawn = واژووەکەت کێشرا.
sign-confirm = واژۆ دەکەم
decline-confirm = ڕازی نیم

## Receipt

receipt-title = پسوولەکەت
receipt-code = کۆدی ئاماژەکەت
receipt-agreed = ئەو شتانەی ڕازی بوویت پێیان
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = ڕەزامەندییەکەت ناتوانێت پێش { $date } کاتژمێر { $time } کارا بێت. دەتوانیت هەر کاتێک پێش ڕۆیشتنت، بێ هێنانەوەی هۆکار، بیکشێنیتەوە.
receipt-withdraw-how = بۆ کشاندنەوەی ڕەزامەندی، بگەڕێوە بۆ ئەم ئامێرە و «کشاندنەوەی ڕەزامەندی» هەڵبژێرە، یان بە ڕاوێژکارێک بڵێ. پێویستت بە کۆدی ئاماژەکەت دەبێت.
receipt-keep-code = ئەم کۆدە بە باشی بپارێزە. وێنەیەکی لێ بگرە یان داوای کۆپییەکی چاپکراو بکە.

## Withdrawal

withdraw-title = کشاندنەوەی ڕەزامەندی
withdraw-enter-code = کۆدی ئاماژەی سەر پسوولەکەت بە دوگمەکانی خوارەوە بنووسە.
withdraw-key-delete = سڕینەوە
withdraw-key-clear = سڕینەوەی هەموو
withdraw-lost-code = کۆدەکەم ون کردووە
withdraw-code-typo = ئەم کۆدە ڕاست دیار نییە. تکایە هەموو هێمایەک بپشکنە. لەوانەیە یەکێکیان هەڵە نووسرابێت، یان شوێنی دوو هێما گۆڕابێت.
# $expected: characters in a code; $found: characters typed.
withdraw-code-length = کۆدی ئاماژە { $expected } هێمای هەیە. { $found ->
        [one] تۆ یەک هێمات نووسی.
       *[other] تۆ { $found } هێمات نووسی.
    }
withdraw-not-found = هیچ ڕەزامەندییەک بەم کۆدە نییە. تکایە بیپشکنە، یان پرسیار لە ڕاوێژکارێک بکە.
withdraw-what = ئەم ڕەزامەندییە دەکشێنرێتەوە:
withdraw-confirm = ڕەزامەندییەکەم دەکشێنمەوە
withdraw-done = ڕەزامەندییەکەت کشێنرایەوە. هیچ شتێک لەسەر بنەمای ئەو ناکرێت. ئەمە پسوولەکەتە.
withdraw-closed = ئیتر ناکرێت ئەم ڕەزامەندییە لێرە بکشێنرێتەوە. تکایە قسە لەگەڵ ڕاوێژکارێک بکە.

## Time

# $seconds: seconds left before the screen clears.
idle-warning = هێشتا لێرەیت؟ { $seconds ->
        [one] شاشەکە دوای یەک چرکە پاک دەبێتەوە.
       *[other] شاشەکە دوای { $seconds } چرکە پاک دەبێتەوە.
    }
idle-continue = هێشتا لێرەم
leave-confirm = دەتەوێت بڕۆیت و ئەوەی نووسیوتە بسڕدرێتەوە؟
leave-confirm-yes = بەڵێ، بیسڕەوە و بڕۆ
leave-confirm-no = نەخێر، بگەڕێوە
example-data = زانیاری نموونە: وردەکارییەکانی وڵاتان لەم کیۆسکە ڕاستەقینە نین. پشتیان پێ مەبەستە، لە کارمەندان بپرسە.
rule-item-unanswered = تکایە وەڵامی هەموو پرسیارێک بە بەڵێ یان نەخێر بدەوە. ئەو پرسیارانەی هێشتا وەڵامیان نییە نیشانە کراون.
rule-generic = هێشتا ناتوانرێت واژوو بکرێت: هەنگاوێک ماوە. تکایە دووبارە بە هەنگاوەکاندا بچۆرەوە، یان داوای یارمەتی لە ڕاوێژکارێک بکە.
rule-draft-locale-alone = دەقی ئەم زمانە هێشتا کەس پێیدا نەچووەتەوە. دەتوانیت هەموو شتێک لێرە بخوێنیتەوە. بۆ واژووکردن، ڕاوێژکارێک لەگەڵت پێیدا دەچێتەوە، ئەگەر بتەوێت لەگەڵ وەرگێڕێک.
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [one] یەک کاتژمێر ماوە بۆ بیرکردنەوە
       *[other] { $hours } کاتژمێر ماوە بۆ بیرکردنەوە
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.
# Translator note (ckb): month names and the date pattern follow CLDR
# (Syriac month names as used in the Kurdistan Region; "dی MMMMی y").

month-1 = کانوونی دووەم
month-2 = شوبات
month-3 = ئازار
month-4 = نیسان
month-5 = ئایار
month-6 = حوزەیران
month-7 = تەمووز
month-8 = ئاب
month-9 = ئەیلوول
month-10 = تشرینی یەکەم
month-11 = تشرینی دووەم
month-12 = کانوونی یەکەم
# $day, $year: numbers; $month: the month's name from above.
date-long = { $day }ی { $month }ی { $year }
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = نووسینگەی هاوبەش لەم وڵاتە

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = ئێستا ئەمە پاشەکەوت نەکرا. هیچ شتێک لەوەی نووسیوتە ون نەبووە. تکایە داوای یارمەتی لە کارمەندێک بکە.
# The person asked for a counsellor.
counsellor-ask = تکایە بە کارمەندێک بڵێ: ڕاوێژکارێکت بۆ دەهێنێت. هەروەها دەتوانیت کاتێکی تر بگەڕێیتەوە.

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = کارمەندان
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = ناوەندەکە بۆ ئێستا یارمەتی گەڕانەوە بۆ ئەم وڵاتەی ڕاگرتووە. ڕاوێژکارێک دەتوانێت زیاترت پێ بڵێت.

## Guided session (a counsellor sits with the person)

guided-sign-mark = بە نیشانەیەک واژۆ بکە (لەبەردەم شایەتەکە)
guided-representative-signs = واژۆی سەرپەرشتیار یان نوێنەری یاسایی: ناوەکەی بنووسە
guided-representative-confirm = سەرپەرشتیار یان نوێنەر واژۆ دەکات
guided-signed-by = واژۆکەر: { $role }
guided-signature-taken = واژۆکە تۆمار کرا. کاتێک هەمووان واژۆیان کرد، «تەواوکردن» هەڵبژێرە.
guided-complete = تەواوکردن
guided-host-alongside = بە زمانی وڵاتی خانەخوێ، بۆ ڕاوێژکار:

## Roles of the people present

role-migrant = کەسەکە خۆی
role-guardian = سەرپەرشتیار
role-legal-representative = نوێنەری یاسایی
role-counsellor = ڕاوێژکار
role-interpreter = وەرگێڕ
role-witness = شایەت

## The printed receipt

receipt-pdf-answers = وەڵامەکانت:
receipt-pdf-withdrawn-at = لە { $date } کاتژمێر { $time } کشێنرایەوە.
receipt-pdf-present = ئامادەبووان: { $roles }
receipt-pdf-centre = پەیوەندی: { $contact }
receipt-pdf-version = وەشانی زانیارییەکان: { $version }
receipt-print = کۆپییەک چاپ بکە بۆ خۆت
receipt-printing = چاپ دەکرێت…
receipt-printed = چاپ کرا. تکایە کۆپییەکەت لە چاپکەرەکە وەربگرە.
receipt-print-failed = چاپکەرەکە کاری نەکرد. هیچ شتێک ون نەبووە: ڕەزامەندییەکەت پاشەکەوت کراوە.
receipt-print-again = دووبارە هەوڵی چاپکردن بدەرەوە
receipt-show-code = لە جیاتی ئەوە، کۆدەکە لەسەر شاشە نیشان بدە

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = بەردەوامبە
action-continue-to-signing = بڕۆ بۆ واژۆکردن
action-choose-this-country = ئەم وڵاتە هەڵبژێرە
action-back-to-options = گەڕانەوە بۆ هەموو بژاردەکان
action-finished = تەواوم کرد
step-bar-options = بژاردەکان
step-bar-country = وڵات
step-bar-agree = ڕەزامەندی
step-bar-check = پشکنین
step-bar-sign = واژۆ
step-bar-receipt = پسوڵە
step-bar-where = هەنگاوی { $n } لە { $total }: { $name }
step-bar-number = { $n }
part-of = بەشی { $n } لە { $total }
item-of = پرسیاری { $n } لە { $total }
review-change = گۆڕین
review-counts-from = ئەگەر ئێستا واژۆ بکەیت، ڕەزامەندییەکەت ناتوانێت پێش { $date } کاتژمێر { $time } کارا بێت.
receipt-interview = پێش ئەوەی کارا بێت، ڕاوێژکارێک بە تایبەتی لەگەڵت کۆدەبێتەوە بۆ ئەوەی دڵنیا بێت کە ئەمە هێشتا هەڵبژاردنی ئازادی خۆتە.
receipt-saved = ڕەزامەندییەکەت پاشەکەوت کرا
receipt-next-steps = دواتر چی دەبێت
sign-declaration = بە واژۆکردن دەڵێم کە لەگەڵ ئەوەی لێرە خوێندمەوە و پشکنیم ڕازیم.

## Limits, legal help, rights, and what a return changes

overview-open-rights = مافەکانت، هەرچییەک هەڵبژێریت
action-legal-help = یارمەتی یاسایی وەربگرە
contact-legal-aid = ڕاوێژی یاسایی بێبەرامبەر
contact-asylum-office = لە کوێ داوای پەنابەری یان تانە بکەیت
contact-trafficking-help = یارمەتی نهێنی بۆ قوربانیانی بازرگانی بە مرۆڤ
complaints-contact = سکاڵا، بێ ڕێگەی ڕاوێژکاران

## A label and its value on one line

label-value = { $label }: { $value }
