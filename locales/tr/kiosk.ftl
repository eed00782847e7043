# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note (tr): the informal-polite "siz" form is used throughout. "Consent" is
# rendered as "onay" (plain word, as in IOM Türkiye materials on voluntary return);
# "reference code" as "referans kodu"; "counsellor" as "danışman".

## Start screen

kiosk-name = Bilgi ve seçenekler
language-choose = Dilinizi seçin
# A button that plays the name of the language out loud.
language-listen = Dinle
start-withdraw = Onayı geri çek
start-talk-counsellor = Bir danışmanla konuş

## Welcome and privacy

welcome-title = Hoş geldiniz
welcome-what = Bu ekran, burada kalmak ya da geri dönmek konusundaki bütün seçeneklerinizi anlatır. Sizin için, sizin dilinizde hazırlandı.
welcome-free = Özgürce karar verirsiniz ve kimse sizi zorlayamaz. Hayır demek, koruma ya da hukuki danışmanlık isteme hakkınızı ortadan kaldırmaz. Burada sizin için neyi değiştirdiğini bir danışmana sorun.
welcome-nothing-recorded = Sonunda imza atmazsanız, burada okuduğunuz ya da dokunduğunuz hiçbir şey kaydedilmez.
welcome-screen-clears = Ekrana bir süre dokunmazsanız ekran kendiliğinden temizlenir. Böylece sonraki kişi sizinle ilgili hiçbir şey görmez.
welcome-start = Başla

## Age

age-question = 18 yaşında ya da daha büyük müsünüz?
age-yes = Evet, 18 yaşındayım ya da daha büyüğüm
age-no = Hayır, 18 yaşından küçüğüm
age-unsure = Yaşımdan emin değilim
minor-info = Buradaki bütün bilgileri okuyabilirsiniz. 18 yaşından küçük olduğunuz için size bir danışman yardım edecek. Anne ya da babanız, vasiniz ya da yasal temsilciniz de sizinle birlikte olacak.
minor-counsellor = Lütfen bir danışman isteyin. Burada tek başınıza hiçbir şey imzalayamazsınız.

## Moving around

nav-back = Geri
nav-next = İleri
nav-home = Baştan başla
read-aloud = Sesli oku
# Shown instead of the play button when no recording exists in this language.
audio-missing = Bu dilde henüz ses kaydı yok
audio-stop = Durdur
audio-slower = Daha yavaş
audio-normal-speed = Normal hız
audio-failed = Bu cihazda ses çalınamıyor. Lütfen bir görevliye söyleyin.
text-size = Yazı boyutu
high-contrast = Yüksek kontrast

## Always on every consent screen, as big as "Next"

action-more-time = Daha fazla zamana ihtiyacım var
action-no-decision = Karar vermek istemiyorum
action-talk-counsellor = Bir danışmanla konuşmak istiyorum
action-pressured = Baskı altında hissediyorum / Özel olarak konuşmak istiyorum
pressured-noted = Bize söylediğiniz için teşekkür ederiz. Personele, burada birinin adı verilmeden özel olarak konuşmak istediği bildirildi. Danışma masasına sorun ya da burada bekleyin. Sizinle gelen kişiler olmadan, kimsenin duymadığı bir odada ve merkezde varsa tercih ettiğiniz cinsiyetten bir danışman ya da tercümanla konuşmak isteyebilirsiniz. Devam etmek zorunda değilsiniz.
more-time-noted = İhtiyacınız olan kadar zaman ayırın. Başka bir gün tekrar gelebilirsiniz. Hiçbir şey kaydedilmedi.

## Overview of all options

overview-options-heading = Seçenekleriniz
overview-open-option = Devamını oku

## Countries

country-status-available = Geri dönüş için yardım alınabilir.
# $date: the day help was paused, already formatted for the language.
country-status-suspended = Geri dönüş yardımı { $date } tarihinden beri geçici olarak durduruldu.
country-status-area-suspended = Bu ülkenin bir bölümüne geri dönüş yardımı geçici olarak durduruldu.
country-not-selectable = Şu anda geri dönüş için bu ülkeyi seçemezsiniz.
country-choose = Ülkeyi seçin
region-question = Hangi bölgeye dönüyorsunuz?
region-paused = buraya dönüş yardımı geçici olarak durduruldu
region-other = Bu ülkenin başka bir bölgesi
region-not-selectable = Bu bölgeye dönüş yardımı geçici olarak durduruldu. Şu anda dönüş için bu bölgeyi seçemezsiniz. Bir danışman size daha fazlasını anlatabilir.

