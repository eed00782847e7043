# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note (fa): plain standard written Persian, avoiding words only used in Iran,
# so that Dari speakers understand it too. "reference code" is rendered as "کد پیگیری"
# (tracking code), the everyday term for a code used to follow up a request.

## Start screen

kiosk-name = اطلاعات و انتخاب‌ها
language-choose = زبان خود را انتخاب کنید
# A button that plays the name of the language out loud.
language-listen = بشنوید
start-withdraw = پس گرفتن رضایت
start-talk-counsellor = صحبت با مشاور

## Welcome and privacy

welcome-title = خوش آمدید
welcome-what = این صفحه همه راه‌هایی را که برای ماندن یا بازگشتن دارید توضیح می‌دهد. این صفحه برای شماست، به زبان خودتان.
welcome-free = شما آزادانه تصمیم می‌گیرید و هیچ‌کس حق ندارد به شما فشار بیاورد. «نه» گفتن حق شما را برای درخواست حمایت یا مشاوره حقوقی از بین نمی‌برد. از یک مشاور بپرسید این کار برای شما در اینجا چه چیزی را تغییر می‌دهد.
welcome-nothing-recorded = هر چه اینجا می‌خوانید یا لمس می‌کنید ذخیره نمی‌شود، مگر اینکه در پایان امضا کنید.
welcome-screen-clears = اگر صفحه را مدت کوتاهی به حال خود بگذارید، خودش پاک می‌شود تا نفر بعدی هیچ چیزی از شما نبیند.
welcome-start = شروع

## Age

age-question = آیا ۱۸ سال یا بیشتر دارید؟
age-yes = بله، ۱۸ سال یا بیشتر دارم
age-no = نه، کمتر از ۱۸ سال دارم
age-unsure = از سن خودم مطمئن نیستم
minor-info = شما می‌توانید همه اطلاعات اینجا را بخوانید. چون کمتر از ۱۸ سال دارید، یک مشاور همراه با پدر یا مادر، سرپرست یا نماینده قانونی شما به شما کمک می‌کند.
minor-counsellor = لطفاً یک مشاور بخواهید. شما نمی‌توانید اینجا به تنهایی چیزی را امضا کنید.

## Moving around

nav-back = برگشت
nav-next = بعدی
nav-home = شروع دوباره
read-aloud = خواندن با صدای بلند
# Shown instead of the play button when no recording exists in this language.
audio-missing = هنوز صدای ضبط‌شده‌ای به این زبان وجود ندارد
audio-stop = توقف
audio-slower = آهسته‌تر
audio-normal-speed = سرعت عادی
audio-failed = صدا روی این دستگاه پخش نمی‌شود. لطفاً به یکی از کارکنان بگویید.
text-size = اندازه نوشته
high-contrast = تضاد رنگ بیشتر

## Always on every consent screen, as big as "Next"

action-more-time = به وقت بیشتری نیاز دارم
action-no-decision = نمی‌خواهم تصمیم بگیرم
action-talk-counsellor = صحبت با مشاور
action-pressured = احساس فشار می‌کنم / می‌خواهم به‌طور خصوصی صحبت کنم
pressured-noted = از اینکه به ما گفتید متشکریم. به کارکنان خبر داده شد که کسی در اینجا می‌خواهد خصوصی صحبت کند، بدون نام شما. به میز پذیرش مراجعه کنید یا همین‌جا منتظر بمانید. می‌توانید بخواهید بدون کسانی که همراهتان آمده‌اند، در اتاقی که کس دیگری صدا را نمی‌شنود، و با مشاور یا مترجمی از جنسیتی که ترجیح می‌دهید، اگر مرکز داشته باشد، صحبت کنید. لازم نیست ادامه دهید.
more-time-noted = هر قدر وقت لازم دارید، بگیرید. می‌توانید روز دیگری برگردید؛ هیچ چیزی ذخیره نشده است.

## Overview of all options

overview-options-heading = راه‌های پیش روی شما
overview-open-option = بیشتر بخوانید

## Countries

country-status-available = کمک برای بازگشت وجود دارد.
# $date: the day help was paused, already formatted for the language.
country-status-suspended = کمک برای بازگشت از { $date } به‌طور موقت متوقف شده است.
country-status-area-suspended = کمک برای بازگشت در بخشی از این کشور به‌طور موقت متوقف شده است.
country-not-selectable = در حال حاضر نمی‌توانید این کشور را برای بازگشت انتخاب کنید.
country-choose = کشور را انتخاب کنید
region-question = به کدام منطقه بازمی‌گردید؟
region-paused = کمک بازگشت در اینجا متوقف است
region-other = منطقه‌ای دیگر از این کشور
region-not-selectable = کمک بازگشت در این منطقه متوقف است. اکنون نمی‌توانید آن را برای بازگشت انتخاب کنید. یک مشاور می‌تواند بیشتر توضیح دهد.

