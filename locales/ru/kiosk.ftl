# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note: the person is addressed with the polite "вы" (lowercase, as in
# information materials). "Kiosk" is rendered as "терминал" (in Russian "киоск"
# means a street stall). "Reference code" is rendered as "регистрационный код".

## Start screen

kiosk-name = Информация и выбор
language-choose = Выберите язык
# A button that plays the name of the language out loud.
language-listen = Прослушать
start-withdraw = Отозвать согласие
start-talk-counsellor = Поговорить с консультантом

## Welcome and privacy

welcome-title = Добро пожаловать
welcome-what = Здесь рассказано обо всех ваших вариантах: остаться или вернуться. Это для вас, на вашем языке.
welcome-free = Вы решаете свободно, и никто не может на вас давить. Отказ не лишает вас права просить защиты или юридической консультации. Спросите консультанта, что это меняет для вас здесь.
welcome-nothing-recorded = Ничего из того, что вы здесь читаете или нажимаете, не сохраняется, пока вы не поставите подпись в конце.
welcome-screen-clears = Если вы какое-то время не трогаете экран, он очищается сам. Так следующий человек не увидит ничего из ваших данных.
welcome-start = Начать

## Age

age-question = Вам уже исполнилось 18 лет?
age-yes = Да, мне 18 лет или больше
age-no = Нет, мне меньше 18 лет
age-unsure = Я не уверен или не уверена в своём возрасте
minor-info = Вы можете прочитать здесь всю информацию. Так как вам меньше 18 лет, вам поможет консультант вместе с одним из ваших родителей, опекуном или законным представителем.
minor-counsellor = Пожалуйста, позовите консультанта. Здесь вы не можете ничего подписать самостоятельно.

## Moving around

nav-back = Назад
nav-next = Далее
nav-home = Начать сначала
read-aloud = Прочитать вслух
# Shown instead of the play button when no recording exists in this language.
audio-missing = На этом языке пока нет записи
audio-stop = Остановить
audio-slower = Медленнее
audio-normal-speed = Обычная скорость
audio-failed = На этом устройстве звук не воспроизводится. Пожалуйста, сообщите сотруднику.
text-size = Размер текста
high-contrast = Высокая контрастность

## Always on every consent screen, as big as "Next"

action-more-time = Мне нужно больше времени
action-no-decision = Я не хочу принимать решение
action-talk-counsellor = Поговорить с консультантом
action-pressured = Я чувствую давление / Я хочу поговорить наедине
pressured-noted = Спасибо, что сказали. Сотрудникам сообщили, что кто-то здесь хочет поговорить наедине, без вашего имени. Обратитесь к стойке или подождите здесь. Вы можете попросить поговорить без людей, которые пришли с вами, в комнате, где никто не слышит, и с консультантом или переводчиком того пола, который вам удобнее, если он есть в центре. Вы не обязаны продолжать.
more-time-noted = Думайте столько, сколько вам нужно. Вы можете прийти в другой день. Ничего не сохранено.

## Overview of all options

overview-options-heading = Ваши варианты
overview-open-option = Подробнее

## Countries

country-status-available = Помощь в возвращении доступна.
# $date: the day help was paused, already formatted for the language.
country-status-suspended = Помощь в возвращении приостановлена с { $date }.
country-status-area-suspended = Помощь в возвращении приостановлена в части этой страны.
country-not-selectable = Сейчас эту страну нельзя выбрать для возвращения.
country-choose = Выберите страну
region-question = В какой регион вы возвращаетесь?
region-paused = помощь в возвращении сюда приостановлена
region-other = Другой регион этой страны
region-not-selectable = Помощь в возвращении в этот регион приостановлена. Сейчас его нельзя выбрать для возвращения. Консультант расскажет подробнее.

## Consent steps

