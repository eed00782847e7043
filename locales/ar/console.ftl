# The counsellor's console. Staff read these; the person at the kiosk never does.

console-signed-in-as = { $account } ({ $role })
console-role-admin = مدير
console-role-counsellor = مستشار
console-role-editor = محرر
console-sign-out = تسجيل الخروج
console-to-kiosk = إعادة الشاشة إلى وضع الكشك
console-back = رجوع

## Setup and sign-in

console-setup-title = الاستخدام الأول: إنشاء حساب المدير
console-setup-intro = لا يوجد أي حساب على هذا الجهاز بعد. ينشئ المدير حسابات المستشارين بعد ذلك.
console-setup-create = إنشاء حساب المدير
console-setup-done = تم إنشاء حساب المدير. سجّل الدخول الآن.
console-sign-in-title = تسجيل دخول الموظفين
console-account-name = اسم الحساب
console-passphrase = عبارة المرور أو رمز PIN
console-sign-in = تسجيل الدخول
console-wrong-credentials = هذا الاسم وعبارة المرور لا يطابقان أي حساب.
console-locked = محاولات خاطئة كثيرة جدًا. الثواني المتبقية قبل أن يستطيع هذا الحساب المحاولة من جديد: { $seconds }
console-locked-idle = قُفلت لوحة التحكم تلقائيًا بعد فترة دون استخدام. سجّل الدخول مرة أخرى.
console-sign-in-first = سجّل الدخول أولًا.
console-editor-not-here = حسابات المحررين مخصّصة للمحتوى والترجمات، لا لسجلات الموافقة.
console-account-exists = يوجد حساب بهذا الاسم من قبل.
console-bad-name = يتكوّن اسم الحساب من ٢ إلى ٣٢ خانة: أحرف أو أرقام أو نقاط أو شرطات أو شرطات سفلية.
console-weak-secret = تحتاج عبارة المرور أو رمز PIN إلى ٦ خانات على الأقل.
console-already-set-up = توجد حسابات بالفعل: المدير هو من يضيف الحسابات الجديدة.
console-admin-only = لا يستطيع القيام بهذا إلا المدير.

## Dashboard

console-dashboard-title = الموافقات على هذا الجهاز
console-concerns-title = بحاجة إليك الآن عند الكشك: { $count }
console-concern-pressured = يشعر بالضغط وطلب التحدث إلى الموظفين على انفراد
console-concern-lost-code = فقد رمزه ويريد سحب موافقته
console-concern-seen = أنا ذاهب
console-guided-start = بدء جلسة موجّهة
console-export = تصدير
console-suspend = تعليق وجهة
console-review-content = مراجعة الموافقات بعد تغيير المحتوى
console-list-all = الكل ({ $count })
console-list-cooling-off = في مهلة التفكير ({ $count })
console-list-effective = سارية ({ $count })
console-list-flagged = عليها تنبيه ({ $count })
console-list-needs-review = تحتاج إلى مراجعة ({ $count })
console-list-withdrawn = مسحوبة ({ $count })
console-list-departed = تمت المغادرة ({ $count })
console-state-cooling-off = في مهلة التفكير
console-state-effective = سارية
console-state-flagged = عليها تنبيه
console-state-needs-review = تحتاج إلى مراجعة
console-state-withdrawn = مسحوبة
console-state-departed = تمت المغادرة
console-state-declined = لم يوافق الشخص
console-hours-left = الساعات المتبقية: { $hours }
console-search = بحث: الرمز أو اللغة أو الوجهة
console-list-empty = لا توجد أي موافقة في هذه القائمة.
console-list-more = يُعرض { $shown } من أصل { $count }. اكتب جزءًا أطول من الرمز لتضييق القائمة.
console-open = فتح { $code }

## Opening a record

