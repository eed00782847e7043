# The overview and the page of each legal option. One message per paragraph.
# Every option is described with the same care; none is recommended over another.

## Overview

overview-title = ኩሎም ምርጫታትኩም
overview-intro = ከከም ኩነታትኩም፣ ንቕድሚት ዘኽዱ ብዙሓት መገድታት ክህልዉ ይኽእሉ። ኣብዚ ጎኒ ንጎኒ ቀሪቦም ኣለዉ። እንታይ ማለት ምዃኖም ንምንባብ ነፍሲ ወከፍ ክፈቱ።
overview-equal = ንኹሉ ሰብ ዝበለጸ ሓደ ምርጫ የለን። እቲ ቅኑዕ ምርጫ ኣብ ናይ ገዛእ ርእስኹም ህይወት ይምርኮስ፣ ምርጫ ድማ ናትኩም እዩ።
overview-take-time = ሎሚ ክትውስኑ ኣየድልየኩምን። ከተንብቡ፣ ሕቶታት ክትሓቱን ተመሊስኩም ክትመጹን ትኽእሉ ኢኹም።

## Seeking protection (asylum)

option-asylum-title = ሓለዋ ምሕታት (ዑቕባ)
option-asylum-summary = ኣብ ሃገርኩም ከቢድ ጉድኣት ክበጽሓኩም እዩ ኢልኩም እንተፈሪህኩም፣ እዛ ሃገር ሓለዋ ክትገብረልኩም ክትሓቱ ትኽእሉ ኢኹም።
option-asylum-meaning = ዑቕባ ኣብ ሃገሮም ብውሕስነት ክነብሩ ንዘይክእሉ ሰባት ዝወሃብ ሓለዋ እዩ። ንኣብነት ብሰንኪ ውግእ፣ ምስጓጕ፣ ወይ ኣብ ህይወቶም ወይ ናጽነቶም ዝወርድ ምፍርራሕ። ሓለዋ እንተተዋሂቡኩም፣ ብሕጋዊ መገዲ ክትጸንሑ ትኽእሉ ኢኹም።
option-asylum-requires = ስለምንታይ ክትምለሱ ከም ዘይትኽእሉ ኣብ ቃለ-መሕትት ንሰበ-መዚ ትገልጹ። እንተድልዩኩም ተርጓሚ ይህሉ። ሰነዳት ወይ ካልእ መርትዖ ይሕግዙ፣ ግን ብዘይ ንሳቶም እውን ከተመልክቱ ትኽእሉ ኢኹም።
option-asylum-deadlines = ብዝተኻእለ መጠን ቀልጢፍኩም ሕተቱ። ገለ ሃገራት ናይ ግዜ ገደብ ኣለወን፣ ምድንጓይ ድማ ጉዳይኩም ንምግላጽ ከኸብደልኩም ይኽእል።
option-asylum-ask = ጠበቓ፣ ሕጋዊ ሓገዝ ዝህብ ትካል ወይ ኣብዚ ዘሎ ኣማኻሪ ነቲ መስርሕ ክገልጸልኩምን ንምድላው ክሕግዘኩምን ይኽእል። እዚ ሓገዝ መብዛሕትኡ ግዜ ብናጻ እዩ።

## Appeal and remedies

option-appeal-title = ንውሳነ ምቅዋም (ይግባይ)
option-appeal-summary = መመልከቲኹም እንተተነጺጉ፣ እቲ ውሳነ ደጊሙ ክርአ ክትሓቱ ትኽእሉ ትኾኑ ኢኹም።
option-appeal-meaning = ይግባይ ማለት ሓደ ቤት ፍርዲ ወይ ካልእ ኣካል መንግስቲ ንጉዳይኩም ደጊሙ ክርእዮ ምሕታት እዩ። ኣብቲ ይግባይ ውሳነ ክሳብ ዝወሃብ፣ መብዛሕትኡ ግዜ ኣብታ ሃገር ክትጸንሑ ትኽእሉ ኢኹም።
option-appeal-requires = ብልሙድ፣ ኣብቲ ውሳነ እንታይ ጌጋ ከም ዘሎ ክትገልጹ የድልየኩም። ጠበቓ ነቲ ይግባይ ክጽሕፈልኩም ይኽእል።
option-appeal-deadlines = ናይ ይግባይ ግዜ ገደብ ሓጺር እዩ፤ ሓሓሊፉ ሒደት መዓልታት ወይ ሰሙናት ጥራይ እዩ። እቲ ግዜ ገደብ ኣብ ደብዳቤ ውሳነኹም ተጻሒፉ ኣሎ። ሎሚ ርኣይዎ።
option-appeal-ask = ደብዳቤ ውሳነኹም ብዝተኻእለ መጠን ቀልጢፍኩም ንጠበቓ፣ ሕጋዊ ሓገዝ ንዝህብ ትካል ወይ ንኣማኻሪ ኣርእዩ።

