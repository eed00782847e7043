# The counsellor's console. Staff read these; the person at the kiosk never does.

console-signed-in-as = { $account } ({ $role })
console-role-admin = مدیر
console-role-counsellor = مشاور
console-role-editor = سمونګر
console-sign-out = له حساب څخه وتل
console-to-kiosk = سکرین بېرته د دستګاه حالت ته اړول
console-back = شاته

## Setup and sign-in

console-setup-title = لومړی کارول: د مدیر حساب جوړول
console-setup-intro = په دې وسیله لا هېڅ حساب نشته. مدیر وروسته د مشاورانو حسابونه جوړوي.
console-setup-create = د مدیر حساب جوړول
console-setup-done = د مدیر حساب جوړ شو. اوس ننوځئ.
console-sign-in-title = د کارکوونکو ننوتل
console-account-name = د حساب نوم
console-passphrase = پټ عبارت یا PIN
console-sign-in = ننوتل
console-wrong-credentials = دا نوم او پټ عبارت له هېڅ حساب سره سمون نه لري.
console-locked = ډېرې غلطې هڅې وشوې. دا حساب تر دې وخت وروسته بیا هڅه کولای شي: { $seconds } ثانیې
console-locked-idle = کنسول د یو څه وخت بې کارۍ وروسته پخپله قلف شو. بیا ننوځئ.
console-sign-in-first = لومړی ننوځئ.
console-editor-not-here = د سمونګر حسابونه د منځپانګې او ژباړو لپاره دي، نه د رضایت د ریکارډونو لپاره.
console-account-exists = په دې نوم یو حساب مخکې له مخکې شته.
console-bad-name = د حساب نوم له ۲ تر ۳۲ پورې توري، شمېرې، ټکي، ډشونه یا لاندې کرښې لري.
console-weak-secret = پټ عبارت یا PIN باید لږ تر لږه ۶ توري یا شمېرې ولري.
console-already-set-up = حسابونه مخکې له مخکې شته: نوي حسابونه مدیر اضافه کوي.
console-admin-only = یوازې مدیر دا کار کولای شي.

## Dashboard

console-dashboard-title = په دې وسیله کې رضایتونه
console-concerns-title = په کیوسک کې همدا اوس تاسو ته اړتیا ده: { $count }
console-concern-pressured = فشار احساسوي او غواړي له کارکوونکو سره یوازې خبرې وکړي
console-concern-lost-code = خپل کوډ یې ورک کړی او غواړي خپله رضایت بېرته واخلي
console-concern-seen = زه ورځم
console-guided-start = له مشاور سره ناسته پیلول
console-export = صادرول
console-suspend = یو منزل په لنډمهاله توګه درول
console-review-content = د منځپانګې له بدلون وروسته د رضایتونو بیا کتنه
console-list-all = ټول ({ $count })
console-list-cooling-off = د فکر کولو په موده کې ({ $count })
console-list-effective = د اعتبار وړ ({ $count })
console-list-flagged = خبرتیا لرونکي ({ $count })
console-list-needs-review = بیا کتنې ته اړ ({ $count })
console-list-withdrawn = بېرته اخیستل شوي ({ $count })
console-list-departed = تګ ثبت شوی ({ $count })
console-state-cooling-off = د فکر کولو په موده کې
console-state-effective = د اعتبار وړ
console-state-flagged = خبرتیا لري
console-state-needs-review = بیا کتنې ته اړتیا لري
console-state-withdrawn = بېرته اخیستل شوی
console-state-departed = تګ ثبت شوی
console-state-declined = موافقه یې ونه کړه
console-hours-left = پاتې ساعتونه: { $hours }
console-search = لټون: کوډ، ژبه یا منزل
console-list-empty = په دې لېست کې هېڅ رضایت نشته.
console-list-more = ښودل شوي: { $shown }، له ټولو: { $count }. د لېست د لنډولو لپاره د کوډ نوره برخه ولیکئ.
console-open = { $code } پرانیستل

## Opening a record

