# The counsellor's console. Staff read these; the person at the kiosk never does.
# Translator note (uk): staff are addressed with "ви"; terms follow kiosk.ftl
# (консультант, згода, відкликати, підпис, свідок, опікун, законний представник,
# перекладач, час на роздуми, реєстраційний код, термінал; the person = особа).
# Numbers stand after a colon ("label: number") so that no plural form is needed.

console-signed-in-as = { $account } ({ $role })
console-role-admin = адміністратор
console-role-counsellor = консультант
console-role-editor = редактор
console-sign-out = Вийти
console-to-kiosk = Передати екран терміналу
console-back = Назад

## Setup and sign-in

console-setup-title = Перший запуск: створення облікового запису адміністратора
console-setup-intro = На цьому пристрої ще немає жодного облікового запису. Облікові записи консультантів адміністратор створює потім.
console-setup-create = Створити обліковий запис адміністратора
console-setup-done = Обліковий запис адміністратора створено. Тепер увійдіть.
console-sign-in-title = Вхід для працівників
console-account-name = Ім’я облікового запису
console-passphrase = Парольна фраза або PIN
console-sign-in = Увійти
console-wrong-credentials = Ці ім’я та парольна фраза не відповідають жодному обліковому запису.
console-locked = Забагато невдалих спроб. Цей обліковий запис зможе спробувати знову пізніше. Залишилося секунд: { $seconds }.
console-locked-idle = Консоль заблокувалася після періоду бездіяльності. Увійдіть знову.
console-sign-in-first = Спочатку увійдіть.
console-editor-not-here = Облікові записи редакторів призначені для роботи зі змістом і перекладами, а не із записами про згоду.
console-account-exists = Обліковий запис із таким ім’ям уже існує.
console-bad-name = Ім’я облікового запису: від 2 до 32 символів — літери, цифри, крапки, дефіси або підкреслення.
console-weak-secret = Парольна фраза або PIN мають містити щонайменше 6 символів.
console-already-set-up = Облікові записи вже існують: нові додає адміністратор.
console-admin-only = Це може зробити лише адміністратор.

## Dashboard

console-dashboard-title = Згоди на цьому пристрої
console-concerns-title = Вас чекають біля кіоску: { $count }
console-concern-pressured = відчуває тиск і просить поговорити з працівником наодинці
console-concern-lost-code = загубив(ла) код і хоче відкликати згоду
console-concern-seen = Іду
console-guided-start = Почати сеанс із супроводом
console-export = Експорт
console-suspend = Призупинити напрямок
console-review-content = Переглянути згоди після зміни змісту
console-list-all = Усі ({ $count })
console-list-cooling-off = Час на роздуми ({ $count })
console-list-effective = Чинні ({ $count })
console-list-flagged = З позначкою ({ $count })
console-list-needs-review = Потребують перегляду ({ $count })
console-list-withdrawn = Відкликані ({ $count })
console-list-departed = Виїзд відбувся ({ $count })
console-state-cooling-off = час на роздуми
console-state-effective = чинна
console-state-flagged = з позначкою
console-state-needs-review = потребує перегляду
console-state-withdrawn = відкликана
console-state-departed = виїзд відбувся
console-state-declined = особа відмовилася
console-hours-left = залишилося годин: { $hours }
console-search = Пошук: код, мова або країна призначення
console-list-empty = У цьому списку немає згод.
console-list-more = Показано: { $shown } з { $count }. Введіть більше символів коду, щоб звузити список.
console-open = Відкрити { $code }

## Opening a record

console-reason-title = Чому ви відкриваєте цей запис?
console-reason-intro = Відкриття запису фіксується в журналі разом із вашим обліковим записом і причиною.
console-reason = Причина
console-reason-needed = Будь ласка, вкажіть причину (кілька слів).
console-open-confirm = Відкрити запис
console-not-found = Цю згоду не знайдено.
console-record-title = Запис про згоду
console-fact-code = Реєстраційний код: { $value }
console-fact-state = Статус: { $value }
console-fact-signed = Підписано: { $value }
console-fact-cooling-off = Час на роздуми закінчується: { $value }
console-fact-destination = Країна призначення: { $value }
console-fact-language = Мова: { $value }
console-fact-content = Версія змісту: { $value }
console-fact-departed = Виїзд: { $value }
console-fact-escort = Супровід: { $value }
console-fact-reception = Домовленість про прийом: { $value }
console-fact-household = Домогосподарство: { $value }
console-fact-review = Потребує перегляду, тому що: { $value }
console-review-content-changed = показана інформація змінилася після підписання
console-review-child-objection = дитина заперечила
console-flag-pressure = Особа сказала, що відчуває тиск, або попросила поговорити наодинці.
console-flag-re-explained = Одну з відповідей на запитання на розуміння довелося пояснювати ще раз.
console-present = Присутні:
console-items = Відповіді:
console-withdraw = Відкликати на прохання особи
console-departure = Зареєструвати виїзд
console-reconsent = Отримати новий підпис
console-saved = Збережено.
console-conflict = Щойно хтось інший змінив цю згоду. Нічого не збережено. Відкрийте її знову, щоб побачити зміну.
console-failed = Не вдалося: { $why }

