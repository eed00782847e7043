# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note (ur): first-person button texts are phrased so that they do not
# depend on the speaker's gender (e.g. "مجھے فیصلہ نہیں کرنا", "یہ میرے دستخط ہیں").
# "counsellor" = مشیر; "consent" = رضامندی; "withdraw consent" = رضامندی واپس لینا;
# "reference code" = ریفرنس کوڈ (the English loanword is what people know from receipts).

## Start screen

kiosk-name = معلومات اور انتخاب
language-choose = اپنی زبان چنیں
# A button that plays the name of the language out loud.
language-listen = سنیں
start-withdraw = رضامندی واپس لیں
start-talk-counsellor = مشیر سے بات کریں

## Welcome and privacy

welcome-title = خوش آمدید
welcome-what = یہ اسکرین آپ کو وہ سب راستے بتاتی ہے جو یہاں رہنے یا واپس جانے کے بارے میں آپ کے پاس ہیں۔ یہ آپ کے لیے ہے، آپ کی اپنی زبان میں۔
welcome-free = آپ آزادی سے فیصلہ کرتے ہیں، اور کوئی آپ پر دباؤ نہیں ڈال سکتا۔ انکار کرنے سے تحفظ یا قانونی مشورہ مانگنے کا آپ کا حق ختم نہیں ہوتا۔ کسی مشیر سے پوچھیں کہ اس سے یہاں آپ کے لیے کیا بدلتا ہے۔
welcome-nothing-recorded = آپ یہاں جو کچھ پڑھیں یا دبائیں، وہ محفوظ نہیں ہوتا، جب تک آپ آخر میں دستخط نہ کریں۔
welcome-screen-clears = اگر آپ تھوڑی دیر اسکرین کو نہ چھوئیں تو یہ خود صاف ہو جاتی ہے، تاکہ اگلے شخص کو آپ کی کوئی بات نظر نہ آئے۔
welcome-start = شروع کریں

## Age

age-question = کیا آپ کی عمر 18 سال یا اس سے زیادہ ہے؟
age-yes = جی ہاں، میری عمر 18 سال یا اس سے زیادہ ہے
age-no = نہیں، میری عمر 18 سال سے کم ہے
age-unsure = مجھے اپنی عمر کا یقین نہیں ہے
minor-info = آپ یہاں ساری معلومات پڑھ سکتے ہیں۔ چونکہ آپ کی عمر 18 سال سے کم ہے، اس لیے ایک مشیر آپ کی مدد کرے گا، آپ کے والد یا والدہ، سرپرست یا قانونی نمائندے کے ساتھ مل کر۔
minor-counsellor = براہ کرم کسی مشیر کو بلائیں۔ آپ یہاں اکیلے کسی چیز پر دستخط نہیں کر سکتے۔

## Moving around

nav-back = پیچھے
nav-next = آگے
nav-home = دوبارہ شروع کریں
read-aloud = پڑھ کر سنائیں
# Shown instead of the play button when no recording exists in this language.
audio-missing = اس زبان میں ابھی کوئی ریکارڈنگ نہیں ہے
audio-stop = روکیں
audio-slower = آہستہ
audio-normal-speed = عام رفتار
audio-failed = اس آلے پر آواز نہیں چل سکتی۔ براہ کرم عملے کے کسی رکن کو بتائیں۔
text-size = لکھائی کا سائز
high-contrast = زیادہ واضح رنگ

## Always on every consent screen, as big as "Next"

action-more-time = مجھے مزید وقت چاہیے
action-no-decision = مجھے فیصلہ نہیں کرنا
action-talk-counsellor = مشیر سے بات کریں
action-pressured = مجھے دباؤ محسوس ہو رہا ہے / مجھے اکیلے میں بات کرنی ہے
pressured-noted = ہمیں بتانے کا شکریہ۔ عملے کو بتا دیا گیا ہے کہ یہاں کوئی علیحدگی میں بات کرنا چاہتا ہے، آپ کا نام بتائے بغیر۔ استقبالیہ پر پوچھیں، یا یہیں انتظار کریں۔ آپ کہہ سکتے ہیں کہ آپ اپنے ساتھ آئے لوگوں کے بغیر، ایسے کمرے میں جہاں کوئی اور نہ سن سکے، اور اگر مرکز میں ہو تو اپنی پسند کی جنس کے مشیر یا مترجم سے بات کریں۔ آپ کو آگے بڑھنا ضروری نہیں۔
more-time-noted = جتنا وقت چاہیے، لیں۔ آپ کسی اور دن واپس آ سکتے ہیں؛ کچھ بھی محفوظ نہیں ہوا۔