console-reason-title = لماذا تفتح هذا السجل؟
console-reason-intro = يُسجَّل فتح أي سجل مع اسم حسابك والسبب الذي تذكره.
console-reason = السبب
console-reason-needed = يُرجى ذكر السبب (بضع كلمات).
console-open-confirm = فتح السجل
console-not-found = لا يمكن العثور على هذه الموافقة.
console-record-title = سجل الموافقة
console-fact-code = الرمز المرجعي: { $value }
console-fact-state = الحالة: { $value }
console-fact-signed = التوقيع: { $value }
console-fact-cooling-off = نهاية مهلة التفكير: { $value }
console-fact-destination = الوجهة: { $value }
console-fact-language = اللغة: { $value }
console-fact-content = إصدار المحتوى: { $value }
console-fact-departed = المغادرة: { $value }
console-fact-escort = المرافق: { $value }
console-fact-reception = ترتيبات الاستقبال: { $value }
console-fact-household = الأسرة: { $value }
console-fact-review = تحتاج إلى مراجعة لأن: { $value }
console-review-content-changed = المعلومات المعروضة تغيّرت منذ التوقيع
console-review-child-objection = اعترض الطفل
console-flag-pressure = قال الشخص إنه شعر بالضغط، أو طلب التحدث على انفراد.
console-flag-re-explained = احتاجت إحدى إجابات أسئلة الفهم إلى شرح من جديد.
console-present = الحاضرون:
console-items = الإجابات:
console-withdraw = سحب الموافقة بطلب من الشخص
console-departure = تسجيل المغادرة
console-reconsent = أخذ توقيع جديد
console-saved = تم الحفظ.
console-conflict = غيّر شخص آخر هذه الموافقة قبل لحظات. لم يُحفظ أي شيء. افتحها مرة أخرى لترى التغيير.
console-failed = لم تنجح العملية: { $why }

## Re-consent

console-reconsent-title = ما الذي تغيّر منذ التوقيع
console-reconsent-intro = اقرأ النص الجديد مع الشخص، بلغته. بعد ذلك يوقّع من جديد، أو يسحب موافقته.
console-reconsent-not-needed = هذه الموافقة لا تحتاج إلى مراجعة.
console-reconsent-no-text-change = النصوص المعروضة لم تتغير؛ كانت المراجعة لسبب آخر.
console-reconsent-before = عند التوقيع
console-reconsent-now = الآن
console-reconsent-gone = (لم يعد معروضًا)
console-reconsent-sign-as = الاسم المكتوب لـ: { $role }
console-reconsent-sign = تسجيل التوقيع الجديد

## Suspension and content review

console-suspend-title = تعليق المساعدة على العودة
console-suspend-intro = تنتقل فورًا كل الموافقات الجارية لهذه الوجهة إلى المراجعة، ويتوقف الكشك عن عرض هذه الوجهة.
console-suspend-area = منطقة واحدة فقط (رمز ISO 3166-2، اختياري)
console-suspend-reason = السبب
console-suspend-confirm = تعليق
console-suspend-unknown-country = اختر بلدًا من القائمة.
console-suspend-done = تم التعليق. عدد الموافقات التي نُقلت إلى المراجعة: { $count }
console-review-done = نُقلت إلى المراجعة الموافقات الموقّعة وفق معلومات أقدم. عددها: { $count }

## Export

console-export-title = التصدير إلى نظام إدارة الحالات
console-export-intro = يُكتب كل ما على هذا الجهاز في ملف واحد داخل المجلد.
console-export-folder = المجلد
console-export-jsonl = JSON Lines (أحداث مختومة)
console-export-csv = CSV (صف واحد لكل موافقة)
console-export-fhir = FHIR R4 Bundle
console-exported = عدد السجلات المكتوبة: { $count }، في { $path }

## Guided session