## Re-consent

console-reconsent-title = Що змінилося після підписання
console-reconsent-intro = Прочитайте новий текст разом з особою, її мовою. Потім вона підписує знову або відкликає згоду.
console-reconsent-not-needed = Ця згода не потребує перегляду.
console-reconsent-no-text-change = Показані тексти не змінилися; перегляд знадобився з іншої причини.
console-reconsent-before = Під час підписання
console-reconsent-now = Зараз
console-reconsent-gone = (більше не показується)
console-reconsent-sign-as = Надруковане ім’я, роль: { $role }
console-reconsent-sign = Зберегти новий підпис

## Suspension and content review

console-suspend-title = Призупинити допомогу в поверненні
console-suspend-intro = Усі згоди, що очікують, для цього напрямку одразу переходять на перегляд, і термінал перестає пропонувати цей напрямок.
console-suspend-area = Лише один регіон (код ISO 3166-2, необов’язково)
console-suspend-reason = Причина
console-suspend-confirm = Призупинити
console-suspend-unknown-country = Оберіть країну зі списку.
console-suspend-done = Призупинено. Згод передано на перегляд: { $count }.
console-review-done = Згод, підписаних за попередньою інформацією й переданих на перегляд: { $count }.

## Export

console-export-title = Експорт до системи ведення справ
console-export-intro = Усі дані з цього пристрою записуються в один файл у теці.
console-export-folder = Тека
console-export-jsonl = JSON Lines (запечатані події)
console-export-csv = CSV (один рядок на згоду)
console-export-fhir = FHIR R4 Bundle
console-exported = Записів збережено в { $path }: { $count }

## Guided session

console-guided-title = Сеанс із супроводом: хто присутній
console-guided-language = Мова особи
console-guided-adult = 18 років або більше
console-guided-minor = Менше 18 років
console-guided-capacity-doubt = Я маю сумніви щодо здатності особи ухвалювати рішення
console-guided-interpreter = Присутній перекладач: мова (залиште порожнім, якщо перекладача немає)
console-guided-witness = Присутній свідок: ім’я (потрібно для підпису знаком)
console-guided-household = Номер домогосподарства, спільний для згод однієї родини (залиште порожнім, якщо немає)
console-guided-representative = Ім’я опікуна або законного представника
console-guided-best-interests = Номер рішення щодо найкращих інтересів дитини
console-guided-child-view = Власна думка дитини
console-guided-child-agrees = Дитина погоджується (піктограма)
console-guided-child-objects = Дитина заперечує (піктограма)
console-guided-assent = Схвалення
console-guided-objection = Заперечення
console-guided-child-words = Слова дитини
console-guided-unaccompanied = Чи перебуває дитина тут без батьків або відповідального за неї дорослого?
console-guided-unaccompanied-yes = Дитина без супроводу
console-guided-unaccompanied-no = З батьками або відповідальним дорослим
console-guided-escort = Супровід у дорозі: організація та номер (без імен)
console-guided-reception = Номер домовленості про прийом у країні повернення
console-guided-covers-separation = Рішення щодо найкращих інтересів охоплює повернення окремо від батьків
console-guided-begin = Почати сеанс з особою

## Why the rules refuse

rule-mark-without-witness = Для підпису знаком потрібен свідок, присутній на цьому сеансі.
rule-guardian-signature-missing = Для згоди дитини потрібен підпис опікуна або законного представника.
rule-child-view-missing = Спочатку зафіксуйте власну думку дитини (схвалення або заперечення).
rule-best-interests-reference-missing = Для згоди дитини на повернення потрібен номер рішення щодо найкращих інтересів дитини.
rule-representative-signature-missing = Здатність ухвалювати рішення під сумнівом: має підписати законний представник.
rule-migrant-signature-missing = Особа ще не підписала.
rule-empty-signature = Один із підписів порожній.
rule-unknown-signer = Підписала особа, яку не позначено як присутню.
rule-not-withdrawable = У поточному статусі цю згоду не можна відкликати.
rule-already-departed = Виїзд уже зареєстровано: відкликати згоду більше не можна.
rule-not-departable = Виїзд можна зареєструвати лише після того, як згода почала діяти.
rule-not-awaiting-reconsent = Новий підпис отримують лише для згоди, яка потребує перегляду.

