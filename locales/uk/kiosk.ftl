# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note: the person is addressed with the polite "ви" (lowercase, as in
# information materials). "Kiosk" is rendered as "термінал". "Reference code" is
# rendered as "реєстраційний код".

## Start screen

kiosk-name = Інформація та вибір
language-choose = Оберіть мову
# A button that plays the name of the language out loud.
language-listen = Прослухати
start-withdraw = Відкликати згоду
start-talk-counsellor = Поговорити з консультантом

## Welcome and privacy

welcome-title = Ласкаво просимо
welcome-what = Тут розказано про всі ваші варіанти: залишитися чи повернутися. Це для вас, вашою мовою.
welcome-free = Ви вирішуєте вільно, і ніхто не може на вас тиснути. Відмова не позбавляє вас права просити захисту чи юридичної консультації. Запитайте консультанта, що це змінює для вас тут.
welcome-nothing-recorded = Ніщо з того, що ви тут читаєте чи натискаєте, не зберігається, поки ви не поставите підпис наприкінці.
welcome-screen-clears = Якщо ви якийсь час не торкаєтеся екрана, він очищується сам. Так наступна людина не побачить нічого з ваших даних.
welcome-start = Почати

## Age

age-question = Вам уже виповнилося 18 років?
age-yes = Так, мені 18 років або більше
age-no = Ні, мені менше 18 років
age-unsure = Я не впевнений або не впевнена у своєму віці
minor-info = Ви можете прочитати тут усю інформацію. Оскільки вам менше 18 років, вам допоможе консультант разом з одним із ваших батьків, опікуном або законним представником.
minor-counsellor = Будь ласка, покличте консультанта. Тут ви не можете нічого підписати самостійно.

## Moving around

nav-back = Назад
nav-next = Далі
nav-home = Почати спочатку
read-aloud = Прочитати вголос
# Shown instead of the play button when no recording exists in this language.
audio-missing = Цією мовою ще немає запису
audio-stop = Зупинити
audio-slower = Повільніше
audio-normal-speed = Звичайна швидкість
audio-failed = На цьому пристрої звук не відтворюється. Будь ласка, скажіть співробітнику.
text-size = Розмір тексту
high-contrast = Висока контрастність

## Always on every consent screen, as big as "Next"

action-more-time = Мені потрібно більше часу
action-no-decision = Я не хочу ухвалювати рішення
action-talk-counsellor = Поговорити з консультантом
action-pressured = Я відчуваю тиск / Я хочу поговорити наодинці
pressured-noted = Дякуємо, що сказали. Працівникам повідомили, що хтось тут хоче поговорити наодинці, без вашого імені. Зверніться до стійки або зачекайте тут. Ви можете попросити поговорити без людей, які прийшли з вами, у кімнаті, де ніхто не чує, і з консультантом або перекладачем тієї статі, якій ви надаєте перевагу, якщо такий є в центрі. Ви не зобов'язані продовжувати.
more-time-noted = Думайте стільки, скільки вам потрібно. Ви можете прийти іншого дня. Нічого не збережено.

## Overview of all options

overview-options-heading = Ваші варіанти
overview-open-option = Докладніше

## Countries

country-status-available = Допомога в поверненні доступна.
# $date: the day help was paused, already formatted for the language.
country-status-suspended = Допомогу в поверненні призупинено з { $date }.
country-status-area-suspended = Допомогу в поверненні призупинено в частині цієї країни.
country-not-selectable = Зараз цю країну не можна обрати для повернення.
country-choose = Оберіть країну
region-question = До якого регіону ви повертаєтеся?
region-paused = допомогу в поверненні сюди призупинено
region-other = Інший регіон цієї країни
region-not-selectable = Допомогу в поверненні до цього регіону призупинено. Зараз його не можна обрати для повернення. Консультант розповість більше.

## Consent steps

