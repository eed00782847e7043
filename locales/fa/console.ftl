# The counsellor's console. Staff read these; the person at the kiosk never does.

console-signed-in-as = { $account } ({ $role })
console-role-admin = مدیر
console-role-counsellor = مشاور
console-role-editor = ویراستار
console-sign-out = خروج از حساب
console-to-kiosk = برگرداندن صفحه به حالت کیوسک
console-back = برگشت

## Setup and sign-in

console-setup-title = نخستین استفاده: ساختن حساب مدیر
console-setup-intro = هنوز هیچ حسابی روی این دستگاه وجود ندارد. مدیر پس از آن حساب‌های مشاوران را می‌سازد.
console-setup-create = ساختن حساب مدیر
console-setup-done = حساب مدیر ساخته شد. اکنون وارد شوید.
console-sign-in-title = ورود کارکنان
console-account-name = نام حساب
console-passphrase = عبارت عبور یا PIN
console-sign-in = ورود
console-wrong-credentials = این نام و عبارت عبور با هیچ حسابی مطابقت ندارند.
console-locked = تلاش‌های نادرست بیش از حد بود. زمان باقی‌مانده تا تلاش دوباره با این حساب: { $seconds } ثانیه
console-locked-idle = کنسول پس از مدتی بی‌استفاده ماندن، خودبه‌خود قفل شد. دوباره وارد شوید.
console-sign-in-first = اول وارد شوید.
console-editor-not-here = حساب‌های ویراستار برای کار روی محتوا و ترجمه‌ها هستند، نه برای پرونده‌های رضایت.
console-account-exists = حسابی با این نام از قبل وجود دارد.
console-bad-name = نام حساب ۲ تا ۳۲ نویسه دارد: حرف، رقم، نقطه، خط تیره یا زیرخط.
console-weak-secret = عبارت عبور یا PIN باید دست‌کم ۶ نویسه داشته باشد.
console-already-set-up = حساب‌ها از قبل وجود دارند: حساب‌های تازه را مدیر اضافه می‌کند.
console-admin-only = فقط مدیر می‌تواند این کار را انجام دهد.

## Dashboard

console-dashboard-title = رضایت‌های روی این دستگاه
console-concerns-title = در کیوسک الان به شما نیاز دارند: { $count }
console-concern-pressured = احساس فشار می‌کند و خواسته خصوصی با کارکنان صحبت کند
console-concern-lost-code = کدش را گم کرده و می‌خواهد رضایتش را پس بگیرد
console-concern-seen = دارم می‌روم
console-guided-start = شروع یک جلسه با مشاور
console-export = خروجی گرفتن
console-suspend = توقف موقت یک مقصد
console-review-content = بازبینی رضایت‌ها پس از تغییر محتوا
console-list-all = همه ({ $count })
console-list-cooling-off = در مدت فکر کردن ({ $count })
console-list-effective = معتبر ({ $count })
console-list-flagged = دارای هشدار ({ $count })
console-list-needs-review = نیازمند بازبینی ({ $count })
console-list-withdrawn = پس گرفته‌شده ({ $count })
console-list-departed = عزیمت ثبت‌شده ({ $count })
console-state-cooling-off = در مدت فکر کردن
console-state-effective = معتبر
console-state-flagged = دارای هشدار
console-state-needs-review = نیازمند بازبینی
console-state-withdrawn = پس گرفته‌شده
console-state-departed = عزیمت ثبت‌شده
console-state-declined = شخص موافقت نکرد
console-hours-left = ساعت باقی‌مانده: { $hours }
console-search = جستجو: کد، زبان یا مقصد
console-list-empty = هیچ رضایتی در این فهرست نیست.
console-list-more = نمایش { $shown } از { $count }. برای کوتاه‌تر شدن فهرست، بخش بیشتری از کد را بنویسید.
console-open = باز کردن { $code }

## Opening a record

