# The counsellor's console. Staff read these; the person at the kiosk never does.

console-signed-in-as = { $account } ({ $role })
console-role-admin = بەڕێوەبەر
console-role-counsellor = ڕاوێژکار
console-role-editor = دەستکاریکەر
console-sign-out = چوونەدەرەوە
console-to-kiosk = گەڕاندنەوەی شاشەکە بۆ دۆخی کیۆسک
console-back = دواوە

## Setup and sign-in

console-setup-title = یەکەم بەکارهێنان: دروستکردنی هەژماری بەڕێوەبەر
console-setup-intro = هێشتا هیچ هەژمارێک لەسەر ئەم ئامێرە نییە. دواتر بەڕێوەبەر هەژماری ڕاوێژکاران دروست دەکات.
console-setup-create = دروستکردنی هەژماری بەڕێوەبەر
console-setup-done = هەژماری بەڕێوەبەر دروست کرا. ئێستا بچۆ ژوورەوە.
console-sign-in-title = چوونەژوورەوەی کارمەندان
console-account-name = ناوی هەژمار
console-passphrase = دەستەواژەی نهێنی یان PIN
console-sign-in = چوونەژوورەوە
console-wrong-credentials = ئەم ناو و دەستەواژەی نهێنییە لەگەڵ هیچ هەژمارێک ناگونجێن.
console-locked = هەوڵی هەڵە زۆر درا. ماوە تا ئەم هەژمارە بتوانێت دووبارە هەوڵ بداتەوە: { $seconds } چرکە
console-locked-idle = کۆنسۆڵەکە دوای ماوەیەک بێ بەکارهێنان خۆی قفڵ کرد. دووبارە بچۆ ژوورەوە.
console-sign-in-first = سەرەتا بچۆ ژوورەوە.
console-editor-not-here = هەژمارەکانی دەستکاریکەر بۆ ناوەڕۆک و وەرگێڕانن، نەک بۆ تۆمارەکانی ڕەزامەندی.
console-account-exists = هەژمارێک بەم ناوە پێشتر هەیە.
console-bad-name = ناوی هەژمار ٢ تا ٣٢ هێمایە: پیت، ژمارە، خاڵ، داش یان ژێرهێڵ.
console-weak-secret = دەستەواژەی نهێنی یان PIN دەبێت لانیکەم ٦ هێمای هەبێت.
console-already-set-up = هەژمار پێشتر هەن: بەڕێوەبەر هەژماری نوێ زیاد دەکات.
console-admin-only = تەنیا بەڕێوەبەر دەتوانێت ئەمە بکات.

## Dashboard

console-dashboard-title = ڕەزامەندییەکانی سەر ئەم ئامێرە
console-concerns-title = لە کیۆسکەکە ئێستا پێویستیان پێتە: { $count }
console-concern-pressured = هەست بە فشار دەکات و داوای قسەکردنی تایبەتی لەگەڵ کارمەندان کردووە
console-concern-lost-code = کۆدەکەی ون کردووە و دەیەوێت ڕەزامەندییەکەی بکشێنێتەوە
console-concern-seen = دەچم
console-guided-start = دەستپێکردنی دانیشتنێک لەگەڵ ڕاوێژکار
console-export = هەناردەکردن
console-suspend = ڕاگرتنی شوێنێکی مەبەست
console-review-content = پێداچوونەوەی ڕەزامەندییەکان دوای گۆڕانی ناوەڕۆک
console-list-all = هەموو ({ $count })
console-list-cooling-off = لە ماوەی بیرکردنەوەدا ({ $count })
console-list-effective = کارا ({ $count })
console-list-flagged = ئاگاداریی لەسەرە ({ $count })
console-list-needs-review = پێداچوونەوەی پێویستە ({ $count })
console-list-withdrawn = کشێنراوەتەوە ({ $count })
console-list-departed = ڕۆیشتن تۆمارکراوە ({ $count })
console-state-cooling-off = لە ماوەی بیرکردنەوەدا
console-state-effective = کارا
console-state-flagged = ئاگاداریی لەسەرە
console-state-needs-review = پێداچوونەوەی پێویستە
console-state-withdrawn = کشێنراوەتەوە
console-state-departed = ڕۆیشتن تۆمارکراوە
console-state-declined = ڕازی نەبوو
console-hours-left = کاتژمێری ماوە: { $hours }
console-search = گەڕان: کۆد، زمان یان شوێنی مەبەست
console-list-empty = هیچ ڕەزامەندییەک لەم لیستەدا نییە.
console-list-more = نیشاندراو: { $shown } لە { $count }. بەشێکی زیاتری کۆدەکە بنووسە بۆ ئەوەی لیستەکە کورت بێتەوە.
console-open = کردنەوەی { $code }

