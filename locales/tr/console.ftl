# The counsellor's console. Staff read these; the person at the kiosk never does.
# Translator note (tr): staff are addressed with "siz"; terms follow kiosk.ftl
# (danışman, onay, geri çekmek, imza, tanık, vasi, yasal temsilci, tercüman,
# düşünme süresi, referans kodu). Counts are written as "label: number".

console-signed-in-as = { $account } ({ $role })
console-role-admin = yönetici
console-role-counsellor = danışman
console-role-editor = editör
console-sign-out = Oturumu kapat
console-to-kiosk = Ekranı kiosk moduna geri ver
console-back = Geri

## Setup and sign-in

console-setup-title = İlk kullanım: yönetici hesabını oluşturun
console-setup-intro = Bu cihazda henüz hiç hesap yok. Danışmanların hesaplarını daha sonra yönetici oluşturur.
console-setup-create = Yönetici hesabını oluştur
console-setup-done = Yönetici hesabı oluşturuldu. Şimdi oturum açın.
console-sign-in-title = Personel girişi
console-account-name = Hesap adı
console-passphrase = Parola ifadesi ya da PIN
console-sign-in = Oturum aç
console-wrong-credentials = Bu ad ve parola ifadesi hiçbir hesapla eşleşmiyor.
console-locked = Çok fazla hatalı deneme. Bu hesap daha sonra tekrar deneyebilir. Kalan saniye: { $seconds }.
console-locked-idle = Konsol bir süre kullanılmadığı için kendini kilitledi. Yeniden oturum açın.
console-sign-in-first = Önce oturum açın.
console-editor-not-here = Editör hesapları onay kayıtları için değil, içerik ve çeviriler için kullanılır.
console-account-exists = Bu adla bir hesap zaten var.
console-bad-name = Hesap adı 2 ile 32 arasında karakterden oluşur: harf, rakam, nokta, tire ya da alt çizgi.
console-weak-secret = Parola ifadesi ya da PIN en az 6 karakter olmalıdır.
console-already-set-up = Hesaplar zaten var: yeni hesapları bir yönetici ekler.
console-admin-only = Bunu yalnızca bir yönetici yapabilir.

## Dashboard

console-dashboard-title = Bu cihazdaki onaylar
console-concerns-title = Kioskta şimdi size ihtiyaç var: { $count }
console-concern-pressured = baskı altında hissediyor ve personelle özel konuşmak istedi
console-concern-lost-code = kodunu kaybetti ve onayını geri çekmek istiyor
console-concern-seen = Gidiyorum
console-guided-start = Rehberli bir oturum başlat
console-export = Dışa aktar
console-suspend = Bir varış ülkesini askıya al
console-review-content = İçerik değişikliğinden sonra onayları gözden geçir
console-list-all = Tümü ({ $count })
console-list-cooling-off = Düşünme süresinde ({ $count })
console-list-effective = Geçerli ({ $count })
console-list-flagged = İşaretli ({ $count })
console-list-needs-review = Gözden geçirilmeli ({ $count })
console-list-withdrawn = Geri çekilen ({ $count })
console-list-departed = Ayrılış yapıldı ({ $count })
console-state-cooling-off = düşünme süresinde
console-state-effective = geçerli
console-state-flagged = işaretli
console-state-needs-review = gözden geçirilmeli
console-state-withdrawn = geri çekildi
console-state-departed = ayrılış yapıldı
console-state-declined = kişi kabul etmedi
console-hours-left = kalan saat: { $hours }
console-search = Ara: kod, dil veya varış ülkesi
console-list-empty = Bu listede onay yok.
console-list-more = Gösterilen: { $shown } / { $count }. Listeyi daraltmak için kodun daha fazlasını yazın.
console-open = Aç: { $code }

## Opening a record

