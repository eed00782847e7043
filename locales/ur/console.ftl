# The counsellor's console. Staff read these; the person at the kiosk never does.

console-signed-in-as = { $account } ({ $role })
console-role-admin = منتظم
console-role-counsellor = مشیر
console-role-editor = ایڈیٹر
console-sign-out = لاگ آؤٹ کریں
console-to-kiosk = اسکرین کیوسک موڈ پر واپس کریں
console-back = پیچھے

## Setup and sign-in

console-setup-title = پہلا استعمال: منتظم کا اکاؤنٹ بنائیں
console-setup-intro = اس آلے پر ابھی کوئی اکاؤنٹ موجود نہیں۔ منتظم بعد میں مشیروں کے اکاؤنٹ بناتا ہے۔
console-setup-create = منتظم کا اکاؤنٹ بنائیں
console-setup-done = منتظم کا اکاؤنٹ بن گیا۔ اب لاگ ان کریں۔
console-sign-in-title = عملے کا لاگ ان
console-account-name = اکاؤنٹ کا نام
console-passphrase = پاس فریز یا PIN
console-sign-in = لاگ ان کریں
console-wrong-credentials = یہ نام اور پاس فریز کسی اکاؤنٹ سے میل نہیں کھاتے۔
console-locked = بہت زیادہ غلط کوششیں ہوئیں۔ یہ اکاؤنٹ اتنے وقت بعد دوبارہ کوشش کر سکے گا: { $seconds } سیکنڈ
console-locked-idle = کچھ دیر استعمال نہ ہونے پر کنسول خود بخود لاک ہو گیا۔ دوبارہ لاگ ان کریں۔
console-sign-in-first = پہلے لاگ ان کریں۔
console-editor-not-here = ایڈیٹر اکاؤنٹ مواد اور ترجموں پر کام کے لیے ہیں، رضامندی کے ریکارڈ کے لیے نہیں۔
console-account-exists = اس نام کا اکاؤنٹ پہلے سے موجود ہے۔
console-bad-name = اکاؤنٹ کے نام میں 2 سے 32 تک حروف، ہندسے، نقطے، ڈیش یا انڈر اسکور ہوتے ہیں۔
console-weak-secret = پاس فریز یا PIN میں کم از کم 6 حروف یا ہندسے ہونے چاہییں۔
console-already-set-up = اکاؤنٹ پہلے سے موجود ہیں: نئے اکاؤنٹ منتظم شامل کرتا ہے۔
console-admin-only = یہ کام صرف منتظم کر سکتا ہے۔

## Dashboard

console-dashboard-title = اس آلے پر موجود رضامندیاں
console-concerns-title = کیوسک پر ابھی آپ کی ضرورت ہے: { $count }
console-concern-pressured = دباؤ محسوس کر رہے ہیں اور عملے سے اکیلے میں بات کرنا چاہتے ہیں
console-concern-lost-code = اپنا کوڈ کھو چکے ہیں اور رضامندی واپس لینا چاہتے ہیں
console-concern-seen = میں جا رہا ہوں
console-guided-start = مشیر کے ساتھ سیشن شروع کریں
console-export = ایکسپورٹ کریں
console-suspend = کسی منزل کو عارضی طور پر روکیں
console-review-content = مواد بدلنے کے بعد رضامندیوں کا جائزہ
console-list-all = سب ({ $count })
console-list-cooling-off = سوچنے کے وقت میں ({ $count })
console-list-effective = لاگو ({ $count })
console-list-flagged = انتباہ والی ({ $count })
console-list-needs-review = جائزہ درکار ({ $count })
console-list-withdrawn = واپس لی گئی ({ $count })
console-list-departed = روانگی درج ({ $count })
console-state-cooling-off = سوچنے کے وقت میں
console-state-effective = لاگو
console-state-flagged = انتباہ والی
console-state-needs-review = جائزہ درکار
console-state-withdrawn = واپس لی گئی
console-state-departed = روانگی درج
console-state-declined = فرد نے انکار کیا
console-hours-left = باقی گھنٹے: { $hours }
console-search = تلاش: کوڈ، زبان یا منزل
console-list-empty = اس فہرست میں کوئی رضامندی نہیں۔
console-list-more = دکھائی گئی تعداد: { $shown }، کل تعداد: { $count }۔ فہرست مختصر کرنے کے لیے کوڈ کا مزید حصہ لکھیں۔
console-open = { $code } کھولیں