## Opening a record

console-reason-title = بۆچی ئەم تۆمارە دەکەیتەوە؟
console-reason-intro = کردنەوەی هەر تۆمارێک لەگەڵ هەژمارەکەت و هۆکارەکەت تۆمار دەکرێت.
console-reason = هۆکار
console-reason-needed = تکایە هۆکارێک بنووسە (چەند وشەیەک).
console-open-confirm = کردنەوەی تۆمار
console-not-found = ئەم ڕەزامەندییە نادۆزرێتەوە.
console-record-title = تۆماری ڕەزامەندی
console-fact-code = کۆدی ئاماژە: { $value }
console-fact-state = دۆخ: { $value }
console-fact-signed = کاتی واژۆ: { $value }
console-fact-cooling-off = کۆتایی ماوەی بیرکردنەوە: { $value }
console-fact-destination = شوێنی مەبەست: { $value }
console-fact-language = زمان: { $value }
console-fact-content = وەشانی ناوەڕۆک: { $value }
console-fact-departed = کاتی ڕۆیشتن: { $value }
console-fact-escort = یاوەر: { $value }
console-fact-reception = ڕێکخستنی پێشوازی: { $value }
console-fact-household = خێزان: { $value }
console-fact-review = پێداچوونەوەی پێویستە، چونکە: { $value }
console-review-content-changed = ئەو زانیارییانەی نیشان دران لە دوای واژۆکردنەوە گۆڕاون
console-review-child-objection = منداڵەکە ناڕەزایی دەربڕی
console-flag-pressure = کەسەکە گوتی هەستی بە فشار کردووە، یان داوای کرد بە تایبەتی قسە بکات.
console-flag-re-explained = یەکێک لە وەڵامەکانی پرسیارەکانی تێگەیشتن پێویستی بە ڕوونکردنەوەی دووبارە بوو.
console-present = ئامادەبووان:
console-items = وەڵامەکان:
console-withdraw = کشاندنەوەی ڕەزامەندی بە داوای کەسەکە خۆی
console-departure = تۆمارکردنی ڕۆیشتن
console-reconsent = وەرگرتنی واژۆیەکی نوێ
console-saved = پاشەکەوت کرا.
console-conflict = کەسێکی تر چەند ساتێک لەمەوبەر ئەم ڕەزامەندییەی گۆڕی. هیچ شتێک پاشەکەوت نەکرا. دووبارە بیکەرەوە بۆ ئەوەی گۆڕانکارییەکە ببینیت.
console-failed = ئەمە سەرکەوتوو نەبوو: { $why }

## Re-consent

console-reconsent-title = چی گۆڕاوە لە دوای واژۆکردنەوە
console-reconsent-intro = دەقە نوێیەکە لەگەڵ کەسەکە بخوێنەوە، بە زمانی خۆی. پاشان دووبارە واژۆ دەکات، یان ڕەزامەندییەکەی دەکشێنێتەوە.
console-reconsent-not-needed = ئەم ڕەزامەندییە پێویستی بە پێداچوونەوە نییە.
console-reconsent-no-text-change = دەقە نیشاندراوەکان نەگۆڕاون؛ پێداچوونەوەکە بۆ هۆکارێکی تر بوو.
console-reconsent-before = لە کاتی واژۆکردن
console-reconsent-now = ئێستا
console-reconsent-gone = (ئیتر نیشان نادرێت)
console-reconsent-sign-as = ناوی نووسراو، وەک: { $role }
console-reconsent-sign = تۆمارکردنی واژۆ نوێیەکە

