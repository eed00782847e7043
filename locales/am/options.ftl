# The overview and the page of each legal option. One message per paragraph.
# Every option is described with the same care; none is recommended over another.

## Overview

overview-title = ሁሉም ምርጫዎችዎ
overview-intro = እንደ ሁኔታዎ፣ ወደፊት ለመሄድ ብዙ መንገዶች ሊኖሩ ይችላሉ። እዚህ ጎን ለጎን ቀርበዋል። ምን ማለት እንደሆኑ ለማንበብ እያንዳንዱን ይክፈቱ።
overview-equal = ለሁሉም ሰው የተሻለ የሆነ አንድ ምርጫ የለም። ትክክለኛው ምርጫ በራስዎ ሕይወት ላይ የተመሠረተ ነው፤ ምርጫውም የእርስዎ ነው።
overview-take-time = ዛሬ መወሰን አያስፈልግዎትም። ማንበብ፣ ጥያቄ መጠየቅ እና ተመልሰው መምጣት ይችላሉ።

## Seeking protection (asylum)

option-asylum-title = ጥበቃ መጠየቅ (ጥገኝነት)
option-asylum-summary = በአገርዎ ከባድ ጉዳት ይደርስብኛል ብለው ከፈሩ፣ ይህ አገር ጥበቃ እንዲያደርግልዎ መጠየቅ ይችላሉ።
option-asylum-meaning = ጥገኝነት በራሳቸው አገር በደህንነት መኖር ለማይችሉ ሰዎች የሚሰጥ ጥበቃ ነው። ለምሳሌ በጦርነት፣ በማሳደድ፣ ወይም በሕይወታቸው ወይም በነጻነታቸው ላይ በሚደርስ ዛቻ ምክንያት። ጥበቃ ከተሰጠዎት፣ በሕጋዊ መንገድ መቆየት ይችላሉ።
option-asylum-requires = ለምን መመለስ እንደማይችሉ ለባለሥልጣናት በቃለ መጠይቅ ይናገራሉ። ካስፈለገዎት አስተርጓሚ ይኖራል። ሰነዶች ወይም ሌሎች ማስረጃዎች ይረዳሉ፣ ነገር ግን ያለ እነሱም ማመልከት ይችላሉ።
option-asylum-deadlines = በተቻለዎት ፍጥነት ይጠይቁ። አንዳንድ አገሮች የጊዜ ገደብ አላቸው፤ መዘግየት ደግሞ ጉዳይዎን ማስረዳት ሊያከብድብዎ ይችላል።
option-asylum-ask = ጠበቃ፣ የሕግ ድጋፍ የሚሰጥ ድርጅት ወይም እዚህ ያለ አማካሪ ሂደቱን ሊያስረዳዎት እና እንዲዘጋጁ ሊረዳዎት ይችላል። ይህ እርዳታ ብዙ ጊዜ በነጻ ነው።

## Appeal and remedies

option-appeal-title = ውሳኔን መቃወም (ይግባኝ)
option-appeal-summary = ማመልከቻዎ ውድቅ ከተደረገ፣ ውሳኔው እንደገና እንዲታይ መጠየቅ ይችሉ ይሆናል።
option-appeal-meaning = ይግባኝ ማለት አንድ ፍርድ ቤት ወይም ሌላ ባለሥልጣን ጉዳይዎን እንደገና እንዲመለከት መጠየቅ ነው። በይግባኙ ላይ ውሳኔ እስኪሰጥ ድረስ፣ ብዙ ጊዜ በአገሩ ውስጥ መቆየት ይችላሉ።
option-appeal-requires = ብዙውን ጊዜ ውሳኔው ምን ስህተት እንዳለበት ማስረዳት ያስፈልግዎታል። ጠበቃ ይግባኙን ሊጽፍልዎ ይችላል።
option-appeal-deadlines = ይግባኝ ለማለት ያለው የጊዜ ገደብ አጭር ነው፤ አንዳንድ ጊዜ ጥቂት ቀናት ወይም ሳምንታት ብቻ ነው። የጊዜ ገደቡ በውሳኔ ደብዳቤዎ ላይ ተጽፏል። ዛሬውኑ ይመልከቱት።
option-appeal-ask = የውሳኔ ደብዳቤዎን በተቻለ ፍጥነት ለጠበቃ፣ የሕግ ድጋፍ ለሚሰጥ ድርጅት ወይም ለአማካሪ ያሳዩ።

