# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = جورجيا
country-ge-reintegration = يمكن أن يشمل الدعم المساعدة في بدء مشروع صغير، والتدريب المهني، ومساعدة قصيرة المدة في السكن.
country-iq-name = العراق
country-iq-reintegration = يمكن أن يشمل الدعم المساعدة في بدء مشروع صغير، والمساعدة في إيجاد عمل، والإرشاد النفسي للأشخاص الذين مرّوا بتجارب صعبة.
country-ng-name = نيجيريا
country-ng-reintegration = يمكن أن يشمل الدعم المساعدة في بدء مشروع صغير، والتدريب على حرفة، والمساعدة الطبية لمن يحتاجها.
area-ng-bo-name = ولاية بورنو
area-ng-bo-suspension-reason = السفر إلى هذه المنطقة غير آمن حاليًا، لذلك توقفت المساعدة على العودة إليها مؤقتًا. المساعدة على العودة إلى مناطق أخرى من البلد مستمرة.
country-sn-name = السنغال
country-sn-reintegration = يمكن أن يشمل الدعم المساعدة في بدء مشروع صغير، والتدريب، والمشاركة في مشاريع مجتمعية.
country-gn-name = غينيا
country-gn-reintegration = يمكن أن يشمل الدعم المساعدة في بدء مشروع صغير، والتدريب على حرفة، والمساعدة في تكاليف الدراسة للأطفال.
country-et-name = إثيوبيا
country-et-reintegration = يمكن أن يشمل الدعم المساعدة في بدء مشروع صغير، والتدريب المهني، والإرشاد النفسي.
country-so-name = الصومال
country-so-reintegration = يمكن أن يشمل الدعم المساعدة في تأمين دخل، والتدريب، ومكانًا للإقامة في الأسابيع الأولى.
country-bd-name = بنغلاديش
country-bd-reintegration = يمكن أن يشمل الدعم المساعدة في بدء مشروع صغير، والتدريب المهني، والمساعدة في التعامل مع الديون الناتجة عن الرحلة.
country-pk-name = باكستان
country-pk-reintegration = يمكن أن يشمل الدعم المساعدة في بدء مشروع صغير، والتدريب المهني، والمساعدة الطبية لمن يحتاجها.
country-ma-name = المغرب
country-ma-reintegration = يمكن أن يشمل الدعم المساعدة في بدء مشروع صغير، والتدريب، والمساعدة في العودة إلى الدراسة.
country-tn-name = تونس
country-tn-reintegration = يمكن أن يشمل الدعم المساعدة في بدء مشروع صغير، والتدريب، والإرشاد النفسي.
country-af-name = أفغانستان
country-af-reintegration = يشرح لك مستشار الدعم المتاح، لأن المساعدة على العودة متوقفة مؤقتًا في الوقت الحالي.
country-af-suspension-reason = بسبب الوضع الأمني، توقفت المساعدة على العودة إلى هذا البلد مؤقتًا. لا يمكن توقيع أي موافقة جديدة للعودة إليه.
country-sd-name = السودان
country-sd-reintegration = يشرح لك مستشار الدعم المتاح، لأن المساعدة على العودة متوقفة مؤقتًا في الوقت الحالي.
country-sd-suspension-reason = بسبب النزاع المسلح، توقفت المساعدة على العودة إلى هذا البلد مؤقتًا. لا يمكن توقيع أي موافقة جديدة للعودة إليه.

## Limits, legal help, rights, and what a return changes

country-situation-example = مثال: هنا يصف المركز الوضع الأمني الحالي، واحترام الحقوق، وإمكانية الحصول على السكن والرعاية الصحية والمدارس والعمل في هذا البلد أو هذه المنطقة.
country-situation-source = المصدر: { $source }. حتى تاريخ { $date }.
country-support-limits = الدعم غير مضمون: يعتمد على قواعد البرنامج وأمواله عند وصولك، ولا يستطيع حل كل شيء.

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = ولاية أبيا
area-ng-ad-name = ولاية أداماوا
area-ng-ak-name = ولاية أكوا إيبوم
area-ng-an-name = ولاية أنامبرا
area-ng-ba-name = ولاية باوتشي
area-ng-by-name = ولاية بايلسا
area-ng-be-name = ولاية بينو
area-ng-cr-name = ولاية كروس ريفر
area-ng-de-name = ولاية دلتا
area-ng-eb-name = ولاية إيبوني
area-ng-ed-name = ولاية إيدو
area-ng-ek-name = ولاية إكيتي
area-ng-en-name = ولاية إينوغو
area-ng-fc-name = إقليم العاصمة الاتحادية (أبوجا)
area-ng-go-name = ولاية غومبي
area-ng-im-name = ولاية إيمو
area-ng-ji-name = ولاية جيغاوا
area-ng-kd-name = ولاية كادونا
area-ng-kn-name = ولاية كانو
area-ng-kt-name = ولاية كاتسينا
area-ng-ke-name = ولاية كيبي
area-ng-ko-name = ولاية كوجي
area-ng-kw-name = ولاية كوارا
area-ng-la-name = ولاية لاغوس
area-ng-na-name = ولاية ناصراوا
area-ng-ni-name = ولاية النيجر
area-ng-og-name = ولاية أوغون
area-ng-on-name = ولاية أوندو
area-ng-os-name = ولاية أوسون
area-ng-oy-name = ولاية أويو
area-ng-pl-name = ولاية بلاتو
area-ng-ri-name = ولاية ريفرز
area-ng-so-name = ولاية سوكوتو
area-ng-ta-name = ولاية تارابا
area-ng-yo-name = ولاية يوبي
area-ng-za-name = ولاية زامفارا