## Suspension and content review

console-suspend-title = ڕاگرتنی یارمەتی گەڕانەوە
console-suspend-intro = هەموو ئەو ڕەزامەندییانەی ئەم شوێنەی مەبەستە کە هێشتا کۆتاییان نەهاتووە یەکسەر دەچنە پێداچوونەوە، و ئامێرەکە ئیتر ئەم شوێنە پێشنیار ناکات.
console-suspend-area = تەنیا یەک ناوچە (کۆدی ISO 3166-2، ئارەزوومەندانە)
console-suspend-reason = هۆکار
console-suspend-confirm = ڕاگرتن
console-suspend-unknown-country = وڵاتێک لە لیستەکە هەڵبژێرە.
console-suspend-done = ڕاگیرا. ئەو ڕەزامەندییانەی گوازرانەوە بۆ پێداچوونەوە: { $count }
console-review-done = ئەو ڕەزامەندییانەی بە زانیاریی کۆنتر واژۆ کرابوون و گوازرانەوە بۆ پێداچوونەوە: { $count }

## Export

console-export-title = هەناردەکردن بۆ سیستەمی دۆسیەکان
console-export-intro = هەموو ئەوەی لەسەر ئەم ئامێرەیە لە یەک فایلدا لەناو بوخچەکەدا دەنووسرێت.
console-export-folder = بوخچە
console-export-jsonl = JSON Lines (ڕووداوە مۆرکراوەکان)
console-export-csv = CSV (یەک ڕیز بۆ هەر ڕەزامەندییەک)
console-export-fhir = FHIR R4 Bundle
console-exported = تۆماری نووسراو: { $count }. فایل: { $path }

## Guided session

console-guided-title = دانیشتن لەگەڵ ڕاوێژکار: کێ ئامادەیە
console-guided-language = زمانی کەسەکە
console-guided-adult = ١٨ ساڵ یان زیاتر
console-guided-minor = کەمتر لە ١٨ ساڵ
console-guided-capacity-doubt = گومانم لە توانای کەسەکە هەیە بۆ بڕیاردان
console-guided-interpreter = وەرگێڕی ئامادە: زمان (ئەگەر نییە، بە بەتاڵی بیهێڵەوە)
console-guided-witness = شایەتی ئامادە: ناو (بۆ نیشانە پێویستە)
console-guided-household = ژمارەی ئاماژەی خێزان، هاوبەش لە نێوان ڕەزامەندییەکانی یەک خێزان (ئەگەر نییە بەتاڵی بهێڵەوە)
console-guided-representative = ناوی سەرپەرشتیار یان نوێنەری یاسایی
console-guided-best-interests = ژمارەی ئاماژەی بڕیاری بەرژەوەندیی باڵای منداڵ
console-guided-child-view = بۆچوونی منداڵەکە خۆی
console-guided-child-agrees = منداڵەکە ڕازییە (وێنە)
console-guided-child-objects = منداڵەکە ناڕازییە (وێنە)
console-guided-assent = ڕازیبوون
console-guided-objection = ناڕەزایی
console-guided-child-words = قسەکانی منداڵەکە خۆی
console-guided-unaccompanied = ئایا منداڵەکە لێرەیە بەبێ دایک یان باوک یان ئەو گەورەیەی بەرپرسیارییەتی؟
console-guided-unaccompanied-yes = منداڵی بێ یاوەر
console-guided-unaccompanied-no = لەگەڵ دایک یان باوک یان گەورەی بەرپرسیار
console-guided-escort = یاوەر لە گەشتەکەدا: ڕێکخراو و ژمارەی ئاماژە (بێ ناو)
console-guided-reception = ژمارەی ئاماژەی ڕێکخستنی پێشوازی لە وڵاتی گەڕانەوە
console-guided-covers-separation = بڕیاری باشترین بەرژەوەندی گەڕانەوە بە جیا لە دایک و باوک دەگرێتەوە
console-guided-begin = دەستپێکردن لەگەڵ کەسەکە

