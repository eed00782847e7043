# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = Вы согласны получить помощь, чтобы вернуться в свою страну?
statement-return-assistance-detail = Это помощь с документами, поездкой и прибытием, как было объяснено раньше.
statement-personal-data-title = Вы согласны, чтобы ваши данные использовались для организации вашего возвращения и поддержки?
statement-personal-data-detail = Их видят сотрудники, которые организуют ваше возвращение, в системе дел программы, и партнёр, который оказывает поддержку в вашей стране. Кто ещё что получает, сказано на странице о ваших сведениях.
statement-share-identity-title = Вы согласны, чтобы сведения о вашей личности передали властям вашей страны только для получения проездных документов?
statement-share-identity-detail = Только после того, как ваше согласие начнёт действовать, и после передачи это нельзя вернуть. Без этого помощь в возвращении не сможет продолжиться. Почему вы уехали или заявление на убежище им никогда не сообщаются.
statement-share-health-title = Вы согласны, чтобы сведения о вашем здоровье передали медицинскому сопровождающему, который поедет с вами?
statement-share-health-detail = Так о вас смогут позаботиться в дороге. Вы можете ответить «нет» и всё равно поехать.
statement-contact-after-return-title = Вы согласны, чтобы с вами связались после приезда и узнали, как у вас дела и как идёт поддержка?
statement-contact-after-return-detail = Это помогает улучшить поддержку для вас и для других людей. Вы можете ответить «нет».

## Questions that check understanding

question-change-mind = Можете ли вы передумать после того, как подпишете?
question-change-mind-yes = Да, до отъезда
question-change-mind-no = Нет, подпись окончательная

question-other-options = Возвращение — это ваш единственный вариант?
question-other-options-only-return = Да, это единственный вариант
question-other-options-several = Нет, могут быть и другие варианты

question-when-it-counts = Когда ваше согласие начинает действовать?
question-when-it-counts-at-once = Сразу, как только я подпишу
question-when-it-counts-after-waiting = После того как пройдёт время на размышление

question-who-sees-data = Кто может видеть ваши данные?
question-who-sees-data-anyone = Любой, кто попросит
question-who-sees-data-only-named = Только те, кто назван для моего возвращения, некоторые — только если я сказал «да»

question-free-choice = Вы обязаны подписать сегодня?
question-free-choice-must-sign = Да, подписать нужно обязательно
question-free-choice-my-choice = Нет, это мой свободный выбор

question-help-after = Есть ли помощь после приезда в вашу страну?
question-help-after-yes = Да, может быть поддержка, чтобы начать заново
question-help-after-no = Нет, помощь заканчивается в аэропорту

## Limits, legal help, rights, and what a return changes

question-support-sure = Точно ли вы получите поддержку после возвращения?
question-support-sure-yes = Да, её получают все
question-support-sure-no = Нет, это зависит от программы и места
question-sharing-undo = Если ваши личные данные уже переданы властям вашей страны, можно ли это отменить?
question-sharing-undo-yes = Да, позже я могу их вернуть
question-sharing-undo-no = Нет, это нельзя отменить