## Other legal stay

option-other-stay-title = በሕጋዊ መንገድ ለመቆየት ሌሎች መንገዶች
option-other-stay-summary = በቤተሰብ፣ በሥራ፣ በትምህርት፣ በጤና ወይም በሌሎች ሰብአዊ ምክንያቶች መቆየት ይችሉ ይሆናል።
option-other-stay-meaning = ከጥገኝነት በተጨማሪ ሌሎች የመኖሪያ ፈቃዶች አሉ። ለምሳሌ የቅርብ ቤተሰብዎ አባላት እዚህ በሕጋዊ መንገድ የሚኖሩ ከሆነ፣ የሥራ ዕድል ወይም የትምህርት ቦታ ካገኙ፣ ወይም በጠና ታመው በአገርዎ ሕክምና ማግኘት ካልቻሉ።
option-other-stay-requires = እያንዳንዱ ፈቃድ የራሱ መስፈርቶች አሉት፤ ለምሳሌ ሰነዶች፣ ገቢ ወይም የቤተሰብ ዝምድና ማስረጃ።
option-other-stay-deadlines = አንዳንድ ፈቃዶች አሁን ያለዎት ፈቃድ ከማለቁ በፊት ወይም ሌሎች የጊዜ ገደቦች ከማለፋቸው በፊት መጠየቅ አለባቸው። ቀደም ብለው ይጠይቁ።
option-other-stay-ask = አማካሪ ወይም የሕግ ድጋፍ የሚሰጥ ድርጅት የትኞቹ ፈቃዶች ለሁኔታዎ ሊስማሙ እንደሚችሉ ሊነግርዎት ይችላል።

## Assisted voluntary return and reintegration

option-voluntary-return-title = በእርዳታ መመለስ (በፈቃደኝነት መመለስ)
option-voluntary-return-summary = ወደ አገርዎ ለመመለስ ከወሰኑ፣ ለጉዞው እና ሕይወትን እንደገና ለመጀመር እርዳታ ማግኘት ይችላሉ።
option-voluntary-return-meaning = ለመመለስ የሚመርጡት እርስዎ ነዎት፤ ድጋፍም ያገኛሉ፦ የጉዞ ሰነዶችን ለማግኘት፣ ለጉዞው፣ ሲደርሱ፣ እና ብዙ ጊዜ ከደረሱ በኋላ ሕይወትዎን መልሰው ለመገንባት የሚረዳ እርዳታ።
option-voluntary-return-requires = ሁሉንም ምርጫዎችዎን ካዩ በኋላ ስምምነትዎን በነጻነት ይሰጣሉ። እስከሚሄዱበት ጊዜ ድረስ ሃሳብዎን መቀየር ይችላሉ።
option-voluntary-return-deadlines = ከፈረሙ በኋላ፣ ስምምነትዎ ተግባራዊ ከመሆኑ በፊት ሁልጊዜ የማሰቢያ ጊዜ አለ። ጉዞውን ማዘጋጀት ብዙውን ጊዜ ጥቂት ሳምንታት ይወስዳል።
option-voluntary-return-ask = ከመወሰንዎ በፊት፣ አማካሪ በአገርዎ ስላለው ድጋፍ ሊያስረዳዎት እና ጥያቄዎችዎን ሊመልስልዎ ይችላል።

## Third country

