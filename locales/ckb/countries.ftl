# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = جۆرجیا
country-ge-reintegration = پشتگیرییەکە دەکرێت ئەمانە بگرێتەوە: یارمەتی بۆ دەستپێکردنی پڕۆژەیەکی بچووک، ڕاهێنانی کار، و یارمەتیی کورتخایەن بۆ نیشتەجێبوون.
country-iq-name = عێراق
country-iq-reintegration = پشتگیرییەکە دەکرێت ئەمانە بگرێتەوە: یارمەتی بۆ دەستپێکردنی پڕۆژەیەکی بچووک، یارمەتی بۆ دۆزینەوەی کار، و ڕاوێژی دەروونی بۆ ئەو کەسانەی ئەزموونی سەختیان تێپەڕاندووە.
country-ng-name = نەیجیریا
country-ng-reintegration = پشتگیرییەکە دەکرێت ئەمانە بگرێتەوە: یارمەتی بۆ دەستپێکردنی پڕۆژەیەکی بچووک، فێربوونی پیشەیەک، و یارمەتیی پزیشکی بۆ ئەوانەی پێویستیانە.
area-ng-bo-name = ویلایەتی بۆرنۆ
area-ng-bo-suspension-reason = گەشتکردن بۆ ئەم ناوچەیە ئێستا سەلامەت نییە، بۆیە یارمەتی بۆ گەڕانەوە بۆ ئەوێ بە کاتی ڕاگیراوە. یارمەتی بۆ گەڕانەوە بۆ بەشەکانی تری وڵاتەکە بەردەوامە.
country-sn-name = سێنێگال
country-sn-reintegration = پشتگیرییەکە دەکرێت ئەمانە بگرێتەوە: یارمەتی بۆ دەستپێکردنی پڕۆژەیەکی بچووک، ڕاهێنان، و بەشداریکردن لە پڕۆژەکانی کۆمەڵگادا.
country-gn-name = گینێ
country-gn-reintegration = پشتگیرییەکە دەکرێت ئەمانە بگرێتەوە: یارمەتی بۆ دەستپێکردنی پڕۆژەیەکی بچووک، فێربوونی پیشەیەک، و یارمەتی بۆ خەرجیی قوتابخانەی منداڵان.
country-et-name = ئەتیۆپیا
country-et-reintegration = پشتگیرییەکە دەکرێت ئەمانە بگرێتەوە: یارمەتی بۆ دەستپێکردنی پڕۆژەیەکی بچووک، ڕاهێنانی کار، و ڕاوێژی دەروونی.
country-so-name = سۆماڵ
country-so-reintegration = پشتگیرییەکە دەکرێت ئەمانە بگرێتەوە: یارمەتی بۆ داهات، ڕاهێنان، و شوێنێک بۆ مانەوە لە هەفتەکانی یەکەمدا.
country-bd-name = بەنگلادیش
country-bd-reintegration = پشتگیرییەکە دەکرێت ئەمانە بگرێتەوە: یارمەتی بۆ دەستپێکردنی پڕۆژەیەکی بچووک، ڕاهێنانی کار، و یارمەتی بۆ مامەڵەکردن لەگەڵ ئەو قەرزانەی بەهۆی گەشتەکەوە کەوتوونەتە سەرت.
country-pk-name = پاکستان
country-pk-reintegration = پشتگیرییەکە دەکرێت ئەمانە بگرێتەوە: یارمەتی بۆ دەستپێکردنی پڕۆژەیەکی بچووک، ڕاهێنانی کار، و یارمەتیی پزیشکی بۆ ئەوانەی پێویستیانە.
country-ma-name = مەغریب
country-ma-reintegration = پشتگیرییەکە دەکرێت ئەمانە بگرێتەوە: یارمەتی بۆ دەستپێکردنی پڕۆژەیەکی بچووک، ڕاهێنان، و یارمەتی بۆ گەڕانەوە بۆ خوێندن.
country-tn-name = تونس
country-tn-reintegration = پشتگیرییەکە دەکرێت ئەمانە بگرێتەوە: یارمەتی بۆ دەستپێکردنی پڕۆژەیەکی بچووک، ڕاهێنان، و ڕاوێژی دەروونی.
country-af-name = ئەفغانستان
country-af-reintegration = ڕاوێژکارێک پشتگیرییەکەت بۆ ڕوون دەکاتەوە، چونکە یارمەتی بۆ گەڕانەوە ئێستا بە کاتی ڕاگیراوە.
country-af-suspension-reason = بەهۆی باری ئاسایشەوە، یارمەتی بۆ گەڕانەوە بۆ ئەم وڵاتە بە کاتی ڕاگیراوە. هیچ ڕەزامەندییەکی نوێ بۆ ئەم وڵاتە واژۆ ناکرێت.
country-sd-name = سوودان
country-sd-reintegration = ڕاوێژکارێک پشتگیرییەکەت بۆ ڕوون دەکاتەوە، چونکە یارمەتی بۆ گەڕانەوە ئێستا بە کاتی ڕاگیراوە.
country-sd-suspension-reason = بەهۆی ململانێی چەکدارییەوە، یارمەتی بۆ گەڕانەوە بۆ ئەم وڵاتە بە کاتی ڕاگیراوە. هیچ ڕەزامەندییەکی نوێ بۆ ئەم وڵاتە واژۆ ناکرێت.