## Consent steps

step-choose-title = Ne yapmak istersiniz?
step-choose-intro = Birini seçin. Sizin yerinize hiçbir şey seçilmez.
step-items-title = Neyi onaylıyorsunuz
step-items-intro = Her soruyu ayrı ayrı cevaplayın. Bazılarına evet, bazılarına hayır diyebilirsiniz.
item-yes = Evet
item-no = Hayır
item-required = Geri dönüş yardımı için gerekli
item-optional = Buna hayır deseniz de geri dönüş yardımı alabilirsiniz
step-check-title = Birlikte kontrol edelim
step-check-intro = Bu sorular bir sınav değil. Her şeyi iyi anlatıp anlatmadığımızı görmemize yardım eder.
check-right = Evet, doğru.
check-explain-again = Bu kısmı size tekrar anlatalım.
step-review-title = Lütfen imzalamadan önce okuyun
step-review-intro = İmzalamak üzere olduğunuz her şey burada.
step-sign-title = İmza
sign-draw = Parmağınızla imzalayın
sign-type = Adınızı yazın
sign-typed-as = Adınız kaydedileceği şekliyle:
sign-mark = Bir işaret koyun
sign-mark-needs-witness = İşaretle imza için bir tanık gerekir. Lütfen bir danışmandan yanınızda olmasını isteyin.
sign-clear = Sil
sign-pad-empty = Henüz bir şey çizilmedi. Çizemiyorsanız yukarıdan başka bir yol seçin ya da bir danışmana sorun.
sign-pad-drawn = İmzanız çizildi.
sign-confirm = İmzalıyorum
decline-confirm = Kabul etmiyorum

## Receipt

receipt-title = Belgeniz
receipt-code = Referans kodunuz
receipt-agreed = Neyi onayladınız
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = Onayınız { $date } saat { $time } öncesinde geçerli olamaz. Ayrılmadan önce istediğiniz zaman, gerekçe göstermeden geri alabilirsiniz.
receipt-withdraw-how = Onayınızı geri çekmek için bu ekrana tekrar gelin ve "Onayı geri çek" seçeneğine dokunun ya da bir danışmana söyleyin. Bunun için referans kodunuz gerekecek.
receipt-keep-code = Bu kodu güvenli bir yerde saklayın. Fotoğrafını çekin ya da basılı bir kopyasını isteyin.

## Withdrawal

withdraw-title = Onayı geri çekme
withdraw-enter-code = Makbuzunuzdaki referans kodunu aşağıdaki tuşlarla girin.
withdraw-key-delete = Sil
withdraw-key-clear = Tümünü sil
withdraw-lost-code = Kodumu kaybettim
withdraw-code-typo = Bu kod doğru görünmüyor. Lütfen her karakteri kontrol edin. Bir karakter yanlış yazılmış ya da iki karakterin yeri değişmiş olabilir.
# $expected: characters in a code; $found: characters typed.
withdraw-code-length = Bir referans kodunda { $expected } karakter vardır. Siz { $found ->
        [one] bir karakter
       *[other] { $found } karakter
    } yazdınız.
withdraw-not-found = Bu koda ait bir onay yok. Lütfen kodu kontrol edin ya da bir danışmana sorun.
withdraw-what = Şu onay geri çekilecek:
withdraw-confirm = Onayımı geri çek
withdraw-done = Onayınız geri çekildi. Bu onaya dayanarak hiçbir işlem yapılmayacak. Belgeniz burada.
withdraw-closed = Bu onay artık burada geri çekilemez. Lütfen bir danışmanla konuşun.

## Time

# $seconds: seconds left before the screen clears.
idle-warning = Hâlâ burada mısınız? Ekran { $seconds ->
        [one] bir saniye
       *[other] { $seconds } saniye
    } içinde temizlenecek.
idle-continue = Hâlâ buradayım
leave-confirm = Çıkıp girdiklerinizi silmek istiyor musunuz?
leave-confirm-yes = Evet, sil ve çık
leave-confirm-no = Hayır, geri dön
example-data = Örnek bilgi: bu kiosktaki ülke bilgileri gerçek değildir. Bunlara güvenmeyin; personele sorun.
rule-item-unanswered = Lütfen her soruyu Evet ya da Hayır ile yanıtlayın. Henüz yanıtlanmamış sorular işaretlenmiştir.
rule-generic = Henüz imzalanamaz: bir adım eksik. Lütfen adımları yeniden gözden geçirin ya da bir danışmana sorun.
rule-draft-locale-alone = Bu dildeki metni henüz kimse gözden geçirmedi. Burada her şeyi okuyabilirsiniz. İmzalamak için bir danışman metni sizinle, isterseniz bir tercümanla birlikte inceleyecek.
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [one] Düşünmek için bir saatiniz kaldı
       *[other] Düşünmek için { $hours } saatiniz kaldı
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.

