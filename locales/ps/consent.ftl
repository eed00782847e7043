# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = ایا تاسو موافق یاست چې خپل هېواد ته د بېرته تګ لپاره مرسته ترلاسه کړئ؟
statement-return-assistance-detail = دا د اسنادو، سفر او رسېدو لپاره مرسته ده، لکه څنګه چې مخکې تشریح شوه.
statement-personal-data-title = ایا تاسو موافق یاست چې ستاسو معلومات ستاسو د راستنېدو او ملاتړ د تنظیم لپاره وکارول شي؟
statement-personal-data-detail = هغه کارکوونکي یې ویني چې ستاسو ستنېدل تنظیموي، د پروګرام د دوسیو په سیستم کې، او هغه شریک چې ستاسو په هېواد کې ملاتړ کوي. ستاسو د معلوماتو پاڼه وايي چې نور څوک څه ترلاسه کوي.
statement-share-identity-title = ایا تاسو موافق یاست چې ستاسو د هویت معلومات ستاسو د هېواد له چارواکو سره شریک شي، یوازې د سفري اسنادو د ترلاسه کولو لپاره؟
statement-share-identity-detail = یوازې وروسته له دې چې ستاسو رضایت د اعتبار وړ شي، او له شریکولو وروسته بېرته نشي اخیستل کېدای. له دې پرته د ستنېدو مرسته دوام نشي موندلی. چې ولې مو هېواد پرېښود یا د پناه غوښتنه، هېڅکله له هغوی سره نه شریکېږي.
statement-share-health-title = ایا تاسو موافق یاست چې ستاسو د روغتیا په اړه معلومات له هغه طبي همراه سره شریک شي چې له تاسو سره سفر کوي؟
statement-share-health-detail = دا له طبي همراه سره مرسته کوي چې په لاره کې ستاسو پاملرنه وکړي. تاسو کولای شئ «نه» ووایئ او بیا هم سفر وکړئ.
statement-contact-after-return-title = ایا تاسو موافق یاست چې له رسېدو وروسته له تاسو سره اړیکه ونیول شي، ترڅو وګورو چې تاسو څنګه یاست او ملاتړ څنګه روان دی؟
statement-contact-after-return-detail = دا ستاسو او نورو لپاره د ملاتړ په ښه کولو کې مرسته کوي. تاسو کولای شئ «نه» ووایئ.

## Questions that check understanding

question-change-mind = له لاسلیک وروسته، ایا لا هم کولای شئ خپل نظر بدل کړئ؟
question-change-mind-yes = هو، تر هغه چې لاړ شم
question-change-mind-no = نه، لاسلیک حتمي دی او بېرته نه اړول کېږي

question-other-options = ایا بېرته تګ یوازینۍ لاره ده چې تاسو یې لرئ؟
question-other-options-only-return = هو، دا یوازینۍ لاره ده
question-other-options-several = نه، کېدای شي نورې لارې هم وي

question-when-it-counts = ستاسو رضایت کله د اعتبار وړ کېږي؟
question-when-it-counts-at-once = هماغه وخت چې لاسلیک کوم
question-when-it-counts-after-waiting = کله چې د فکر کولو وخت تېر شي

question-who-sees-data = څوک ستاسو معلومات لیدلای شي؟
question-who-sees-data-anyone = هر هغه څوک چې یې وغواړي
question-who-sees-data-only-named = یوازې هغه کسان چې زما د ستنېدو لپاره نومول شوي، ځینې یوازې که ما «هو» ویلي وي

question-free-choice = ایا تاسو باید نن لاسلیک وکړئ؟
question-free-choice-must-sign = هو، باید لاسلیک وکړم
question-free-choice-my-choice = نه، دا زما آزاد انتخاب دی

question-help-after = ایا خپل هېواد ته له رسېدو وروسته مرسته شته؟
question-help-after-yes = هو، د له سره پیل لپاره ملاتړ کېدای شي وي
question-help-after-no = نه، مرسته په هوايي ډګر کې پای ته رسېږي

## Limits, legal help, rights, and what a return changes

question-support-sure = ایا له ستنېدو وروسته ملاتړ خامخا ورکول کېږي؟
question-support-sure-yes = هو، هر څوک یې ترلاسه کوي
question-support-sure-no = نه، په پروګرام او ځای پورې اړه لري
question-sharing-undo = کله چې ستاسو هویت ستاسو د هېواد له چارواکو سره شریک شو، ایا بېرته کېدای شي؟
question-sharing-undo-yes = هو، وروسته یې بېرته اخیستلی شم
question-sharing-undo-no = نه، بېرته نشي کېدای
