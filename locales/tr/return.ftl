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
return-assistance-medical = Sağlık: hastaysanız ya da bakıma ihtiyacınız varsa bunu erken söyleyin. Bir sağlık refakatçisi sizinle yolculuk edebilir ve personel varışınız için bakım bulmaya çalışabilir, ancak orada nelerin olduğu ülkenize bağlıdır.
return-assistance-arrival = Varış: programın ortağı olan yerlerde biri sizi karşılayıp ilk günlerde, örneğin şehrinize ulaşımda yardım edebilir. Ülkeniz için neyin planlandığını sorun.

## Reintegration

reintegration-title = Vardıktan sonra yardım
reintegration-intro = Yeniden başlamak zaman alır. Dönüşten sonraki destek, güvenli ve iyi bir hayat sürmenize yardım etmeyi amaçlar; amaç, bir daha göç etmenin bir zorunluluk değil, özgür bir seçim olmasıdır.
reintegration-individual = Siz ve aileniz için: örneğin iş bulmak, küçük bir iş kurmak, okula ya da kursa gitmek, sağlık hizmeti ya da psikolojik destek almak için yardım.
reintegration-community = Topluluğunuz için: bazı projeler döndüğünüz yere yardım eder. Böylece orada kalan insanlar da geri dönen insanlar da bundan yararlanır.
reintegration-structural = Yerel hizmetler aracılığıyla: ortak kuruluşlar yerel yönetimlerle birlikte çalışır. Böylece sağlık, okul ve iş bulma merkezleri gibi hizmetler geri dönenlere de açık olur.
reintegration-your-plan = Planınızda ne olacağına siz karar verirsiniz. Destek sunulan yerlerde, ülkenizdeki bir danışman ya da ortak kuruluş genellikle bunu sizinle birlikte planlar. Nelerin mümkün olduğu programa ve yere bağlıdır.

## Your rights

rights-title = Sizde kalan haklar
rights-choice = Bu programda geri dönmek sizin hakkınızdır, asla bir zorunluluk değildir. Kimse sizi imzalamaya zorlayamaz.
rights-non-refoulement = Hiç kimse zulüm, işkence ya da başka ciddi zararlarla karşılaşacağı bir ülkeye gönderilemez. Bu koruma herkes için geçerlidir.
rights-no-collective-expulsion = Her kişinin durumu ayrı ayrı incelenmelidir. İnsanlar, bu yapılmadan toplu olarak gönderilemez.
rights-children = Çocuklarla ilgili her kararda önce çocuğun yararı gelir. Çocuğun kendi görüşleri de dinlenir.
rights-change-mind = Yola çıkmadan önce istediğiniz zaman fikrinizi değiştirebilir ve onayınızı geri çekebilirsiniz.
rights-complaints = Haksızlığa uğradığınızı düşünüyorsanız, danışmanlar aracılığı olmadan da şikâyette bulunabilirsiniz: adres «Hukuki yardım alın» bölümünde ve makbuzunuzda yazılıdır. Bir şikâyet davanıza zarar vermemelidir.

## Personal data

data-use-title = Bilgileriniz nasıl kullanılır
data-use-what = Sadece size yardım etmek için gereken bilgileri isteriz. Örneğin adınız, doğum tarihiniz, uyruğunuz ve seyahat belgeleriniz.
data-use-why = Bilgileriniz dönüşünüzü ve sonrasındaki desteği düzenlemek için kullanılır. Buradaki yasa bunların saklanmasını ya da bir makama gösterilmesini de gerektirebilir; hangi kuralların geçerli olduğunu bir danışman söyleyebilir.
data-use-who = Kim neyi ve neden alır: dönüşünüzü düzenleyen personel, programın dosya sisteminde; ülkenizde varıştan sonra destek veren ortak kuruluş (iletişim bilgileriniz ve planınız); bir sağlık refakatçisi (sağlık bilgileri, yalnızca evet dediyseniz). Bilgiler kilit altında ve korunarak saklanır.
data-use-country-of-return = Seyahat belgeleri için kimlik bilgileriniz (ad, doğum tarihi ve fotoğraf gibi) ülkenizin yetkililerine yalnızca evet derseniz ve yalnızca onayınız geçerli olduktan sonra gönderilir. Gönderildikten sonra bu geri alınamaz. Hayır derseniz dönüş yardımı devam edemez, ancak diğer seçenekleriniz açık kalır. Neden ayrıldığınız ya da neden sığınma istediğiniz onlarla asla paylaşılmaz.
data-use-your-rights = Bilgilerinizi görmek isteyebilirsiniz. Yanlışların düzeltilmesini isteyebilirsiniz. Bilgilerinizin kötüye kullanıldığını düşünürseniz şikâyet edebilirsiniz.
data-use-how-long = Bilgileriniz sadece dönüşünüz ve destek için gerektiği sürece saklanır. Sonra kurallara göre arşivlenir ya da silinir.