month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
# $day, $year: numbers; $month: the month's name from above.
date-long = { $day } { $month } { $year }
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = Bu ülkedeki ortak kuruluşun ofisi

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = Bu, şu anda kaydedilemedi. Girdiğiniz hiçbir şey kaybolmadı. Lütfen bir görevliden yardım isteyin.
# The person asked for a counsellor.
counsellor-ask = Lütfen bir görevliye söyleyin: yanınıza bir danışman getirecek. Ya da başka bir zaman tekrar gelebilirsiniz.

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = Personel
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = Merkez bu ülkeye geri dönüş yardımını geçici olarak durdurdu. Bir danışman size daha fazla bilgi verebilir.

## Guided session (a counsellor sits with the person)

guided-sign-mark = İşaretle imzalayın (tanığın önünde)
guided-representative-signs = Vasinin ya da yasal temsilcinin imzası: adını yazın
guided-representative-confirm = Vasi ya da temsilci imzalıyor
guided-signed-by = İmzalayan: { $role }
guided-signature-taken = İmza alındı. Herkes imzaladığında "Tamamla" düğmesine basın.
guided-complete = Tamamla
guided-host-alongside = Ev sahibi ülkenin dilinde, danışman için:

## Roles of the people present

role-migrant = Kişinin kendisi
role-guardian = Vasi
role-legal-representative = Yasal temsilci
role-counsellor = Danışman
role-interpreter = Tercüman
role-witness = Tanık

## The printed receipt

receipt-pdf-answers = Cevaplarınız:
receipt-pdf-withdrawn-at = Geri çekildi: { $date }, saat { $time }.
receipt-pdf-present = Orada bulunanlar: { $roles }
receipt-pdf-centre = İletişim: { $contact }
receipt-pdf-version = Bilgi sürümü: { $version }
receipt-print = Saklamak için bir kopya yazdır
receipt-printing = Yazdırılıyor…
receipt-printed = Yazdırıldı. Lütfen kopyanızı yazıcıdan alın.
receipt-print-failed = Yazıcı çalışmadı. Hiçbir şey kaybolmadı: onayınız kaydedildi.
receipt-print-again = Yeniden yazdırmayı dene
receipt-show-code = Bunun yerine kodu ekranda göster

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = Devam
action-continue-to-signing = İmzaya geç
action-choose-this-country = Bu ülkeyi seç
action-back-to-options = Tüm seçeneklere dön
action-finished = Bitirdim
step-bar-options = Seçenekler
step-bar-country = Ülke
step-bar-agree = Onay
step-bar-check = Kontrol
step-bar-sign = İmza
step-bar-receipt = Makbuz
step-bar-where = Adım { $n } / { $total }: { $name }
step-bar-number = { $n }
part-of = Bölüm { $n } / { $total }
item-of = Soru { $n } / { $total }
review-change = Değiştir
review-counts-from = Şimdi imzalarsanız, onayınız { $date } saat { $time } öncesinde geçerli olamaz.
receipt-interview = Geçerli olmadan önce bir danışman, bunun hâlâ özgür seçiminiz olduğunu kontrol etmek için sizinle ayrıca özel olarak görüşecek.
receipt-saved = Onayınız kaydedildi
receipt-next-steps = Bundan sonra ne olacak
sign-declaration = İmzalayarak burada okuduğum ve kontrol ettiğim şeyleri kabul ettiğimi söylüyorum.

## Limits, legal help, rights, and what a return changes

overview-open-rights = Ne seçerseniz seçin haklarınız
action-legal-help = Hukuki yardım alın
contact-legal-aid = Ücretsiz hukuki danışmanlık
contact-asylum-office = Sığınma başvurusu ya da itiraz nereye yapılır
contact-trafficking-help = İnsan ticareti mağdurları için gizli yardım
complaints-contact = Şikâyetler, danışmanlar aracılığı olmadan

## A label and its value on one line

label-value = { $label }: { $value }