step-choose-title = Що ви хочете зробити?
step-choose-intro = Оберіть один варіант. Ніхто не обирає за вас.
step-items-title = На що ви погоджуєтеся
step-items-intro = Дайте відповідь на кожне запитання окремо. На одні запитання можна відповісти «так», а на інші — «ні».
item-yes = Так
item-no = Ні
item-required = Потрібно для допомоги в поверненні
item-optional = Можна відповісти «ні» й однаково отримати допомогу в поверненні
step-check-title = Перевірмо разом
step-check-intro = Ці запитання — не іспит. Вони допомагають нам зрозуміти, чи добре ми все пояснили.
check-right = Так, правильно.
check-explain-again = Пояснимо цю частину ще раз.
step-review-title = Будь ласка, прочитайте, перш ніж підписати
step-review-intro = Тут усе, що ви збираєтеся підписати.
step-sign-title = Підпис
sign-draw = Розпишіться пальцем
sign-type = Надрукуйте своє ім'я
sign-typed-as = Ваше ім’я, як його буде збережено:
sign-mark = Поставте знак
sign-mark-needs-witness = Якщо ви ставите знак, потрібен свідок. Будь ласка, попросіть консультанта бути поруч із вами.
sign-clear = Стерти
sign-pad-empty = Поки нічого не намальовано. Якщо ви не можете малювати, оберіть інший спосіб вище або зверніться до консультанта.
sign-pad-drawn = Ваш підпис намальовано.
sign-confirm = Підписую
# Translator note: "Я не даю згоди" avoids the gendered "згоден / згодна".
decline-confirm = Я не даю згоди

## Receipt

receipt-title = Ваша квитанція
receipt-code = Ваш реєстраційний код
receipt-agreed = На що ви погодилися
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = Ваша згода не може набути чинності раніше { $date } о { $time }. Ви можете відкликати її будь-коли до від'їзду, не пояснюючи причин.
receipt-withdraw-how = Щоб відкликати згоду, поверніться до цього термінала й оберіть «Відкликати згоду» або скажіть консультантові. Вам знадобиться ваш реєстраційний код.
receipt-keep-code = Зберігайте цей код у надійному місці. Сфотографуйте його або попросіть роздруковану копію.

## Withdrawal

withdraw-title = Відкликати згоду
withdraw-enter-code = Введіть реєстраційний код із вашої квитанції за допомогою кнопок нижче.
withdraw-key-delete = Стерти
withdraw-key-clear = Стерти все
withdraw-lost-code = Я загубив(ла) код
withdraw-code-typo = Цей код виглядає неправильно. Будь ласка, перевірте кожен знак: можливо, один введено з помилкою або два переплутано місцями.
# $expected: characters in a code; $found: characters typed.
# Translator note: $expected is placed after a colon so that no plural form is needed.
withdraw-code-length = Кількість символів у реєстраційному коді: { $expected }. Ви ввели { $found ->
        [one] { $found } символ
        [few] { $found } символи
        [many] { $found } символів
       *[other] { $found } символу
    }.
withdraw-not-found = Згоди з таким кодом немає. Будь ласка, перевірте код або зверніться до консультанта.
withdraw-what = Буде відкликано цю згоду:
withdraw-confirm = Відкликати мою згоду
withdraw-done = Вашу згоду відкликано. На її підставі нічого не буде зроблено. Ось ваша квитанція.
withdraw-closed = Тут цю згоду вже не можна відкликати. Будь ласка, поговоріть з консультантом.

## Time

# $seconds: seconds left before the screen clears.
idle-warning = Ви ще тут? Екран очиститься через { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунди
        [many] { $seconds } секунд
       *[other] { $seconds } секунди
    }.
idle-continue = Я ще тут
leave-confirm = Вийти й стерти те, що ви ввели?
leave-confirm-yes = Так, стерти й вийти
leave-confirm-no = Ні, повернутися
example-data = Приклад інформації: відомості про країни на цьому кіоску несправжні. Не покладайтеся на них, запитайте працівників.
rule-item-unanswered = Будь ласка, дайте відповідь «Так» або «Ні» на кожне питання. Питання без відповіді позначено.
rule-generic = Підписати поки не можна: бракує кроку. Перегляньте кроки ще раз або зверніться до консультанта.
rule-draft-locale-alone = Текст цією мовою ще ніхто не перевірив. Тут ви можете прочитати все. Щоб підписати, консультант пройде текст разом із вами, за бажання з перекладачем.
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [one] Залишилася { $hours } година на роздуми
        [few] Залишилося { $hours } години на роздуми
        [many] Залишилося { $hours } годин на роздуми
       *[other] Залишилося { $hours } години на роздуми
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.
# Translator note: month names are in the genitive case ("5 січня"), as they
# are only used inside date-long. "р." is the usual abbreviation for "year".