console-reason-title = Bu kaydı neden açıyorsunuz?
console-reason-intro = Bir kaydın açılması, hesabınız ve gerekçenizle birlikte günlüğe yazılır.
console-reason = Gerekçe
console-reason-needed = Lütfen bir gerekçe yazın (birkaç kelime).
console-open-confirm = Kaydı aç
console-not-found = Bu onay bulunamadı.
console-record-title = Onay kaydı
console-fact-code = Referans kodu: { $value }
console-fact-state = Durum: { $value }
console-fact-signed = İmza: { $value }
console-fact-cooling-off = Düşünme süresinin bitişi: { $value }
console-fact-destination = Varış ülkesi: { $value }
console-fact-language = Dil: { $value }
console-fact-content = İçerik sürümü: { $value }
console-fact-departed = Ayrılış: { $value }
console-fact-escort = Refakatçi: { $value }
console-fact-reception = Karşılama düzenlemesi: { $value }
console-fact-household = Hane: { $value }
console-fact-review = Gözden geçirilme nedeni: { $value }
console-review-content-changed = gösterilen bilgiler imzadan sonra değişti
console-review-child-objection = çocuk itiraz etti
console-flag-pressure = Kişi baskı altında hissettiğini söyledi ya da özel olarak konuşmak istedi.
console-flag-re-explained = Anlama sorularından birinin cevabı için konunun tekrar anlatılması gerekti.
console-present = Hazır bulunanlar:
console-items = Cevaplar:
console-withdraw = Kişinin isteği üzerine geri çek
console-departure = Ayrılışı kaydet
console-reconsent = Yeni bir imza al
console-saved = Kaydedildi.
console-conflict = Az önce başka biri bu onayı değiştirdi. Hiçbir şey kaydedilmedi. Değişikliği görmek için onayı yeniden açın.
console-failed = İşlem başarısız oldu: { $why }

## Re-consent

console-reconsent-title = İmzadan bu yana neler değişti
console-reconsent-intro = Yeni metni kişiyle birlikte, kişinin kendi dilinde okuyun. Sonra kişi yeniden imzalar ya da onayını geri çeker.
console-reconsent-not-needed = Bu onayın gözden geçirilmesi gerekmiyor.
console-reconsent-no-text-change = Gösterilen metinler aynı; gözden geçirme başka bir nedenle gerekti.
console-reconsent-before = İmza sırasında
console-reconsent-now = Şimdi
console-reconsent-gone = (artık gösterilmiyor)
console-reconsent-sign-as = Yazılan ad, rol: { $role }
console-reconsent-sign = Yeni imzayı kaydet

## Suspension and content review

console-suspend-title = Geri dönüş yardımını askıya al
console-suspend-intro = Bu varış ülkesi için bekleyen bütün onaylar hemen gözden geçirmeye alınır ve kiosk bu ülkeyi artık sunmaz.
console-suspend-area = Yalnızca bir bölge (ISO 3166-2 kodu, isteğe bağlı)
console-suspend-reason = Gerekçe
console-suspend-confirm = Askıya al
console-suspend-unknown-country = Listeden bir ülke seçin.
console-suspend-done = Askıya alındı. Gözden geçirmeye alınan onaylar: { $count }.
console-review-done = Eski bilgilerle imzalanıp gözden geçirmeye alınan onaylar: { $count }.

## Export

console-export-title = Vaka sistemine aktar
console-export-intro = Bu cihazdaki her şey, klasördeki tek bir dosyaya yazılır.
console-export-folder = Klasör
console-export-jsonl = JSON Lines (mühürlü olaylar)
console-export-csv = CSV (her onay için bir satır)
console-export-fhir = FHIR R4 Bundle
console-exported = { $path } konumuna yazılan kayıtlar: { $count }

## Guided session