## Overview of all options

overview-options-heading = آپ کے راستے
overview-open-option = مزید پڑھیں

## Countries

country-status-available = واپسی کے لیے مدد دستیاب ہے۔
# $date: the day help was paused, already formatted for the language.
country-status-suspended = { $date } سے واپسی کے لیے مدد عارضی طور پر بند ہے۔
country-status-area-suspended = اس ملک کے ایک حصے میں واپسی کے لیے مدد عارضی طور پر بند ہے۔
country-not-selectable = ابھی آپ واپسی کے لیے یہ ملک نہیں چن سکتے۔
country-choose = ملک چنیں
region-question = آپ کس علاقے میں واپس جا رہے ہیں؟
region-paused = یہاں واپسی کی مدد روک دی گئی ہے
region-other = اس ملک کا کوئی اور علاقہ
region-not-selectable = اس علاقے میں واپسی کی مدد روک دی گئی ہے۔ آپ ابھی واپسی کے لیے اسے نہیں چن سکتے۔ ایک مشیر آپ کو مزید بتا سکتا ہے۔

## Consent steps

step-choose-title = آپ کیا کرنا چاہتے ہیں؟
step-choose-intro = ایک چنیں۔ آپ کی جگہ پہلے سے کچھ نہیں چنا گیا۔
step-items-title = آپ کن باتوں پر راضی ہیں
step-items-intro = ہر سوال کا الگ الگ جواب دیں۔ آپ کچھ باتوں کو ہاں اور کچھ کو نہیں کہہ سکتے ہیں۔
item-yes = ہاں
item-no = نہیں
item-required = واپسی کی مدد کے لیے ضروری
item-optional = آپ اس کو نہیں کہہ کر بھی واپسی کی مدد لے سکتے ہیں
step-check-title = آئیں مل کر دیکھیں
step-check-intro = یہ سوال کوئی امتحان نہیں ہیں۔ ان سے ہمیں پتا چلتا ہے کہ ہم نے باتیں ٹھیک سے سمجھائیں یا نہیں۔
check-right = جی ہاں، یہ درست ہے۔
check-explain-again = آئیں، یہ حصہ دوبارہ سمجھاتے ہیں۔
step-review-title = دستخط سے پہلے براہ کرم پڑھیں
step-review-intro = یہ وہ سب کچھ ہے جس پر آپ دستخط کرنے والے ہیں۔
step-sign-title = دستخط
sign-draw = اپنی انگلی سے دستخط کریں
sign-type = اپنا نام لکھیں
sign-typed-as = آپ کا نام جیسے محفوظ کیا جائے گا:
sign-mark = نشان لگائیں
sign-mark-needs-witness = نشان کے لیے ایک گواہ ضروری ہے۔ براہ کرم کسی مشیر سے کہیں کہ وہ آپ کے ساتھ رہے۔
sign-clear = مٹائیں
sign-pad-empty = ابھی کچھ نہیں بنایا گیا۔ اگر آپ نہیں بنا سکتے تو اوپر کوئی اور طریقہ منتخب کریں یا کسی مشیر سے کہیں۔
sign-pad-drawn = آپ کے دستخط بن گئے ہیں۔
# Translator note (ur): "I sign" rendered as "This is my signature", which does not mark gender.
sign-confirm = یہ میرے دستخط ہیں
decline-confirm = میں راضی نہیں ہوں

## Receipt

receipt-title = آپ کی رسید
receipt-code = آپ کا ریفرنس کوڈ
receipt-agreed = آپ نے کن باتوں پر رضامندی دی
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = آپ کی رضامندی { $date } کو { $time } بجے سے پہلے مؤثر نہیں ہو سکتی۔ آپ جانے سے پہلے کسی بھی وقت، کوئی وجہ بتائے بغیر، اسے واپس لے سکتے ہیں۔
receipt-withdraw-how = رضامندی واپس لینے کے لیے اسی کیوسک پر واپس آئیں اور “رضامندی واپس لیں” چنیں، یا کسی مشیر کو بتائیں۔ اس کے لیے آپ کو اپنا ریفرنس کوڈ چاہیے ہو گا۔
receipt-keep-code = یہ کوڈ سنبھال کر رکھیں۔ اس کی تصویر لے لیں یا چھپی ہوئی کاپی مانگ لیں۔

