# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = Грузия
country-ge-reintegration = Поддержка может включать помощь в открытии небольшого бизнеса, профессиональное обучение и временную помощь с жильём.
country-iq-name = Ирак
country-iq-reintegration = Поддержка может включать помощь в открытии небольшого бизнеса, помощь в трудоустройстве и психологическую поддержку для людей, которые пережили тяжёлые события.
country-ng-name = Нигерия
country-ng-reintegration = Поддержка может включать помощь в открытии небольшого бизнеса, обучение ремеслу и медицинскую помощь тем, кому она нужна.
area-ng-bo-name = Штат Борно
area-ng-bo-suspension-reason = Сейчас ездить в этот район небезопасно, поэтому помощь в возвращении туда приостановлена. Помощь в возвращении в другие части страны продолжается.
country-sn-name = Сенегал
country-sn-reintegration = Поддержка может включать помощь в открытии небольшого бизнеса, обучение и участие в общественных проектах.
country-gn-name = Гвинея
country-gn-reintegration = Поддержка может включать помощь в открытии небольшого бизнеса, обучение ремеслу и помощь с расходами на школу для детей.
country-et-name = Эфиопия
country-et-reintegration = Поддержка может включать помощь в открытии небольшого бизнеса, профессиональное обучение и психологическую поддержку.
country-so-name = Сомали
country-so-reintegration = Поддержка может включать помощь с доходом, обучение и жильё на первые недели.
country-bd-name = Бангладеш
country-bd-reintegration = Поддержка может включать помощь в открытии небольшого бизнеса, профессиональное обучение и помощь с долгами, которые появились из-за поездки.
country-pk-name = Пакистан
country-pk-reintegration = Поддержка может включать помощь в открытии небольшого бизнеса, профессиональное обучение и медицинскую помощь тем, кому она нужна.
country-ma-name = Марокко
country-ma-reintegration = Поддержка может включать помощь в открытии небольшого бизнеса, обучение и помощь, чтобы вернуться к учёбе в школе.
country-tn-name = Тунис
country-tn-reintegration = Поддержка может включать помощь в открытии небольшого бизнеса, обучение и психологическую поддержку.
country-af-name = Афганистан
country-af-reintegration = О поддержке расскажет консультант, потому что помощь в возвращении сейчас приостановлена.
country-af-suspension-reason = Из-за ситуации с безопасностью помощь в возвращении в эту страну приостановлена. Новое согласие на возвращение туда подписать нельзя.
country-sd-name = Судан
country-sd-reintegration = О поддержке расскажет консультант, потому что помощь в возвращении сейчас приостановлена.
country-sd-suspension-reason = Из-за вооружённого конфликта помощь в возвращении в эту страну приостановлена. Новое согласие на возвращение туда подписать нельзя.

## Limits, legal help, rights, and what a return changes

country-situation-example = ПРИМЕР: здесь центр описывает нынешнюю безопасность, соблюдение прав и доступ к жилью, медицинской помощи, школам и работе в этой стране или области.
country-situation-source = Источник: { $source }. По состоянию на { $date }.
country-support-limits = Поддержка не гарантирована: она зависит от правил и средств программы на момент вашего прибытия и не может решить всё.

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = Штат Абиа
area-ng-ad-name = Штат Адамава
area-ng-ak-name = Штат Аква-Ибом
area-ng-an-name = Штат Анамбра
area-ng-ba-name = Штат Баучи
area-ng-by-name = Штат Байелса
area-ng-be-name = Штат Бенуэ
area-ng-cr-name = Штат Кросс-Ривер
area-ng-de-name = Штат Дельта
area-ng-eb-name = Штат Эбоньи
area-ng-ed-name = Штат Эдо
area-ng-ek-name = Штат Экити
area-ng-en-name = Штат Энугу
area-ng-fc-name = Федеральная столичная территория (Абуджа)
area-ng-go-name = Штат Гомбе
area-ng-im-name = Штат Имо
area-ng-ji-name = Штат Джигава
area-ng-kd-name = Штат Кадуна
area-ng-kn-name = Штат Кано
area-ng-kt-name = Штат Кацина
area-ng-ke-name = Штат Кебби
area-ng-ko-name = Штат Коги
area-ng-kw-name = Штат Квара
area-ng-la-name = Штат Лагос
area-ng-na-name = Штат Насарава
area-ng-ni-name = Штат Нигер
area-ng-og-name = Штат Огун
area-ng-on-name = Штат Ондо
area-ng-os-name = Штат Осун
area-ng-oy-name = Штат Ойо
area-ng-pl-name = Штат Плато
area-ng-ri-name = Штат Риверс
area-ng-so-name = Штат Сокото
area-ng-ta-name = Штат Тараба
area-ng-yo-name = Штат Йобе
area-ng-za-name = Штат Замфара
