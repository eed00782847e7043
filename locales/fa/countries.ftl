# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = گرجستان
country-ge-reintegration = حمایت می‌تواند شامل کمک برای شروع یک کسب‌وکار کوچک، آموزش شغلی، و کمک کوتاه‌مدت برای مسکن باشد.
country-iq-name = عراق
country-iq-reintegration = حمایت می‌تواند شامل کمک برای شروع یک کسب‌وکار کوچک، کمک برای پیدا کردن کار، و مشاوره برای کسانی باشد که تجربه‌های سختی را پشت سر گذاشته‌اند.
country-ng-name = نیجریه
country-ng-reintegration = حمایت می‌تواند شامل کمک برای شروع یک کسب‌وکار کوچک، آموزش یک حرفه، و کمک پزشکی برای کسانی باشد که به آن نیاز دارند.
area-ng-bo-name = ایالت بورنو
area-ng-bo-suspension-reason = سفر به این منطقه در حال حاضر امن نیست، به همین دلیل کمک برای بازگشت به آنجا به‌طور موقت متوقف شده است. کمک برای بازگشت به بخش‌های دیگر کشور ادامه دارد.
country-sn-name = سنگال
country-sn-reintegration = حمایت می‌تواند شامل کمک برای شروع یک کسب‌وکار کوچک، آموزش، و شرکت در پروژه‌های محلی باشد.
country-gn-name = گینه
country-gn-reintegration = حمایت می‌تواند شامل کمک برای شروع یک کسب‌وکار کوچک، آموزش یک حرفه، و کمک به هزینه‌های مدرسه کودکان باشد.
country-et-name = اتیوپی
country-et-reintegration = حمایت می‌تواند شامل کمک برای شروع یک کسب‌وکار کوچک، آموزش شغلی، و مشاوره باشد.
country-so-name = سومالی
country-so-reintegration = حمایت می‌تواند شامل کمک برای درآمد، آموزش، و جایی برای ماندن در هفته‌های اول باشد.
country-bd-name = بنگلادش
country-bd-reintegration = حمایت می‌تواند شامل کمک برای شروع یک کسب‌وکار کوچک، آموزش شغلی، و کمک برای رسیدگی به بدهی‌هایی باشد که به خاطر سفر پیدا شده‌اند.
country-pk-name = پاکستان
country-pk-reintegration = حمایت می‌تواند شامل کمک برای شروع یک کسب‌وکار کوچک، آموزش شغلی، و کمک پزشکی برای کسانی باشد که به آن نیاز دارند.
country-ma-name = مراکش
country-ma-reintegration = حمایت می‌تواند شامل کمک برای شروع یک کسب‌وکار کوچک، آموزش، و کمک برای برگشتن به مدرسه باشد.
country-tn-name = تونس
country-tn-reintegration = حمایت می‌تواند شامل کمک برای شروع یک کسب‌وکار کوچک، آموزش، و مشاوره باشد.
country-af-name = افغانستان
country-af-reintegration = درباره حمایت، یک مشاور توضیح می‌دهد، چون کمک برای بازگشت در حال حاضر به‌طور موقت متوقف است.
country-af-suspension-reason = به دلیل وضعیت امنیتی، کمک برای بازگشت به این کشور به‌طور موقت متوقف شده است. برای این کشور نمی‌توان رضایت جدیدی امضا کرد.
country-sd-name = سودان
country-sd-reintegration = درباره حمایت، یک مشاور توضیح می‌دهد، چون کمک برای بازگشت در حال حاضر به‌طور موقت متوقف است.
country-sd-suspension-reason = به دلیل درگیری مسلحانه، کمک برای بازگشت به این کشور به‌طور موقت متوقف شده است. برای این کشور نمی‌توان رضایت جدیدی امضا کرد.

## Limits, legal help, rights, and what a return changes

country-ge-situation = نمونه — { country-ge-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
country-iq-situation = نمونه — { country-iq-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
country-ng-situation = نمونه — { country-ng-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
country-sn-situation = نمونه — { country-sn-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
country-gn-situation = نمونه — { country-gn-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
country-et-situation = نمونه — { country-et-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
country-so-situation = نمونه — { country-so-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
country-bd-situation = نمونه — { country-bd-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
country-pk-situation = نمونه — { country-pk-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
country-ma-situation = نمونه — { country-ma-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
country-tn-situation = نمونه — { country-tn-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
country-af-situation = نمونه — { country-af-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
country-sd-situation = نمونه — { country-sd-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
area-ng-bo-situation = نمونه — { area-ng-bo-name }: در اینجا مرکز وضعیت کنونی امنیت، رعایت حقوق، و دسترسی به مسکن، درمان، مدرسه و کار را در این کشور یا منطقه شرح می‌دهد.
country-situation-source = منبع: { $source }. تا تاریخ { $date }.
country-support-limits = حمایت تضمین‌شده نیست: به قوانین و بودجه برنامه در زمان رسیدن شما بستگی دارد و نمی‌تواند همه چیز را حل کند.

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = ایالت آبیا
area-ng-ad-name = ایالت آداماوا
area-ng-ak-name = ایالت آکوا ایبوم
area-ng-an-name = ایالت آنامبرا
area-ng-ba-name = ایالت باوچی
area-ng-by-name = ایالت بایلسا
area-ng-be-name = ایالت بنوئه
area-ng-cr-name = ایالت کراس ریور
area-ng-de-name = ایالت دلتا
area-ng-eb-name = ایالت ابونی
area-ng-ed-name = ایالت ادو
area-ng-ek-name = ایالت اکیتی
area-ng-en-name = ایالت انوگو
area-ng-fc-name = قلمرو پایتخت فدرال (ابوجا)
area-ng-go-name = ایالت گومبه
area-ng-im-name = ایالت ایمو
area-ng-ji-name = ایالت جیگاوا
area-ng-kd-name = ایالت کادونا
area-ng-kn-name = ایالت کانو
area-ng-kt-name = ایالت کاتسینا
area-ng-ke-name = ایالت کبی
area-ng-ko-name = ایالت کوگی
area-ng-kw-name = ایالت کوارا
area-ng-la-name = ایالت لاگوس
area-ng-na-name = ایالت ناساراوا
area-ng-ni-name = ایالت نیجر
area-ng-og-name = ایالت اوگون
area-ng-on-name = ایالت اوندو
area-ng-os-name = ایالت اوسون
area-ng-oy-name = ایالت اویو
area-ng-pl-name = ایالت پلاتو
area-ng-ri-name = ایالت ریورز
area-ng-so-name = ایالت سوکوتو
area-ng-ta-name = ایالت تارابا
area-ng-yo-name = ایالت یوبه
area-ng-za-name = ایالت زامفارا
