# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = جارجیا
country-ge-reintegration = مدد میں چھوٹا کاروبار شروع کرنے میں مدد، کام کی تربیت، اور کچھ عرصے کے لیے رہائش میں مدد شامل ہو سکتی ہے۔
country-iq-name = عراق
country-iq-reintegration = مدد میں چھوٹا کاروبار شروع کرنے میں مدد، نوکری دلانے میں مدد، اور مشکل حالات سے گزرنے والے لوگوں کے لیے نفسیاتی مشاورت شامل ہو سکتی ہے۔
country-ng-name = نائیجیریا
country-ng-reintegration = مدد میں چھوٹا کاروبار شروع کرنے میں مدد، کوئی ہنر سیکھنے کی تربیت، اور ضرورت مندوں کے لیے طبی مدد شامل ہو سکتی ہے۔
area-ng-bo-name = ریاست بورنو
area-ng-bo-suspension-reason = اس علاقے کا سفر اس وقت محفوظ نہیں ہے، اس لیے وہاں واپسی کے لیے مدد عارضی طور پر بند ہے۔ ملک کے دوسرے حصوں میں واپسی کے لیے مدد جاری ہے۔
country-sn-name = سینیگال
country-sn-reintegration = مدد میں چھوٹا کاروبار شروع کرنے میں مدد، تربیت، اور برادری کے منصوبوں میں شرکت شامل ہو سکتی ہے۔
country-gn-name = گنی
country-gn-reintegration = مدد میں چھوٹا کاروبار شروع کرنے میں مدد، کوئی ہنر سیکھنے کی تربیت، اور بچوں کی تعلیم کے اخراجات میں مدد شامل ہو سکتی ہے۔
country-et-name = ایتھوپیا
country-et-reintegration = مدد میں چھوٹا کاروبار شروع کرنے میں مدد، کام کی تربیت، اور مشاورت شامل ہو سکتی ہے۔
country-so-name = صومالیہ
country-so-reintegration = مدد میں آمدنی کے لیے مدد، تربیت، اور پہلے چند ہفتوں میں رہنے کی جگہ شامل ہو سکتی ہے۔
country-bd-name = بنگلہ دیش
country-bd-reintegration = مدد میں چھوٹا کاروبار شروع کرنے میں مدد، کام کی تربیت، اور سفر کی وجہ سے چڑھے قرضوں سے نمٹنے میں مدد شامل ہو سکتی ہے۔
country-pk-name = پاکستان
country-pk-reintegration = مدد میں چھوٹا کاروبار شروع کرنے میں مدد، کام کی تربیت، اور ضرورت مندوں کے لیے طبی مدد شامل ہو سکتی ہے۔
country-ma-name = مراکش
country-ma-reintegration = مدد میں چھوٹا کاروبار شروع کرنے میں مدد، تربیت، اور دوبارہ اسکول جانے میں مدد شامل ہو سکتی ہے۔
country-tn-name = تیونس
country-tn-reintegration = مدد میں چھوٹا کاروبار شروع کرنے میں مدد، تربیت، اور مشاورت شامل ہو سکتی ہے۔
country-af-name = افغانستان
country-af-reintegration = مدد کی تفصیل کوئی مشیر بتائے گا، کیونکہ اس وقت واپسی کے لیے مدد عارضی طور پر بند ہے۔
country-af-suspension-reason = سلامتی کی صورتحال کی وجہ سے اس ملک میں واپسی کے لیے مدد عارضی طور پر بند ہے۔ اس ملک کے لیے کسی نئی رضامندی پر دستخط نہیں کیے جا سکتے۔
country-sd-name = سوڈان
country-sd-reintegration = مدد کی تفصیل کوئی مشیر بتائے گا، کیونکہ اس وقت واپسی کے لیے مدد عارضی طور پر بند ہے۔
country-sd-suspension-reason = مسلح لڑائی کی وجہ سے اس ملک میں واپسی کے لیے مدد عارضی طور پر بند ہے۔ اس ملک کے لیے کسی نئی رضامندی پر دستخط نہیں کیے جا سکتے۔

## Limits, legal help, rights, and what a return changes

country-ge-situation = مثال — { country-ge-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
country-iq-situation = مثال — { country-iq-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
country-ng-situation = مثال — { country-ng-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
country-sn-situation = مثال — { country-sn-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
country-gn-situation = مثال — { country-gn-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
country-et-situation = مثال — { country-et-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
country-so-situation = مثال — { country-so-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
country-bd-situation = مثال — { country-bd-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
country-pk-situation = مثال — { country-pk-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
country-ma-situation = مثال — { country-ma-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
country-tn-situation = مثال — { country-tn-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
country-af-situation = مثال — { country-af-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
country-sd-situation = مثال — { country-sd-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
area-ng-bo-situation = مثال — { area-ng-bo-name }: یہاں مرکز اس ملک یا علاقے میں موجودہ سلامتی، حقوق کے احترام، اور رہائش، صحت کی دیکھ بھال، اسکول اور کام تک رسائی بیان کرتا ہے۔
country-situation-source = ماخذ: { $source }۔ { $date } تک کی صورتحال۔
country-support-limits = مدد کی ضمانت نہیں: یہ آپ کے پہنچنے کے وقت پروگرام کے قواعد اور وسائل پر منحصر ہے، اور ہر مسئلہ حل نہیں کر سکتی۔

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = ریاست ابیا
area-ng-ad-name = ریاست اداماوا
area-ng-ak-name = ریاست اکوا ایبوم
area-ng-an-name = ریاست انامبرا
area-ng-ba-name = ریاست باؤچی
area-ng-by-name = ریاست بائیلسا
area-ng-be-name = ریاست بینوے
area-ng-cr-name = ریاست کراس ریور
area-ng-de-name = ریاست ڈیلٹا
area-ng-eb-name = ریاست ایبونی
area-ng-ed-name = ریاست ایڈو
area-ng-ek-name = ریاست ایکیٹی
area-ng-en-name = ریاست اینوگو
area-ng-fc-name = وفاقی دارالحکومت علاقہ (ابوجا)
area-ng-go-name = ریاست گومبے
area-ng-im-name = ریاست ایمو
area-ng-ji-name = ریاست جیگاوا
area-ng-kd-name = ریاست کادونا
area-ng-kn-name = ریاست کانو
area-ng-kt-name = ریاست کاٹسینا
area-ng-ke-name = ریاست کیبی
area-ng-ko-name = ریاست کوگی
area-ng-kw-name = ریاست کوارا
area-ng-la-name = ریاست لاگوس
area-ng-na-name = ریاست ناساراوا
area-ng-ni-name = ریاست نائجر
area-ng-og-name = ریاست اوگون
area-ng-on-name = ریاست اونڈو
area-ng-os-name = ریاست اوسون
area-ng-oy-name = ریاست اویو
area-ng-pl-name = ریاست پلیٹو
area-ng-ri-name = ریاست ریورز
area-ng-so-name = ریاست سوکوٹو
area-ng-ta-name = ریاست ترابا
area-ng-yo-name = ریاست یوبے
area-ng-za-name = ریاست زمفارا