console-reason-title = چرا این پرونده را باز می‌کنید؟
console-reason-intro = باز کردن هر پرونده همراه با حساب شما و دلیلی که می‌نویسید ثبت می‌شود.
console-reason = دلیل
console-reason-needed = لطفاً دلیلی بنویسید (چند کلمه).
console-open-confirm = باز کردن پرونده
console-not-found = این رضایت پیدا نمی‌شود.
console-record-title = پرونده رضایت
console-fact-code = کد پیگیری: { $value }
console-fact-state = وضعیت: { $value }
console-fact-signed = زمان امضا: { $value }
console-fact-cooling-off = پایان مدت فکر کردن: { $value }
console-fact-destination = مقصد: { $value }
console-fact-language = زبان: { $value }
console-fact-content = نسخه محتوا: { $value }
console-fact-departed = زمان عزیمت: { $value }
console-fact-escort = همراه: { $value }
console-fact-reception = ترتیبات پذیرش: { $value }
console-fact-household = خانوار: { $value }
console-fact-review = نیازمند بازبینی، زیرا: { $value }
console-review-content-changed = اطلاعاتی که نشان داده شد، پس از امضا تغییر کرده است
console-review-child-objection = کودک مخالفت کرد
console-flag-pressure = شخص گفت احساس فشار کرده است، یا خواست به‌طور خصوصی صحبت کند.
console-flag-re-explained = یکی از پاسخ‌ها به سؤال‌های فهم مطلب نیاز به توضیح دوباره داشت.
console-present = حاضران:
console-items = پاسخ‌ها:
console-withdraw = پس گرفتن رضایت به درخواست خود شخص
console-departure = ثبت عزیمت
console-reconsent = گرفتن امضای تازه
console-saved = ذخیره شد.
console-conflict = شخص دیگری همین چند لحظه پیش این رضایت را تغییر داد. هیچ چیزی ذخیره نشد. برای دیدن تغییر، آن را دوباره باز کنید.
console-failed = این کار انجام نشد: { $why }

## Re-consent

console-reconsent-title = آنچه از زمان امضا تغییر کرده است
console-reconsent-intro = متن تازه را همراه با شخص، به زبان خود او بخوانید. سپس او دوباره امضا می‌کند، یا رضایتش را پس می‌گیرد.
console-reconsent-not-needed = این رضایت نیازی به بازبینی ندارد.
console-reconsent-no-text-change = متن‌های نشان‌داده‌شده تغییری نکرده‌اند؛ بازبینی به دلیل دیگری بود.
console-reconsent-before = هنگام امضا
console-reconsent-now = اکنون
console-reconsent-gone = (دیگر نشان داده نمی‌شود)
console-reconsent-sign-as = نام نوشته‌شده، به‌عنوان: { $role }
console-reconsent-sign = ثبت امضای تازه

## Suspension and content review

console-suspend-title = توقف موقت کمک برای بازگشت
console-suspend-intro = همه رضایت‌های در جریانِ این مقصد فوراً به بازبینی می‌روند، و کیوسک دیگر این مقصد را پیشنهاد نمی‌کند.
console-suspend-area = فقط یک منطقه (کد ISO 3166-2، اختیاری)
console-suspend-reason = دلیل
console-suspend-confirm = توقف موقت
console-suspend-unknown-country = یک کشور را از فهرست انتخاب کنید.
console-suspend-done = به‌طور موقت متوقف شد. رضایت‌هایی که به بازبینی رفتند: { $count }
console-review-done = رضایت‌هایی که با اطلاعات قدیمی‌تر امضا شده بودند و به بازبینی رفتند: { $count }

## Export

console-export-title = خروجی گرفتن برای سامانه پرونده‌ها
console-export-intro = همه آنچه روی این دستگاه است، در یک فایل در این پوشه نوشته می‌شود.
console-export-folder = پوشه
console-export-jsonl = JSON Lines (رویدادهای مهروموم‌شده)
console-export-csv = CSV (یک ردیف برای هر رضایت)
console-export-fhir = FHIR R4 Bundle
console-exported = پرونده‌های نوشته‌شده: { $count }. فایل: { $path }

## Guided session

