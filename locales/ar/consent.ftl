# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = هل توافق على الحصول على مساعدة للعودة إلى بلدك؟
statement-return-assistance-detail = هذا يعني المساعدة في الوثائق والرحلة ووصولك، كما شرحنا من قبل.
statement-personal-data-title = هل توافق على استخدام معلوماتك لتنظيم عودتك والدعم؟
statement-personal-data-detail = يراها الموظفون الذين ينظمون عودتك، في نظام ملفات البرنامج، والشريك الذي يقدم الدعم في بلدك. صفحة معلوماتك تذكر من يتلقى ماذا أيضًا.
statement-share-identity-title = هل توافق على مشاركة معلومات هويتك مع سلطات بلدك، فقط للحصول على وثائق السفر؟
statement-share-identity-detail = فقط بعد أن تصبح موافقتك سارية، وبعد المشاركة لا يمكن استرجاعها. بدون ذلك لا يمكن أن تستمر المساعدة على العودة. سبب مغادرتك أو طلب اللجوء لا يُشارك معهم أبدًا.
statement-share-health-title = هل توافق على مشاركة معلومات عن صحتك مع المرافق الطبي الذي يسافر معك؟
statement-share-health-detail = هذا يساعده على رعايتك أثناء الطريق. يمكنك أن تقول «لا» وتسافر مع ذلك.
statement-contact-after-return-title = هل توافق على أن نتواصل معك بعد وصولك، لنعرف كيف حالك وكيف يسير الدعم؟
statement-contact-after-return-detail = هذا يساعد على تحسين الدعم لك وللآخرين. يمكنك أن تقول «لا».

## Questions that check understanding

question-change-mind = بعد أن توقّع، هل يمكنك أن تغيّر رأيك؟
question-change-mind-yes = نعم، حتى أغادر
question-change-mind-no = لا، التوقيع نهائي

question-other-options = هل العودة هي الخيار الوحيد المتاح لك؟
question-other-options-only-return = نعم، إنها الخيار الوحيد
question-other-options-several = لا، قد تكون هناك خيارات أخرى

question-when-it-counts = متى تصبح موافقتك سارية؟
question-when-it-counts-at-once = فور توقيعي
question-when-it-counts-after-waiting = بعد انتهاء وقت التفكير

question-who-sees-data = من يستطيع رؤية معلوماتك؟
question-who-sees-data-anyone = أي شخص يطلبها
question-who-sees-data-only-named = فقط المذكورون من أجل عودتي، وبعضهم فقط إذا قلت نعم

question-free-choice = هل يجب عليك أن توقّع اليوم؟
question-free-choice-must-sign = نعم، يجب أن أوقّع
question-free-choice-my-choice = لا، هذا اختياري الحر

question-help-after = هل هناك مساعدة بعد وصولك إلى بلدك؟
question-help-after-yes = نعم، يمكن أن يكون هناك دعم للبدء من جديد
question-help-after-no = لا، المساعدة تتوقف في المطار

## Limits, legal help, rights, and what a return changes

question-support-sure = هل الدعم بعد العودة مضمون؟
question-support-sure-yes = نعم، الجميع يحصلون عليه
question-support-sure-no = لا، يعتمد على البرنامج والمكان
question-sharing-undo = بعد مشاركة هويتك مع سلطات بلدك، هل يمكن التراجع عن ذلك؟
question-sharing-undo-yes = نعم، يمكنني استرجاعها لاحقًا
question-sharing-undo-no = لا، لا يمكن التراجع عن ذلك
