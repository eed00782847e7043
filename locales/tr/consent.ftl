# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = Ülkenize geri dönmek için yardım almayı kabul ediyor musunuz?
statement-return-assistance-detail = Bu, daha önce anlatıldığı gibi belgeler, yolculuk ve varışınız için yardım demektir.
statement-personal-data-title = Bilgilerinizin dönüşünüzü ve desteği düzenlemek için kullanılmasını kabul ediyor musunuz?
statement-personal-data-detail = Bunları dönüşünüzü düzenleyen personel programın dosya sisteminde ve ülkenizde destek veren ortak kuruluş görür. Başka kimin neyi aldığını bilgileriniz hakkındaki sayfa anlatır.
statement-share-identity-title = Kimlik bilgilerinizin, sadece seyahat belgelerini almak için ülkenizin yetkilileriyle paylaşılmasını kabul ediyor musunuz?
statement-share-identity-detail = Yalnızca onayınız geçerli olduktan sonra; paylaşıldıktan sonra geri alınamaz. Bu olmadan dönüş yardımı devam edemez. Neden ayrıldığınız ya da bir sığınma başvurusu onlarla asla paylaşılmaz.
statement-share-health-title = Sağlığınızla ilgili bilgilerin, sizinle birlikte yolculuk eden sağlık görevlisiyle paylaşılmasını kabul ediyor musunuz?
statement-share-health-detail = Bu, yolda size bakmalarına yardım eder. Hayır diyebilirsiniz ve yine de yolculuk edebilirsiniz.
statement-contact-after-return-title = Vardıktan sonra nasıl olduğunuzu ve desteğin nasıl gittiğini öğrenmek için sizinle iletişime geçilmesini kabul ediyor musunuz?
statement-contact-after-return-detail = Bu, sizin ve başkaları için desteği iyileştirmeye yardım eder. Hayır diyebilirsiniz.

## Questions that check understanding

question-change-mind = İmzaladıktan sonra fikrinizi yine de değiştirebilir misiniz?
question-change-mind-yes = Evet, yola çıkana kadar
question-change-mind-no = Hayır, imza kesindir

question-other-options = Geri dönmek, sizin tek seçeneğiniz mi?
question-other-options-only-return = Evet, tek seçenek bu
question-other-options-several = Hayır, başka seçenekler de olabilir

question-when-it-counts = Onayınız ne zaman geçerli olur?
question-when-it-counts-at-once = İmzaladığım anda
question-when-it-counts-after-waiting = Düşünme süresi bittikten sonra

question-who-sees-data = Bilgilerinizi kim görebilir?
question-who-sees-data-anyone = İsteyen herkes
question-who-sees-data-only-named = Yalnızca dönüşüm için adı geçenler, bazıları yalnızca evet dediysem

question-free-choice = Bugün imzalamak zorunda mısınız?
question-free-choice-must-sign = Evet, imzalamak zorundayım
question-free-choice-my-choice = Hayır, bu benim özgür seçimim

question-help-after = Ülkenize vardıktan sonra yardım var mı?
question-help-after-yes = Evet, yeniden başlamak için destek olabilir
question-help-after-no = Hayır, yardım havalimanında biter

## Limits, legal help, rights, and what a return changes

question-support-sure = Döndükten sonra destek verileceği kesin mi?
question-support-sure-yes = Evet, herkes alır
question-support-sure-no = Hayır, programa ve yere bağlıdır
question-sharing-undo = Kimliğiniz ülkenizin yetkilileriyle paylaşıldıktan sonra bu geri alınabilir mi?
question-sharing-undo-yes = Evet, daha sonra geri alabilirim
question-sharing-undo-no = Hayır, geri alınamaz
