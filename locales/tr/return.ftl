# What return assistance and reintegration support include, the rights that stay
# with you, how personal data is used, and the time to think.
# Translator note (tr): "reintegration" = "yeniden entegrasyon" (IOM Türkiye usage);
# "non-refoulement" is explained in plain words, as in the English (the legal name
# is "geri gönderme yasağı").

## Return assistance

return-assistance-title = Geri dönüş için yardım
return-assistance-intro = Yardımla geri dönmeyi seçerseniz, yardım bunları kapsayabilir. Ne alacağınız, ülkenize ve ihtiyaçlarınıza bağlıdır.
return-assistance-documents = Seyahat belgeleri: geçerli bir pasaportunuz yoksa, görevliler yolculuk için gereken belgeleri almanıza yardım eder.
return-assistance-travel = Yolculuk: bir bilet ve yol boyunca havalimanlarında ya da istasyonlarda yardım.
return-assistance-luggage = Bagaj: biletin izin verdiği kadar eşyanızı yanınızda götürebilirsiniz.
return-assistance-medical = Sağlık: hastaysanız ya da bakıma ihtiyacınız varsa, bir sağlık görevlisi sizinle birlikte yolculuk edebilir. Vardığınızda tedaviniz de ayarlanabilir.
return-assistance-arrival = Varış: vardığınızda biri sizi karşılayabilir ve ilk günlerde size yardım edebilir. Örneğin şehrinize ulaşım ya da kalacak bir yer.

## Reintegration

reintegration-title = Vardıktan sonra yardım
reintegration-intro = Yeniden başlamak zaman alır. Dönüşten sonraki destek, güvenli ve iyi bir hayat sürmenize yardım etmeyi amaçlar; amaç, bir daha göç etmenin bir zorunluluk değil, özgür bir seçim olmasıdır.
reintegration-individual = Siz ve aileniz için: örneğin iş bulmak, küçük bir iş kurmak, okula ya da kursa gitmek, sağlık hizmeti ya da psikolojik destek almak için yardım.
reintegration-community = Topluluğunuz için: bazı projeler döndüğünüz yere yardım eder. Böylece orada kalan insanlar da geri dönen insanlar da bundan yararlanır.
reintegration-structural = Yerel hizmetler aracılığıyla: ortak kuruluşlar yerel yönetimlerle birlikte çalışır. Böylece sağlık, okul ve iş bulma merkezleri gibi hizmetler geri dönenlere de açık olur.
reintegration-your-plan = Planınız sizindir. Ülkenizdeki bir danışman, ihtiyaçlarınıza göre desteği sizinle birlikte planlar.

## Your rights

rights-title = Sizde kalan haklar
rights-choice = Bu programda geri dönmek sizin hakkınızdır, asla bir zorunluluk değildir. Kimse sizi imzalamaya zorlayamaz.
rights-non-refoulement = Hiç kimse zulüm, işkence ya da başka ciddi zararlarla karşılaşacağı bir ülkeye gönderilemez. Bu koruma herkes için geçerlidir.
rights-no-collective-expulsion = Her kişinin durumu ayrı ayrı incelenmelidir. İnsanlar, bu yapılmadan toplu olarak gönderilemez.
rights-children = Çocuklarla ilgili her kararda önce çocuğun yararı gelir. Çocuğun kendi görüşleri de dinlenir.
rights-change-mind = Yola çıkmadan önce istediğiniz zaman fikrinizi değiştirebilir ve onayınızı geri çekebilirsiniz.
rights-complaints = Haksız davranıldığını düşünüyorsanız şikâyette bulunabilirsiniz. Bir danışman bunu nasıl yapacağınızı söyleyebilir. Şikâyet etmek dosyanıza zarar vermez.

## Personal data

data-use-title = Bilgileriniz nasıl kullanılır
data-use-what = Sadece size yardım etmek için gereken bilgileri isteriz. Örneğin adınız, doğum tarihiniz, uyruğunuz ve seyahat belgeleriniz.
data-use-why = Bilgileriniz sadece dönüşünüzü ve sonrasındaki desteği düzenlemek için kullanılır, başka hiçbir şey için kullanılmaz.
data-use-who = Bilgilerinizi sadece size yardımı düzenleyen görevliler görebilir. Bilgileriniz kilit altında ve korunarak saklanır.
data-use-country-of-return = Seyahat belgelerini almak için bazı kimlik bilgilerinizin ülkenizin yetkilileriyle paylaşılması gerekebilir. Bu sadece siz kabul ederseniz yapılır. Neden ülkenizden ayrıldığınız ya da neden sığınma istediğiniz hakkındaki bilgiler onlarla asla paylaşılmaz.
data-use-your-rights = Bilgilerinizi görmek isteyebilirsiniz. Yanlışların düzeltilmesini isteyebilirsiniz. Bilgilerinizin kötüye kullanıldığını düşünürseniz şikâyet edebilirsiniz.
data-use-how-long = Bilgileriniz sadece dönüşünüz ve destek için gerektiği sürece saklanır. Sonra kurallara göre arşivlenir ya da silinir.

## Time to think

time-to-think-title = Düşünme süresi ve fikir değiştirmek
time-to-think-cooling-off = İmzaladıktan sonra, onayınız geçerli olmadan önce bir düşünme süresi vardır. Bu süre içinde geri alamayacağınız hiçbir şey ayarlanmaz.
time-to-think-withdraw = Yola çıkana kadar istediğiniz zaman onayınızı geri çekebilirsiniz: düşünme süresi içinde de, sonrasında da. Onayı geri çekmek, imzalamak kadar kolaydır.
time-to-think-receipt = Referans kodu olan bir belge alırsınız. Bu kodla onayınızı burada, bu ekranda ya da bir danışmanla geri çekebilirsiniz.
