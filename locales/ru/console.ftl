# The counsellor's console. Staff read these; the person at the kiosk never does.
# Translator note (ru): staff are addressed with "вы"; terms follow kiosk.ftl
# (консультант, согласие, отозвать, подпись, свидетель, опекун, законный представитель,
# переводчик, время на размышление, регистрационный код, терминал). Numbers stand after
# a colon ("label: number") so that no plural form is needed.

console-signed-in-as = { $account } ({ $role })
console-role-admin = администратор
console-role-counsellor = консультант
console-role-editor = редактор
console-sign-out = Выйти
console-to-kiosk = Передать экран терминалу
console-back = Назад

## Setup and sign-in

console-setup-title = Первый запуск: создание учётной записи администратора
console-setup-intro = На этом устройстве ещё нет ни одной учётной записи. Учётные записи консультантов администратор создаёт потом.
console-setup-create = Создать учётную запись администратора
console-setup-done = Учётная запись администратора создана. Теперь войдите.
console-sign-in-title = Вход для сотрудников
console-account-name = Имя учётной записи
console-passphrase = Парольная фраза или PIN
console-sign-in = Войти
console-wrong-credentials = Эти имя и парольная фраза не подходят ни к одной учётной записи.
console-locked = Слишком много неверных попыток. Эта учётная запись сможет повторить попытку позже. Осталось секунд: { $seconds }.
console-locked-idle = Консоль заблокировалась после периода бездействия. Войдите снова.
console-sign-in-first = Сначала войдите.
console-editor-not-here = Учётные записи редакторов предназначены для работы с содержанием и переводами, а не с записями о согласии.
console-account-exists = Учётная запись с таким именем уже существует.
console-bad-name = Имя учётной записи: от 2 до 32 символов — буквы, цифры, точки, дефисы или подчёркивания.
console-weak-secret = Парольная фраза или PIN должны содержать не менее 6 символов.
console-already-set-up = Учётные записи уже существуют: новые добавляет администратор.
console-admin-only = Это может сделать только администратор.

## Dashboard

console-dashboard-title = Согласия на этом устройстве
console-concerns-title = Вас ждут у киоска: { $count }
console-concern-pressured = чувствует давление и просит поговорить с сотрудником наедине
console-concern-lost-code = потерял(а) код и хочет отозвать согласие
console-concern-seen = Иду
console-guided-start = Начать сеанс с сопровождением
console-export = Экспорт
console-suspend = Приостановить направление
console-review-content = Пересмотреть согласия после изменения содержания
console-list-all = Все ({ $count })
console-list-cooling-off = Время на размышление ({ $count })
console-list-effective = Действующие ({ $count })
console-list-flagged = С отметкой ({ $count })
console-list-needs-review = Требуют пересмотра ({ $count })
console-list-withdrawn = Отозванные ({ $count })
console-list-departed = Выезд состоялся ({ $count })
console-state-cooling-off = время на размышление
console-state-effective = действует
console-state-flagged = с отметкой
console-state-needs-review = требует пересмотра
console-state-withdrawn = отозвано
console-state-departed = выезд состоялся
console-state-declined = человек отказался
console-hours-left = осталось часов: { $hours }
console-search = Поиск: код, язык или страна назначения
console-list-empty = В этом списке нет согласий.
console-list-more = Показано: { $shown } из { $count }. Введите больше символов кода, чтобы сузить список.
console-open = Открыть { $code }

## Opening a record

console-reason-title = Почему вы открываете эту запись?
console-reason-intro = Открытие записи фиксируется в журнале вместе с вашей учётной записью и причиной.
console-reason = Причина
console-reason-needed = Пожалуйста, укажите причину (несколько слов).
console-open-confirm = Открыть запись
console-not-found = Это согласие не найдено.
console-record-title = Запись о согласии
console-fact-code = Регистрационный код: { $value }
console-fact-state = Статус: { $value }
console-fact-signed = Подписано: { $value }
console-fact-cooling-off = Время на размышление заканчивается: { $value }
console-fact-destination = Страна назначения: { $value }
console-fact-language = Язык: { $value }
console-fact-content = Версия содержания: { $value }
console-fact-departed = Выезд: { $value }
console-fact-escort = Сопровождающий: { $value }
console-fact-reception = Договорённость о приёме: { $value }
console-fact-household = Семья: { $value }
console-fact-review = Требует пересмотра, потому что: { $value }
console-review-content-changed = показанная информация изменилась после подписания
console-review-child-objection = ребёнок возразил
console-flag-pressure = Человек сказал, что чувствует давление, или попросил поговорить наедине.
console-flag-re-explained = Один из ответов на вопросы на понимание потребовал повторного объяснения.
console-present = Присутствуют:
console-items = Ответы:
console-withdraw = Отозвать по просьбе человека
console-departure = Зарегистрировать выезд
console-reconsent = Получить новую подпись
console-saved = Сохранено.
console-conflict = Только что кто-то другой изменил это согласие. Ничего не сохранено. Откройте его снова, чтобы увидеть изменение.
console-failed = Не получилось: { $why }

