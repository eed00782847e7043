# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note (ar): the person is addressed with the masculine singular "you",
# used as the generic form, as is usual in UNHCR/IOM Arabic materials.
# "counsellor" = مستشار, "reference code" = الرمز المرجعي, "withdraw consent" = سحب الموافقة.

## Start screen

kiosk-name = معلومات وخيارات
language-choose = اختر لغتك
# A button that plays the name of the language out loud.
language-listen = استمع
start-withdraw = سحب موافقة
start-talk-counsellor = تحدّث مع مستشار

## Welcome and privacy

welcome-title = مرحبًا بك
welcome-what = تشرح هذه الشاشة كل الخيارات المتاحة لك بشأن البقاء أو العودة. هي لك، وبلغتك.
welcome-free = أنت تقرر بحرية، ولا يحق لأحد أن يضغط عليك. قول «لا» لا يسلبك حقك في طلب الحماية أو الاستشارة القانونية. اسأل مستشارًا عمّا يغيّره ذلك بالنسبة لك هنا.
welcome-nothing-recorded = لا يُحفظ شيء مما تقرؤه أو تلمسه هنا، إلا إذا وقّعت في النهاية.
welcome-screen-clears = إذا تركت الشاشة دون استخدام لوقت قصير، فإنها تُمسح من تلقاء نفسها، حتى لا يرى الشخص التالي أي شيء يخصك.
welcome-start = ابدأ

## Age

age-question = هل عمرك ١٨ سنة أو أكثر؟
age-yes = نعم، عمري ١٨ سنة أو أكثر
age-no = لا، عمري أقل من ١٨ سنة
age-unsure = لست متأكدًا من عمري
minor-info = يمكنك قراءة كل المعلومات هنا. لأن عمرك أقل من ١٨ سنة، سيساعدك مستشار، مع أحد والديك أو الوصي عليك أو ممثلك القانوني.
minor-counsellor = من فضلك اطلب مستشارًا. لا يمكنك أن توقّع على أي شيء وحدك هنا.

## Moving around

nav-back = رجوع
nav-next = التالي
nav-home = ابدأ من جديد
read-aloud = القراءة بصوت عالٍ
# Shown instead of the play button when no recording exists in this language.
audio-missing = لا يوجد تسجيل صوتي بهذه اللغة بعد
audio-stop = إيقاف
audio-slower = أبطأ
audio-normal-speed = السرعة العادية
audio-failed = لا يمكن تشغيل الصوت على هذا الجهاز. يُرجى إبلاغ أحد الموظفين.
text-size = حجم الخط
high-contrast = تباين عالٍ

## Always on every consent screen, as big as "Next"

action-more-time = أحتاج إلى وقت أطول
action-no-decision = لا أريد أن أقرر
action-talk-counsellor = تحدّث مع مستشار
action-pressured = أشعر بالضغط / أريد التحدث على انفراد
pressured-noted = شكرًا لأنك أخبرتنا. أُبلغ الموظفون أن شخصًا هنا يريد التحدث على انفراد، دون ذكر اسمك. اسأل في مكتب الاستقبال، أو انتظر هنا. يمكنك أن تطلب التحدث دون الأشخاص الذين جاؤوا معك، في غرفة لا يسمع فيها أحد غيرك، ومع مستشار أو مترجم من الجنس الذي تفضّله إن وُجد في المركز. لست مضطرًا إلى المتابعة.
more-time-noted = خذ كل الوقت الذي تحتاجه. يمكنك العودة في يوم آخر، فلم يُحفظ أي شيء.

## Overview of all options

overview-options-heading = خياراتك
overview-open-option = اقرأ المزيد

## Countries

country-status-available = المساعدة على العودة متاحة.
# $date: the day help was paused, already formatted for the language.
country-status-suspended = المساعدة على العودة متوقفة مؤقتًا منذ { $date }.
country-status-area-suspended = المساعدة على العودة متوقفة مؤقتًا في جزء من هذا البلد.
country-not-selectable = لا يمكنك اختيار هذا البلد للعودة إليه الآن.
country-choose = اختر البلد
region-question = إلى أي منطقة ستعود؟
region-paused = المساعدة على العودة متوقفة هنا
region-other = منطقة أخرى من هذا البلد
region-not-selectable = المساعدة على العودة متوقفة في هذه المنطقة. لا يمكنك اختيارها للعودة الآن. يمكن لمستشار أن يخبرك بالمزيد.

## Consent steps