## Гарантії: позначки, підтверджувальна розмова, від'їзд, відкликання без коду

console-list-on-hold = Чекають на консультанта ({ $count })
console-state-on-hold = чекає на консультанта (відкрита позначка або підтверджувальна розмова)
console-find-without-code = Відкликати без коду
console-flag-capacity-doubt = Консультант зазначив сумніви щодо здатності ухвалювати рішення.
console-flag-child-objection = Дитина заперечила.
console-flags-open = Відкриті позначки: згода не набуде чинності й від'їзд не буде записано, доки кожну не розв'язано.
console-flag-reason = Причина рішення
console-flag-cleared = Знято після особистої розмови
console-flag-referred = Передано фахівцям (лишається відкритою)
console-flag-review = На перегляд: новий підпис, думку дитини вислухати знову
console-flag-resolution = { $flag } Рішення: { $outcome }. { $reason }
console-fact-interview = Підтверджувальна розмова: { $outcome }, { $when }
console-fact-departure-corrected = Від'їзд виправлено { $when }: { $reason }
console-confirmation = Підтверджувальна розмова
console-confirmation-not-needed = Ця згода не чекає на підтверджувальну розмову.
console-confirmation-title = Особиста підтверджувальна розмова
console-confirmation-intro = Поговоріть з людиною наодинці, за потреби з перекладачем. Поставте кожне запитання; згода набуває чинності лише після строку на роздуми й підтвердження.
console-confirmation-interpreter-language = Перекладач: мова (порожньо, якщо немає)
console-confirmation-interpreter-id = Перекладач: номер у списку
console-confirmation-others = Хто ще в кімнаті:
console-confirmation-fear = Чи боїться людина шкоди після повернення?
console-confirmation-fear-none = Страху не висловлено
console-confirmation-fear-asylum-info = Страх висловлено: надано інформацію про притулок
console-confirmation-referred = Направлено до фахівців
console-confirmation-signs = Ознаки торгівлі людьми чи насильства?
console-confirmation-signs-none = Не помічено
console-confirmation-fitness = Здоров'я і готовність до подорожі
console-confirmation-fit = Може їхати
console-confirmation-fit-with-support = Може їхати з підтримкою (супровід, ліки)
console-confirmation-not-fit = Зараз їхати не може
console-confirmation-legal = Незалежна юридична допомога
console-confirmation-legal-offered = Запропоновано, рішення ще немає
console-confirmation-legal-taken = Запропоновано й прийнято
console-confirmation-legal-declined = Запропоновано й відхилено
console-confirmation-detained = Чи людина під вартою?
console-confirmation-person = Чи підтвердила людина власними словами, що хоче повернутися?
console-confirmation-confirmed = Записати: підтверджено
console-confirmation-outcome-referred = Записати: направлено (лишається в очікуванні)
console-confirmation-withdrawn = Записати: людина відкликає згоду
console-reconfirm-departure = Людина знову підтвердила сьогодні
console-departure-correction-reason = Чому від'їзд записано помилково
console-departure-correct = Виправити від'їзд
console-find-title = Відкликати без коду
console-find-intro = Людина тут і загубила код. Запитайте, що вона пам'ятає; вкажіть щонайменше два факти. Кожен факт має збігтися.
console-find-date = День підписання (РРРР-ММ-ДД)
console-find-language = Мова, якою читала (напр. ar)
console-find-destination = Країна повернення (напр. GE)
console-find-code = Частина коду
console-find-search = Знайти
console-find-two-facts = Вкажіть щонайменше два факти.
console-find-too-many = Збігається понад три згоди: запитайте ще один факт.
console-find-none = Немає згоди, яку ще можна відкликати і яка збігається з усіма фактами.
console-find-reason = Причина відкликання
console-find-person-present = Людина тут, зі мною
console-withdrawn-without-code = Відкликано. Дайте людині квитанцію про відкликання.
rule-held = Згода ще не діє: є відкрита позначка або підтверджувальна розмова її не підтвердила.
rule-flag-not-open = Ця позначка не відкрита для цієї згоди.
rule-not-awaiting-safeguard = Зараз у цій згоді нічого розв'язувати чи підтверджувати.
rule-interview-incomplete = Відповіді розмови не дозволяють підтвердити (підтвердження людини, незавершене направлення, готовність до подорожі чи юридична допомога під вартою).
rule-reason-missing = Вкажіть причину.
rule-reconfirmation-missing = Перед записом від'їзду людина має знову підтвердити сьогодні, наодинці.
rule-not-departed = Від'їзд не записано.
rule-not-identified = Відкликання без коду потребує присутності людини й щонайменше двох фактів, що збігаються.
rule-child-objection-needs-review = Заперечення дитини не можна зняти: передайте згоду на перегляд або перенаправте справу.
rule-escort-missing = Для повернення дитини без супроводу потрібно записати супровідника.
rule-reception-arrangement-missing = Для повернення дитини без супроводу потрібен номер домовленості про прийом у країні повернення.
rule-household-apart = Згода дитини набирає чинності разом зі згодою одного з батьків того самого домогосподарства (до тієї ж країни, чинною), якщо рішення щодо найкращих інтересів не охоплює окремого повернення.
console-fact-waiting-for = Очікує: { $value }
console-fact-shareable-from = Дані, що залишають центр, можна передавати з: { $value }
console-confirmation-unanswered = Дайте відповідь на кожне запитання, перш ніж записати розмову.
console-hold-household = згода батька чи матері з того самого домогосподарства
console-suspend-unknown-area = Виберіть один із регіонів, зазначених для цієї країни, або всю країну.
console-suspend-whole-country = Уся країна
console-suspensions-active = Призупинено з цієї консолі, діє:
console-suspension-line = { $destination }, з { $when }: { $reason }
console-lift = Скасувати це призупинення
console-lift-title = Скасування призупинення
console-lift-intro = Після скасування кіоск знову пропонує цей напрямок. Згоди, передані через нього на перегляд, залишаються на перегляді: кожна продовжується лише з новим підписом або відкликається.
console-lift-count = Згод на перегляді через це призупинення: { $count }
console-lift-content-still = Вміст (countries.toml) теж призупиняє цей напрямок: він лишається призупиненим, доки вміст не зміниться.
console-lift-reason = Чому призупинення скасовується? (для запису)
console-lift-confirm = Скасувати призупинення
console-lift-done = Призупинення скасовано. Згод досі на перегляді, кожна чекає нового підпису: { $count }
console-lift-not-active = Це призупинення більше не діє.
console-reconsent-region = Регіон повернення: запитайте людину ще раз.
rule-area-not-chosen = Повернення до цієї країни зазначає регіон, куди повертається людина, з перелічених.
rule-unaccompanied-unanswered = Для дитини спершу дайте відповідь, чи перебуває вона тут без батьків або відповідального за неї дорослого: так чи ні.