## Time to think

time-to-think-title = Düşünme süresi ve fikir değiştirmek
time-to-think-cooling-off = İmzaladıktan sonra, onayınız geçerli olmadan önce bir düşünme süresi vardır. Bu sürede personel hazırlığa başlayabilir, örneğin bir yolculuk tarihi arayabilir, ancak ülkenizin yetkililerine hiçbir şey gönderilmez. Kimliğiniz onlarla ancak onayınız geçerli olduktan sonra paylaşılır ve bu geri alınamaz.
time-to-think-withdraw = Yola çıkana kadar istediğiniz zaman onayınızı geri çekebilirsiniz: düşünme süresi içinde de, sonrasında da. Bunun için referans kodunuz ya da onayınızı sizinle birlikte bulan bir danışman gerekir. Gerekçe göstermeniz gerekmez.
time-to-think-receipt = Referans kodu olan bir belge alırsınız. Bu kodla onayınızı burada, bu ekranda ya da bir danışmanla geri çekebilirsiniz.

## Limits, legal help, rights, and what a return changes

reintegration-who = Kimin destek alabileceği, hangi biçimde (çoğu zaman nakit yerine hizmet, eğitim ya da eşya), ne kadar süreyle ve hangi koşullarla alabileceği programa ve ülkenize bağlıdır. Karar vermeden önce bunları yazılı olarak isteyin.
reintegration-limits = Destek her şeyi çözemez. Bazı insanlar döndüklerinde borçlarla, damgalanmayla ya da ailelerinin veya çevrelerinin dışlamasıyla karşılaşır. Karar vermeden önce bunu bir danışmanla konuşabilirsiniz.
before-you-go-title = Dönüş neleri değiştirir
before-you-go-claim = Sığınma başvurunuz ya da itirazınız henüz karara bağlanmadıysa, ayrılmak genellikle onu sona erdirir. İmzalamadan önce bunun sizin için ne anlama geldiğini bir avukata sorun.
before-you-go-entry-ban = Durumunuza ve buradaki yasaya göre, bir süre bu ülkeye ya da bir ülkeler grubuna geri gelmeniz yasaklanabilir. Bunun sizin için geçerli olup olmadığını bir avukata sorun.
before-you-go-money = Ayrılmadan önce size borçlu olunan ücretleri, depozitoları ve hakkınız olan diğer paraları isteyin. Bir danışman bunları halletmenize yardım edebilir.
before-you-go-third-country = Dönüş yardımı sizi genellikle kendi ülkenize götürür. Başka bir ülkeye gitmek ancak orada yaşama hakkınız varsa mümkündür. Bir danışmana sorun.
rights-asylum = Koruma (sığınma) isteme hakkınız vardır. Dönüş için imzaladıktan sonra da, ayrılana kadar istediğiniz zaman isteyebilirsiniz.
rights-trafficking = Biri sizi çalışmaya zorladıysa, belgelerinizi aldıysa ya da paranızı kontrol ediyorsa, insan ticareti mağduru olabilirsiniz. Özel koruma, toparlanmak için zaman ve oturma izni olabilir. Gizlice sorabilirsiniz: özel konuşmak için olan düğmeyi ya da «Hukuki yardım alın» bölümündeki iletişim bilgisini kullanın.
rights-gender = Tercih ettiğiniz cinsiyetten bir danışman ya da tercüman isteyebilirsiniz. Merkez bulmaya çalışacaktır.
legal-help-title = Hukuki yardım alın
legal-help-intro = Bir avukat ya da hukuki yardım kuruluşu size hangi seçeneklerin açık olduğunu söyleyebilir, sığınma başvurusu ya da itiraz için yardım edebilir ve sürelerinizi kontrol edebilir. Dönüş programı için çalışmazlar ve yardımları çoğu zaman ücretsizdir. Yetkililerden gelen her mektubu yanınızda getirin.