console-reason-title = ولې دا ریکارډ پرانیزئ؟
console-reason-intro = د هر ریکارډ پرانیستل ستاسو له حساب او ستاسو له دلیل سره ثبتېږي.
console-reason = دلیل
console-reason-needed = مهرباني وکړئ یو دلیل ولیکئ (څو کلمې).
console-open-confirm = ریکارډ پرانیستل
console-not-found = دا رضایت نشي موندل کېدای.
console-record-title = د رضایت ریکارډ
console-fact-code = د تعقیب کوډ: { $value }
console-fact-state = حالت: { $value }
console-fact-signed = د لاسلیک وخت: { $value }
console-fact-cooling-off = د فکر کولو د مودې پای: { $value }
console-fact-destination = منزل: { $value }
console-fact-language = ژبه: { $value }
console-fact-content = د منځپانګې نسخه: { $value }
console-fact-departed = د تګ وخت: { $value }
console-fact-escort = ملګری: { $value }
console-fact-reception = د هرکلي ترتیب: { $value }
console-fact-household = کورنۍ: { $value }
console-fact-review = بیا کتنې ته اړتیا لري، ځکه چې: { $value }
console-review-content-changed = ښودل شوي معلومات له لاسلیک وروسته بدل شوي دي
console-review-child-objection = ماشوم اعتراض وکړ
console-flag-pressure = اړوند کس وویل چې د فشار احساس یې کړی، یا یې وغوښتل چې په خصوصي توګه خبرې وکړي.
console-flag-re-explained = د پوهاوي د پوښتنو یو ځواب بیا تشریح کولو ته اړتیا درلوده.
console-present = حاضر کسان:
console-items = ځوابونه:
console-withdraw = د اړوند کس په غوښتنه رضایت بېرته اخیستل
console-departure = د تګ ثبتول
console-reconsent = نوی لاسلیک اخیستل
console-saved = خوندي شو.
console-conflict = بل چا همدا اوس دا رضایت بدل کړ. هېڅ شی خوندي نه شو. د بدلون د لیدو لپاره یې بیا پرانیزئ.
console-failed = دا کار ونه شو: { $why }

## Re-consent

console-reconsent-title = له لاسلیک وروسته څه بدل شوي
console-reconsent-intro = نوی متن له اړوند کس سره، د هغه په خپله ژبه ولولئ. بیا هغه بیا لاسلیک کوي، یا خپل رضایت بېرته اخلي.
console-reconsent-not-needed = دا رضایت بیا کتنې ته اړتیا نه لري.
console-reconsent-no-text-change = ښودل شوي متنونه همغه دي؛ بیا کتنه د بل دلیل لپاره وه.
console-reconsent-before = د لاسلیک پر وخت
console-reconsent-now = اوس
console-reconsent-gone = (نور نه ښودل کېږي)
console-reconsent-sign-as = د لیکل شوي نوم خاوند: { $role }
console-reconsent-sign = د نوي لاسلیک ثبتول

## Suspension and content review

console-suspend-title = د راستنېدو د مرستې لنډمهاله درول
console-suspend-intro = د دې منزل ټول روان رضایتونه سمدستي بیا کتنې ته ځي، او دستګاه نور دا منزل نه وړاندې کوي.
console-suspend-area = یوازې یوه سیمه (د ISO 3166-2 کوډ، اختیاري)
console-suspend-reason = دلیل
console-suspend-confirm = په لنډمهاله توګه درول
console-suspend-unknown-country = له لېست څخه یو هېواد وټاکئ.
console-suspend-done = په لنډمهاله توګه ودرول شو. هغه رضایتونه چې بیا کتنې ته ولېږدول شول: { $count }
console-review-done = هغه رضایتونه چې د زړو معلوماتو پر بنسټ لاسلیک شوي وو او بیا کتنې ته ولېږدول شول: { $count }

## Export

console-export-title = د قضیو سیسټم ته صادرول
console-export-intro = په دې وسیله کې هر څه په فولډر کې په یوه فایل کې لیکل کېږي.
console-export-folder = فولډر
console-export-jsonl = JSON Lines (مهر شوې پېښې)
console-export-csv = CSV (د هر رضایت لپاره یو قطار)
console-export-fhir = FHIR R4 Bundle
console-exported = لیکل شوي ریکارډونه: { $count }. فایل: { $path }

## Guided session

