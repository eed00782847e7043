# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = Gürcistan
country-ge-reintegration = Destek şunları kapsayabilir: küçük bir iş kurmak için yardım, mesleki eğitim ve kısa süreli barınma yardımı.
country-iq-name = Irak
country-iq-reintegration = Destek şunları kapsayabilir: küçük bir iş kurmak için yardım, iş bulmada yardım ve zor deneyimler yaşamış kişiler için psikolojik destek.
country-ng-name = Nijerya
country-ng-reintegration = Destek şunları kapsayabilir: küçük bir iş kurmak için yardım, bir meslek öğrenmek için eğitim ve ihtiyacı olanlar için sağlık yardımı.
area-ng-bo-name = Borno Eyaleti
area-ng-bo-suspension-reason = Şu anda bu bölgeye yolculuk güvenli değil. Bu yüzden oraya geri dönüş yardımı geçici olarak durduruldu. Ülkenin diğer bölgelerine geri dönüş yardımı devam ediyor.
country-sn-name = Senegal
country-sn-reintegration = Destek şunları kapsayabilir: küçük bir iş kurmak için yardım, eğitim ve topluluk projelerine katılım.
country-gn-name = Gine
country-gn-reintegration = Destek şunları kapsayabilir: küçük bir iş kurmak için yardım, bir meslek öğrenmek için eğitim ve çocukların okul masrafları için yardım.
country-et-name = Etiyopya
country-et-reintegration = Destek şunları kapsayabilir: küçük bir iş kurmak için yardım, mesleki eğitim ve psikolojik destek.
country-so-name = Somali
country-so-reintegration = Destek şunları kapsayabilir: gelir için yardım, eğitim ve ilk haftalarda kalacak bir yer.
country-bd-name = Bangladeş
country-bd-reintegration = Destek şunları kapsayabilir: küçük bir iş kurmak için yardım, mesleki eğitim ve yolculuk için yapılan borçlarla başa çıkmak için yardım.
country-pk-name = Pakistan
country-pk-reintegration = Destek şunları kapsayabilir: küçük bir iş kurmak için yardım, mesleki eğitim ve ihtiyacı olanlar için sağlık yardımı.
country-ma-name = Fas
country-ma-reintegration = Destek şunları kapsayabilir: küçük bir iş kurmak için yardım, eğitim ve okula geri dönmek için yardım.
country-tn-name = Tunus
country-tn-reintegration = Destek şunları kapsayabilir: küçük bir iş kurmak için yardım, eğitim ve psikolojik destek.
country-af-name = Afganistan
country-af-reintegration = Şu anda geri dönüş yardımı geçici olarak durdurulduğu için, destek hakkında bilgiyi bir danışman verir.
country-af-suspension-reason = Güvenlik durumu nedeniyle bu ülkeye geri dönüş yardımı geçici olarak durduruldu. Bu ülke için yeni bir onay imzalanamaz.
country-sd-name = Sudan
country-sd-reintegration = Şu anda geri dönüş yardımı geçici olarak durdurulduğu için, destek hakkında bilgiyi bir danışman verir.
country-sd-suspension-reason = Silahlı çatışma nedeniyle bu ülkeye geri dönüş yardımı geçici olarak durduruldu. Bu ülke için yeni bir onay imzalanamaz.

## Limits, legal help, rights, and what a return changes

country-ge-situation = ÖRNEK — { country-ge-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
country-iq-situation = ÖRNEK — { country-iq-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
country-ng-situation = ÖRNEK — { country-ng-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
country-sn-situation = ÖRNEK — { country-sn-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
country-gn-situation = ÖRNEK — { country-gn-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
country-et-situation = ÖRNEK — { country-et-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
country-so-situation = ÖRNEK — { country-so-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
country-bd-situation = ÖRNEK — { country-bd-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
country-pk-situation = ÖRNEK — { country-pk-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
country-ma-situation = ÖRNEK — { country-ma-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
country-tn-situation = ÖRNEK — { country-tn-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
country-af-situation = ÖRNEK — { country-af-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
country-sd-situation = ÖRNEK — { country-sd-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
area-ng-bo-situation = ÖRNEK — { area-ng-bo-name }: burada merkez, bu ülkedeki ya da bölgedeki güncel güvenliği, haklara saygıyı ve barınma, sağlık, okul ve işe erişimi anlatır.
country-situation-source = Kaynak: { $source }. { $date } itibarıyla.
country-support-limits = Destek garanti değildir: vardığınız zamanki program kurallarına ve kaynaklarına bağlıdır ve her şeyi çözemez.

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = Abia Eyaleti
area-ng-ad-name = Adamawa Eyaleti
area-ng-ak-name = Akwa Ibom Eyaleti
area-ng-an-name = Anambra Eyaleti
area-ng-ba-name = Bauchi Eyaleti
area-ng-by-name = Bayelsa Eyaleti
area-ng-be-name = Benue Eyaleti
area-ng-cr-name = Cross River Eyaleti
area-ng-de-name = Delta Eyaleti
area-ng-eb-name = Ebonyi Eyaleti
area-ng-ed-name = Edo Eyaleti
area-ng-ek-name = Ekiti Eyaleti
area-ng-en-name = Enugu Eyaleti
area-ng-fc-name = Federal Başkent Bölgesi (Abuja)
area-ng-go-name = Gombe Eyaleti
area-ng-im-name = Imo Eyaleti
area-ng-ji-name = Jigawa Eyaleti
area-ng-kd-name = Kaduna Eyaleti
area-ng-kn-name = Kano Eyaleti
area-ng-kt-name = Katsina Eyaleti
area-ng-ke-name = Kebbi Eyaleti
area-ng-ko-name = Kogi Eyaleti
area-ng-kw-name = Kwara Eyaleti
area-ng-la-name = Lagos Eyaleti
area-ng-na-name = Nasarawa Eyaleti
area-ng-ni-name = Niger Eyaleti
area-ng-og-name = Ogun Eyaleti
area-ng-on-name = Ondo Eyaleti
area-ng-os-name = Osun Eyaleti
area-ng-oy-name = Oyo Eyaleti
area-ng-pl-name = Plateau Eyaleti
area-ng-ri-name = Rivers Eyaleti
area-ng-so-name = Sokoto Eyaleti
area-ng-ta-name = Taraba Eyaleti
area-ng-yo-name = Yobe Eyaleti
area-ng-za-name = Zamfara Eyaleti