## Why the rules refuse

rule-mark-without-witness = نیشانە پێویستی بە شایەتێکە کە لەم دانیشتنەدا ئامادە بێت.
rule-guardian-signature-missing = ڕەزامەندیی منداڵ پێویستی بە واژۆی سەرپەرشتیار یان نوێنەری یاسایی هەیە.
rule-child-view-missing = سەرەتا بۆچوونی منداڵەکە خۆی تۆمار بکە (ڕازیبوون یان ناڕەزایی).
rule-best-interests-reference-missing = ڕەزامەندیی منداڵ بۆ گەڕانەوە پێویستی بە ژمارەی ئاماژەی بڕیاری بەرژەوەندیی باڵای منداڵ هەیە.
rule-representative-signature-missing = گومان لە توانای بڕیاردانی کەسەکە هەیە: نوێنەری یاسایی دەبێت واژۆ بکات.
rule-migrant-signature-missing = کەسەکە هێشتا واژۆی نەکردووە.
rule-empty-signature = واژۆیەک بەتاڵە.
rule-unknown-signer = کەسێک واژۆی کردووە کە وەک ئامادەبوو تۆمار نەکراوە.
rule-not-withdrawable = ئەم ڕەزامەندییە لە دۆخی ئێستایدا ناکشێنرێتەوە.
rule-already-departed = ڕۆیشتن تۆمار کراوە: ئیتر کشاندنەوە ناکرێت.
rule-not-departable = ڕۆیشتن تەنیا دوای ئەوە تۆمار دەکرێت کە ڕەزامەندییەکە کارا بووبێت.
rule-not-awaiting-reconsent = واژۆی نوێ تەنیا بۆ ڕەزامەندییەک وەردەگیرێت کە پێویستی بە پێداچوونەوە هەبێت.

## پاراستنەکان: نیشانەکان، چاوپێکەوتنی پشتڕاستکردنەوە، ڕۆیشتن، کشانەوە بەبێ کۆد