step-choose-title = Что вы хотите сделать?
step-choose-intro = Выберите один вариант. Никто не выбирает за вас.
step-items-title = С чем вы соглашаетесь
step-items-intro = Ответьте на каждый вопрос отдельно. На одни вопросы можно ответить «да», а на другие — «нет».
item-yes = Да
item-no = Нет
item-required = Нужно для помощи в возвращении
item-optional = Можно ответить «нет» и всё равно получить помощь в возвращении
step-check-title = Давайте проверим вместе
step-check-intro = Эти вопросы — не экзамен. Они помогают нам понять, хорошо ли мы всё объяснили.
check-right = Да, верно.
check-explain-again = Давайте объясним эту часть ещё раз.
step-review-title = Пожалуйста, прочитайте, прежде чем подписать
step-review-intro = Здесь всё, что вы собираетесь подписать.
step-sign-title = Подпись
sign-draw = Распишитесь пальцем
sign-type = Напечатайте своё имя
sign-typed-as = Ваше имя, как оно будет сохранено:
sign-mark = Поставьте знак
sign-mark-needs-witness = Если вы ставите знак, нужен свидетель. Пожалуйста, попросите консультанта быть рядом с вами.
sign-clear = Стереть
sign-pad-empty = Пока ничего не нарисовано. Если вы не можете рисовать, выберите другой способ выше или обратитесь к консультанту.
sign-pad-drawn = Ваша подпись нарисована.
sign-confirm = Подписываю
# Translator note: "Я не даю согласия" avoids the gendered "согласен / согласна".
decline-confirm = Я не даю согласия

## Receipt

receipt-title = Ваша квитанция
receipt-code = Ваш регистрационный код
receipt-agreed = С чем вы согласились
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = Ваше согласие не может вступить в силу раньше { $date } в { $time }. Вы можете отозвать его в любой момент до отъезда, не объясняя причин.
receipt-withdraw-how = Чтобы отозвать согласие, вернитесь к этому терминалу и выберите «Отозвать согласие» или скажите консультанту. Вам понадобится ваш регистрационный код.
receipt-keep-code = Храните этот код в надёжном месте. Сфотографируйте его или попросите распечатанную копию.

## Withdrawal

withdraw-title = Отозвать согласие
withdraw-enter-code = Введите регистрационный код из вашей квитанции с помощью кнопок ниже.
withdraw-key-delete = Стереть
withdraw-key-clear = Стереть всё
withdraw-lost-code = Я потерял(а) код
withdraw-code-typo = Этот код выглядит неправильно. Пожалуйста, проверьте каждый знак: возможно, один введён с ошибкой или два перепутаны местами.
# $expected: characters in a code; $found: characters typed.
# Translator note: $expected is placed after a colon so that no plural form is needed.
withdraw-code-length = Количество символов в регистрационном коде: { $expected }. Вы ввели { $found ->
        [one] { $found } символ
        [few] { $found } символа
        [many] { $found } символов
       *[other] { $found } символа
    }.
withdraw-not-found = Согласия с таким кодом нет. Пожалуйста, проверьте код или обратитесь к консультанту.
withdraw-what = Будет отозвано это согласие:
withdraw-confirm = Отозвать моё согласие
withdraw-done = Ваше согласие отозвано. На его основании ничего не будет сделано. Вот ваша квитанция.
withdraw-closed = Здесь это согласие уже нельзя отозвать. Пожалуйста, поговорите с консультантом.

## Time

# $seconds: seconds left before the screen clears.
idle-warning = Вы ещё здесь? Экран очистится через { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }.
idle-continue = Я ещё здесь
leave-confirm = Выйти и стереть то, что вы ввели?
leave-confirm-yes = Да, стереть и выйти
leave-confirm-no = Нет, вернуться
example-data = Пример информации: сведения о странах на этом киоске ненастоящие. Не полагайтесь на них, спросите сотрудников.
rule-item-unanswered = Пожалуйста, ответьте на каждый вопрос «Да» или «Нет». Вопросы без ответа отмечены.
rule-generic = Подписать пока нельзя: пропущен шаг. Пройдите шаги ещё раз или обратитесь к консультанту.
rule-draft-locale-alone = Текст на этом языке ещё никто не проверил. Здесь вы можете прочитать всё. Чтобы подписать, консультант пройдёт текст вместе с вами, при желании с переводчиком.
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [one] Остался { $hours } час на размышление
        [few] Осталось { $hours } часа на размышление
        [many] Осталось { $hours } часов на размышление
       *[other] Осталось { $hours } часа на размышление
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.
# Translator note: month names are in the genitive case ("5 января"), as they
# are only used inside date-long. "г." is the usual abbreviation for "year".