## The table and its queue

console-needs-you-title = Згоди, яким ви потрібні зараз: { $count }
console-needs-you-none = Зараз у черзі немає нічого, що потребує вас.
console-needs-you-more = Ще в черзі: { $count }. Виберіть список нижче, щоб побачити всі.
console-urgent-flag = відкрита позначка
console-chip-on-hold = чекає на консультанта
console-urgent-confirmation = час підтверджувальної розмови
console-urgent-cooling-off = строк роздумів закінчується сьогодні
console-column-code = Код
console-column-state = Стан
console-column-hours = Залишилося годин
console-column-flags = Позначки
console-column-language = Мова
console-column-destination = Куди
console-sort-by = Сортувати: { $column }
console-filter-all-languages = Усі мови
console-filter-all-countries = Усі країни
console-filter-open-flags = Лише відкриті позначки
console-flag-short-pressure = тиск
console-flag-short-comprehension = розуміння
console-flag-short-capacity-doubt = дієздатність
console-flag-short-child-objection = дитина проти
console-flag-open = Відкрита позначка: { $reason }
console-flag-resolved = Знята позначка: { $reason }
console-reason-for = Запис { $code }
console-reason-quick = Виберіть поширену причину або напишіть іншу нижче.
console-reason-asked = Людина попросила про це біля стійки
console-reason-flag = Щоб розглянути позначку
console-reason-interview = Підтверджувальна розмова
console-reason-departure = Підготовка до від’їзду
console-reason-other = Інша причина (напишіть)
console-suspend-confirm-count = Призупинити { $destination }: згод, що очікують, перейде на перегляд: { $count }
console-export-drives = Знімні носії: натисніть на один, потім на формат.
console-export-drive = Носій { $name }
console-export-no-drive = Знімний носій не знайдено. Під’єднайте його або введіть теку.

## Central sync

console-central-sync-last = Останнє прийняття центральною базою даних: { $date }, { $time }
console-central-sync-never = Центральна база даних ще не прийняла дані.