console-guided-title = Rehberli oturum: kimler hazır bulunuyor
console-guided-language = Kişinin dili
console-guided-adult = 18 yaş ve üstü
console-guided-minor = 18 yaşından küçük
console-guided-capacity-doubt = Kişinin karar verme yeterliliği konusunda şüphelerim var
console-guided-interpreter = Hazır bulunan tercüman: dil (yoksa boş bırakın)
console-guided-witness = Hazır bulunan tanık: ad (işaretle imza için gerekli)
console-guided-household = Hane referansı, aynı ailenin onaylarında ortak (yoksa boş bırakın)
console-guided-representative = Vasinin ya da yasal temsilcinin adı
console-guided-best-interests = Üstün yarar kararının referans numarası
console-guided-child-view = Çocuğun kendi görüşü
console-guided-child-agrees = Çocuk kabul ediyor (piktogram)
console-guided-child-objects = Çocuk itiraz ediyor (piktogram)
console-guided-assent = Kabul
console-guided-objection = İtiraz
console-guided-child-words = Çocuğun kendi sözleri
console-guided-unaccompanied = Çocuk burada ebeveyni ya da sorumlu yetişkini olmadan mı bulunuyor?
console-guided-unaccompanied-yes = Refakatsiz çocuk
console-guided-unaccompanied-no = Ebeveyni ya da sorumlu yetişkinle
console-guided-escort = Yolculukta refakatçi: kurum ve referans (isim yazmadan)
console-guided-reception = Dönülen ülkedeki karşılama düzenlemesinin referansı
console-guided-covers-separation = Üstün yarar kararı ebeveynlerden ayrı bir dönüşü kapsıyor
console-guided-begin = Kişiyle başla

## Why the rules refuse

rule-mark-without-witness = İşaretle imza için bu oturumda hazır bulunan bir tanık gerekir.
rule-guardian-signature-missing = Bir çocuğun onayı için vasinin ya da yasal temsilcinin imzası gerekir.
rule-child-view-missing = Önce çocuğun kendi görüşünü kaydedin (kabul ya da itiraz).
rule-best-interests-reference-missing = Bir çocuğun geri dönüş onayı için üstün yarar kararının referans numarası gerekir.
rule-representative-signature-missing = Karar verme yeterliliği şüpheli: yasal temsilci imzalamalıdır.
rule-migrant-signature-missing = Kişi henüz imzalamadı.
rule-empty-signature = Bir imza boş.
rule-unknown-signer = Hazır bulunan olarak kaydedilmemiş biri imzaladı.
rule-not-withdrawable = Bu onay şu anki durumunda geri çekilemez.
rule-already-departed = Ayrılış kaydedildi: onay artık geri çekilemez.
rule-not-departable = Ayrılış ancak onay geçerli olduktan sonra kaydedilebilir.
rule-not-awaiting-reconsent = Yeni imza yalnızca gözden geçirilmesi gereken bir onay için alınır.

## Güvenceler: işaretler, teyit görüşmesi, ayrılış, kodsuz geri çekme