month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
# $day, $year: numbers; $month: the month's name from above.
date-long = { $day } { $month } { $year } р.
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = Офіс організації-партнера в цій країні

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = Зараз це не вдалося зберегти. Нічого з того, що ви ввели, не втрачено. Будь ласка, попросіть працівника вам допомогти.
# The person asked for a counsellor.
counsellor-ask = Будь ласка, скажіть про це працівникові: він покличе до вас консультанта. Ви також можете прийти іншим разом.

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = Для працівників
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = Центр тимчасово призупинив допомогу в поверненні до цієї країни. Докладніше вам розповість консультант.

## Guided session (a counsellor sits with the person)

guided-sign-mark = Підписати знаком (у присутності свідка)
guided-representative-signs = Підпис опікуна або законного представника: надрукуйте ім’я
guided-representative-confirm = Підписує опікун або представник
guided-signed-by = Підпис: { $role }
guided-signature-taken = Підпис збережено. Коли всі підпишуть, натисніть «Завершити».
guided-complete = Завершити
guided-host-alongside = Мовою країни перебування, для консультанта:

## Roles of the people present

role-migrant = Сама особа
role-guardian = Опікун
role-legal-representative = Законний представник
role-counsellor = Консультант
role-interpreter = Перекладач
role-witness = Свідок

## The printed receipt

receipt-pdf-answers = Ваші відповіді:
receipt-pdf-withdrawn-at = Відкликано { $date } о { $time }.
receipt-pdf-present = Були присутні: { $roles }
receipt-pdf-centre = Контакт: { $contact }
receipt-pdf-version = Версія інформації: { $version }
receipt-print = Роздрукувати копію для себе
receipt-printing = Друк…
receipt-printed = Готово. Будь ласка, заберіть свою копію з принтера.
receipt-print-failed = Принтер не спрацював. Нічого не втрачено: вашу згоду збережено.
receipt-print-again = Спробувати роздрукувати ще раз
receipt-show-code = Натомість показати код на екрані

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = Продовжити
action-continue-to-signing = Перейти до підпису
action-choose-this-country = Обрати цю країну
action-back-to-options = Назад до всіх варіантів
action-finished = Я закінчив(ла)
step-bar-options = Варіанти
step-bar-country = Країна
step-bar-agree = Згода
step-bar-check = Перевірка
step-bar-sign = Підпис
step-bar-receipt = Квитанція
step-bar-where = Крок { $n } з { $total }: { $name }
step-bar-number = { $n }
part-of = Частина { $n } з { $total }
item-of = Питання { $n } з { $total }
review-change = Змінити
review-counts-from = Якщо ви підпишете зараз, ваша згода не може набути чинності раніше { $date } о { $time }.
receipt-interview = Перш ніж вона набуде чинності, консультант також зустрінеться з вами наодинці, щоб переконатися, що це досі ваш вільний вибір.
receipt-saved = Вашу згоду збережено
receipt-next-steps = Що буде далі
sign-declaration = Підписуючи, я підтверджую, що згоден(на) з тим, що прочитав(ла) і перевірив(ла) тут.

## Limits, legal help, rights, and what a return changes

overview-open-rights = Ваші права за будь-якого вибору
action-legal-help = Отримати юридичну допомогу
contact-legal-aid = Безкоштовна юридична консультація
contact-asylum-office = Де подати на притулок або оскаржити рішення
contact-trafficking-help = Конфіденційна допомога постраждалим від торгівлі людьми
complaints-contact = Скарги, не через консультантів

## A label and its value on one line

label-value = { $label }: { $value }
