# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = ګرجستان
country-ge-reintegration = ملاتړ کېدای شي د یوې کوچنۍ سوداګرۍ د پیلولو لپاره مرسته، د کار روزنه، او د استوګنې لپاره لنډمهاله مرسته ولري.
country-iq-name = عراق
country-iq-reintegration = ملاتړ کېدای شي د یوې کوچنۍ سوداګرۍ د پیلولو لپاره مرسته، د کار په موندلو کې مرسته، او هغو خلکو ته مشوره ولري چې سخت حالات یې تېر کړي دي.
country-ng-name = نایجیریا
country-ng-reintegration = ملاتړ کېدای شي د یوې کوچنۍ سوداګرۍ د پیلولو لپاره مرسته، د یوه مسلک زده کړه، او هغو کسانو ته طبي مرسته ولري چې ورته اړتیا لري.
area-ng-bo-name = د بورنو ایالت
area-ng-bo-suspension-reason = دې سیمې ته سفر اوس خوندي نه دی، نو هلته د راستنېدو مرسته په لنډمهاله توګه درول شوې ده. د هېواد نورو برخو ته د راستنېدو مرسته دوام لري.
country-sn-name = سنګال
country-sn-reintegration = ملاتړ کېدای شي د یوې کوچنۍ سوداګرۍ د پیلولو لپاره مرسته، روزنه، او په ټولنیزو پروژو کې ګډون ولري.
country-gn-name = ګینه
country-gn-reintegration = ملاتړ کېدای شي د یوې کوچنۍ سوداګرۍ د پیلولو لپاره مرسته، د یوه مسلک زده کړه، او د ماشومانو د ښوونځي د لګښتونو لپاره مرسته ولري.
country-et-name = ایتوپیا
country-et-reintegration = ملاتړ کېدای شي د یوې کوچنۍ سوداګرۍ د پیلولو لپاره مرسته، د کار روزنه، او مشوره ولري.
country-so-name = سومالیا
country-so-reintegration = ملاتړ کېدای شي د عاید لپاره مرسته، روزنه، او په لومړیو اونیو کې د اوسېدو ځای ولري.
country-bd-name = بنګله دېش
country-bd-reintegration = ملاتړ کېدای شي د یوې کوچنۍ سوداګرۍ د پیلولو لپاره مرسته، د کار روزنه، او د سفر له امله د پورونو د حل لپاره مرسته ولري.
country-pk-name = پاکستان
country-pk-reintegration = ملاتړ کېدای شي د یوې کوچنۍ سوداګرۍ د پیلولو لپاره مرسته، د کار روزنه، او هغو کسانو ته طبي مرسته ولري چې ورته اړتیا لري.
country-ma-name = مراکش
country-ma-reintegration = ملاتړ کېدای شي د یوې کوچنۍ سوداګرۍ د پیلولو لپاره مرسته، روزنه، او بېرته ښوونځي ته د تګ لپاره مرسته ولري.
country-tn-name = تونس
country-tn-reintegration = ملاتړ کېدای شي د یوې کوچنۍ سوداګرۍ د پیلولو لپاره مرسته، روزنه، او مشوره ولري.
country-af-name = افغانستان
country-af-reintegration = د ملاتړ په اړه یو مشاور معلومات درکوي، ځکه چې د راستنېدو مرسته اوس په لنډمهاله توګه درول شوې ده.
country-af-suspension-reason = د امنیتي وضعیت له امله، دې هېواد ته د راستنېدو مرسته په لنډمهاله توګه درول شوې ده. د دې هېواد لپاره نوی رضایت نشي لاسلیک کېدای.
country-sd-name = سوډان
country-sd-reintegration = د ملاتړ په اړه یو مشاور معلومات درکوي، ځکه چې د راستنېدو مرسته اوس په لنډمهاله توګه درول شوې ده.
country-sd-suspension-reason = د وسله‌والې جګړې له امله، دې هېواد ته د راستنېدو مرسته په لنډمهاله توګه درول شوې ده. د دې هېواد لپاره نوی رضایت نشي لاسلیک کېدای.

## Limits, legal help, rights, and what a return changes

country-ge-situation = بېلګه — { country-ge-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
country-iq-situation = بېلګه — { country-iq-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
country-ng-situation = بېلګه — { country-ng-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
country-sn-situation = بېلګه — { country-sn-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
country-gn-situation = بېلګه — { country-gn-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
country-et-situation = بېلګه — { country-et-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
country-so-situation = بېلګه — { country-so-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
country-bd-situation = بېلګه — { country-bd-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
country-pk-situation = بېلګه — { country-pk-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
country-ma-situation = بېلګه — { country-ma-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
country-tn-situation = بېلګه — { country-tn-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
country-af-situation = بېلګه — { country-af-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
country-sd-situation = بېلګه — { country-sd-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
area-ng-bo-situation = بېلګه — { area-ng-bo-name }: دلته مرکز په دې هېواد یا سیمه کې اوسنی امنیت، د حقونو درناوی، او کور، روغتیايي پاملرنې، ښوونځي او کار ته لاسرسی بیانوي.
country-situation-source = سرچینه: { $source }. تر { $date } پورې.
country-support-limits = ملاتړ تضمین شوی نه دی: ستاسو د رسېدو پر مهال د پروګرام په مقرراتو او بودیجې پورې اړه لري، او هر څه نشي حل کولی.

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = د آبیا ایالت
area-ng-ad-name = د آداماوا ایالت
area-ng-ak-name = د آکوا ایبوم ایالت
area-ng-an-name = د آنامبرا ایالت
area-ng-ba-name = د باوچي ایالت
area-ng-by-name = د بایلسا ایالت
area-ng-be-name = د بنوې ایالت
area-ng-cr-name = د کراس ریور ایالت
area-ng-de-name = د ډلټا ایالت
area-ng-eb-name = د ایبوني ایالت
area-ng-ed-name = د ایډو ایالت
area-ng-ek-name = د اکیټي ایالت
area-ng-en-name = د انوګو ایالت
area-ng-fc-name = د فدرالي پلازمېنې سیمه (ابوجا)
area-ng-go-name = د ګومبې ایالت
area-ng-im-name = د ایمو ایالت
area-ng-ji-name = د جیګاوا ایالت
area-ng-kd-name = د کادونا ایالت
area-ng-kn-name = د کانو ایالت
area-ng-kt-name = د کاتسینا ایالت
area-ng-ke-name = د کبي ایالت
area-ng-ko-name = د کوګي ایالت
area-ng-kw-name = د کوارا ایالت
area-ng-la-name = د لاګوس ایالت
area-ng-na-name = د ناساراوا ایالت
area-ng-ni-name = د نایجر ایالت
area-ng-og-name = د اوګون ایالت
area-ng-on-name = د اونډو ایالت
area-ng-os-name = د اوسون ایالت
area-ng-oy-name = د اویو ایالت
area-ng-pl-name = د پلاټو ایالت
area-ng-ri-name = د ریورز ایالت
area-ng-so-name = د سوکوټو ایالت
area-ng-ta-name = د تارابا ایالت
area-ng-yo-name = د یوبې ایالت
area-ng-za-name = د زامفارا ایالت