## Other legal stay

option-other-stay-title = ብሕጋዊ መገዲ ንምጽናሕ ካልኦት መገድታት
option-other-stay-summary = ብምኽንያት ስድራቤት፣ ስራሕ፣ ትምህርቲ፣ ጥዕና ወይ ካልኦት ሰብኣዊ ምኽንያታት ክትጸንሑ ትኽእሉ ትኾኑ ኢኹም።
option-other-stay-meaning = ብዘይካ ዑቕባ፣ ካልኦት ፍቓድ መንበሪ ኣለዉ። ንኣብነት፣ ቀረባ ኣባላት ስድራኹም ኣብዚ ብሕጋዊ መገዲ እንተነበሩ፣ ናይ ስራሕ ዕድል ወይ ቦታ ትምህርቲ እንተሃልዩኩም፣ ወይ ብጽኑዕ ሓሚምኩም ኣብ ሃገርኩም ሕክምና ክትረኽቡ እንተዘይክኢልኩም።
option-other-stay-requires = ነፍሲ ወከፍ ፍቓድ ናይ ገዛእ ርእሱ ቅድመ-ኩነታት ኣለዎ፣ ከም ሰነዳት፣ እቶት፣ ወይ መርትዖ ዝምድና ስድራቤት።
option-other-stay-deadlines = ገለ ፍቓዳት ቅድሚ እቲ ሕጂ ዘለኩም ፍቓድ ምውዳኡ ወይ ቅድሚ ካልኦት ናይ ግዜ ገደባት ክሕተቱ ኣለዎም። ኣቐዲምኩም ሕተቱ።
option-other-stay-ask = ኣማኻሪ ወይ ሕጋዊ ሓገዝ ዝህብ ትካል ኣየኖት ፍቓዳት ንኩነታትኩም ክሰማምዑ ከም ዝኽእሉ ክነግረኩም ይኽእል።

## Assisted voluntary return and reintegration

option-voluntary-return-title = ብሓገዝ ምምላስ (ብወለንታ ምምላስ)
option-voluntary-return-summary = ናብ ሃገርኩም ክትምለሱ እንተወሲንኩም፣ ንጉዕዞን ብሓድሽ ንምጅማርን ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም።
option-voluntary-return-meaning = ምምላስ ባዕልኹም ትመርጹ፣ ደገፍ ድማ ትረኽቡ፦ ሰነዳት ጉዕዞ ንምርካብ፣ ንጉዕዞ፣ ኣብ ምብጻሕ፣ መብዛሕትኡ ግዜ ድማ ድሕሪ ምብጻሕኩም ህይወትኩም ዳግማይ ንምህናጽ ሓገዝ።
option-voluntary-return-requires = ኩሎም ምርጫታትኩም ምስ ረኣኹም፣ ስምምዕኩም ብናጻ ትህቡ። ክሳብ እትኸዱ ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም።
option-voluntary-return-deadlines = ድሕሪ ምፍራምኩም፣ ስምምዕኩም ተግባራዊ ቅድሚ ምዃኑ ኩሉ ግዜ ናይ ምሕሳብ ግዜ ኣሎ። ጉዕዞ ምድላው ብልሙድ ሒደት ሰሙናት ይወስድ።
option-voluntary-return-ask = ቅድሚ ምውሳንኩም፣ ኣማኻሪ ኣብ ሃገርኩም ዘሎ ደገፍ ክገልጸልኩምን ሕቶታትኩም ክምልሰልኩምን ይኽእል።

## Third country