## Opening a record

console-reason-title = یہ ریکارڈ کھولنے کی وجہ کیا ہے؟
console-reason-intro = ریکارڈ کھولنا آپ کے اکاؤنٹ اور آپ کی بتائی ہوئی وجہ کے ساتھ درج ہوتا ہے۔
console-reason = وجہ
console-reason-needed = براہ کرم وجہ لکھیں (چند الفاظ)۔
console-open-confirm = ریکارڈ کھولیں
console-not-found = یہ رضامندی نہیں مل سکی۔
console-record-title = رضامندی کا ریکارڈ
console-fact-code = ریفرنس کوڈ: { $value }
console-fact-state = حالت: { $value }
console-fact-signed = دستخط کا وقت: { $value }
console-fact-cooling-off = سوچنے کے وقت کا اختتام: { $value }
console-fact-destination = منزل: { $value }
console-fact-language = زبان: { $value }
console-fact-content = مواد کا ورژن: { $value }
console-fact-departed = روانگی کا وقت: { $value }
console-fact-escort = ساتھی: { $value }
console-fact-reception = استقبال کا انتظام: { $value }
console-fact-household = گھرانہ: { $value }
console-fact-review = جائزہ درکار ہے، کیونکہ: { $value }
console-review-content-changed = جو معلومات دکھائی گئی تھیں وہ دستخط کے بعد بدل چکی ہیں
console-review-child-objection = بچے نے اعتراض کیا
console-flag-pressure = متعلقہ شخص نے کہا کہ اسے دباؤ محسوس ہوا، یا اکیلے میں بات کرنے کو کہا۔
console-flag-re-explained = سمجھ جانچنے والے سوالوں میں سے ایک جواب کے لیے بات دوبارہ سمجھانی پڑی۔
console-present = موجود افراد:
console-items = جوابات:
console-withdraw = متعلقہ شخص کی درخواست پر رضامندی واپس لیں
console-departure = روانگی درج کریں
console-reconsent = نئے دستخط لیں
console-saved = محفوظ ہو گیا۔
console-conflict = کسی اور نے ابھی ابھی یہ رضامندی بدلی ہے۔ کچھ بھی محفوظ نہیں ہوا۔ تبدیلی دیکھنے کے لیے اسے دوبارہ کھولیں۔
console-failed = یہ کام نہیں ہو سکا: { $why }

## Re-consent

console-reconsent-title = دستخط کے بعد کیا بدلا ہے
console-reconsent-intro = نیا متن متعلقہ شخص کے ساتھ، اس کی اپنی زبان میں پڑھیں۔ پھر وہ دوبارہ دستخط کرے، یا رضامندی واپس لے لے۔
console-reconsent-not-needed = اس رضامندی کا جائزہ درکار نہیں۔
console-reconsent-no-text-change = دکھائے گئے متن وہی ہیں؛ جائزہ کسی اور وجہ سے تھا۔
console-reconsent-before = دستخط کے وقت
console-reconsent-now = اب
console-reconsent-gone = (اب نہیں دکھایا جاتا)
console-reconsent-sign-as = لکھا ہوا نام، بطور: { $role }
console-reconsent-sign = نئے دستخط درج کریں

## Suspension and content review

console-suspend-title = واپسی کی مدد عارضی طور پر روکیں
console-suspend-intro = اس منزل کی تمام زیر التوا رضامندیاں فوراً جائزے میں چلی جاتی ہیں، اور کیوسک یہ منزل پیش کرنا بند کر دیتا ہے۔
console-suspend-area = صرف ایک علاقہ (ISO 3166-2 کوڈ، اختیاری)
console-suspend-reason = وجہ
console-suspend-confirm = عارضی طور پر روکیں
console-suspend-unknown-country = فہرست میں سے ایک ملک چنیں۔
console-suspend-done = عارضی طور پر روک دیا گیا۔ جائزے میں بھیجی گئی رضامندیاں: { $count }
console-review-done = پرانی معلومات کے تحت دستخط شدہ رضامندیاں جو جائزے میں بھیجی گئیں: { $count }