console-guided-title = له مشاور سره ناسته: څوک حاضر دي
console-guided-language = د اړوند کس ژبه
console-guided-adult = ۱۸ کلن یا تر دې زیات
console-guided-minor = تر ۱۸ کلونو کم
console-guided-capacity-doubt = د اړوند کس د پرېکړې کولو په وړتیا شک لرم
console-guided-interpreter = حاضر ژباړن: ژبه (که ژباړن نشته، خالي یې پرېږدئ)
console-guided-witness = حاضر شاهد: نوم (د نښې لپاره اړین دی)
console-guided-household = د کورنۍ حواله، د یوې کورنۍ د رضایتونو ترمنځ ګډه (که نه وي، خالي یې پرېږدئ)
console-guided-representative = د سرپرست یا قانوني استازي نوم
console-guided-best-interests = د ماشوم د غوره ګټو د پرېکړې ماخذ شمېره
console-guided-child-view = د ماشوم خپل نظر
console-guided-child-agrees = ماشوم موافق دی (انځور)
console-guided-child-objects = ماشوم مخالف دی (انځور)
console-guided-assent = موافقه
console-guided-objection = مخالفت
console-guided-child-words = د ماشوم خپلې خبرې
console-guided-unaccompanied = ایا ماشوم دلته له مور او پلار یا مسؤول لوی سړي پرته دی؟
console-guided-unaccompanied-yes = بې سرپرسته ماشوم
console-guided-unaccompanied-no = له مور، پلار یا مسؤول لوی سړي سره
console-guided-escort = په سفر کې ملګری: اداره او حواله (نومونه نه)
console-guided-reception = د بېرته تګ په هېواد کې د هرکلي د ترتیب حواله
console-guided-covers-separation = د غوره ګټو پرېکړه له مور او پلار څخه جلا بېرته تګ هم رانغاړي
console-guided-begin = له اړوند کس سره پیل

## Why the rules refuse

rule-mark-without-witness = په نښه لاسلیک داسې شاهد ته اړتیا لري چې په دې ناسته کې حاضر وي.
rule-guardian-signature-missing = د ماشوم رضایت د سرپرست یا قانوني استازي لاسلیک ته اړتیا لري.
rule-child-view-missing = لومړی د ماشوم خپل نظر (موافقه یا مخالفت) ثبت کړئ.
rule-best-interests-reference-missing = د ماشوم د راستنېدو رضایت د ماشوم د غوره ګټو د پرېکړې ماخذ شمېرې ته اړتیا لري.
rule-representative-signature-missing = د اړوند کس د پرېکړې په وړتیا شک دی: قانوني استازی باید لاسلیک وکړي.
rule-migrant-signature-missing = اړوند کس لا لاسلیک نه دی کړی.
rule-empty-signature = یو لاسلیک خالي دی.
rule-unknown-signer = یو چا لاسلیک کړی چې د حاضرو کسانو په توګه نه دی ثبت شوی.
rule-not-withdrawable = دا رضایت په اوسني حالت کې نشي بېرته اخیستل کېدای.
rule-already-departed = تګ ثبت شوی دی: رضایت نور نشي بېرته اخیستل کېدای.
rule-not-departable = تګ یوازې هغه وخت ثبتېدای شي چې رضایت د اعتبار وړ شوی وي.
rule-not-awaiting-reconsent = نوی لاسلیک یوازې د هغه رضایت لپاره اخیستل کېږي چې بیا کتنې ته اړتیا لري.

## ساتنې: نښې، د تایید مرکه، تګ، له کوډ پرته بېرته اخیستل