## Consent steps

step-choose-title = چه کاری می‌خواهید انجام دهید؟
step-choose-intro = یکی را انتخاب کنید. هیچ چیزی از قبل برای شما انتخاب نشده است.
step-items-title = آنچه با آن موافقت می‌کنید
step-items-intro = به هر سؤال جداگانه جواب دهید. می‌توانید به بعضی «بله» و به بعضی دیگر «نه» بگویید.
item-yes = بله
item-no = نه
item-required = برای گرفتن کمک بازگشت لازم است
item-optional = می‌توانید به این «نه» بگویید و باز هم کمک بازگشت را بگیرید
step-check-title = بیایید با هم بررسی کنیم
step-check-intro = این سؤال‌ها امتحان نیستند. به ما کمک می‌کنند ببینیم آیا مطالب را خوب توضیح داده‌ایم یا نه.
check-right = بله، درست است.
check-explain-again = بیایید این بخش را دوباره توضیح دهیم.
step-review-title = لطفاً پیش از امضا بخوانید
step-review-intro = این همه چیزی است که می‌خواهید امضا کنید.
step-sign-title = امضا
sign-draw = با انگشت خود امضا کنید
sign-type = نام خود را بنویسید
sign-typed-as = نام شما به شکلی که نگه داشته می‌شود:
sign-mark = یک علامت بگذارید
sign-mark-needs-witness = برای علامت، یک شاهد لازم است. لطفاً از یک مشاور بخواهید کنار شما باشد.
sign-clear = پاک کردن
sign-pad-empty = هنوز چیزی کشیده نشده است. اگر نمی‌توانید بکشید، راه دیگری را در بالا انتخاب کنید یا از یک مشاور کمک بخواهید.
sign-pad-drawn = امضای شما کشیده شده است.
sign-confirm = امضا می‌کنم
decline-confirm = موافق نیستم

## Receipt

receipt-title = رسید شما
receipt-code = کد پیگیری شما
receipt-agreed = آنچه با آن موافقت کردید
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = رضایت شما پیش از { $date } ساعت { $time } نمی‌تواند معتبر شود. می‌توانید هر زمان پیش از رفتن، بدون ذکر دلیل، آن را پس بگیرید.
receipt-withdraw-how = برای پس گرفتن رضایت، به همین دستگاه برگردید و «پس گرفتن رضایت» را انتخاب کنید، یا به یک مشاور بگویید. به کد پیگیری خود نیاز خواهید داشت.
receipt-keep-code = این کد را در جای امن نگه دارید. از آن عکس بگیرید یا یک نسخه چاپی بخواهید.

## Withdrawal

withdraw-title = پس گرفتن رضایت
withdraw-enter-code = کد پیگیری رسید خود را با دکمه‌های زیر وارد کنید.
withdraw-key-delete = پاک کردن
withdraw-key-clear = پاک کردن همه
withdraw-lost-code = کدم را گم کرده‌ام
withdraw-code-typo = این کد درست به نظر نمی‌رسد. لطفاً هر حرف و عدد را بررسی کنید؛ شاید یکی اشتباه نوشته شده یا جای دو تا عوض شده باشد.
# $expected: characters in a code; $found: characters typed.
# Translator note (fa): "characters" is rendered as "حرف یا عدد" (letter or digit), plainer than "نویسه".
withdraw-code-length = کد پیگیری { $expected } حرف یا عدد دارد. شما { $found } حرف یا عدد نوشتید.
withdraw-not-found = هیچ رضایتی با این کد وجود ندارد. لطفاً آن را بررسی کنید یا از یک مشاور بپرسید.
withdraw-what = این رضایت پس گرفته می‌شود:
withdraw-confirm = رضایتم را پس می‌گیرم
withdraw-done = رضایت شما پس گرفته شد. هیچ کاری بر اساس آن انجام نمی‌شود. این رسید شماست.
withdraw-closed = این رضایت را دیگر نمی‌توان اینجا پس گرفت. لطفاً با یک مشاور صحبت کنید.

## Time