## Export

console-export-title = کیس سسٹم کے لیے ایکسپورٹ
console-export-intro = اس آلے پر موجود ہر چیز فولڈر میں ایک ہی فائل میں لکھی جاتی ہے۔
console-export-folder = فولڈر
console-export-jsonl = JSON Lines (مہر بند واقعات)
console-export-csv = CSV (ہر رضامندی کے لیے ایک قطار)
console-export-fhir = FHIR R4 Bundle
console-exported = لکھے گئے ریکارڈ: { $count }۔ فائل: { $path }

## Guided session

console-guided-title = مشیر کے ساتھ سیشن: کون کون موجود ہے
console-guided-language = متعلقہ شخص کی زبان
console-guided-adult = 18 سال یا اس سے زیادہ
console-guided-minor = 18 سال سے کم
console-guided-capacity-doubt = مجھے متعلقہ شخص کی فیصلہ کرنے کی اہلیت پر شک ہے
console-guided-interpreter = موجود ترجمان: زبان (اگر کوئی نہیں تو خالی چھوڑ دیں)
console-guided-witness = موجود گواہ: نام (نشان کے لیے ضروری)
console-guided-household = گھرانے کا حوالہ، ایک خاندان کی رضامندیوں میں مشترک (نہ ہو تو خالی چھوڑیں)
console-guided-representative = سرپرست یا قانونی نمائندے کا نام
console-guided-best-interests = بچے کے بہترین مفاد کے فیصلے کا حوالہ نمبر
console-guided-child-view = بچے کی اپنی رائے
console-guided-child-agrees = بچہ راضی ہے (تصویر)
console-guided-child-objects = بچہ اعتراض کرتا ہے (تصویر)
console-guided-assent = آمادگی
console-guided-objection = اعتراض
console-guided-child-words = بچے کے اپنے الفاظ
console-guided-unaccompanied = کیا بچہ یہاں والدین یا ذمہ دار بالغ کے بغیر ہے؟
console-guided-unaccompanied-yes = بغیر سرپرست بچہ
console-guided-unaccompanied-no = والدین یا ذمہ دار بالغ کے ساتھ
console-guided-escort = سفر میں ساتھی: ادارہ اور حوالہ (نام نہیں)
console-guided-reception = واپسی کے ملک میں استقبال کے انتظام کا حوالہ
console-guided-covers-separation = بہترین مفاد کا فیصلہ والدین سے الگ واپسی کا احاطہ کرتا ہے
console-guided-begin = متعلقہ شخص کے ساتھ شروع کریں

## Why the rules refuse

rule-mark-without-witness = نشان کے ذریعے دستخط کے لیے ایسا گواہ ضروری ہے جو اس سیشن میں موجود ہو۔
rule-guardian-signature-missing = بچے کی رضامندی کے لیے سرپرست یا قانونی نمائندے کے دستخط ضروری ہیں۔
rule-child-view-missing = پہلے بچے کی اپنی رائے (آمادگی یا اعتراض) درج کریں۔
rule-best-interests-reference-missing = بچے کی واپسی کی رضامندی کے لیے بچے کے بہترین مفاد کے فیصلے کا حوالہ نمبر ضروری ہے۔
rule-representative-signature-missing = فیصلہ کرنے کی اہلیت پر شک ہے: قانونی نمائندے کا دستخط کرنا ضروری ہے۔
rule-migrant-signature-missing = متعلقہ شخص نے ابھی دستخط نہیں کیے۔
rule-empty-signature = ایک دستخط خالی ہے۔
rule-unknown-signer = کسی ایسے شخص نے دستخط کیے ہیں جو موجود افراد میں درج نہیں۔
rule-not-withdrawable = اس رضامندی کو اس کی موجودہ حالت میں واپس نہیں لیا جا سکتا۔
rule-already-departed = روانگی درج ہو چکی ہے: اب رضامندی واپس نہیں لی جا سکتی۔
rule-not-departable = روانگی صرف تب درج کی جا سکتی ہے جب رضامندی لاگو ہو چکی ہو۔
rule-not-awaiting-reconsent = نئے دستخط صرف اسی رضامندی کے لیے لیے جاتے ہیں جس کا جائزہ درکار ہو۔