## Withdrawal

withdraw-title = رضامندی واپس لیں
withdraw-enter-code = اپنی رسید کا ریفرنس کوڈ نیچے دیے گئے بٹنوں سے درج کریں۔
withdraw-key-delete = مٹائیں
withdraw-key-clear = سب مٹائیں
withdraw-lost-code = میرا کوڈ گم ہو گیا
withdraw-code-typo = یہ کوڈ درست نہیں لگتا۔ براہ کرم ہر حرف کو دیکھیں؛ ہو سکتا ہے ایک حرف غلط لکھا گیا ہو یا دو حروف آپس میں جگہ بدل گئے ہوں۔
# $expected: characters in a code; $found: characters typed.
withdraw-code-length = ریفرنس کوڈ میں { $expected } حروف ہوتے ہیں۔ آپ نے { $found ->
        [one] ایک حرف لکھا
       *[other] { $found } حروف لکھے
    }۔
withdraw-not-found = اس کوڈ والی کوئی رضامندی نہیں ملی۔ براہ کرم کوڈ دوبارہ دیکھیں، یا کسی مشیر سے پوچھیں۔
withdraw-what = یہ رضامندی واپس لی جائے گی:
withdraw-confirm = میری رضامندی واپس لیں
withdraw-done = آپ کی رضامندی واپس لے لی گئی ہے۔ اس کی بنیاد پر کچھ نہیں کیا جائے گا۔ یہ رہی آپ کی رسید۔
withdraw-closed = یہ رضامندی اب یہاں واپس نہیں لی جا سکتی۔ براہ کرم کسی مشیر سے بات کریں۔

## Time

# $seconds: seconds left before the screen clears.
idle-warning = کیا آپ ابھی یہیں ہیں؟ اسکرین { $seconds ->
        [one] ایک سیکنڈ
       *[other] { $seconds } سیکنڈ
    } میں صاف ہو جائے گی۔
idle-continue = میں ابھی یہیں ہوں
leave-confirm = کیا آپ چھوڑنا اور جو کچھ درج کیا ہے اسے مٹانا چاہتے ہیں؟
leave-confirm-yes = ہاں، مٹا کر چھوڑیں
leave-confirm-no = نہیں، واپس جائیں
example-data = مثالی معلومات: اس کیوسک پر ممالک کی تفصیلات اصل نہیں ہیں۔ ان پر بھروسہ نہ کریں، عملے سے پوچھیں۔
rule-item-unanswered = براہ کرم ہر سوال کا جواب ہاں یا نہیں میں دیں۔ جن سوالوں کا ابھی جواب نہیں دیا گیا ان پر نشان لگا ہے۔
rule-generic = ابھی دستخط نہیں ہو سکتے: ایک مرحلہ باقی ہے۔ براہ کرم مراحل دوبارہ دیکھیں، یا کسی مشیر سے مدد لیں۔
rule-draft-locale-alone = اس زبان کا متن ابھی کسی انسان نے نہیں جانچا۔ آپ یہاں سب کچھ پڑھ سکتے ہیں۔ دستخط کے لیے ایک مشیر آپ کے ساتھ، چاہیں تو مترجم کے ساتھ، متن دیکھے گا۔
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [one] سوچنے کے لیے ایک گھنٹہ باقی ہے
       *[other] سوچنے کے لیے { $hours } گھنٹے باقی ہیں
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.

month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
# $day, $year: numbers; $month: the month's name from above.
# Translator note (ur): CLDR long date pattern "d MMMM، y" (Urdu comma before the year).
date-long = { $day } { $month }، { $year }
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = اس ملک میں شراکت دار ادارے کا دفتر

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = یہ ابھی محفوظ نہیں ہو سکا۔ آپ نے جو کچھ درج کیا، اس میں سے کچھ بھی ضائع نہیں ہوا۔ براہ کرم عملے کے کسی رکن سے مدد مانگیں۔
# The person asked for a counsellor.
counsellor-ask = براہ کرم عملے کے کسی رکن سے کہیں: وہ ایک مشیر کو آپ کے پاس لے آئیں گے۔ آپ کسی اور وقت بھی واپس آ سکتے ہیں۔

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = عملہ
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = مرکز نے اس ملک میں واپسی کے لیے مدد فی الحال روک دی ہے۔ ایک مشیر آپ کو مزید بتا سکتا ہے۔

