# The overview and the page of each legal option. One message per paragraph.
# Every option is described with the same care; none is recommended over another.
# Translator note (tr): "asylum" = "sığınma" (UNHCR Türkiye usage; "iltica" is the older
# legal word and is given once as an alternative); "appeal" = "itiraz";
# "family reunification" = "aile birleşimi"; "resettlement" = "yeniden yerleşim";
# "forced return" = "zorla geri gönderme".

## Overview

overview-title = Bütün seçenekleriniz
overview-intro = Durumunuza göre önünüzde birkaç yol olabilir. Hepsi burada, yan yana. Ne anlama geldiğini okumak için her birini açın.
overview-equal = Hiçbir seçenek herkes için daha iyi değildir. Sizin için doğru olan, kendi hayatınıza bağlıdır. Seçim sizindir.
overview-take-time = Bugün karar vermek zorunda değilsiniz. Okuyabilir, soru sorabilir ve sonra tekrar gelebilirsiniz.

## Seeking protection (asylum)

option-asylum-title = Koruma istemek (sığınma)
option-asylum-summary = Ülkenizde ciddi bir zarar görmekten korkuyorsanız, bu ülkeden sizi korumasını isteyebilirsiniz.
option-asylum-meaning = Sığınma, kendi ülkesinde güvende olamayan insanlara verilen korumadır. Örneğin savaş, zulüm ya da hayatlarına veya özgürlüklerine yönelik tehditler yüzünden. Size koruma verilirse, bu ülkede yasal olarak kalabilirsiniz.
option-asylum-requires = Neden geri dönemeyeceğinizi yetkililere bir görüşmede anlatırsınız. İhtiyacınız varsa bir tercüman yardım eder. Belgeler ya da başka kanıtlar işe yarar, ama onlar olmadan da başvurabilirsiniz.
option-asylum-deadlines = Mümkün olan en kısa zamanda başvurun. Bazı ülkelerde süre sınırı vardır. Beklemek, durumunuzu anlatmanızı zorlaştırabilir.
option-asylum-ask = Bir avukat, bir hukuki yardım kuruluşu ya da buradaki bir danışman size süreci anlatabilir ve hazırlanmanıza yardım edebilir. Bu yardım çoğu zaman ücretsizdir.

## Appeal and remedies

option-appeal-title = Bir karara karşı çıkmak (itiraz)
option-appeal-summary = Başvurunuz reddedildiyse, kararın yeniden incelenmesini isteyebilirsiniz.
option-appeal-meaning = İtiraz, bir mahkemeden ya da başka bir makamdan dosyanıza yeniden bakmasını istemektir. İtiraz hakkında karar verilirken çoğu zaman ülkede kalabilirsiniz.
option-appeal-requires = Genellikle kararda neyin yanlış olduğunu açıklamanız gerekir. Bir avukat itirazı sizin için yazabilir.
option-appeal-deadlines = İtiraz süreleri kısadır, bazen sadece birkaç gün ya da birkaç haftadır. Son gün, karar mektubunuzda yazılıdır. Mektuba bugün bakın.
option-appeal-ask = Karar mektubunuzu mümkün olan en kısa zamanda bir avukata, bir hukuki yardım kuruluşuna ya da bir danışmana gösterin.

## Other legal stay

option-other-stay-title = Yasal olarak kalmanın başka yolları
option-other-stay-summary = Aile, iş, eğitim, sağlık ya da başka insani nedenlerle kalabilmeniz mümkün olabilir.
option-other-stay-meaning = Sığınmanın dışında başka oturma izinleri de vardır. Örneğin yakın aile üyeleriniz burada yasal olarak yaşıyorsa, bir iş teklifiniz ya da okuyacak bir yeriniz varsa, veya ağır hastaysanız ve ülkenizde tedavi olamıyorsanız.
option-other-stay-requires = Her iznin kendi şartları vardır. Örneğin belgeler, bir gelir ya da aile bağının kanıtı.
option-other-stay-deadlines = Bazı izinler, şu anki izniniz bitmeden ya da başka süreler dolmadan istenmelidir. Erken sorun.
option-other-stay-ask = Bir danışman ya da bir hukuki yardım kuruluşu, hangi izinlerin durumunuza uygun olabileceğini size söyleyebilir.