console-guided-title = جلسة موجّهة: من الحاضرون
console-guided-language = لغة الشخص
console-guided-adult = ١٨ سنة أو أكثر
console-guided-minor = أقل من ١٨ سنة
console-guided-capacity-doubt = لديّ شكوك في أهلية الشخص لاتخاذ القرار
console-guided-interpreter = مترجم حاضر: اللغة (اتركها فارغة إن لم يوجد مترجم)
console-guided-witness = شاهد حاضر: الاسم (مطلوب للتوقيع بعلامة)
console-guided-household = مرجع الأسرة، مشترك بين موافقات أفراد العائلة الواحدة (اتركه فارغًا إن لم يوجد)
console-guided-representative = اسم الوصي أو الممثل القانوني
console-guided-best-interests = مرجع قرار المصلحة الفضلى
console-guided-child-view = رأي الطفل نفسه
console-guided-child-agrees = الطفل موافق (رمز مصوّر)
console-guided-child-objects = الطفل معترض (رمز مصوّر)
console-guided-assent = قبول
console-guided-objection = اعتراض
console-guided-child-words = كلمات الطفل
console-guided-unaccompanied = هل الطفل هنا دون أحد الوالدين أو البالغ المسؤول عنه؟
console-guided-unaccompanied-yes = طفل غير مصحوب
console-guided-unaccompanied-no = مع أحد الوالدين أو البالغ المسؤول
console-guided-escort = المرافق في الرحلة: الجهة والمرجع (دون أسماء)
console-guided-reception = مرجع ترتيبات الاستقبال في بلد العودة
console-guided-covers-separation = قرار المصلحة الفضلى يشمل العودة بمعزل عن الوالدين
console-guided-begin = البدء مع الشخص

## Why the rules refuse

rule-mark-without-witness = التوقيع بعلامة يحتاج إلى شاهد حاضر في هذه الجلسة.
rule-guardian-signature-missing = موافقة الطفل تحتاج إلى توقيع الوصي أو الممثل القانوني.
rule-child-view-missing = سجّل أولًا رأي الطفل نفسه (قبول أو اعتراض).
rule-best-interests-reference-missing = موافقة الطفل على العودة تحتاج إلى مرجع قرار المصلحة الفضلى.
rule-representative-signature-missing = أهلية الشخص موضع شك: يجب أن يوقّع الممثل القانوني.
rule-migrant-signature-missing = لم يوقّع الشخص بعد.
rule-empty-signature = أحد التوقيعات فارغ.
rule-unknown-signer = وقّع شخص غير مسجَّل بين الحاضرين.
rule-not-withdrawable = لا يمكن سحب هذه الموافقة في حالتها الحالية.
rule-already-departed = سُجّلت المغادرة: لم يعد السحب ممكنًا.
rule-not-departable = لا يمكن تسجيل المغادرة إلا بعد أن تصبح الموافقة سارية.
rule-not-awaiting-reconsent = لا يؤخذ توقيع جديد إلا لموافقة تحتاج إلى مراجعة.

## الضمانات: الإشارات، مقابلة التأكيد، المغادرة، السحب دون الرمز