option-third-country-title = ወደ ሌላ አገር መሄድ
option-third-country-summary = በአንዳንድ ሁኔታዎች፣ ለምሳሌ ከቤተሰብዎ ጋር ለመቀላቀል፣ በሕጋዊ መንገድ ወደ ሌላ አገር መሄድ ይችሉ ይሆናል።
option-third-country-meaning = አንዳንድ ሰዎች በቤተሰብ መቀላቀል፣ በመልሶ ማስፈር ፕሮግራሞች፣ ወይም እንደ ሥራ ወይም ትምህርት ባሉ ሌሎች ሕጋዊ መንገዶች ወደ ሦስተኛ አገር መሄድ ይችላሉ።
option-third-country-requires = እነዚህ መንገዶች ጥብቅ መስፈርቶች አሏቸው፤ ብዙ ጊዜም ረጅም ጊዜ መጠበቅ ያስፈልጋል። ሁሉም ሰው ሊጠቀምባቸው አይችልም።
option-third-country-deadlines = የቤተሰብ መቀላቀል አንዳንድ ጊዜ አንድ የቤተሰብ አባል ጥበቃ ሲያገኝ የሚጀምር የጊዜ ገደብ አለው። ስለዚህ ጉዳይ ቀደም ብለው ይጠይቁ።
option-third-country-ask = አማካሪ ወይም የሕግ ድጋፍ የሚሰጥ ድርጅት ከእነዚህ መንገዶች አንዱ ለእርስዎ ክፍት ሊሆን ይችል እንደሆነ ሊነግርዎት ይችላል።

## No decision

option-no-decision-title = ካልወሰኑ
option-no-decision-summary = ምንም እርምጃ ካልወሰዱ ምን ሊከሰት እንደሚችል ማወቅ አስፈላጊ ነው።
option-no-decision-meaning = የመቆየት መብት ከሌለዎት እና ምንም እርምጃ ካልወሰዱ፣ ቀጥሎ ምን እንደሚሆን ባለሥልጣናት ሊወስኑ ይችላሉ። ይህ በግዳጅ መመለስን ሊያካትት ይችላል፤ በግዳጅ መመለስን የሚፈጽመው መንግሥት ነው እንጂ በፈቃደኝነት መመለስን የሚያቀርቡ ድርጅቶች አይደሉም።
option-no-decision-requires = ያም ሆኖ መሠረታዊ መብቶችዎ አሁንም ይኖሩዎታል፤ በማንኛውም ጊዜም የሕግ ምክር መጠየቅ ይችላሉ።
option-no-decision-deadlines = ከባለሥልጣናት የሚመጡ ደብዳቤዎች አገሩን ለቀው መውጣት ያለብዎትን ቀን ሊገልጹ ይችላሉ። የሚደርስዎትን ማንኛውንም ደብዳቤ ለአማካሪ ወይም ለጠበቃ ያሳዩ።
option-no-decision-ask = ስለ ሁኔታዎ እርግጠኛ ካልሆኑ፣ አማካሪ ሁኔታዎን እንዲረዱ ሊያግዝዎ ይችላል። መጠየቅ በነጻ ነው፤ ምንም ነገር እንዲያደርጉም አያስገድድዎትም።

## Limits, legal help, rights, and what a return changes

option-asylum-start = እንዴት እንደሚጀምሩ፦ እዚህ ላሉ ሠራተኞች ይንገሩ፣ ወይም «የሕግ እርዳታ ያግኙ» ስር ወዳለው ቢሮ ይሂዱ። ከመሄድዎ በፊት በማንኛውም ጊዜ መጠየቅ ይችላሉ።
option-appeal-start = እንዴት እንደሚጀምሩ፦ ዛሬውኑ የውሳኔ ደብዳቤዎን «የሕግ እርዳታ ያግኙ» ስር ላለ ጠበቃ ወይም የሕግ እርዳታ ድርጅት ያሳዩ። ደብዳቤው ይግባኙ የት እና እስከ መቼ እንደሚላክ ይገልጻል።

## The time limit on the asylum and appeal pages, from deployment.toml

option-deadline-days = በዚህ አገር ያለው የጊዜ ገደብ: { $days } ቀን። ለእርስዎ ከየትኛው ቀን ጀምሮ እንደሚቆጠር የሕግ እርዳታ ሊነግርዎት ይችላል።
option-deadline-text = በዚህ አገር ያለው የጊዜ ገደብ: { $deadline }
option-deadline-unknown = ይህ መሣሪያ ለእርስዎ የሚመለከተውን የጊዜ ገደብ አያውቅም። ገደቡ ከማለቁ በፊት ዛሬውኑ የሕግ እርዳታን ይጠይቁ።
