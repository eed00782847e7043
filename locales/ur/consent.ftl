# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.
# Translator note (ur): answer texts in the first person avoid gendered verb forms.

## Consent items

statement-return-assistance-title = کیا آپ اپنے ملک واپس جانے کے لیے مدد لینے پر راضی ہیں؟
statement-return-assistance-detail = اس کا مطلب ہے دستاویزات، سفر اور پہنچنے پر مدد، جیسا کہ پہلے بتایا گیا۔
statement-personal-data-title = کیا آپ راضی ہیں کہ آپ کی معلومات آپ کی واپسی اور مدد کا انتظام کرنے کے لیے استعمال ہوں؟
statement-personal-data-detail = اسے وہ عملہ دیکھتا ہے جو آپ کی واپسی کا انتظام کرتا ہے، پروگرام کے کیس سسٹم میں، اور وہ شراکت دار جو آپ کے ملک میں مدد دیتا ہے۔ آپ کی معلومات والے صفحے پر لکھا ہے کہ اور کس کو کیا ملتا ہے۔
statement-share-identity-title = کیا آپ راضی ہیں کہ آپ کی شناخت کی معلومات آپ کے ملک کے حکام کو دی جائیں، صرف سفری دستاویزات حاصل کرنے کے لیے؟
statement-share-identity-detail = صرف آپ کی رضامندی مؤثر ہونے کے بعد، اور ایک بار دینے کے بعد واپس نہیں لی جا سکتی۔ اس کے بغیر واپسی کی مدد آگے نہیں بڑھ سکتی۔ آپ نے ملک کیوں چھوڑا یا پناہ کی درخواست، انہیں کبھی نہیں بتائی جاتی۔
statement-share-health-title = کیا آپ راضی ہیں کہ آپ کی صحت کی معلومات طبی عملے کے اس فرد کو دی جائیں جو آپ کے ساتھ سفر کرے گا؟
statement-share-health-detail = اس سے وہ راستے میں آپ کا خیال رکھ سکے گا۔ آپ انکار کر کے بھی سفر کر سکتے ہیں۔
statement-contact-after-return-title = کیا آپ راضی ہیں کہ پہنچنے کے بعد آپ سے رابطہ کیا جائے، یہ جاننے کے لیے کہ آپ کیسے ہیں اور مدد کیسی چل رہی ہے؟
statement-contact-after-return-detail = اس سے آپ کے لیے اور دوسروں کے لیے مدد کو بہتر بنانے میں مدد ملتی ہے۔ آپ انکار کر سکتے ہیں۔

## Questions that check understanding

question-change-mind = دستخط کرنے کے بعد کیا آپ پھر بھی اپنا ارادہ بدل سکتے ہیں؟
question-change-mind-yes = ہاں، روانگی تک
question-change-mind-no = نہیں، دستخط کے بعد کچھ نہیں بدل سکتا

question-other-options = کیا واپس جانا ہی آپ کا واحد راستہ ہے؟
question-other-options-only-return = ہاں، یہی واحد راستہ ہے
question-other-options-several = نہیں، دوسرے راستے بھی ہو سکتے ہیں

question-when-it-counts = آپ کی رضامندی کب سے لاگو ہوتی ہے؟
question-when-it-counts-at-once = دستخط کرتے ہی
question-when-it-counts-after-waiting = سوچنے کا وقت گزر جانے کے بعد

question-who-sees-data = آپ کی معلومات کون دیکھ سکتا ہے؟
question-who-sees-data-anyone = جو بھی مانگے
question-who-sees-data-only-named = صرف وہ جن کا نام میری واپسی کے لیے دیا گیا ہے، کچھ صرف اگر میں نے ہاں کہا ہو

question-free-choice = کیا آپ کو آج ہی دستخط کرنا ضروری ہے؟
question-free-choice-must-sign = ہاں، مجھے دستخط کرنے ہی ہیں
question-free-choice-my-choice = نہیں، یہ میری آزاد مرضی ہے

question-help-after = کیا اپنے ملک پہنچنے کے بعد بھی مدد ملتی ہے؟
question-help-after-yes = ہاں، نئے سرے سے شروع کرنے کے لیے مدد مل سکتی ہے
question-help-after-no = نہیں، مدد ہوائی اڈے پر ختم ہو جاتی ہے

## Limits, legal help, rights, and what a return changes

question-support-sure = کیا واپسی کے بعد مدد ملنا یقینی ہے؟
question-support-sure-yes = ہاں، سب کو ملتی ہے
question-support-sure-no = نہیں، یہ پروگرام اور جگہ پر منحصر ہے
question-sharing-undo = جب آپ کی شناخت آپ کے ملک کے حکام کو دے دی جائے، تو کیا اسے واپس کیا جا سکتا ہے؟
question-sharing-undo-yes = ہاں، میں بعد میں اسے واپس لے سکتا ہوں
question-sharing-undo-no = نہیں، اسے واپس نہیں کیا جا سکتا