console-guided-title = جلسه با مشاور: چه کسانی حاضرند
console-guided-language = زبان شخص
console-guided-adult = ۱۸ سال یا بیشتر
console-guided-minor = کمتر از ۱۸ سال
console-guided-capacity-doubt = در توانایی شخص برای تصمیم‌گیری تردید دارم
console-guided-interpreter = مترجم حاضر: زبان (اگر مترجمی نیست، خالی بگذارید)
console-guided-witness = شاهد حاضر: نام (برای امضا با علامت لازم است)
console-guided-household = شماره مرجع خانوار، مشترک میان رضایت‌های یک خانواده (اگر نیست خالی بگذارید)
console-guided-representative = نام سرپرست یا نماینده قانونی
console-guided-best-interests = شماره مرجع تصمیم درباره بهترین منافع کودک
console-guided-child-view = نظر خود کودک
console-guided-child-agrees = کودک موافق است (تصویر)
console-guided-child-objects = کودک مخالف است (تصویر)
console-guided-assent = موافقت
console-guided-objection = مخالفت
console-guided-child-words = سخنان خود کودک
console-guided-unaccompanied = آیا کودک بدون پدر و مادر یا بزرگسالِ مسئولش اینجاست؟
console-guided-unaccompanied-yes = کودک بدون همراه
console-guided-unaccompanied-no = همراه پدر یا مادر یا بزرگسال مسئول
console-guided-escort = همراه در سفر: سازمان و شماره مرجع (بدون نام)
console-guided-reception = شماره مرجع ترتیبات پذیرش در کشور بازگشت
console-guided-covers-separation = تصمیم مصلحت عالیه، بازگشت جدا از والدین را در بر می‌گیرد
console-guided-begin = شروع با خود شخص

## Why the rules refuse

rule-mark-without-witness = امضا با علامت به شاهدی نیاز دارد که در این جلسه حاضر باشد.
rule-guardian-signature-missing = رضایت کودک به امضای سرپرست یا نماینده قانونی نیاز دارد.
rule-child-view-missing = اول نظر خود کودک (موافقت یا مخالفت) را ثبت کنید.
rule-best-interests-reference-missing = رضایت کودک برای بازگشت به شماره مرجع تصمیم درباره بهترین منافع کودک نیاز دارد.
rule-representative-signature-missing = در توانایی شخص برای تصمیم‌گیری تردید هست: نماینده قانونی باید امضا کند.
rule-migrant-signature-missing = شخص هنوز امضا نکرده است.
rule-empty-signature = یکی از امضاها خالی است.
rule-unknown-signer = کسی امضا کرده که به‌عنوان حاضر ثبت نشده است.
rule-not-withdrawable = این رضایت در وضعیت کنونی‌اش قابل پس گرفتن نیست.
rule-already-departed = عزیمت ثبت شده است: دیگر نمی‌توان رضایت را پس گرفت.
rule-not-departable = عزیمت را فقط وقتی می‌توان ثبت کرد که رضایت معتبر شده باشد.
rule-not-awaiting-reconsent = امضای تازه فقط برای رضایتی گرفته می‌شود که نیازمند بازبینی است.

## حفاظت‌ها: نشانه‌ها، گفت‌وگوی تأیید، عزیمت، انصراف بدون کد