## Re-consent

console-reconsent-title = Что изменилось после подписания
console-reconsent-intro = Прочитайте новый текст вместе с человеком, на его языке. Затем он подписывает снова или отзывает согласие.
console-reconsent-not-needed = Это согласие не требует пересмотра.
console-reconsent-no-text-change = Показанные тексты не изменились; пересмотр потребовался по другой причине.
console-reconsent-before = При подписании
console-reconsent-now = Сейчас
console-reconsent-gone = (больше не показывается)
console-reconsent-sign-as = Напечатанное имя, роль: { $role }
console-reconsent-sign = Сохранить новую подпись

## Suspension and content review

console-suspend-title = Приостановить помощь в возвращении
console-suspend-intro = Все ожидающие согласия по этому направлению сразу переходят на пересмотр, и терминал перестаёт предлагать это направление.
console-suspend-area = Только один регион (код ISO 3166-2, необязательно)
console-suspend-reason = Причина
console-suspend-confirm = Приостановить
console-suspend-unknown-country = Выберите страну из списка.
console-suspend-done = Приостановлено. Согласий передано на пересмотр: { $count }.
console-review-done = Согласий, подписанных по прежней информации и переданных на пересмотр: { $count }.

## Export

console-export-title = Экспорт в систему ведения дел
console-export-intro = Все данные с этого устройства записываются в один файл в папке.
console-export-folder = Папка
console-export-jsonl = JSON Lines (запечатанные события)
console-export-csv = CSV (одна строка на согласие)
console-export-fhir = FHIR R4 Bundle
console-exported = Записей сохранено в { $path }: { $count }

## Guided session

console-guided-title = Сеанс с сопровождением: кто присутствует
console-guided-language = Язык человека
console-guided-adult = 18 лет или старше
console-guided-minor = Младше 18 лет
console-guided-capacity-doubt = У меня есть сомнения в способности человека принимать решение
console-guided-interpreter = Присутствует переводчик: язык (оставьте пустым, если переводчика нет)
console-guided-witness = Присутствует свидетель: имя (нужно для подписи знаком)
console-guided-household = Номер семьи, общий для согласий членов одной семьи (оставьте пустым, если нет)
console-guided-representative = Имя опекуна или законного представителя
console-guided-best-interests = Номер решения о наилучших интересах ребёнка
console-guided-child-view = Собственное мнение ребёнка
console-guided-child-agrees = Ребёнок согласен (пиктограмма)
console-guided-child-objects = Ребёнок возражает (пиктограмма)
console-guided-assent = Одобрение
console-guided-objection = Возражение
console-guided-child-words = Слова ребёнка
console-guided-unaccompanied = Находится ли ребёнок здесь без родителя или ответственного за него взрослого?
console-guided-unaccompanied-yes = Несопровождаемый ребёнок
console-guided-unaccompanied-no = С родителем или ответственным взрослым
console-guided-escort = Сопровождающий в пути: организация и номер (без имён)
console-guided-reception = Номер договорённости о приёме в стране возвращения
console-guided-covers-separation = Решение о наилучших интересах охватывает возвращение отдельно от родителей
console-guided-begin = Начать сеанс с человеком

## Why the rules refuse

rule-mark-without-witness = Для подписи знаком нужен свидетель, присутствующий на этом сеансе.
rule-guardian-signature-missing = Для согласия ребёнка нужна подпись опекуна или законного представителя.
rule-child-view-missing = Сначала зафиксируйте собственное мнение ребёнка (одобрение или возражение).
rule-best-interests-reference-missing = Для согласия ребёнка на возвращение нужен номер решения о наилучших интересах ребёнка.
rule-representative-signature-missing = Способность принимать решение под сомнением: должен подписать законный представитель.
rule-migrant-signature-missing = Человек ещё не подписал.
rule-empty-signature = Одна из подписей пустая.
rule-unknown-signer = Подписал человек, который не отмечен как присутствующий.
rule-not-withdrawable = В текущем статусе это согласие нельзя отозвать.
rule-already-departed = Выезд уже зарегистрирован: отозвать согласие больше нельзя.
rule-not-departable = Выезд можно зарегистрировать только после того, как согласие начало действовать.
rule-not-awaiting-reconsent = Новую подпись получают только для согласия, которое требует пересмотра.