step-choose-title = ماذا تريد أن تفعل؟
step-choose-intro = اختر خيارًا واحدًا. لم يُختر لك أي شيء مسبقًا.
step-items-title = ما توافق عليه
step-items-intro = أجب عن كل سؤال وحده. يمكنك أن تقول «نعم» لبعضها و«لا» لبعضها الآخر.
item-yes = نعم
item-no = لا
item-required = ضروري للحصول على المساعدة على العودة
item-optional = يمكنك أن تقول «لا» لهذا، وتحصل مع ذلك على المساعدة على العودة
step-check-title = لنتأكد معًا
step-check-intro = هذه الأسئلة ليست امتحانًا. إنها تساعدنا على معرفة هل شرحنا الأمور جيدًا.
check-right = نعم، هذا صحيح.
check-explain-again = دعنا نشرح هذا الجزء مرة أخرى.
step-review-title = من فضلك اقرأ قبل أن توقّع
step-review-intro = هذا كل ما أنت على وشك أن توقّع عليه.
step-sign-title = التوقيع
sign-draw = وقّع بإصبعك
sign-type = اكتب اسمك
sign-typed-as = اسمك كما سيُحفظ:
sign-mark = ضع علامة
sign-mark-needs-witness = العلامة تحتاج إلى شاهد. من فضلك اطلب من مستشار أن يكون معك.
sign-clear = امسح
sign-pad-empty = لم يُرسم شيء بعد. إذا لم تستطع الرسم، اختر طريقة أخرى في الأعلى أو اطلب مستشارًا.
sign-pad-drawn = تم رسم توقيعك.
sign-confirm = أوقّع
decline-confirm = لا أوافق

## Receipt

receipt-title = إيصالك
receipt-code = رمزك المرجعي
receipt-agreed = ما وافقت عليه
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = لا يمكن أن تصبح موافقتك سارية قبل { $date } الساعة { $time }. يمكنك سحبها في أي وقت قبل مغادرتك، دون ذكر أي سبب.
receipt-withdraw-how = لسحب موافقتك، عُد إلى هذا الجهاز واختر «سحب موافقة»، أو أخبر مستشارًا. ستحتاج إلى رمزك المرجعي.
receipt-keep-code = احتفظ بهذا الرمز في مكان آمن. التقط له صورة أو اطلب نسخة مطبوعة.

## Withdrawal

withdraw-title = سحب موافقة
withdraw-enter-code = أدخل الرمز المرجعي الموجود في إيصالك باستخدام الأزرار أدناه.
withdraw-key-delete = حذف
withdraw-key-clear = مسح الكل
withdraw-lost-code = فقدت الرمز
withdraw-code-typo = يبدو أن هذا الرمز غير صحيح. من فضلك تحقق من كل خانة، فربما كُتبت إحداها خطأً، أو تبدّل مكان خانتين.
# $expected: characters in a code; $found: characters typed.
# Translator note (ar): "characters" = خانات; the first sentence is phrased
# "the number of characters is N" so that it needs no plural agreement.
withdraw-code-length = عدد خانات الرمز المرجعي هو { $expected }. { $found ->
        [zero] لم تكتب أي خانة.
        [one] كتبت خانة واحدة.
        [two] كتبت خانتين.
        [few] كتبت { $found } خانات.
        [many] كتبت { $found } خانة.
       *[other] كتبت { $found } خانة.
    }
withdraw-not-found = لا توجد موافقة بهذا الرمز. من فضلك تحقق منه، أو اسأل مستشارًا.
withdraw-what = سيتم سحب هذه الموافقة:
withdraw-confirm = اسحب موافقتي
withdraw-done = تم سحب موافقتك. لن يحدث أي شيء بناءً عليها. هذا إيصالك.
withdraw-closed = لم يعد من الممكن سحب هذه الموافقة هنا. من فضلك تحدث مع مستشار.

## Time

# $seconds: seconds left before the screen clears.
idle-warning = هل ما زلت هنا؟ { $seconds ->
        [zero] ستُمسح الشاشة الآن.
        [one] ستُمسح الشاشة بعد ثانية واحدة.
        [two] ستُمسح الشاشة بعد ثانيتين.
        [few] ستُمسح الشاشة بعد { $seconds } ثوانٍ.
        [many] ستُمسح الشاشة بعد { $seconds } ثانية.
       *[other] ستُمسح الشاشة بعد { $seconds } ثانية.
    }