option-third-country-title = ናብ ካልእ ሃገር ምኻድ
option-third-country-summary = ኣብ ገለ ኩነታት፣ ንኣብነት ምስ ስድራኹም ንምጽንባር፣ ብሕጋዊ መገዲ ናብ ካልእ ሃገር ክትከዱ ትኽእሉ ትኾኑ ኢኹም።
option-third-country-meaning = ገለ ሰባት ብመገዲ ምጥርናፍ ስድራቤት፣ ፕሮግራማት ዳግማይ ምጥያስ፣ ወይ ካልኦት ሕጋዊ መገድታት ከም ስራሕ ወይ ትምህርቲ ናብ ሳልሳይ ሃገር ክኸዱ ይኽእሉ።
option-third-country-requires = እዞም መገድታት ትሪ ቅድመ-ኩነታት ኣለዎም፣ መብዛሕትኡ ግዜ ድማ ነዊሕ ምጽባይ የድልዮም። ኩሉ ሰብ ክጥቀመሎም ኣይክእልን።
option-third-country-deadlines = ምጥርናፍ ስድራቤት ሓሓሊፉ፣ ሓደ ኣባል ስድራ ሓለዋ ምስ ረኸበ ዝጅምር ናይ ግዜ ገደብ ኣለዎ። ብዛዕብኡ ኣቐዲምኩም ሕተቱ።
option-third-country-ask = ኣማኻሪ ወይ ሕጋዊ ሓገዝ ዝህብ ትካል ሓደ ካብዞም መገድታት ንዓኹም ክፉት ክኸውን ይኽእል እንተኾይኑ ክነግረኩም ይኽእል።

## No decision

option-no-decision-title = እንተዘይወሲንኩም
option-no-decision-summary = ዝኾነ ስጉምቲ እንተዘይወሲድኩም እንታይ ክኸውን ከም ዝኽእል ምፍላጥ ኣገዳሲ እዩ።
option-no-decision-meaning = ናይ ምጽናሕ መሰል እንተዘይብልኩምን ዝኾነ ስጉምቲ እንተዘይወሲድኩምን፣ ሰበ-መዚ ቀጺሉ እንታይ ከም ዝኸውን ክውስኑ ይኽእሉ። እዚ ብግዲ ምምላስ ከጠቓልል ይኽእል፤ ብግዲ ምምላስ ዝፍጽም መንግስቲ እዩ፣ እቶም ብወለንታ ምምላስ ዘቕርቡ ትካላት ኣይኮኑን።
option-no-decision-requires = ሽዑ እውን፣ መሰረታዊ መሰላትኩም ምሳኹም ይጸንሑ፣ ኣብ ዝኾነ ግዜ ድማ ሕጋዊ ምኽሪ ክትሓቱ ትኽእሉ ኢኹም።
option-no-decision-deadlines = ካብ ሰበ-መዚ ዝመጹ ደብዳቤታት ሃገር ክትገድፉ ዘለኩም ዕለት ክጠቕሱ ይኽእሉ። ዝበጽሓኩም ዝኾነ ደብዳቤ ንኣማኻሪ ወይ ንጠበቓ ኣርእዩ።
option-no-decision-ask = ብዛዕባ ኩነታትኩም ርግጸኛታት እንተዘይኮንኩም፣ ኣማኻሪ ክትርድእዎ ክሕግዘኩም ይኽእል። ምሕታት ብናጻ እዩ፣ ንዝኾነ ነገር ድማ ኣየገድደኩምን።

## Limits, legal help, rights, and what a return changes

option-asylum-start = ከመይ ትጅምሩ፦ ንሰራሕተኛታት ኣብዚ ንገሩ፣ ወይ ናብቲ ኣብ ትሕቲ «ሕጋዊ ሓገዝ ርኸቡ» ዘሎ ቤት ጽሕፈት ኪዱ። ቅድሚ ምኻድኩም ኣብ ዝኾነ ግዜ ክትሓቱ ትኽእሉ ኢኹም።
option-appeal-start = ከመይ ትጅምሩ፦ ሎሚ፣ ደብዳበ ውሳነኹም ንጠበቓ ወይ ኣብ ትሕቲ «ሕጋዊ ሓገዝ ርኸቡ» ንዘሎ ትካል ሕጋዊ ሓገዝ ኣርእዩ። እቲ ደብዳበ ይግባይ ናበይን ክሳብ መዓስን ከም ዝለኣኽ ይገልጽ።

## The time limit on the asylum and appeal pages, from deployment.toml

option-deadline-days = ኣብዚ ሃገር ዘሎ ግዜ ገደብ ብመዓልቲ: { $days }። ካብ ኣየናይ መዓልቲ ከም ዝቑጸረልኩም ሕጋዊ ሓገዝ ክነግረኩም ይኽእል።
option-deadline-text = ኣብዚ ሃገር ዘሎ ግዜ ገደብ: { $deadline }
option-deadline-unknown = እዚ መሳርሒ ንዓኹም ዚምልከት ግዜ ገደብ ኣይፈልጦን። ቅድሚ ምውዳኡ ሎሚ ንሕጋዊ ሓገዝ ሕተቱ።
