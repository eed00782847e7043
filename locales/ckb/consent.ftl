# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = ئایا ڕازیت یارمەتی وەربگریت بۆ گەڕانەوە بۆ وڵاتەکەت؟
statement-return-assistance-detail = ئەمە واتە یارمەتی بۆ بەڵگەنامەکان، گەشتەکە و گەیشتنت، وەک پێشتر ڕوون کرایەوە.
statement-personal-data-title = ئایا ڕازیت زانیارییەکانت بۆ ڕێکخستنی گەڕانەوە و پشتگیرییەکەت بەکار بهێنرێن؟
statement-personal-data-detail = ئەو کارمەندانەی گەڕانەوەت ڕێک دەخەن دەیبینن، لە سیستەمی دۆسیەکانی بەرنامەکەدا، و ئەو هاوبەشەی لە وڵاتەکەت پشتگیری دەکات. پەڕەی زانیارییەکانت دەڵێت کێی تر چی وەردەگرێت.
statement-share-identity-title = ئایا ڕازیت زانیاریی ناسنامەت لەگەڵ دەسەڵاتدارانی وڵاتەکەت هاوبەش بکرێت، تەنیا بۆ وەرگرتنی بەڵگەنامەکانی گەشت؟
statement-share-identity-detail = تەنها دوای کارابوونی ڕەزامەندییەکەت، و دوای بەشکردن ناگەڕێتەوە. بێ ئەمە یارمەتیی گەڕانەوە ناتوانێت بەردەوام بێت. هۆکاری جێهێشتنی وڵات یان داوای پەنابەری هەرگیز لەگەڵیان بەش ناکرێت.
statement-share-health-title = ئایا ڕازیت زانیاری دەربارەی تەندروستیت لەگەڵ ئەو یاوەرە پزیشکییەی لەگەڵت گەشت دەکات هاوبەش بکرێت؟
statement-share-health-detail = ئەمە یارمەتییان دەدات لە ڕێگادا چاودێریت بکەن. دەتوانیت بڵێیت «نەخێر» و هێشتا گەشت بکەیت.
statement-contact-after-return-title = ئایا ڕازیت دوای گەیشتنت پەیوەندیت پێوە بکرێت، بۆ ئەوەی بزانرێت چۆنیت و پشتگیرییەکە چۆن دەڕوات؟
statement-contact-after-return-detail = ئەمە یارمەتی باشترکردنی پشتگیری بۆ تۆ و بۆ کەسانی تر دەدات. دەتوانیت بڵێیت «نەخێر».

## Questions that check understanding

question-change-mind = دوای واژۆکردن، ئایا هێشتا دەتوانیت ڕات بگۆڕیت؟
question-change-mind-yes = بەڵێ، تا ئەو کاتەی دەڕۆم
question-change-mind-no = نەخێر، واژۆ یەکجارییە و ناتوانرێت بگەڕێنرێتەوە

question-other-options = ئایا گەڕانەوە تاکە هەڵبژاردنی تۆیە؟
question-other-options-only-return = بەڵێ، تاکە هەڵبژاردنە
question-other-options-several = نەخێر، لەوانەیە هەڵبژاردنی تر هەبن

question-when-it-counts = ڕەزامەندییەکەت کەی کارا دەبێت؟
question-when-it-counts-at-once = هەر کە واژۆ دەکەم
question-when-it-counts-after-waiting = دوای تەواوبوونی ماوەی بیرکردنەوە

question-who-sees-data = کێ دەتوانێت زانیارییەکانت ببینێت؟
question-who-sees-data-anyone = هەر کەسێک داوای بکات
question-who-sees-data-only-named = تەنها ئەوانەی بۆ گەڕانەوەم ناویان هاتووە، هەندێکیان تەنها ئەگەر وتبێتم بەڵێ

question-free-choice = ئایا دەبێت ئەمڕۆ واژۆ بکەیت؟
question-free-choice-must-sign = بەڵێ، دەبێت واژۆ بکەم
question-free-choice-my-choice = نەخێر، هەڵبژاردنی ئازادی خۆمە

question-help-after = ئایا دوای گەیشتنت بۆ وڵاتەکەت یارمەتی هەیە؟
question-help-after-yes = بەڵێ، دەکرێت پشتگیری هەبێت بۆ دەستپێکردنەوە
question-help-after-no = نەخێر، یارمەتی لە فڕۆکەخانە دەوەستێت

## Limits, legal help, rights, and what a return changes

question-support-sure = ئایا پشتگیری دوای گەڕانەوە بە دڵنیاییەوە دەدرێت؟
question-support-sure-yes = بەڵێ، هەموو کەس وەریدەگرێت
question-support-sure-no = نەخێر، بەندە بە بەرنامەکە و شوێنەکەوە
question-sharing-undo = کاتێک ناسنامەت لەگەڵ دەسەڵاتدارانی وڵاتەکەت بەش کرا، دەکرێت بگەڕێنرێتەوە؟
question-sharing-undo-yes = بەڵێ، دواتر دەتوانم بیگەڕێنمەوە
question-sharing-undo-no = نەخێر، ناگەڕێتەوە