# $seconds: seconds left before the screen clears.
idle-warning = هنوز اینجا هستید؟ صفحه تا { $seconds } ثانیه دیگر پاک می‌شود.
idle-continue = هنوز اینجا هستم
leave-confirm = می‌خواهید خارج شوید و آنچه وارد کرده‌اید پاک شود؟
leave-confirm-yes = بله، پاک کن و خارج شو
leave-confirm-no = نه، برگرد
example-data = اطلاعات نمونه: جزئیات کشورها در این کیوسک واقعی نیستند. به آن‌ها اعتماد نکنید و از کارکنان بپرسید.
rule-item-unanswered = لطفاً به هر پرسش با «بله» یا «نه» پاسخ دهید. پرسش‌هایی که هنوز پاسخ ندارند علامت خورده‌اند.
rule-generic = هنوز نمی‌توان امضا کرد: یک مرحله کم است. لطفاً مراحل را دوباره مرور کنید یا از یک مشاور کمک بخواهید.
rule-draft-locale-alone = متن این زبان هنوز توسط هیچ کسی بازبینی نشده است. می‌توانید همه چیز را اینجا بخوانید. برای امضا، یک مشاور متن را با شما مرور می‌کند، اگر بخواهید با یک مترجم.
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours } ساعت برای فکر کردن باقی مانده است

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.

month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
# $day, $year: numbers; $month: the month's name from above.
date-long = { $day } { $month } { $year }
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = دفتر سازمان همکار در این کشور

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = الان نتوانستیم این را ذخیره کنیم. چیزی از آنچه وارد کرده‌اید از بین نرفته است. لطفاً از یکی از کارکنان کمک بخواهید.
# The person asked for a counsellor.
counsellor-ask = لطفاً به یکی از کارکنان بگویید: او یک مشاور را پیش شما می‌آورد. همچنین می‌توانید وقت دیگری برگردید.

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = کارکنان
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = مرکز فعلاً کمک برای بازگشت به این کشور را متوقف کرده است. یک مشاور می‌تواند بیشتر توضیح دهد.

## Guided session (a counsellor sits with the person)

guided-sign-mark = با یک علامت امضا کنید (در حضور شاهد)
guided-representative-signs = امضای سرپرست یا نماینده قانونی: نام او را بنویسید
guided-representative-confirm = سرپرست یا نماینده قانونی امضا می‌کند
guided-signed-by = امضاکننده: { $role }
guided-signature-taken = امضا ثبت شد. وقتی همه امضا کردند، «پایان» را بزنید.
guided-complete = پایان
guided-host-alongside = به زبان کشور میزبان، برای مشاور:

## Roles of the people present

role-migrant = خود شخص
role-guardian = سرپرست
role-legal-representative = نماینده قانونی
role-counsellor = مشاور
role-interpreter = مترجم
role-witness = شاهد

## The printed receipt

receipt-pdf-answers = پاسخ‌های شما:
receipt-pdf-withdrawn-at = در تاریخ { $date } ساعت { $time } پس گرفته شد.
receipt-pdf-present = حاضران: { $roles }
receipt-pdf-centre = تماس: { $contact }
receipt-pdf-version = نسخهٔ اطلاعات: { $version }
receipt-print = یک نسخه چاپ کنید و نگه دارید
receipt-printing = در حال چاپ…
receipt-printed = چاپ شد. لطفاً نسخهٔ خود را از چاپگر بردارید.
receipt-print-failed = چاپگر کار نکرد. چیزی از بین نرفته است: رضایت شما ذخیره شده است.
receipt-print-again = دوباره چاپ کنید
receipt-show-code = به جای آن، کد را روی صفحه نشان دهید

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = ادامه
action-continue-to-signing = ادامه به امضا
action-choose-this-country = انتخاب این کشور
action-back-to-options = بازگشت به همه گزینه‌ها
action-finished = تمام کردم
step-bar-options = گزینه‌ها
step-bar-country = کشور
step-bar-agree = موافقت
step-bar-check = بررسی
step-bar-sign = امضا
step-bar-receipt = رسید
step-bar-where = مرحله { $n } از { $total }: { $name }
step-bar-number = { $n }
part-of = بخش { $n } از { $total }
item-of = پرسش { $n } از { $total }
review-change = تغییر
review-counts-from = اگر اکنون امضا کنید، رضایت شما پیش از { $date } ساعت { $time } نمی‌تواند معتبر شود.
receipt-interview = پیش از آنکه معتبر شود، یک مشاور همچنین به‌طور خصوصی با شما دیدار می‌کند تا مطمئن شود این هنوز انتخاب آزاد شماست.
receipt-saved = رضایت شما ذخیره شد
receipt-next-steps = بعد چه می‌شود
sign-declaration = با امضا، می‌گویم که با آنچه اینجا خواندم و بررسی کردم موافقم.

## Limits, legal help, rights, and what a return changes

overview-open-rights = حقوق شما، هر انتخابی که بکنید
action-legal-help = کمک حقوقی بگیرید
contact-legal-aid = مشاوره حقوقی رایگان
contact-asylum-office = کجا درخواست پناهندگی یا اعتراض بدهید
contact-trafficking-help = کمک محرمانه برای قربانیان قاچاق انسان
complaints-contact = شکایت، بدون واسطه مشاوران

## A label and its value on one line

label-value = { $label }: { $value }
