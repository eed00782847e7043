# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = Ви погоджуєтеся отримати допомогу, щоб повернутися до своєї країни?
statement-return-assistance-detail = Це допомога з документами, поїздкою і прибуттям, як було пояснено раніше.
statement-personal-data-title = Ви погоджуєтеся, щоб ваші дані використовували для організації вашого повернення й підтримки?
statement-personal-data-detail = Їх бачать працівники, які організовують ваше повернення, у системі справ програми, і партнер, який надає підтримку у вашій країні. Хто ще що отримує, сказано на сторінці про ваші відомості.
statement-share-identity-title = Ви погоджуєтеся, щоб відомості про вашу особу передали органам влади вашої країни лише для отримання проїзних документів?
statement-share-identity-detail = Лише після того, як ваша згода почне діяти, і після передачі це не можна повернути. Без цього допомога в поверненні не зможе продовжитися. Чому ви виїхали або заяву на притулок їм ніколи не повідомляють.
statement-share-health-title = Ви погоджуєтеся, щоб відомості про ваше здоров'я передали медичному супровідникові, який поїде з вами?
statement-share-health-detail = Так про вас зможуть подбати в дорозі. Ви можете відповісти «ні» й однаково поїхати.
statement-contact-after-return-title = Ви погоджуєтеся, щоб з вами зв'язалися після приїзду й дізналися, як у вас справи і як іде підтримка?
statement-contact-after-return-detail = Це допомагає покращити підтримку для вас та інших людей. Ви можете відповісти «ні».

## Questions that check understanding

question-change-mind = Чи можете ви передумати після того, як підпишете?
question-change-mind-yes = Так, до від'їзду
question-change-mind-no = Ні, підпис остаточний

question-other-options = Повернення — це ваш єдиний варіант?
question-other-options-only-return = Так, це єдиний варіант
question-other-options-several = Ні, можуть бути й інші варіанти

question-when-it-counts = Коли ваша згода починає діяти?
question-when-it-counts-at-once = Одразу, щойно я підпишу
question-when-it-counts-after-waiting = Після того як мине час на роздуми

question-who-sees-data = Хто може бачити ваші дані?
question-who-sees-data-anyone = Будь-хто, хто попросить
question-who-sees-data-only-named = Лише ті, кого названо для мого повернення, деякі — лише якщо я сказав «так»

question-free-choice = Чи мусите ви підписати сьогодні?
question-free-choice-must-sign = Так, підписати потрібно обов'язково
question-free-choice-my-choice = Ні, це мій вільний вибір

question-help-after = Чи є допомога після приїзду до вашої країни?
question-help-after-yes = Так, може бути підтримка, щоб почати заново
question-help-after-no = Ні, допомога закінчується в аеропорту

## Limits, legal help, rights, and what a return changes

question-support-sure = Чи точно ви отримаєте підтримку після повернення?
question-support-sure-yes = Так, її отримують усі
question-support-sure-no = Ні, це залежить від програми та місця
question-sharing-undo = Якщо ваші особові дані вже передано органам влади вашої країни, чи можна це скасувати?
question-sharing-undo-yes = Так, пізніше я можу їх повернути
question-sharing-undo-no = Ні, це не можна скасувати