## Assisted voluntary return and reintegration

option-voluntary-return-title = Yardımla geri dönmek (gönüllü geri dönüş)
option-voluntary-return-summary = Ülkenize geri dönmeye karar verirseniz, yolculuk ve yeni bir başlangıç için yardım alabilirsiniz.
option-voluntary-return-meaning = Geri dönmeyi siz seçersiniz ve destek alırsınız: seyahat belgeleri, yolculuk ve varış için yardım. Çoğu zaman, vardıktan sonra hayatınızı yeniden kurmanız için de yardım alırsınız.
option-voluntary-return-requires = Bütün seçeneklerinizi gördükten sonra onayınızı özgürce verirsiniz. Yola çıkana kadar fikrinizi değiştirebilirsiniz.
option-voluntary-return-deadlines = İmzaladıktan sonra, onayınız geçerli olmadan önce her zaman bir düşünme süresi vardır. Yolculuğun hazırlığı genellikle birkaç hafta sürer.
option-voluntary-return-ask = Karar vermeden önce bir danışman, ülkenizdeki destekleri size anlatabilir ve sorularınızı cevaplayabilir.

## Third country

option-third-country-title = Başka bir ülkeye gitmek
option-third-country-summary = Bazı durumlarda, yasal yoldan başka bir ülkeye gidebilirsiniz. Örneğin ailenizin yanına.
option-third-country-meaning = Bazı insanlar aile birleşimi, yeniden yerleşim programları ya da iş veya eğitim gibi başka yasal yollarla üçüncü bir ülkeye gidebilir.
option-third-country-requires = Bu yolların şartları sıkıdır ve beklemek çoğu zaman uzun sürer. Herkes bu yolları kullanamaz.
option-third-country-deadlines = Aile birleşiminin bazen bir süre sınırı vardır. Bu süre, bir aile üyesine koruma verildiğinde başlar. Bunu erken sorun.
option-third-country-ask = Bir danışman ya da bir hukuki yardım kuruluşu, bu yollardan birinin size açık olup olmadığını söyleyebilir.

## No decision

option-no-decision-title = Karar vermezseniz
option-no-decision-summary = Hiçbir adım atmazsanız neler olabileceğini bilmeniz önemlidir.
option-no-decision-meaning = Kalma hakkınız yoksa ve hiçbir adım atmazsanız, bundan sonra ne olacağına yetkililer karar verebilir. Bu, zorla geri göndermeyi de kapsayabilir. Zorla geri gönderme devlet tarafından yapılır, gönüllü geri dönüş sunan kuruluşlar tarafından değil.
option-no-decision-requires = O durumda bile temel haklarınız devam eder ve istediğiniz zaman hukuki danışmanlık isteyebilirsiniz.
option-no-decision-deadlines = Yetkililerden gelen mektuplarda, ülkeden ayrılmanız gereken son tarih yazılı olabilir. Aldığınız her mektubu bir danışmana ya da bir avukata gösterin.
option-no-decision-ask = Durumunuzdan emin değilseniz, bir danışman onu anlamanıza yardım edebilir. Sormak ücretsizdir ve sizi hiçbir şeye bağlamaz.

## Limits, legal help, rights, and what a return changes

option-asylum-start = Nasıl başlanır: buradaki personele söyleyin ya da «Hukuki yardım alın» bölümündeki ofise gidin. Ayrılmadan önce istediğiniz zaman başvurabilirsiniz.
option-appeal-start = Nasıl başlanır: bugün, karar mektubunuzu «Hukuki yardım alın» bölümündeki bir avukata ya da hukuki yardım kuruluşuna gösterin. Mektupta itirazın nereye ve hangi tarihe kadar gönderileceği yazar.

## The time limit on the asylum and appeal pages, from deployment.toml

option-deadline-days = Bu ülkedeki süre: { $days } gün. Sürenin sizin için hangi günden başladığını hukuki yardım söyleyebilir.
option-deadline-text = Bu ülkedeki süre: { $deadline }
option-deadline-unknown = Bu kiosk sizin için geçerli süreyi bilmiyor. Süre dolmadan, bugün hukuki yardıma sorun.