## تحفظات: نشانات، تصدیقی انٹرویو، روانگی، کوڈ کے بغیر واپسی

console-list-on-hold = مشیر کے منتظر ({ $count })
console-state-on-hold = مشیر کا منتظر (کھلا نشان یا تصدیقی انٹرویو)
console-find-without-code = کوڈ کے بغیر واپس لیں
console-flag-capacity-doubt = ایک مشیر نے فیصلہ کرنے کی صلاحیت پر شک درج کیا۔
console-flag-child-objection = بچے نے اعتراض کیا۔
console-flags-open = کھلے نشانات: جب تک ہر ایک حل نہ ہو، رضامندی نافذ نہیں ہوگی اور روانگی درج نہیں ہوگی۔
console-flag-reason = حل کی وجہ
console-flag-cleared = نجی بات چیت کے بعد ختم
console-flag-referred = آگے بھیجا گیا (کھلا رہے گا)
console-flag-review = جائزے کے لیے: نیا دستخط، بچے کی رائے دوبارہ لی جائے
console-flag-resolution = { $flag } حل: { $outcome }۔ { $reason }
console-fact-interview = تصدیقی انٹرویو: { $outcome }، { $when }
console-fact-departure-corrected = روانگی درست کی گئی { $when }: { $reason }
console-confirmation = تصدیقی انٹرویو
console-confirmation-not-needed = یہ رضامندی کسی تصدیقی انٹرویو کی منتظر نہیں۔
console-confirmation-title = نجی تصدیقی انٹرویو
console-confirmation-intro = فرد سے اکیلے میں بات کریں، ضرورت ہو تو مترجم کے ساتھ۔ نیچے ہر سوال پوچھیں؛ رضامندی صرف سوچنے کے وقت اور تصدیق کے بعد نافذ ہوتی ہے۔
console-confirmation-interpreter-language = مترجم: زبان (نہ ہو تو خالی چھوڑیں)
console-confirmation-interpreter-id = مترجم: فہرست نمبر
console-confirmation-others = کمرے میں اور کون ہے:
console-confirmation-fear = کیا فرد کو واپسی پر نقصان کا خوف ہے؟
console-confirmation-fear-none = کوئی خوف ظاہر نہیں کیا
console-confirmation-fear-asylum-info = خوف ظاہر کیا: پناہ کی معلومات دی گئیں
console-confirmation-referred = آگے بھیجا گیا
console-confirmation-signs = انسانی اسمگلنگ یا تشدد کی علامات؟
console-confirmation-signs-none = کوئی نہیں دیکھی
console-confirmation-fitness = صحت اور سفر کی اہلیت
console-confirmation-fit = سفر کے قابل
console-confirmation-fit-with-support = مدد کے ساتھ قابل (ساتھی، دوائیں)
console-confirmation-not-fit = ابھی سفر کے قابل نہیں
console-confirmation-legal = آزاد قانونی مشورہ
console-confirmation-legal-offered = پیش کیا گیا، ابھی فیصلہ نہیں
console-confirmation-legal-taken = پیش کیا گیا اور قبول کیا
console-confirmation-legal-declined = پیش کیا گیا اور انکار کیا
console-confirmation-detained = کیا فرد حراست میں ہے؟
console-confirmation-person = کیا فرد نے اپنے الفاظ میں تصدیق کی کہ وہ واپس جانا چاہتا ہے؟
console-confirmation-confirmed = درج کریں: تصدیق ہوئی
console-confirmation-outcome-referred = درج کریں: آگے بھیجا گیا (زیرِ التوا رہے گا)
console-confirmation-withdrawn = درج کریں: فرد رضامندی واپس لیتا ہے
console-reconfirm-departure = فرد نے آج دوبارہ تصدیق کی
console-departure-correction-reason = روانگی غلطی سے کیوں درج ہوئی
console-departure-correct = روانگی درست کریں
console-find-title = کوڈ کے بغیر واپس لیں
console-find-intro = فرد یہاں ہے اور اس کا کوڈ گم ہو گیا ہے۔ پوچھیں اسے کیا یاد ہے؛ کم از کم دو باتیں درج کریں۔ ہر بات کا ملنا ضروری ہے۔
console-find-date = دستخط کا دن (YYYY-MM-DD)
console-find-language = جس زبان میں پڑھا (مثلاً ar)
console-find-destination = واپسی کا ملک (مثلاً GE)
console-find-code = کوڈ کا حصہ
console-find-search = تلاش کریں
console-find-two-facts = کم از کم دو باتیں درج کریں۔
console-find-too-many = تین سے زیادہ رضامندیاں ملتی ہیں: ایک اور بات پوچھیں۔
console-find-none = کوئی قابلِ واپسی رضامندی سب باتوں سے نہیں ملتی۔
console-find-reason = واپسی کی وجہ
console-find-person-present = فرد یہاں میرے ساتھ ہے
console-withdrawn-without-code = واپس لے لی گئی۔ فرد کو واپسی کی رسید دیں۔
rule-held = یہ رضامندی ابھی مؤثر نہیں: کوئی نشان کھلا ہے یا تصدیقی انٹرویو نے اس کی تصدیق نہیں کی۔
rule-flag-not-open = یہ نشان اس رضامندی پر کھلا نہیں۔
rule-not-awaiting-safeguard = اس رضامندی پر ابھی حل یا تصدیق کے لیے کچھ نہیں۔
rule-interview-incomplete = انٹرویو کے جوابات تصدیق کی اجازت نہیں دیتے (فرد کی تصدیق، زیرِ التوا حوالہ، سفر کی اہلیت، یا حراست میں قانونی مشورہ)۔
rule-reason-missing = براہِ کرم وجہ لکھیں۔
rule-reconfirmation-missing = روانگی درج کرنے سے پہلے فرد کو آج نجی طور پر دوبارہ تصدیق کرنی ہوگی۔
rule-not-departed = کوئی روانگی درج نہیں۔
rule-not-identified = کوڈ کے بغیر واپسی کے لیے فرد کی موجودگی اور کم از کم دو ملتی باتیں ضروری ہیں۔
rule-child-objection-needs-review = بچے کا اعتراض ختم نہیں کیا جا سکتا: رضامندی کو جائزے کے لیے بھیجیں، یا آگے ریفر کریں۔
rule-escort-missing = بغیر سرپرست بچے کی واپسی کے لیے ساتھی کا اندراج ضروری ہے۔
rule-reception-arrangement-missing = بغیر سرپرست بچے کی واپسی کے لیے واپسی کے ملک میں استقبال کے انتظام کا حوالہ ضروری ہے۔
rule-household-apart = بچے کی رضامندی اسی گھرانے کے والد یا والدہ کی رضامندی کے ساتھ (اسی ملک کے لیے، نافذ) آگے بڑھتی ہے، جب تک کہ بہترین مفاد کا فیصلہ الگ واپسی کا احاطہ نہ کرے۔
console-fact-waiting-for = منتظر: { $value }
console-fact-shareable-from = مرکز سے باہر جانے والا ڈیٹا اس وقت سے شیئر ہو سکتا ہے: { $value }
console-confirmation-unanswered = انٹرویو درج کرنے سے پہلے ہر سوال کا جواب دیں۔
console-hold-household = اسی گھرانے کے والد یا والدہ کی رضامندی
console-suspend-unknown-area = اس ملک کے لیے درج علاقوں میں سے ایک یا پورا ملک منتخب کریں۔
console-suspend-whole-country = پورا ملک
console-suspensions-active = اس کنسول سے روکی گئی، اب بھی نافذ:
console-suspension-line = { $destination }، { $when } سے: { $reason }
console-lift = یہ روک ہٹائیں
console-lift-title = روک ہٹانا
console-lift-intro = روک ہٹنے کے بعد کیوسک یہ منزل دوبارہ پیش کرتا ہے۔ اس کی وجہ سے جائزے میں گئی رضامندیاں جائزے میں ہی رہتی ہیں: ہر ایک صرف نئے دستخط سے آگے بڑھتی ہے، یا واپس لی جاتی ہے۔
console-lift-count = اس روک کی وجہ سے جائزے میں رضامندیاں: { $count }
console-lift-content-still = مواد (countries.toml) بھی یہ منزل روکتا ہے: مواد بدلنے تک یہ رکی رہے گی۔
console-lift-reason = یہ کیوں ہٹائی جا رہی ہے؟ (ریکارڈ کے لیے)
console-lift-confirm = روک ہٹائیں
console-lift-done = روک ہٹا دی گئی۔ جو رضامندیاں ابھی جائزے میں ہیں، ہر ایک نئے دستخط کی منتظر: { $count }
console-lift-not-active = یہ روک اب نافذ نہیں ہے۔
console-reconsent-region = واپسی کا علاقہ: فرد سے دوبارہ پوچھیں۔
rule-area-not-chosen = اس ملک واپسی میں وہ علاقہ درج ہوتا ہے جہاں فرد واپس جا رہا ہے، درج علاقوں میں سے۔
rule-unaccompanied-unanswered = بچے کے لیے پہلے جواب دیں کہ کیا وہ یہاں والدین یا اپنے ذمہ دار بالغ کے بغیر ہے: ہاں یا نہیں۔