## Limits, legal help, rights, and what a return changes

country-situation-example = نموونە: لێرەدا سەنتەرەکە ئاسایشی ئێستا، ڕێزگرتن لە مافەکان، و دەستگەیشتن بە نیشتەجێبوون، چاودێریی تەندروستی، قوتابخانە و کار لەم وڵاتە یان ناوچەیە باس دەکات.
country-situation-source = سەرچاوە: { $source }. تا { $date }.
country-support-limits = پشتگیری گەرەنتی نییە: بەندە بە یاسا و بودجەی بەرنامەکە لە کاتی گەیشتنتدا، و ناتوانێت هەموو شتێک چارەسەر بکات.

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = ویلایەتی ئابیا
area-ng-ad-name = ویلایەتی ئاداماوا
area-ng-ak-name = ویلایەتی ئاکوا ئیبۆم
area-ng-an-name = ویلایەتی ئانامبرا
area-ng-ba-name = ویلایەتی باوچی
area-ng-by-name = ویلایەتی بایێلسا
area-ng-be-name = ویلایەتی بێنووێ
area-ng-cr-name = ویلایەتی کرۆس ڕیڤەر
area-ng-de-name = ویلایەتی دێلتا
area-ng-eb-name = ویلایەتی ئێبۆنی
area-ng-ed-name = ویلایەتی ئێدۆ
area-ng-ek-name = ویلایەتی ئێکیتی
area-ng-en-name = ویلایەتی ئێنووگوو
area-ng-fc-name = هەرێمی پایتەختی فیدراڵ (ئەبووجا)
area-ng-go-name = ویلایەتی گۆمبێ
area-ng-im-name = ویلایەتی ئیمۆ
area-ng-ji-name = ویلایەتی جیگاوا
area-ng-kd-name = ویلایەتی کادوونا
area-ng-kn-name = ویلایەتی کانۆ
area-ng-kt-name = ویلایەتی کاتسینا
area-ng-ke-name = ویلایەتی کێبی
area-ng-ko-name = ویلایەتی کۆگی
area-ng-kw-name = ویلایەتی کوارا
area-ng-la-name = ویلایەتی لاگۆس
area-ng-na-name = ویلایەتی ناساراوا
area-ng-ni-name = ویلایەتی نیجەر
area-ng-og-name = ویلایەتی ئۆگوون
area-ng-on-name = ویلایەتی ئۆندۆ
area-ng-os-name = ویلایەتی ئۆسوون
area-ng-oy-name = ویلایەتی ئۆیۆ
area-ng-pl-name = ویلایەتی پلاتۆ
area-ng-ri-name = ویلایەتی ڕیڤەرز
area-ng-so-name = ویلایەتی سۆکۆتۆ
area-ng-ta-name = ویلایەتی تارابا
area-ng-yo-name = ویلایەتی یۆبێ
area-ng-za-name = ویلایەتی زامفارا