console-list-on-hold = در انتظار مشاور ({ $count })
console-state-on-hold = در انتظار مشاور (نشانهٔ باز یا گفت‌وگوی تأیید)
console-find-without-code = انصراف بدون کد
console-flag-capacity-doubt = مشاوری دربارهٔ توانایی تصمیم‌گیری تردید ثبت کرده است.
console-flag-child-objection = کودک مخالفت کرد.
console-flags-open = نشانه‌های باز: تا هر کدام حل نشود، رضایت اجرایی نمی‌شود و عزیمت ثبت نمی‌شود.
console-flag-reason = دلیل رسیدگی
console-flag-cleared = پس از گفت‌وگوی خصوصی برطرف شد
console-flag-referred = ارجاع شد (باز می‌ماند)
console-flag-review = برای بازبینی: امضای تازه، و نظر کودک دوباره گرفته می‌شود
console-flag-resolution = { $flag } رسیدگی: { $outcome }. { $reason }
console-fact-interview = گفت‌وگوی تأیید: { $outcome }، { $when }
console-fact-departure-corrected = عزیمت اصلاح شد { $when }: { $reason }
console-confirmation = گفت‌وگوی تأیید
console-confirmation-not-needed = این رضایت منتظر گفت‌وگوی تأیید نیست.
console-confirmation-title = گفت‌وگوی خصوصی تأیید
console-confirmation-intro = با فرد به‌تنهایی صحبت کنید، در صورت نیاز با مترجم. همهٔ پرسش‌های زیر را بپرسید؛ رضایت فقط پس از مهلت تأمل و یک تأیید اجرایی می‌شود.
console-confirmation-interpreter-language = مترجم: زبان (اگر نیست خالی بگذارید)
console-confirmation-interpreter-id = مترجم: شمارهٔ فهرست
console-confirmation-others = چه کس دیگری در اتاق است:
console-confirmation-fear = آیا فرد از آسیب در بازگشت می‌ترسد؟
console-confirmation-fear-none = ترسی بیان نشد
console-confirmation-fear-asylum-info = ترس بیان شد: اطلاعات پناهندگی داده شد
console-confirmation-referred = ارجاع داده شد
console-confirmation-signs = نشانه‌های قاچاق انسان یا خشونت؟
console-confirmation-signs-none = دیده نشد
console-confirmation-fitness = سلامت و آمادگی برای سفر
console-confirmation-fit = آمادهٔ سفر
console-confirmation-fit-with-support = آماده با حمایت (همراه، دارو)
console-confirmation-not-fit = اکنون آمادهٔ سفر نیست
console-confirmation-legal = مشاورهٔ حقوقی مستقل
console-confirmation-legal-offered = پیشنهاد شد، هنوز تصمیمی نیست
console-confirmation-legal-taken = پیشنهاد شد و پذیرفته شد
console-confirmation-legal-declined = پیشنهاد شد و رد شد
console-confirmation-detained = آیا فرد در بازداشت است؟
console-confirmation-person = آیا فرد با کلمات خودش تأیید کرد که می‌خواهد بازگردد؟
console-confirmation-confirmed = ثبت: تأیید شد
console-confirmation-outcome-referred = ثبت: ارجاع شد (در انتظار می‌ماند)
console-confirmation-withdrawn = ثبت: فرد انصراف می‌دهد
console-reconfirm-departure = فرد امروز دوباره تأیید کرد
console-departure-correction-reason = چرا عزیمت به اشتباه ثبت شد
console-departure-correct = اصلاح عزیمت
console-find-title = انصراف بدون کد
console-find-intro = فرد اینجاست و کدش را گم کرده است. بپرسید چه به یاد دارد؛ دست‌کم دو مورد وارد کنید. هر مورد باید مطابقت کند.
console-find-date = روز امضا (YYYY-MM-DD)
console-find-language = زبانی که خواند (مثلاً ar)
console-find-destination = کشور بازگشت (مثلاً GE)
console-find-code = بخشی از کد
console-find-search = جست‌وجو
console-find-two-facts = دست‌کم دو مورد وارد کنید.
console-find-too-many = بیش از سه رضایت مطابقت دارد: مورد دیگری بپرسید.
console-find-none = هیچ رضایتِ قابل انصرافی با همهٔ موارد مطابقت ندارد.
console-find-reason = دلیل انصراف
console-find-person-present = فرد اینجا با من است
console-withdrawn-without-code = انصراف ثبت شد. رسید انصراف را به فرد بدهید.
rule-held = این رضایت هنوز اعتبار ندارد: نشانه‌ای باز است یا گفت‌وگوی تأیید آن را تأیید نکرده است.
rule-flag-not-open = این نشانه روی این رضایت باز نیست.
rule-not-awaiting-safeguard = اکنون در این رضایت چیزی برای رسیدگی یا تأیید نیست.
rule-interview-incomplete = پاسخ‌های گفت‌وگو اجازهٔ تأیید نمی‌دهد (تأیید فرد، ارجاع در جریان، آمادگی سفر یا مشاورهٔ حقوقی در بازداشت).
rule-reason-missing = لطفاً دلیلی بنویسید.
rule-reconfirmation-missing = پیش از ثبت عزیمت، فرد باید امروز به‌طور خصوصی دوباره تأیید کند.
rule-not-departed = هیچ عزیمتی ثبت نشده است.
rule-not-identified = انصراف بدون کد به حضور فرد و دست‌کم دو مورد مطابق نیاز دارد.
rule-child-objection-needs-review = اعتراض کودک را نمی‌توان رفع‌شده ثبت کرد: رضایت را به بازبینی بفرستید یا ارجاع دهید.
rule-escort-missing = بازگشت کودک بدون همراه نیاز به ثبت همراه سفر دارد.
rule-reception-arrangement-missing = بازگشت کودک بدون همراه نیاز به شماره مرجع ترتیبات پذیرش در کشور بازگشت دارد.
rule-household-apart = رضایت کودک همراه با رضایت یکی از والدین همان خانوار (به همان کشور و نافذ) پیش می‌رود، مگر آنکه تصمیم مصلحت عالیه بازگشت جداگانه را در بر گیرد.
console-fact-waiting-for = در انتظار: { $value }
console-fact-shareable-from = داده‌هایی که از مرکز خارج می‌شوند از این زمان قابل اشتراک‌اند: { $value }
console-confirmation-unanswered = پیش از ثبت گفت‌وگو به همهٔ پرسش‌ها پاسخ دهید.
console-hold-household = رضایت یکی از والدین از همان خانوار
console-suspend-unknown-area = یکی از مناطق فهرست‌شده برای این کشور یا کل کشور را انتخاب کنید.
console-suspend-whole-country = کل کشور
console-suspensions-active = توقف‌هایی که از این کنسول اعمال شده و هنوز برقرارند:
console-suspension-line = { $destination }، از { $when }: { $reason }
console-lift = برداشتن این توقف
console-lift-title = برداشتن توقف
console-lift-intro = پس از برداشتن توقف، کیوسک دوباره این مقصد را پیشنهاد می‌کند. رضایت‌هایی که به خاطر آن به بازبینی رفته‌اند در بازبینی می‌مانند: هر کدام فقط با امضای تازه ادامه می‌یابد یا پس گرفته می‌شود.
console-lift-count = رضایت‌های در بازبینی به خاطر این توقف: { $count }
console-lift-content-still = محتوا (countries.toml) هم این مقصد را متوقف کرده است: تا تغییر محتوا متوقف می‌ماند.
console-lift-reason = چرا برداشته می‌شود؟ (برای پرونده)
console-lift-confirm = برداشتن توقف
console-lift-done = توقف برداشته شد. رضایت‌هایی که هنوز در بازبینی‌اند و هر کدام منتظر امضای تازه است: { $count }
console-lift-not-active = این توقف دیگر برقرار نیست.
console-reconsent-region = منطقهٔ بازگشت: دوباره از فرد بپرسید.
rule-area-not-chosen = بازگشت به این کشور، منطقه‌ای را که فرد به آن بازمی‌گردد از میان مناطق فهرست‌شده نام می‌برد.
rule-unaccompanied-unanswered = برای کودک، اول پاسخ دهید که آیا بدون پدر و مادر یا بزرگسال مسئولش اینجاست: بله یا نه.