## The table and its queue

console-needs-you-title = رضامندیاں جنہیں ابھی آپ کی ضرورت ہے: { $count }
console-needs-you-none = قطار میں ابھی کسی چیز کو آپ کی ضرورت نہیں۔
console-needs-you-more = قطار میں مزید: { $count }۔ سب دیکھنے کے لیے نیچے کوئی فہرست چنیں۔
console-urgent-flag = کھلا نشان
console-chip-on-hold = مشیر کا منتظر
console-urgent-confirmation = تصدیقی انٹرویو کا وقت
console-urgent-cooling-off = سوچنے کی مہلت آج ختم ہوتی ہے
console-column-code = کوڈ
console-column-state = حالت
console-column-hours = باقی گھنٹے
console-column-flags = نشان
console-column-language = زبان
console-column-destination = منزل
console-sort-by = { $column } کے مطابق ترتیب
console-filter-all-languages = تمام زبانیں
console-filter-all-countries = تمام ممالک
console-filter-open-flags = صرف کھلے نشان
console-flag-short-pressure = دباؤ
console-flag-short-comprehension = سمجھ
console-flag-short-capacity-doubt = فیصلے کی اہلیت
console-flag-short-child-objection = بچے کا اعتراض
console-flag-open = کھلا نشان: { $reason }
console-flag-resolved = حل شدہ نشان: { $reason }
console-reason-for = ریکارڈ { $code }
console-reason-quick = کوئی عام وجہ چنیں، یا نیچے کوئی اور وجہ لکھیں۔
console-reason-asked = شخص نے خود ڈیسک پر کہا
console-reason-flag = کسی نشان کو حل کرنے کے لیے
console-reason-interview = تصدیقی انٹرویو
console-reason-departure = روانگی کی تیاری
console-reason-other = کوئی اور وجہ (لکھیں)
console-suspend-confirm-count = { $destination } عارضی طور پر روکیں: زیرِ التوا رضامندیاں جو جائزے میں جائیں گی: { $count }
console-export-drives = الگ ہونے والی ڈرائیوز: ایک دبائیں، پھر ایک فارمیٹ۔
console-export-drive = ڈرائیو { $name }
console-export-no-drive = کوئی الگ ہونے والی ڈرائیو نہیں ملی۔ ایک لگائیں یا فولڈر لکھیں۔

## Central sync

console-central-sync-last = مرکزی ڈیٹا بیس نے آخری بار قبول کیا: { $date }، { $time }
console-central-sync-never = مرکزی ڈیٹا بیس نے ابھی تک قبول نہیں کیا۔
