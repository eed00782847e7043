# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = Грузія
country-ge-reintegration = Підтримка може включати допомогу у відкритті невеликого бізнесу, професійне навчання і тимчасову допомогу з житлом.
country-iq-name = Ірак
country-iq-reintegration = Підтримка може включати допомогу у відкритті невеликого бізнесу, допомогу в працевлаштуванні та психологічну підтримку для людей, які пережили важкі події.
country-ng-name = Нігерія
country-ng-reintegration = Підтримка може включати допомогу у відкритті невеликого бізнесу, навчання ремеслу та медичну допомогу тим, кому вона потрібна.
area-ng-bo-name = Штат Борно
area-ng-bo-suspension-reason = Зараз їздити до цього регіону небезпечно, тому допомогу в поверненні туди призупинено. Допомога в поверненні до інших частин країни триває.
country-sn-name = Сенегал
country-sn-reintegration = Підтримка може включати допомогу у відкритті невеликого бізнесу, навчання та участь у громадських проєктах.
country-gn-name = Гвінея
country-gn-reintegration = Підтримка може включати допомогу у відкритті невеликого бізнесу, навчання ремеслу та допомогу з витратами на школу для дітей.
country-et-name = Ефіопія
country-et-reintegration = Підтримка може включати допомогу у відкритті невеликого бізнесу, професійне навчання та психологічну підтримку.
country-so-name = Сомалі
country-so-reintegration = Підтримка може включати допомогу з доходом, навчання і житло на перші тижні.
country-bd-name = Бангладеш
country-bd-reintegration = Підтримка може включати допомогу у відкритті невеликого бізнесу, професійне навчання та допомогу з боргами, які з'явилися через поїздку.
country-pk-name = Пакистан
country-pk-reintegration = Підтримка може включати допомогу у відкритті невеликого бізнесу, професійне навчання та медичну допомогу тим, кому вона потрібна.
country-ma-name = Марокко
country-ma-reintegration = Підтримка може включати допомогу у відкритті невеликого бізнесу, навчання та допомогу, щоб повернутися до навчання в школі.
country-tn-name = Туніс
country-tn-reintegration = Підтримка може включати допомогу у відкритті невеликого бізнесу, навчання та психологічну підтримку.
country-af-name = Афганістан
country-af-reintegration = Про підтримку розповість консультант, тому що допомогу в поверненні зараз призупинено.
country-af-suspension-reason = Через ситуацію з безпекою допомогу в поверненні до цієї країни призупинено. Нову згоду на повернення туди підписати не можна.
country-sd-name = Судан
country-sd-reintegration = Про підтримку розповість консультант, тому що допомогу в поверненні зараз призупинено.
country-sd-suspension-reason = Через збройний конфлікт допомогу в поверненні до цієї країни призупинено. Нову згоду на повернення туди підписати не можна.

## Limits, legal help, rights, and what a return changes

country-situation-example = ПРИКЛАД: тут центр описує нинішню безпеку, дотримання прав і доступ до житла, медичної допомоги, шкіл і роботи в цій країні чи області.
country-situation-source = Джерело: { $source }. Станом на { $date }.
country-support-limits = Підтримку не гарантовано: вона залежить від правил і коштів програми на час вашого прибуття і не може вирішити все.

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = Штат Абія
area-ng-ad-name = Штат Адамава
area-ng-ak-name = Штат Аква-Ібом
area-ng-an-name = Штат Анамбра
area-ng-ba-name = Штат Баучі
area-ng-by-name = Штат Баєлса
area-ng-be-name = Штат Бенуе
area-ng-cr-name = Штат Крос-Ривер
area-ng-de-name = Штат Дельта
area-ng-eb-name = Штат Ебоньї
area-ng-ed-name = Штат Едо
area-ng-ek-name = Штат Екіті
area-ng-en-name = Штат Енугу
area-ng-fc-name = Федеральна столична територія (Абуджа)
area-ng-go-name = Штат Гомбе
area-ng-im-name = Штат Імо
area-ng-ji-name = Штат Джигава
area-ng-kd-name = Штат Кадуна
area-ng-kn-name = Штат Кано
area-ng-kt-name = Штат Кацина
area-ng-ke-name = Штат Кеббі
area-ng-ko-name = Штат Когі
area-ng-kw-name = Штат Квара
area-ng-la-name = Штат Лагос
area-ng-na-name = Штат Насарава
area-ng-ni-name = Штат Нігер
area-ng-og-name = Штат Огун
area-ng-on-name = Штат Ондо
area-ng-os-name = Штат Осун
area-ng-oy-name = Штат Ойо
area-ng-pl-name = Штат Плато
area-ng-ri-name = Штат Ріверс
area-ng-so-name = Штат Сокото
area-ng-ta-name = Штат Тараба
area-ng-yo-name = Штат Йобе
area-ng-za-name = Штат Замфара
