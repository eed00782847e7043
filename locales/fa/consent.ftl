# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = آیا موافقید برای بازگشت به کشورتان کمک بگیرید؟
statement-return-assistance-detail = یعنی کمک برای مدارک، سفر و رسیدن شما، همان‌طور که پیش‌تر توضیح داده شد.
statement-personal-data-title = آیا موافقید که از اطلاعات شما برای ترتیب دادن بازگشت و حمایت از شما استفاده شود؟
statement-personal-data-detail = کارکنانی که بازگشت شما را سازمان می‌دهند، در سامانه پرونده‌های برنامه، و شریکی که در کشورتان حمایت می‌کند آن را می‌بینند. صفحه مربوط به اطلاعات شما می‌گوید چه کس دیگری چه چیزی دریافت می‌کند.
statement-share-identity-title = آیا موافقید که اطلاعات هویتی شما، فقط برای گرفتن مدارک سفر، به مقامات کشورتان داده شود؟
statement-share-identity-detail = فقط پس از معتبر شدن رضایت شما، و پس از فرستادن نمی‌توان آن را پس گرفت. بدون این، کمک به بازگشت نمی‌تواند ادامه پیدا کند. دلیل ترک کشور یا درخواست پناهندگی هرگز با آنها در میان گذاشته نمی‌شود.
statement-share-health-title = آیا موافقید که اطلاعات سلامت شما به همراه پزشکی که با شما سفر می‌کند داده شود؟
statement-share-health-detail = این کار به همراه پزشکی کمک می‌کند در راه از شما مراقبت کند. می‌توانید «نه» بگویید و باز هم سفر کنید.
statement-contact-after-return-title = آیا موافقید که پس از رسیدن با شما تماس گرفته شود، تا بدانیم حال شما چطور است و حمایت چطور پیش می‌رود؟
statement-contact-after-return-detail = این کار به بهتر شدن حمایت برای شما و دیگران کمک می‌کند. می‌توانید «نه» بگویید.

## Questions that check understanding

question-change-mind = پس از امضا، آیا هنوز می‌توانید نظرتان را تغییر دهید؟
question-change-mind-yes = بله، تا وقتی که بروم
question-change-mind-no = نه، امضا قطعی است

question-other-options = آیا بازگشت تنها راهی است که دارید؟
question-other-options-only-return = بله، تنها راه است
question-other-options-several = نه، شاید راه‌های دیگری هم باشد

question-when-it-counts = رضایت شما از چه زمانی معتبر می‌شود؟
question-when-it-counts-at-once = همان لحظه که امضا کنم
question-when-it-counts-after-waiting = پس از تمام شدن مدت فکر کردن

question-who-sees-data = چه کسی می‌تواند اطلاعات شما را ببیند؟
question-who-sees-data-anyone = هر کسی که بخواهد
question-who-sees-data-only-named = فقط کسانی که برای بازگشتم نام برده شده‌اند، برخی فقط اگر «بله» گفته باشم

question-free-choice = آیا باید امروز امضا کنید؟
question-free-choice-must-sign = بله، باید امضا کنم
question-free-choice-my-choice = نه، این انتخاب آزاد خودم است

question-help-after = آیا پس از رسیدن به کشورتان کمکی هست؟
question-help-after-yes = بله، ممکن است برای شروع دوباره حمایت باشد
question-help-after-no = نه، کمک در فرودگاه تمام می‌شود

## Limits, legal help, rights, and what a return changes

question-support-sure = آیا حمایت پس از بازگشت حتماً داده می‌شود؟
question-support-sure-yes = بله، همه آن را می‌گیرند
question-support-sure-no = نه، به برنامه و محل بستگی دارد
question-sharing-undo = وقتی هویت شما با مقامات کشورتان در میان گذاشته شد، آیا می‌توان آن را برگرداند؟
question-sharing-undo-yes = بله، بعداً می‌توانم آن را پس بگیرم
question-sharing-undo-no = نه، برگشت‌پذیر نیست