console-list-on-hold = Danışman bekleyenler ({ $count })
console-state-on-hold = danışman bekliyor (açık bir işaret veya teyit görüşmesi)
console-find-without-code = Kod olmadan geri çek
console-flag-capacity-doubt = Bir danışman karar verme yetisi hakkında şüphe kaydetti.
console-flag-child-objection = Çocuk itiraz etti.
console-flags-open = Açık işaretler: her biri çözülene kadar onay yürürlüğe giremez ve ayrılış kaydedilemez.
console-flag-reason = Çözümün gerekçesi
console-flag-cleared = Özel görüşmeden sonra kaldırıldı
console-flag-referred = Yönlendirildi (açık kalır)
console-flag-review = İncelemeye: yeni bir imza, çocuğun görüşü yeniden alınır
console-flag-resolution = { $flag } Çözüm: { $outcome }. { $reason }
console-fact-interview = Teyit görüşmesi: { $outcome }, { $when }
console-fact-departure-corrected = Ayrılış düzeltildi { $when }: { $reason }
console-confirmation = Teyit görüşmesi
console-confirmation-not-needed = Bu onay bir teyit görüşmesi beklemiyor.
console-confirmation-title = Özel teyit görüşmesi
console-confirmation-intro = Kişiyle yalnız konuşun, gerekirse tercümanla. Her soruyu sorun; onay ancak düşünme süresinden ve bir teyitten sonra yürürlüğe girer.
console-confirmation-interpreter-language = Tercüman: dil (yoksa boş bırakın)
console-confirmation-interpreter-id = Tercüman: liste numarası
console-confirmation-others = Odada başka kim var:
console-confirmation-fear = Kişi dönüşte zarar görmekten korkuyor mu?
console-confirmation-fear-none = Korku dile getirilmedi
console-confirmation-fear-asylum-info = Korku dile getirildi: sığınma bilgisi verildi
console-confirmation-referred = Yönlendirme yapıldı
console-confirmation-signs = İnsan ticareti veya şiddet belirtisi?
console-confirmation-signs-none = Görülmedi
console-confirmation-fitness = Sağlık ve yolculuğa uygunluk
console-confirmation-fit = Yolculuğa uygun
console-confirmation-fit-with-support = Destekle uygun (refakatçi, ilaç)
console-confirmation-not-fit = Şu an yolculuğa uygun değil
console-confirmation-legal = Bağımsız hukuki danışmanlık
console-confirmation-legal-offered = Önerildi, henüz karar yok
console-confirmation-legal-taken = Önerildi ve kabul edildi
console-confirmation-legal-declined = Önerildi ve reddedildi
console-confirmation-detained = Kişi gözaltında mı?
console-confirmation-person = Kişi kendi sözleriyle dönmek istediğini teyit etti mi?
console-confirmation-confirmed = Kaydet: teyit edildi
console-confirmation-outcome-referred = Kaydet: yönlendirildi (beklemede kalır)
console-confirmation-withdrawn = Kaydet: kişi onayını geri çekiyor
console-reconfirm-departure = Kişi bugün yeniden teyit etti
console-departure-correction-reason = Ayrılış neden yanlışlıkla kaydedildi
console-departure-correct = Ayrılışı düzelt
console-find-title = Kod olmadan geri çek
console-find-intro = Kişi burada ve kodunu kaybetti. Neyi hatırladığını sorun; en az iki bilgi verin. Her bilgi eşleşmeli.
console-find-date = İmza günü (YYYY-AA-GG)
console-find-language = Okuduğu dil (ör. ar)
console-find-destination = Dönüş ülkesi (ör. GE)
console-find-code = Kodun bir kısmı
console-find-search = Bul
console-find-two-facts = En az iki bilgi verin.
console-find-too-many = Üçten fazla onay eşleşiyor: başka bir bilgi isteyin.
console-find-none = Hâlâ geri çekilebilen hiçbir onay tüm bilgilerle eşleşmiyor.
console-find-reason = Geri çekmenin gerekçesi
console-find-person-present = Kişi burada, yanımda
console-withdrawn-without-code = Geri çekildi. Kişiye bir geri çekme makbuzu verin.
rule-held = Bu onay henüz geçerli değil: açık bir işaret var veya teyit görüşmesi onu teyit etmedi.
rule-flag-not-open = Bu işaret bu onayda açık değil.
rule-not-awaiting-safeguard = Bu onayda şu an çözülecek veya teyit edilecek bir şey yok.
rule-interview-incomplete = Görüşmenin yanıtları teyide izin vermiyor (kişinin teyidi, bekleyen yönlendirme, yolculuğa uygunluk veya gözaltında hukuki danışmanlık).
rule-reason-missing = Lütfen bir gerekçe yazın.
rule-reconfirmation-missing = Ayrılış kaydedilmeden önce kişi bugün, özel olarak yeniden teyit etmeli.
rule-not-departed = Kaydedilmiş bir ayrılış yok.
rule-not-identified = Kod olmadan geri çekme, kişinin burada olmasını ve eşleşen en az iki bilgiyi gerektirir.
rule-child-objection-needs-review = Bir çocuğun itirazı kaldırılamaz: onayı incelemeye alın ya da yönlendirin.
rule-escort-missing = Refakatsiz bir çocuğun dönüşü için refakatçinin kaydedilmesi gerekir.
rule-reception-arrangement-missing = Refakatsiz bir çocuğun dönüşü için dönülen ülkedeki karşılama düzenlemesinin referansı gerekir.
rule-household-apart = Bir çocuğun onayı, aynı haneden bir ebeveynin onayıyla (aynı ülkeye, yürürlükte) ilerler; üstün yarar kararı ayrı bir dönüşü kapsamıyorsa.
console-fact-waiting-for = Beklenen: { $value }
console-fact-shareable-from = Merkezden çıkan veriler şu tarihten itibaren paylaşılabilir: { $value }
console-confirmation-unanswered = Görüşmeyi kaydetmeden önce her soruyu yanıtlayın.
console-hold-household = aynı haneden bir ebeveynin onayı
console-suspend-unknown-area = Bu ülke için listelenen bölgelerden birini ya da ülkenin tamamını seçin.
console-suspend-whole-country = Ülkenin tamamı
console-suspensions-active = Bu konsoldan askıya alınanlar, yürürlükte:
console-suspension-line = { $destination }, { $when } tarihinden beri: { $reason }
console-lift = Bu askıyı kaldır
console-lift-title = Askıyı kaldır
console-lift-intro = Askı kaldırılınca kiosk bu varış yerini yeniden sunar. Bu askı yüzünden gözden geçirmeye alınan onaylar orada kalır: her biri ancak yeni bir imzayla devam eder ya da geri çekilir.
console-lift-count = Bu askı yüzünden gözden geçirmede olan onaylar: { $count }
console-lift-content-still = İçerik (countries.toml) de bu varış yerini askıya alıyor: içerik değişene kadar askıda kalır.
console-lift-reason = Neden kaldırılıyor? (kayıt için)
console-lift-confirm = Askıyı kaldır
console-lift-done = Askı kaldırıldı. Hâlâ gözden geçirmede olan, her biri yeni bir imza bekleyen onaylar: { $count }
console-lift-not-active = Bu askı artık yürürlükte değil.
console-reconsent-region = Dönüş bölgesi: kişiye yeniden sorun.
rule-area-not-chosen = Bu ülkeye dönüş, kişinin döndüğü bölgeyi listelenenler arasından belirtir.
rule-unaccompanied-unanswered = Bir çocuk için önce burada ebeveyni ya da sorumlu yetişkini olmadan bulunup bulunmadığını yanıtlayın: evet ya da hayır.