month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
# $day, $year: numbers; $month: the month's name from above.
date-long = { $day } { $month } { $year } г.
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = Офис организации-партнёра в этой стране

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = Сейчас это не удалось сохранить. Ничего из того, что вы ввели, не потеряно. Пожалуйста, попросите сотрудника вам помочь.
# The person asked for a counsellor.
counsellor-ask = Пожалуйста, скажите об этом сотруднику: он позовёт к вам консультанта. Вы также можете прийти в другой раз.

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = Для сотрудников
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = Центр временно приостановил помощь в возвращении в эту страну. Подробнее вам расскажет консультант.

## Guided session (a counsellor sits with the person)

guided-sign-mark = Подписать знаком (при свидетеле)
guided-representative-signs = Подпись опекуна или законного представителя: напечатайте имя
guided-representative-confirm = Подписывает опекун или представитель
guided-signed-by = Подпись: { $role }
guided-signature-taken = Подпись сохранена. Когда все подпишут, нажмите «Завершить».
guided-complete = Завершить
guided-host-alongside = На языке страны пребывания, для консультанта:

## Roles of the people present

role-migrant = Сам человек
role-guardian = Опекун
role-legal-representative = Законный представитель
role-counsellor = Консультант
role-interpreter = Переводчик
role-witness = Свидетель

## The printed receipt

receipt-pdf-answers = Ваши ответы:
receipt-pdf-withdrawn-at = Отозвано { $date } в { $time }.
receipt-pdf-present = Присутствовали: { $roles }
receipt-pdf-centre = Контакт: { $contact }
receipt-pdf-version = Версия информации: { $version }
receipt-print = Распечатать копию для себя
receipt-printing = Печать…
receipt-printed = Готово. Пожалуйста, возьмите вашу копию из принтера.
receipt-print-failed = Принтер не сработал. Ничего не потеряно: ваше согласие сохранено.
receipt-print-again = Попробовать распечатать ещё раз
receipt-show-code = Вместо этого показать код на экране

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = Продолжить
action-continue-to-signing = Перейти к подписи
action-choose-this-country = Выбрать эту страну
action-back-to-options = Назад ко всем вариантам
action-finished = Я закончил(а)
step-bar-options = Варианты
step-bar-country = Страна
step-bar-agree = Согласие
step-bar-check = Проверка
step-bar-sign = Подпись
step-bar-receipt = Квитанция
step-bar-where = Шаг { $n } из { $total }: { $name }
step-bar-number = { $n }
part-of = Часть { $n } из { $total }
item-of = Вопрос { $n } из { $total }
review-change = Изменить
review-counts-from = Если вы подпишете сейчас, ваше согласие не может вступить в силу раньше { $date } в { $time }.
receipt-interview = Прежде чем оно вступит в силу, консультант также встретится с вами наедине, чтобы убедиться, что это по-прежнему ваш свободный выбор.
receipt-saved = Ваше согласие сохранено
receipt-next-steps = Что будет дальше
sign-declaration = Подписывая, я подтверждаю, что согласен(на) с тем, что прочитал(а) и проверил(а) здесь.

## Limits, legal help, rights, and what a return changes

overview-open-rights = Ваши права при любом выборе
action-legal-help = Получить юридическую помощь
contact-legal-aid = Бесплатная юридическая консультация
contact-asylum-office = Где подать на убежище или обжаловать решение
contact-trafficking-help = Конфиденциальная помощь жертвам торговли людьми
complaints-contact = Жалобы, не через консультантов

## A label and its value on one line

label-value = { $label }: { $value }