console-list-on-hold = د مشاور په تمه ({ $count })
console-state-on-hold = د مشاور په تمه (پرانیستې نښه یا د تایید مرکه)
console-find-without-code = له کوډ پرته بېرته اخیستل
console-flag-capacity-doubt = یوه مشاور د پرېکړې د وړتیا په اړه شک ثبت کړی.
console-flag-child-objection = ماشوم اعتراض وکړ.
console-flags-open = پرانیستې نښې: تر څو هره یوه حل نه شي، رضایت نه پلي کېږي او تګ نه ثبتېږي.
console-flag-reason = د حل لامل
console-flag-cleared = له خصوصي خبرو وروسته لرې شوه
console-flag-referred = ور ولېږدول شوه (پرانیستې پاتې کېږي)
console-flag-review = د بیا کتنې لپاره: نوی لاسلیک، د ماشوم نظر بیا اخیستل کېږي
console-flag-resolution = { $flag } حل: { $outcome }. { $reason }
console-fact-interview = د تایید مرکه: { $outcome }، { $when }
console-fact-departure-corrected = تګ سم شو { $when }: { $reason }
console-confirmation = د تایید مرکه
console-confirmation-not-needed = دا رضایت د تایید مرکې ته نه دی منتظر.
console-confirmation-title = خصوصي د تایید مرکه
console-confirmation-intro = له کس سره یوازې خبرې وکړئ، که اړتیا وي له ژباړونکي سره. لاندې هره پوښتنه وکړئ؛ رضایت یوازې د فکر له مودې او تایید وروسته پلي کېږي.
console-confirmation-interpreter-language = ژباړونکی: ژبه (که نه وي خالي پرېږدئ)
console-confirmation-interpreter-id = ژباړونکی: د لېست شمېره
console-confirmation-others = په کوټه کې نور څوک دي:
console-confirmation-fear = ایا کس په بېرته تګ کې له زیان څخه ډارېږي؟
console-confirmation-fear-none = هېڅ ډار نه دی څرګند شوی
console-confirmation-fear-asylum-info = ډار څرګند شو: د پناه غوښتنې معلومات ورکړل شول
console-confirmation-referred = ور ولېږدول شو
console-confirmation-signs = د انسان قاچاق یا تاوتریخوالي نښې؟
console-confirmation-signs-none = هېڅ ونه لیدل شوې
console-confirmation-fitness = روغتیا او د سفر وړتیا
console-confirmation-fit = د سفر وړ
console-confirmation-fit-with-support = له ملاتړ سره وړ (ملګری، درمل)
console-confirmation-not-fit = اوس د سفر وړ نه دی
console-confirmation-legal = خپلواکه حقوقي مشوره
console-confirmation-legal-offered = وړاندې شوه، لا پرېکړه نه ده شوې
console-confirmation-legal-taken = وړاندې او ومنل شوه
console-confirmation-legal-declined = وړاندې او رد شوه
console-confirmation-detained = ایا کس په توقیف کې دی؟
console-confirmation-person = ایا کس په خپلو خبرو تایید کړه چې غواړي بېرته ولاړ شي؟
console-confirmation-confirmed = ثبت: تایید شو
console-confirmation-outcome-referred = ثبت: ور ولېږدول شو (په تمه پاتې کېږي)
console-confirmation-withdrawn = ثبت: کس خپل رضایت بېرته اخلي
console-reconfirm-departure = کس نن بیا تایید کړه
console-departure-correction-reason = ولې تګ په تېروتنه ثبت شو
console-departure-correct = تګ سمول
console-find-title = له کوډ پرته بېرته اخیستل
console-find-intro = کس دلته دی او کوډ یې ورک کړی. وپوښتئ څه یې په یاد دي؛ لږ تر لږه دوه معلومات ورکړئ. هر معلومات باید سمون ولري.
console-find-date = د لاسلیک ورځ (YYYY-MM-DD)
console-find-language = هغه ژبه چې پکې یې لوستل (لکه ar)
console-find-destination = د بېرته تګ هېواد (لکه GE)
console-find-code = د کوډ یوه برخه
console-find-search = موندل
console-find-two-facts = لږ تر لږه دوه معلومات ورکړئ.
console-find-too-many = تر درېیو زیات رضایتونه سمون لري: بل معلومات وپوښتئ.
console-find-none = هېڅ داسې رضایت چې لا بېرته اخیستل کېدای شي له ټولو معلوماتو سره سمون نه لري.
console-find-reason = د بېرته اخیستو لامل
console-find-person-present = کس دلته زما سره دی
console-withdrawn-without-code = بېرته واخیستل شو. کس ته د بېرته اخیستو رسید ورکړئ.
rule-held = دا رضایت لا اعتبار نه لري: یوه نښه پرانیستې ده یا د تایید مرکې تایید نه دی کړی.
rule-flag-not-open = دا نښه په دې رضایت پرانیستې نه ده.
rule-not-awaiting-safeguard = اوس په دې رضایت کې د حل یا تایید لپاره څه نشته.
rule-interview-incomplete = د مرکې ځوابونه تایید ته اجازه نه ورکوي (د کس تایید، پاتې لېږد، د سفر وړتیا، یا په توقیف کې حقوقي مشوره).
rule-reason-missing = مهرباني وکړئ لامل ولیکئ.
rule-reconfirmation-missing = د تګ له ثبت مخکې کس باید نن په خصوصي ډول بیا تایید وکړي.
rule-not-departed = هېڅ تګ نه دی ثبت شوی.
rule-not-identified = له کوډ پرته بېرته اخیستل د کس حضور او لږ تر لږه دوه سمون لرونکي معلومات غواړي.
rule-child-objection-needs-review = د ماشوم اعتراض نشي لرې کېدای: رضایت بیا کتنې ته ولېږئ، یا یې راجع کړئ.
rule-escort-missing = د بې سرپرسته ماشوم بېرته تګ ته د ملګري ثبت اړین دی.
rule-reception-arrangement-missing = د بې سرپرسته ماشوم بېرته تګ ته د بېرته تګ په هېواد کې د هرکلي د ترتیب حواله اړینه ده.
rule-household-apart = د ماشوم رضایت د همدې کورنۍ د مور یا پلار له رضایت سره (همدې هېواد ته، نافذ) مخ ته ځي، مګر دا چې د غوره ګټو پرېکړه جلا بېرته تګ رانغاړي.
console-fact-waiting-for = په تمه: { $value }
console-fact-shareable-from = هغه معلومات چې له مرکز څخه وځي له دې وخته شریکېدای شي: { $value }
console-confirmation-unanswered = د مرکې له ثبت مخکې هرې پوښتنې ته ځواب ورکړئ.
console-hold-household = د همدې کورنۍ د یوه مور یا پلار رضایت
console-suspend-unknown-area = د دې هېواد لپاره له لیکل شویو سیمو څخه یوه یا ټول هېواد وټاکئ.
console-suspend-whole-country = ټول هېواد
console-suspensions-active = له دې کنسول څخه درول شوي، چې لا هم نافذ دي:
console-suspension-line = { $destination }، له { $when } راهیسې: { $reason }
console-lift = دا درول لرې کړئ
console-lift-title = د درولو لرې کول
console-lift-intro = کله چې درول لرې شي، کیوسک بیا دا منزل وړاندې کوي. هغه رضایتونه چې د دې له امله بیا کتنې ته تللي هلته پاتې کېږي: هر یو یوازې د نوي لاسلیک سره مخ ته ځي، یا بېرته اخیستل کېږي.
console-lift-count = د دې درولو له امله په بیا کتنه کې رضایتونه: { $count }
console-lift-content-still = منځپانګه (countries.toml) هم دا منزل درولی دی: تر هغه درول پاتې کېږي چې منځپانګه بدله شي.
console-lift-reason = ولې لرې کېږي؟ (د ثبت لپاره)
console-lift-confirm = درول لرې کړئ
console-lift-done = درول لرې شو. هغه رضایتونه چې لا هم په بیا کتنه کې دي او هر یو نوي لاسلیک ته انتظار باسي: { $count }
console-lift-not-active = دا درول نور نافذ نه دی.
console-reconsent-region = د راستنېدو سیمه: له شخص څخه یې بیا وپوښتئ.
rule-area-not-chosen = دې هېواد ته راستنېدل هغه سیمه په ګوته کوي چې شخص ورته راستنېږي، له لیکل شویو سیمو څخه.
rule-unaccompanied-unanswered = د ماشوم لپاره، لومړی ځواب ورکړئ چې ایا دلته پرته له مور یا پلار یا مسؤول لوی سړي څخه دی: هو یا نه.