console-list-on-hold = بانتظار مستشار ({ $count })
console-state-on-hold = بانتظار مستشار (إشارة مفتوحة أو مقابلة التأكيد)
console-find-without-code = السحب دون الرمز
console-flag-capacity-doubt = سجّل مستشار شكوكًا حول القدرة على اتخاذ القرار.
console-flag-child-objection = اعترض الطفل.
console-flags-open = إشارات مفتوحة: لا تسري الموافقة ولا تُسجَّل المغادرة حتى تُحلّ كل واحدة منها.
console-flag-reason = سبب الحل
console-flag-cleared = رُفعت بعد حديث على انفراد
console-flag-referred = أُحيلت (تبقى مفتوحة)
console-flag-review = إلى المراجعة: توقيع جديد، ويُؤخذ رأي الطفل من جديد
console-flag-resolution = { $flag } الحل: { $outcome }. { $reason }
console-fact-interview = مقابلة التأكيد: { $outcome }، { $when }
console-fact-departure-corrected = صُحّحت المغادرة { $when }: { $reason }
console-confirmation = مقابلة التأكيد
console-confirmation-not-needed = هذه الموافقة لا تنتظر مقابلة تأكيد.
console-confirmation-title = مقابلة تأكيد على انفراد
console-confirmation-intro = تحدّث مع الشخص على انفراد، مع مترجم عند الحاجة. اطرح كل سؤال أدناه؛ لا تسري الموافقة إلا بعد مهلة التفكير وتأكيد.
console-confirmation-interpreter-language = المترجم: اللغة (اتركه فارغًا إن لم يوجد)
console-confirmation-interpreter-id = المترجم: رقم القائمة
console-confirmation-others = من غيرهم في الغرفة:
console-confirmation-fear = هل يخشى الشخص الأذى عند العودة؟
console-confirmation-fear-none = لم يُعبَّر عن خوف
console-confirmation-fear-asylum-info = عُبِّر عن خوف: قُدّمت معلومات عن اللجوء
console-confirmation-referred = تمت الإحالة
console-confirmation-signs = علامات اتجار بالبشر أو عنف؟
console-confirmation-signs-none = لا شيء
console-confirmation-fitness = الصحة والقدرة على السفر
console-confirmation-fit = قادر على السفر
console-confirmation-fit-with-support = قادر مع دعم (مرافق، أدوية)
console-confirmation-not-fit = غير قادر على السفر الآن
console-confirmation-legal = مشورة قانونية مستقلة
console-confirmation-legal-offered = عُرضت، ولم يُقرَّر بعد
console-confirmation-legal-taken = عُرضت وقُبلت
console-confirmation-legal-declined = عُرضت ورُفضت
console-confirmation-detained = هل الشخص محتجز؟
console-confirmation-person = هل أكّد الشخص بكلماته أنه يريد العودة؟
console-confirmation-confirmed = تسجيل: تم التأكيد
console-confirmation-outcome-referred = تسجيل: أُحيل (يبقى معلّقًا)
console-confirmation-withdrawn = تسجيل: الشخص يسحب موافقته
console-reconfirm-departure = أكّد الشخص مجددًا اليوم
console-departure-correction-reason = لماذا سُجّلت المغادرة خطأً
console-departure-correct = تصحيح المغادرة
console-find-title = السحب دون الرمز
console-find-intro = الشخص هنا وقد أضاع رمزه. اسأله عمّا يتذكّر؛ أدخل معلومتين على الأقل. يجب أن تتطابق كل معلومة.
console-find-date = يوم التوقيع (YYYY-MM-DD)
console-find-language = لغة القراءة (مثل ar)
console-find-destination = بلد العودة (مثل GE)
console-find-code = جزء من الرمز
console-find-search = بحث
console-find-two-facts = أدخل معلومتين على الأقل.
console-find-too-many = تتطابق أكثر من ثلاث موافقات: اطلب معلومة أخرى.
console-find-none = لا توجد موافقة قابلة للسحب تطابق كل المعلومات.
console-find-reason = سبب السحب
console-find-person-present = الشخص هنا معي
console-withdrawn-without-code = تم السحب. أعطِ الشخص إيصال السحب.
rule-held = هذه الموافقة لا تسري بعد: توجد إشارة مفتوحة أو لم تؤكدها مقابلة التأكيد.
rule-flag-not-open = هذه الإشارة ليست مفتوحة على هذه الموافقة.
rule-not-awaiting-safeguard = لا شيء يُحلّ أو يُؤكَّد في هذه الموافقة الآن.
rule-interview-incomplete = إجابات المقابلة لا تسمح بالتأكيد (تأكيد الشخص، إحالة معلّقة، القدرة على السفر، أو المشورة القانونية أثناء الاحتجاز).
rule-reason-missing = يرجى ذكر سبب.
rule-reconfirmation-missing = يجب أن يؤكد الشخص مجددًا اليوم، على انفراد، قبل تسجيل المغادرة.
rule-not-departed = لم تُسجَّل أي مغادرة.
rule-not-identified = السحب دون الرمز يتطلب حضور الشخص ومعلومتين متطابقتين على الأقل.
rule-child-objection-needs-review = لا يمكن تجاوز اعتراض الطفل: انقل الموافقة إلى المراجعة، أو أحلها.
rule-escort-missing = عودة طفل غير مصحوب تحتاج إلى تسجيل المرافق.
rule-reception-arrangement-missing = عودة طفل غير مصحوب تحتاج إلى مرجع ترتيبات الاستقبال في بلد العودة.
rule-household-apart = تمضي موافقة الطفل مع موافقة أحد الوالدين من الأسرة نفسها (إلى البلد نفسه، وسارية)، إلا إذا شمل قرار المصلحة الفضلى العودة بمعزل عنهما.
console-fact-waiting-for = بانتظار: { $value }
console-fact-shareable-from = يمكن مشاركة البيانات التي تغادر المركز ابتداءً من: { $value }
console-confirmation-unanswered = أجب عن كل سؤال قبل تسجيل المقابلة.
console-hold-household = موافقة أحد الوالدين من الأسرة نفسها
console-suspend-unknown-area = اختر إحدى المناطق المذكورة لهذا البلد، أو البلد كله.
console-suspend-whole-country = البلد كله
console-suspensions-active = ما عُلِّق من هذه الوحدة وما زال ساريًا:
console-suspension-line = { $destination }، منذ { $when }: { $reason }
console-lift = رفع هذا التعليق
console-lift-title = رفع تعليق
console-lift-intro = بعد رفع التعليق يعرض الجهاز هذه الوجهة من جديد. الموافقات التي نُقلت إلى المراجعة بسببه تبقى في المراجعة: لا تمضي أي منها إلا بتوقيع جديد، أو تُسحب.
console-lift-count = عدد الموافقات قيد المراجعة بسبب هذا التعليق: { $count }
console-lift-content-still = المحتوى (countries.toml) يعلّق هذه الوجهة أيضًا: تبقى معلّقة إلى أن يتغير المحتوى.
console-lift-reason = لماذا يُرفع التعليق؟ (للسجل)
console-lift-confirm = رفع التعليق
console-lift-done = رُفع التعليق. عدد الموافقات التي ما زالت قيد المراجعة، وكل منها ينتظر توقيعًا جديدًا: { $count }
console-lift-not-active = لم يعد هذا التعليق ساريًا.
console-reconsent-region = منطقة العودة: اسأل الشخص عنها من جديد.
rule-area-not-chosen = العودة إلى هذا البلد تذكر المنطقة التي يعود إليها الشخص، من بين المناطق المذكورة.
rule-unaccompanied-unanswered = بالنسبة إلى طفل، أجب أولًا: هل هو هنا من دون أحد والديه أو البالغ المسؤول عنه؟ نعم أو لا.

