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