## Гарантии: отметки, подтверждающая беседа, отъезд, отзыв без кода

console-list-on-hold = Ждут консультанта ({ $count })
console-state-on-hold = ждёт консультанта (открытая отметка или подтверждающая беседа)
console-find-without-code = Отозвать без кода
console-flag-capacity-doubt = Консультант отметил сомнения в способности принимать решение.
console-flag-child-objection = Ребёнок возразил.
console-flags-open = Открытые отметки: согласие не вступит в силу и отъезд не будет записан, пока каждая не решена.
console-flag-reason = Причина решения
console-flag-cleared = Снята после личной беседы
console-flag-referred = Передано специалистам (остаётся открытой)
console-flag-review = На пересмотр: новая подпись, мнение ребёнка выслушивается заново
console-flag-resolution = { $flag } Решение: { $outcome }. { $reason }
console-fact-interview = Подтверждающая беседа: { $outcome }, { $when }
console-fact-departure-corrected = Отъезд исправлен { $when }: { $reason }
console-confirmation = Подтверждающая беседа
console-confirmation-not-needed = Это согласие не ждёт подтверждающей беседы.
console-confirmation-title = Личная подтверждающая беседа
console-confirmation-intro = Поговорите с человеком наедине, при необходимости с переводчиком. Задайте каждый вопрос; согласие вступает в силу только после срока на размышление и подтверждения.
console-confirmation-interpreter-language = Переводчик: язык (пусто, если нет)
console-confirmation-interpreter-id = Переводчик: номер в списке
console-confirmation-others = Кто ещё в комнате:
console-confirmation-fear = Боится ли человек вреда по возвращении?
console-confirmation-fear-none = Страх не высказан
console-confirmation-fear-asylum-info = Страх высказан: дана информация об убежище
console-confirmation-referred = Направлен к специалистам
console-confirmation-signs = Признаки торговли людьми или насилия?
console-confirmation-signs-none = Не замечено
console-confirmation-fitness = Здоровье и готовность к поездке
console-confirmation-fit = Может ехать
console-confirmation-fit-with-support = Может ехать с поддержкой (сопровождение, лекарства)
console-confirmation-not-fit = Сейчас ехать не может
console-confirmation-legal = Независимая юридическая помощь
console-confirmation-legal-offered = Предложена, решение не принято
console-confirmation-legal-taken = Предложена и принята
console-confirmation-legal-declined = Предложена и отклонена
console-confirmation-detained = Находится ли человек под стражей?
console-confirmation-person = Подтвердил ли человек своими словами, что хочет вернуться?
console-confirmation-confirmed = Записать: подтверждено
console-confirmation-outcome-referred = Записать: направлен (остаётся в ожидании)
console-confirmation-withdrawn = Записать: человек отзывает согласие
console-reconfirm-departure = Человек снова подтвердил сегодня
console-departure-correction-reason = Почему отъезд записан по ошибке
console-departure-correct = Исправить отъезд
console-find-title = Отозвать без кода
console-find-intro = Человек здесь и потерял код. Спросите, что он помнит; укажите не меньше двух фактов. Каждый факт должен совпасть.
console-find-date = День подписания (ГГГГ-ММ-ДД)
console-find-language = Язык, на котором читал (напр. ar)
console-find-destination = Страна возвращения (напр. GE)
console-find-code = Часть кода
console-find-search = Найти
console-find-two-facts = Укажите не меньше двух фактов.
console-find-too-many = Совпадает больше трёх согласий: спросите ещё один факт.
console-find-none = Нет согласия, которое ещё можно отозвать и которое совпадает со всеми фактами.
console-find-reason = Причина отзыва
console-find-person-present = Человек здесь, со мной
console-withdrawn-without-code = Отозвано. Выдайте человеку квитанцию об отзыве.
rule-held = Согласие ещё не действует: есть открытая отметка или подтверждающая беседа его не подтвердила.
rule-flag-not-open = Эта отметка не открыта для этого согласия.
rule-not-awaiting-safeguard = Сейчас по этому согласию нечего решать или подтверждать.
rule-interview-incomplete = Ответы беседы не позволяют подтвердить (подтверждение человека, незавершённое направление, готовность к поездке или юридическая помощь под стражей).
rule-reason-missing = Укажите причину.
rule-reconfirmation-missing = Перед записью отъезда человек должен снова подтвердить сегодня, наедине.
rule-not-departed = Отъезд не записан.
rule-not-identified = Отзыв без кода требует присутствия человека и не меньше двух совпадающих фактов.
rule-child-objection-needs-review = Возражение ребёнка нельзя снять: отправьте согласие на пересмотр или передайте дело дальше.
rule-escort-missing = Для возвращения несопровождаемого ребёнка нужно записать сопровождающего.
rule-reception-arrangement-missing = Для возвращения несопровождаемого ребёнка нужен номер договорённости о приёме в стране возвращения.
rule-household-apart = Согласие ребёнка вступает в силу вместе с согласием родителя из той же семьи (в ту же страну, действующим), если только решение о наилучших интересах не охватывает возвращение отдельно.
console-fact-waiting-for = Ожидает: { $value }
console-fact-shareable-from = Данные, покидающие центр, можно передавать с: { $value }
console-confirmation-unanswered = Ответьте на каждый вопрос, прежде чем записывать беседу.
console-hold-household = согласие родителя из той же семьи
console-suspend-unknown-area = Выберите один из регионов, указанных для этой страны, или всю страну.
console-suspend-whole-country = Вся страна
console-suspensions-active = Приостановлено с этой консоли, действует:
console-suspension-line = { $destination }, с { $when }: { $reason }
console-lift = Отменить эту приостановку
console-lift-title = Отмена приостановки
console-lift-intro = После отмены киоск снова предлагает это направление. Согласия, переданные из-за неё на пересмотр, остаются на пересмотре: каждое продолжается только с новой подписью или отзывается.
console-lift-count = Согласий на пересмотре из-за этой приостановки: { $count }
console-lift-content-still = Содержимое (countries.toml) тоже приостанавливает это направление: оно остаётся приостановленным, пока содержимое не изменится.
console-lift-reason = Почему приостановка отменяется? (для записи)
console-lift-confirm = Отменить приостановку
console-lift-done = Приостановка отменена. Согласий всё ещё на пересмотре, каждое ждёт новой подписи: { $count }
console-lift-not-active = Эта приостановка больше не действует.
console-reconsent-region = Регион возвращения: спросите человека ещё раз.
rule-area-not-chosen = Возвращение в эту страну указывает регион, куда возвращается человек, из перечисленных.
rule-unaccompanied-unanswered = Для ребёнка сначала ответьте, находится ли он здесь без родителя или ответственного за него взрослого: да или нет.