## The table and its queue

console-needs-you-title = رضایت‌هایی که همین حالا به شما نیاز دارند: { $count }
console-needs-you-none = در صف چیزی همین حالا به شما نیاز ندارد.
console-needs-you-more = { $count } مورد دیگر در صف: برای دیدن همه، فهرستی را در پایین انتخاب کنید.
console-urgent-flag = نشانهٔ باز
console-chip-on-hold = در انتظار مشاور
console-urgent-confirmation = نوبت گفت‌وگوی تأیید
console-urgent-cooling-off = مهلت فکر کردن امروز تمام می‌شود
console-column-code = کد
console-column-state = وضعیت
console-column-hours = ساعت باقی‌مانده
console-column-flags = نشانه‌ها
console-column-language = زبان
console-column-destination = مقصد
console-sort-by = مرتب‌سازی بر اساس { $column }
console-filter-all-languages = همهٔ زبان‌ها
console-filter-all-countries = همهٔ کشورها
console-filter-open-flags = فقط نشانه‌های باز
console-flag-short-pressure = فشار
console-flag-short-comprehension = فهم
console-flag-short-capacity-doubt = توانایی تصمیم
console-flag-short-child-objection = مخالفت کودک
console-flag-open = نشانهٔ باز: { $reason }
console-flag-resolved = نشانهٔ حل‌شده: { $reason }
console-reason-for = پرونده { $code }
console-reason-quick = یک دلیل رایج را انتخاب کنید، یا دلیل دیگری را در پایین بنویسید.
console-reason-asked = خود شخص در میز پذیرش خواست
console-reason-flag = برای رسیدگی به یک نشانه
console-reason-interview = گفت‌وگوی تأیید
console-reason-departure = آماده‌سازی عزیمت
console-reason-other = دلیل دیگر (بنویسید)
console-suspend-confirm-count = توقف موقت { $destination }: رضایت‌های در انتظار که به بازبینی می‌روند: { $count }
console-export-drives = درایوهای جداشدنی: یکی را بزنید، سپس یک قالب را.
console-export-drive = درایو { $name }
console-export-no-drive = درایو جداشدنی پیدا نشد. یکی را وصل کنید یا پوشه‌ای بنویسید.

## Central sync

console-central-sync-last = آخرین پذیرش در پایگاه داده مرکزی: { $date }، { $time }
console-central-sync-never = پایگاه داده مرکزی هنوز نپذیرفته است.