idle-continue = ما زلت هنا
leave-confirm = هل تريد المغادرة ومسح ما أدخلته؟
leave-confirm-yes = نعم، امسح وغادر
leave-confirm-no = لا، ارجع
example-data = معلومات للتوضيح فقط: تفاصيل البلدان على هذا الكشك ليست حقيقية. لا تعتمد عليها، واسأل الموظفين.
rule-item-unanswered = يرجى الإجابة عن كل سؤال بنعم أو لا. الأسئلة التي لم تُجب عنها بعد مُعلَّمة.
rule-generic = لا يمكن التوقيع بعد: هناك خطوة ناقصة. يرجى مراجعة الخطوات مرة أخرى، أو اطلب المساعدة من مستشار.
rule-draft-locale-alone = لم يراجع أي شخص بعد النص بهذه اللغة. يمكنك قراءة كل شيء هنا. أما التوقيع فيكون مع مستشار يراجع النص معك، ومع مترجم إذا أردت.
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [zero] لم تبقَ أي ساعة للتفكير
        [one] بقيت ساعة واحدة للتفكير
        [two] بقيت ساعتان للتفكير
        [few] بقيت { $hours } ساعات للتفكير
        [many] بقيت { $hours } ساعة للتفكير
       *[other] بقيت { $hours } ساعة للتفكير
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.
# Translator note (ar): month names as in CLDR (يناير ...). In Iraq and the
# Levant the Syriac names (كانون الثاني ...) are also common.

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
# $day, $year: numbers; $month: the month's name from above.
date-long = { $day } { $month } { $year }
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = المكتب الشريك في هذا البلد

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = لم نستطع حفظ هذا الآن. لم يضِع شيء مما أدخلته. من فضلك اطلب المساعدة من أحد الموظفين.
# The person asked for a counsellor.
counsellor-ask = من فضلك اطلب ذلك من أحد الموظفين: سيُحضر إليك مستشارًا. يمكنك أيضًا أن تعود في وقت آخر.

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = الموظفون
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = أوقف المركز مؤقتًا المساعدة على العودة إلى هذا البلد. يمكن لمستشار أن يخبرك بالمزيد.

## Guided session (a counsellor sits with the person)

guided-sign-mark = وقّع بعلامة (أمام الشاهد)
guided-representative-signs = توقيع الوصي أو الممثل القانوني: اكتب اسمه
guided-representative-confirm = يوقّع الوصي أو الممثل القانوني
guided-signed-by = الموقِّع: { $role }
guided-signature-taken = تم تسجيل التوقيع. عندما يوقّع الجميع، اضغط «إتمام».
guided-complete = إتمام
guided-host-alongside = بلغة البلد المضيف، للمستشار:

## Roles of the people present

role-migrant = الشخص المعني
role-guardian = الوصي
role-legal-representative = الممثل القانوني
role-counsellor = المستشار
role-interpreter = المترجم
role-witness = الشاهد

## The printed receipt

receipt-pdf-answers = إجاباتك:
receipt-pdf-withdrawn-at = سُحبت في { $date } الساعة { $time }.
receipt-pdf-present = الحاضرون: { $roles }
receipt-pdf-centre = للتواصل: { $contact }
receipt-pdf-version = إصدار المعلومات: { $version }
receipt-print = اطبع نسخة تحتفظ بها
receipt-printing = جارٍ الطباعة…
receipt-printed = تمت الطباعة. من فضلك خذ نسختك من الطابعة.
receipt-print-failed = لم تعمل الطابعة. لم يضِع شيء: موافقتك محفوظة.
receipt-print-again = حاول الطباعة مرة أخرى
receipt-show-code = اعرض الرمز على الشاشة بدلًا من ذلك

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = متابعة
action-continue-to-signing = المتابعة إلى التوقيع
action-choose-this-country = اختيار هذا البلد
action-back-to-options = العودة إلى كل الخيارات
action-finished = انتهيت
step-bar-options = الخيارات
step-bar-country = البلد
step-bar-agree = الموافقة
step-bar-check = التحقق
step-bar-sign = التوقيع
step-bar-receipt = الإيصال
step-bar-where = الخطوة { $n } من { $total }: { $name }
step-bar-number = { $n }
part-of = الجزء { $n } من { $total }
item-of = السؤال { $n } من { $total }
review-change = تغيير
review-counts-from = إذا وقّعت الآن، لا يمكن أن تصبح موافقتك سارية قبل { $date } الساعة { $time }.
receipt-interview = قبل أن تصبح سارية، سيلتقي بك مستشار أيضًا على انفراد ليتأكد أن هذا ما زال اختيارك الحر.
receipt-saved = تم حفظ موافقتك
receipt-next-steps = ماذا يحدث بعد ذلك
sign-declaration = بتوقيعي، أقول إنني موافق على ما قرأته وتحققت منه هنا.

## Limits, legal help, rights, and what a return changes

overview-open-rights = حقوقك، أيًّا كان اختيارك
action-legal-help = احصل على مساعدة قانونية
contact-legal-aid = استشارة قانونية مجانية
contact-asylum-office = أين تطلب اللجوء أو تقدّم طعنًا
contact-trafficking-help = مساعدة سرية لضحايا الاتجار بالبشر
complaints-contact = الشكاوى، دون المرور بالمستشارين

## A label and its value on one line

label-value = { $label }: { $value }