## The table and its queue

console-needs-you-title = هغه رضایتونه چې اوس تاسو ته اړتیا لري: { $count }
console-needs-you-none = په کتار کې اوس هېڅ شی تاسو ته اړتیا نه لري.
console-needs-you-more = په کتار کې نور: { $count }. د ټولو لیدلو لپاره لاندې یو لېست وټاکئ.
console-urgent-flag = پرانیستې نښه
console-chip-on-hold = د مشاور په تمه
console-urgent-confirmation = د تایید مرکې وخت دی
console-urgent-cooling-off = د فکر کولو موده نن پای ته رسېږي
console-column-code = کوډ
console-column-state = حالت
console-column-hours = پاتې ساعتونه
console-column-flags = نښې
console-column-language = ژبه
console-column-destination = منزل
console-sort-by = د { $column } له مخې ترتیب
console-filter-all-languages = ټولې ژبې
console-filter-all-countries = ټول هېوادونه
console-filter-open-flags = یوازې پرانیستې نښې
console-flag-short-pressure = فشار
console-flag-short-comprehension = پوهېدل
console-flag-short-capacity-doubt = د پرېکړې وړتیا
console-flag-short-child-objection = د ماشوم مخالفت
console-flag-open = پرانیستې نښه: { $reason }
console-flag-resolved = حل شوې نښه: { $reason }
console-reason-for = دوسیه { $code }
console-reason-quick = یو عام دلیل وټاکئ، یا لاندې بل دلیل ولیکئ.
console-reason-asked = شخص پخپله په مېز کې وغوښتل
console-reason-flag = د یوې نښې د حلولو لپاره
console-reason-interview = د تایید مرکه
console-reason-departure = د تګ چمتووالی
console-reason-other = بل دلیل (ویې لیکئ)
console-suspend-confirm-count = { $destination } په لنډمهاله توګه درول: په تمه رضایتونه چې بیا کتنې ته ځي: { $count }
console-export-drives = د لرې کېدو وړ ډرایوونه: یو یې کېکاږئ، بیا یوه بڼه.
console-export-drive = ډرایو { $name }
console-export-no-drive = د لرې کېدو وړ ډرایو ونه موندل شو. یو ولګوئ یا یو فولډر ولیکئ.

## Central sync

console-central-sync-last = مرکزي ډیټابیس وروستی ځل ومنله: { $date }، { $time }
console-central-sync-never = مرکزي ډیټابیس لا نه دي منلي.