console-list-on-hold = چاوەڕێی ڕاوێژکار ({ $count })
console-state-on-hold = چاوەڕێی ڕاوێژکار (نیشانەیەکی کراوە یان چاوپێکەوتنی پشتڕاستکردنەوە)
console-find-without-code = کشانەوە بەبێ کۆد
console-flag-capacity-doubt = ڕاوێژکارێک گومانی لە توانای بڕیاردان تۆمار کرد.
console-flag-child-objection = منداڵەکە ناڕەزایی دەربڕی.
console-flags-open = نیشانەی کراوە: تا هەر یەکێکیان چارەسەر نەکرێت، ڕەزامەندی جێبەجێ نابێت و ڕۆیشتن تۆمار ناکرێت.
console-flag-reason = هۆی چارەسەرکردن
console-flag-cleared = دوای قسەی تایبەت لابرا
console-flag-referred = ڕەوانە کرا (کراوە دەمێنێتەوە)
console-flag-review = بۆ پێداچوونەوە: واژۆیەکی نوێ، بۆچوونی منداڵەکە دووبارە وەردەگیرێت
console-flag-resolution = { $flag } چارەسەر: { $outcome }. { $reason }
console-fact-interview = چاوپێکەوتنی پشتڕاستکردنەوە: { $outcome }، { $when }
console-fact-departure-corrected = ڕۆیشتن ڕاستکرایەوە { $when }: { $reason }
console-confirmation = چاوپێکەوتنی پشتڕاستکردنەوە
console-confirmation-not-needed = ئەم ڕەزامەندییە چاوەڕێی چاوپێکەوتنی پشتڕاستکردنەوە نییە.
console-confirmation-title = چاوپێکەوتنی تایبەتی پشتڕاستکردنەوە
console-confirmation-intro = بە تەنها لەگەڵ کەسەکە قسە بکە، ئەگەر پێویست بوو لەگەڵ وەرگێڕ. هەموو پرسیارەکانی خوارەوە بکە؛ ڕەزامەندی تەنها دوای ماوەی بیرکردنەوە و پشتڕاستکردنەوە جێبەجێ دەبێت.
console-confirmation-interpreter-language = وەرگێڕ: زمان (ئەگەر نییە بەتاڵی بهێڵە)
console-confirmation-interpreter-id = وەرگێڕ: ژمارەی لیست
console-confirmation-others = کێی تر لە ژوورەکەدایە:
console-confirmation-fear = ئایا کەسەکە لە زیان لە کاتی گەڕانەوە دەترسێت؟
console-confirmation-fear-none = هیچ ترسێک دەرنەبڕدرا
console-confirmation-fear-asylum-info = ترس دەربڕدرا: زانیاری پەنابەری درا
console-confirmation-referred = ڕەوانە کرا
console-confirmation-signs = نیشانەی بازرگانی بە مرۆڤ یان توندوتیژی؟
console-confirmation-signs-none = هیچ نەبینرا
console-confirmation-fitness = تەندروستی و توانای گەشتکردن
console-confirmation-fit = توانای گەشتی هەیە
console-confirmation-fit-with-support = بە پاڵپشتی توانای هەیە (هاوڕێ، دەرمان)
console-confirmation-not-fit = ئێستا توانای گەشتی نییە
console-confirmation-legal = ڕاوێژی یاسایی سەربەخۆ
console-confirmation-legal-offered = پێشکەش کرا، هێشتا بڕیار نەدراوە
console-confirmation-legal-taken = پێشکەش کرا و وەرگیرا
console-confirmation-legal-declined = پێشکەش کرا و ڕەتکرایەوە
console-confirmation-detained = ئایا کەسەکە لە دەستبەسەرکردندایە؟
console-confirmation-person = ئایا کەسەکە بە وشەی خۆی پشتڕاستی کردەوە کە دەیەوێت بگەڕێتەوە؟
console-confirmation-confirmed = تۆمارکردن: پشتڕاستکرایەوە
console-confirmation-outcome-referred = تۆمارکردن: ڕەوانە کرا (چاوەڕێ دەمێنێتەوە)
console-confirmation-withdrawn = تۆمارکردن: کەسەکە ڕەزامەندی دەکشێنێتەوە
console-reconfirm-departure = کەسەکە ئەمڕۆ دووبارە پشتڕاستی کردەوە
console-departure-correction-reason = بۆچی ڕۆیشتن بە هەڵە تۆمار کرا
console-departure-correct = ڕاستکردنەوەی ڕۆیشتن
console-find-title = کشانەوە بەبێ کۆد
console-find-intro = کەسەکە لێرەیە و کۆدەکەی ون کردووە. بپرسە چی لەبیرە؛ لانیکەم دوو زانیاری بنووسە. هەر زانیارییەک دەبێت یەک بگرێتەوە.
console-find-date = ڕۆژی واژۆکردن (YYYY-MM-DD)
console-find-language = ئەو زمانەی پێی خوێندەوە (بۆ نموونە ar)
console-find-destination = وڵاتی گەڕانەوە (بۆ نموونە GE)
console-find-code = بەشێک لە کۆد
console-find-search = دۆزینەوە
console-find-two-facts = لانیکەم دوو زانیاری بنووسە.
console-find-too-many = زیاتر لە سێ ڕەزامەندی یەک دەگرنەوە: زانیارییەکی تر بپرسە.
console-find-none = هیچ ڕەزامەندییەکی کشانەوەپێکراو لەگەڵ هەموو زانیارییەکان یەک ناگرێتەوە.
console-find-reason = هۆی کشانەوە
console-find-person-present = کەسەکە لێرە لەگەڵمە
console-withdrawn-without-code = کشایەوە. پسووڵەی کشانەوە بدە بە کەسەکە.
rule-held = ئەم ڕەزامەندییە هێشتا کار ناکات: نیشانەیەک کراوەیە یان چاوپێکەوتنی پشتڕاستکردنەوە پشتڕاستی نەکردووەتەوە.
rule-flag-not-open = ئەم نیشانەیە لەسەر ئەم ڕەزامەندییە کراوە نییە.
rule-not-awaiting-safeguard = ئێستا هیچ شتێک بۆ چارەسەر یان پشتڕاستکردنەوە لەم ڕەزامەندییەدا نییە.
rule-interview-incomplete = وەڵامەکانی چاوپێکەوتن ڕێگە بە پشتڕاستکردنەوە نادەن (پشتڕاستکردنەوەی کەسەکە، ڕەوانەکردنی چاوەڕوان، توانای گەشت، یان ڕاوێژی یاسایی لە دەستبەسەرکردندا).
rule-reason-missing = تکایە هۆیەک بنووسە.
rule-reconfirmation-missing = پێش تۆمارکردنی ڕۆیشتن، کەسەکە دەبێت ئەمڕۆ بە تایبەتی دووبارە پشتڕاستی بکاتەوە.
rule-not-departed = هیچ ڕۆیشتنێک تۆمار نەکراوە.
rule-not-identified = کشانەوە بەبێ کۆد پێویستی بە ئامادەبوونی کەسەکە و لانیکەم دوو زانیاری یەکگرتوو هەیە.
rule-child-objection-needs-review = ناڕەزایی منداڵ ناسڕدرێتەوە: ڕەزامەندییەکە بۆ پێداچوونەوە بگوازەرەوە، یان ڕەوانەی بکە.
rule-escort-missing = گەڕانەوەی منداڵی بێ یاوەر پێویستی بە تۆمارکردنی یاوەرەکەیە.
rule-reception-arrangement-missing = گەڕانەوەی منداڵی بێ یاوەر پێویستی بە ژمارەی ئاماژەی ڕێکخستنی پێشوازی لە وڵاتی گەڕانەوەیە.
rule-household-apart = ڕەزامەندیی منداڵ لەگەڵ ڕەزامەندیی دایک یان باوکی هەمان خێزان (بۆ هەمان وڵات، کارا) دەڕوات، مەگەر بڕیاری باشترین بەرژەوەندی گەڕانەوەی جیا بگرێتەوە.
console-fact-waiting-for = چاوەڕێی: { $value }
console-fact-shareable-from = ئەو داتایانەی لە سەنتەر دەچنە دەرەوە لەم کاتەوە دەتوانرێت هاوبەش بکرێن: { $value }
console-confirmation-unanswered = پێش تۆمارکردنی چاوپێکەوتن وەڵامی هەموو پرسیارێک بدەرەوە.
console-hold-household = ڕەزامەندیی دایک یان باوکێک لە هەمان خێزان
console-suspend-unknown-area = یەکێک لەو هەرێمانەی بۆ ئەم وڵاتە نووسراون، یان هەموو وڵاتەکە هەڵبژێرە.
console-suspend-whole-country = هەموو وڵاتەکە
console-suspensions-active = ئەوانەی لەم کۆنسۆڵەوە ڕاگیراون و هێشتا کاران:
console-suspension-line = { $destination }، لە { $when }ەوە: { $reason }
console-lift = لابردنی ئەم ڕاگرتنە
console-lift-title = لابردنی ڕاگرتن
console-lift-intro = دوای لابردنی ڕاگرتنەکە، کیۆسکەکە دیسان ئەم شوێنە پێشکەش دەکات. ئەو ڕەزامەندییانەی بەهۆیەوە چوونەتە پێداچوونەوە لەوێ دەمێننەوە: هەر یەکێکیان تەنها بە واژۆیەکی نوێ بەردەوام دەبێت، یان دەکشێندرێتەوە.
console-lift-count = ڕەزامەندییەکانی ژێر پێداچوونەوە بەهۆی ئەم ڕاگرتنەوە: { $count }
console-lift-content-still = ناوەڕۆکەکەش (countries.toml) ئەم شوێنەی ڕاگرتووە: تا ناوەڕۆکەکە نەگۆڕێت ڕاگیراو دەمێنێتەوە.
console-lift-reason = بۆچی لادەبرێت؟ (بۆ تۆمار)
console-lift-confirm = ڕاگرتنەکە لابە
console-lift-done = ڕاگرتنەکە لابرا. ئەو ڕەزامەندییانەی هێشتا لە پێداچوونەوەدان و هەر یەکێکیان چاوەڕێی واژۆیەکی نوێیە: { $count }
console-lift-not-active = ئەم ڕاگرتنە چیتر کارا نییە.
console-reconsent-region = هەرێمی گەڕانەوە: دیسان لە کەسەکە بپرسە.
rule-area-not-chosen = گەڕانەوە بۆ ئەم وڵاتە ئەو هەرێمە دیاری دەکات کە کەسەکە بۆی دەگەڕێتەوە، لە نێوان ئەوانەی نووسراون.
rule-unaccompanied-unanswered = بۆ منداڵێک، سەرەتا وەڵام بدەوە ئایا بەبێ دایک و باوک یان ئەو گەورەیەی بەرپرسیارێتی لە ئەستۆیە لێرەیە: بەڵێ یان نەخێر.