## Guided session (a counsellor sits with the person)

guided-sign-mark = نشان لگا کر دستخط کریں (گواہ کے سامنے)
guided-representative-signs = سرپرست یا قانونی نمائندے کے دستخط: ان کا نام لکھیں
guided-representative-confirm = سرپرست یا نمائندہ دستخط کریں
guided-signed-by = دستخط کنندہ: { $role }
guided-signature-taken = دستخط درج ہو گئے ہیں۔ جب سب دستخط کر لیں تو “مکمل کریں” دبائیں۔
guided-complete = مکمل کریں
guided-host-alongside = میزبان ملک کی زبان میں، مشیر کے لیے:

## Roles of the people present

role-migrant = متعلقہ شخص
role-guardian = سرپرست
role-legal-representative = قانونی نمائندہ
role-counsellor = مشیر
role-interpreter = ترجمان
role-witness = گواہ

## The printed receipt

receipt-pdf-answers = آپ کے جوابات:
receipt-pdf-withdrawn-at = { $date } کو { $time } بجے واپس لی گئی۔
receipt-pdf-present = موجود افراد: { $roles }
receipt-pdf-centre = رابطہ: { $contact }
receipt-pdf-version = معلومات کا ورژن: { $version }
receipt-print = اپنے پاس رکھنے کے لیے ایک کاپی پرنٹ کریں
receipt-printing = پرنٹ ہو رہا ہے…
receipt-printed = پرنٹ ہو گیا۔ براہ کرم اپنی کاپی پرنٹر سے لے لیں۔
receipt-print-failed = پرنٹر نے کام نہیں کیا۔ کچھ بھی ضائع نہیں ہوا: آپ کی رضامندی محفوظ ہے۔
receipt-print-again = دوبارہ پرنٹ کرنے کی کوشش کریں
receipt-show-code = اس کے بجائے کوڈ اسکرین پر دکھائیں

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = جاری رکھیں
action-continue-to-signing = دستخط کی طرف بڑھیں
action-choose-this-country = یہ ملک منتخب کریں
action-back-to-options = تمام اختیارات پر واپس
action-finished = میں نے مکمل کر لیا
step-bar-options = اختیارات
step-bar-country = ملک
step-bar-agree = رضامندی
step-bar-check = جانچ
step-bar-sign = دستخط
step-bar-receipt = رسید
step-bar-where = مرحلہ { $n } از { $total }: { $name }
step-bar-number = { $n }
part-of = حصہ { $n } از { $total }
item-of = سوال { $n } از { $total }
review-change = تبدیل کریں
review-counts-from = اگر آپ ابھی دستخط کریں تو آپ کی رضامندی { $date } کو { $time } بجے سے پہلے مؤثر نہیں ہو سکتی۔
receipt-interview = مؤثر ہونے سے پہلے ایک مشیر آپ سے علیحدگی میں بھی ملے گا تاکہ یقین کر سکے کہ یہ اب بھی آپ کا آزادانہ انتخاب ہے۔
receipt-saved = آپ کی رضامندی محفوظ ہو گئی
receipt-next-steps = آگے کیا ہوگا
sign-declaration = دستخط کر کے میں کہتا/کہتی ہوں کہ میں اس سے متفق ہوں جو میں نے یہاں پڑھا اور جانچا۔

## Limits, legal help, rights, and what a return changes

overview-open-rights = آپ کے حقوق، آپ جو بھی چنیں
action-legal-help = قانونی مدد حاصل کریں
contact-legal-aid = مفت قانونی مشورہ
contact-asylum-office = پناہ یا اپیل کی درخواست کہاں دیں
contact-trafficking-help = انسانی اسمگلنگ کے متاثرین کے لیے خفیہ مدد
complaints-contact = شکایات، مشیروں کے ذریعے نہیں

## A label and its value on one line

label-value = { $label }: { $value }