## The table and its queue

console-needs-you-title = موافقات تحتاجك الآن: { $count }
console-needs-you-none = لا شيء في القائمة يحتاجك الآن.
console-needs-you-more = عدد آخر في قائمة الانتظار: { $count }. اختر قائمة أدناه لرؤيتها كلها.
console-urgent-flag = إشارة مفتوحة
console-chip-on-hold = بانتظار مستشار
console-urgent-confirmation = حان موعد مقابلة التأكيد
console-urgent-cooling-off = تنتهي مهلة التفكير اليوم
console-column-code = الرمز
console-column-state = الحالة
console-column-hours = الساعات المتبقية
console-column-flags = الإشارات
console-column-language = اللغة
console-column-destination = الوجهة
console-sort-by = الترتيب حسب { $column }
console-filter-all-languages = كل اللغات
console-filter-all-countries = كل البلدان
console-filter-open-flags = الإشارات المفتوحة فقط
console-flag-short-pressure = ضغط
console-flag-short-comprehension = الفهم
console-flag-short-capacity-doubt = الأهلية
console-flag-short-child-objection = اعتراض الطفل
console-flag-open = إشارة مفتوحة: { $reason }
console-flag-resolved = إشارة محلولة: { $reason }
console-reason-for = السجل { $code }
console-reason-quick = اختر سببًا شائعًا، أو اكتب سببًا آخر أدناه.
console-reason-asked = طلب الشخص ذلك عند المكتب
console-reason-flag = لحل إشارة
console-reason-interview = مقابلة التأكيد
console-reason-departure = التحضير للمغادرة
console-reason-other = سبب آخر (اكتبه)
console-suspend-confirm-count = تعليق { $destination }: عدد الموافقات قيد الانتظار التي تنتقل إلى المراجعة: { $count }
console-export-drives = وحدات التخزين القابلة للإزالة: اضغط على واحدة ثم على صيغة.
console-export-drive = وحدة التخزين { $name }
console-export-no-drive = لم يُعثر على وحدة تخزين قابلة للإزالة. أدخل واحدة أو اكتب مجلدًا.

## Central sync

console-central-sync-last = آخر قبول من قاعدة البيانات المركزية: { $date }، { $time }
console-central-sync-never = لم تقبلها قاعدة البيانات المركزية بعد.