## The table and its queue

console-needs-you-title = Согласия, которым вы нужны сейчас: { $count }
console-needs-you-none = Сейчас в очереди нет ничего, что требует вас.
console-needs-you-more = Ещё в очереди: { $count }. Выберите список ниже, чтобы увидеть все.
console-urgent-flag = открытая отметка
console-chip-on-hold = ждёт консультанта
console-urgent-confirmation = пора провести подтверждающую беседу
console-urgent-cooling-off = срок размышления заканчивается сегодня
console-column-code = Код
console-column-state = Состояние
console-column-hours = Осталось часов
console-column-flags = Отметки
console-column-language = Язык
console-column-destination = Куда
console-sort-by = Сортировать: { $column }
console-filter-all-languages = Все языки
console-filter-all-countries = Все страны
console-filter-open-flags = Только открытые отметки
console-flag-short-pressure = давление
console-flag-short-comprehension = понимание
console-flag-short-capacity-doubt = дееспособность
console-flag-short-child-objection = ребёнок против
console-flag-open = Открытая отметка: { $reason }
console-flag-resolved = Снятая отметка: { $reason }
console-reason-for = Запись { $code }
console-reason-quick = Выберите частую причину или напишите другую ниже.
console-reason-asked = Человек попросил об этом у стойки
console-reason-flag = Чтобы разобрать отметку
console-reason-interview = Подтверждающая беседа
console-reason-departure = Подготовка к отъезду
console-reason-other = Другая причина (напишите)
console-suspend-confirm-count = Приостановить { $destination }: ожидающих согласий перейдёт на пересмотр: { $count }
console-export-drives = Съёмные носители: нажмите на один, затем на формат.
console-export-drive = Носитель { $name }
console-export-no-drive = Съёмный носитель не найден. Подключите его или введите папку.

## Central sync

console-central-sync-last = Последний приём центральной базой данных: { $date }, { $time }
console-central-sync-never = Центральная база данных ещё не приняла данные.