## The table and its queue

console-needs-you-title = ئەو ڕەزامەندییانەی ئێستا پێویستیان بە تۆیە: { $count }
console-needs-you-none = هیچ شتێک لە ڕیزەکەدا ئێستا پێویستی بە تۆ نییە.
console-needs-you-more = ژمارەی تر لە ڕیزەکەدا: { $count }. بۆ بینینی هەموویان لیستێک لە خوارەوە هەڵبژێرە.
console-urgent-flag = نیشانەی کراوە
console-chip-on-hold = چاوەڕێی ڕاوێژکار
console-urgent-confirmation = کاتی چاوپێکەوتنی پشتڕاستکردنەوەیە
console-urgent-cooling-off = ماوەی بیرکردنەوە ئەمڕۆ کۆتایی دێت
console-column-code = کۆد
console-column-state = دۆخ
console-column-hours = کاتژمێری ماوە
console-column-flags = نیشانەکان
console-column-language = زمان
console-column-destination = شوێنی مەبەست
console-sort-by = ڕیزکردن بەپێی { $column }
console-filter-all-languages = هەموو زمانەکان
console-filter-all-countries = هەموو وڵاتەکان
console-filter-open-flags = تەنها نیشانە کراوەکان
console-flag-short-pressure = فشار
console-flag-short-comprehension = تێگەیشتن
console-flag-short-capacity-doubt = توانای بڕیاردان
console-flag-short-child-objection = ناڕەزایی منداڵ
console-flag-open = نیشانەی کراوە: { $reason }
console-flag-resolved = نیشانەی چارەسەرکراو: { $reason }
console-reason-for = تۆمار { $code }
console-reason-quick = هۆیەکی باو هەڵبژێرە، یان هۆیەکی تر لە خوارەوە بنووسە.
console-reason-asked = کەسەکە خۆی لە مێزەکە داوای کرد
console-reason-flag = بۆ چارەسەرکردنی نیشانەیەک
console-reason-interview = چاوپێکەوتنی پشتڕاستکردنەوە
console-reason-departure = ئامادەکاری بۆ ڕۆیشتن
console-reason-other = هۆیەکی تر (بینووسە)
console-suspend-confirm-count = ڕاگرتنی { $destination }: ڕەزامەندییە چاوەڕوانەکان کە دەچنە پێداچوونەوە: { $count }
console-export-drives = درایڤە لابراوەکان: یەکێکیان دابگرە، پاشان فۆرماتێک.
console-export-drive = درایڤی { $name }
console-export-no-drive = هیچ درایڤێکی لابراو نەدۆزرایەوە. یەکێک بچەقێنە یان بوخچەیەک بنووسە.

## Central sync

console-central-sync-last = دوایین وەرگرتن لەلایەن بنکەدراوەی ناوەندییەوە: { $date }، { $time }
console-central-sync-never = هێشتا بنکەدراوەی ناوەندی وەری نەگرتووە.