## The table and its queue

console-needs-you-title = Şimdi size ihtiyaç duyan onaylar: { $count }
console-needs-you-none = Kuyrukta şu an size ihtiyaç duyan bir şey yok.
console-needs-you-more = Kuyrukta { $count } tane daha: hepsini görmek için aşağıdan bir liste seçin.
console-urgent-flag = açık işaret
console-chip-on-hold = danışman bekliyor
console-urgent-confirmation = teyit görüşmesi zamanı
console-urgent-cooling-off = düşünme süresi bugün bitiyor
console-column-code = Kod
console-column-state = Durum
console-column-hours = Kalan saat
console-column-flags = İşaretler
console-column-language = Dil
console-column-destination = Varış ülkesi
console-sort-by = Sırala: { $column }
console-filter-all-languages = Tüm diller
console-filter-all-countries = Tüm ülkeler
console-filter-open-flags = Yalnızca açık işaretler
console-flag-short-pressure = baskı
console-flag-short-comprehension = anlama
console-flag-short-capacity-doubt = karar ehliyeti
console-flag-short-child-objection = çocuk itiraz ediyor
console-flag-open = Açık işaret: { $reason }
console-flag-resolved = Çözülmüş işaret: { $reason }
console-reason-for = Kayıt { $code }
console-reason-quick = Sık bir neden seçin ya da aşağıya başka bir neden yazın.
console-reason-asked = Kişi bunu masada istedi
console-reason-flag = Bir işareti çözmek için
console-reason-interview = Teyit görüşmesi
console-reason-departure = Ayrılışın hazırlığı
console-reason-other = Başka bir neden (yazın)
console-suspend-confirm-count = { $destination } askıya al: incelemeye geçecek bekleyen onaylar: { $count }
console-export-drives = Çıkarılabilir sürücüler: birine, sonra bir biçime basın.
console-export-drive = Sürücü { $name }
console-export-no-drive = Çıkarılabilir sürücü bulunamadı. Birini takın ya da bir klasör yazın.

## Central sync

console-central-sync-last = Merkezi veritabanının son kabulü: { $date }, { $time }
console-central-sync-never = Merkezi veritabanı henüz kabul etmedi.
