# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = ወደ አገርዎ ለመመለስ እርዳታ ለመቀበል ይስማማሉ፧
statement-return-assistance-detail = ይህ ማለት ቀደም ሲል እንደተገለጸው ለሰነዶች፣ ለጉዞው እና ሲደርሱ የሚሰጥ እርዳታ ማለት ነው።
statement-personal-data-title = መረጃዎ መመለስዎን እና ድጋፍዎን ለማደራጀት ጥቅም ላይ እንዲውል ይስማማሉ፧
statement-personal-data-detail = መመለስዎን የሚያደራጁ ሠራተኞች በፕሮግራሙ የጉዳይ ሥርዓት ውስጥ፣ እንዲሁም በአገርዎ ድጋፍ የሚሰጠው አጋር ያዩታል። ሌላ ማን ምን እንደሚቀበል ስለ መረጃዎ የሚገልጸው ገጽ ይናገራል።
statement-share-identity-title = የጉዞ ሰነዶችን ለማግኘት ብቻ፣ የማንነት መረጃዎ ለአገርዎ ባለሥልጣናት እንዲሰጥ ይስማማሉ፧
statement-share-identity-detail = ስምምነትዎ ከጸና በኋላ ብቻ፤ አንዴ ከተሰጠ በኋላ መመለስ አይቻልም። ያለዚህ የመመለስ እርዳታው መቀጠል አይችልም። ለምን እንደወጡ ወይም የጥገኝነት ማመልከቻ በፍጹም አይነገራቸውም።
statement-share-health-title = ስለ ጤናዎ ያለ መረጃ አብሮዎት ለሚጓዘው የሕክምና አጃቢ እንዲሰጥ ይስማማሉ፧
statement-share-health-detail = ይህ በመንገድ ላይ እንዲንከባከቡዎት ይረዳቸዋል። «አይ» ብለውም መጓዝ ይችላሉ።
statement-contact-after-return-title = ከደረሱ በኋላ፣ እንዴት እንደሆኑ እና ድጋፉ እንዴት እየሄደ እንደሆነ ለማወቅ እርስዎን ማግኘት እንድንችል ይስማማሉ፧
statement-contact-after-return-detail = ይህ ለእርስዎ እና ለሌሎች የሚሰጠውን ድጋፍ ለማሻሻል ይረዳል። «አይ» ማለት ይችላሉ።

## Questions that check understanding

question-change-mind = ከፈረሙ በኋላ አሁንም ሃሳብዎን መቀየር ይችላሉ፧
question-change-mind-yes = አዎ፣ እስከምሄድ ድረስ
question-change-mind-no = አይ፣ አንዴ ከፈረምኩ አይቀየርም

question-other-options = መመለስ ያለዎት ብቸኛ ምርጫ ነው፧
question-other-options-only-return = አዎ፣ ብቸኛው ምርጫ ነው
question-other-options-several = አይ፣ ሌሎች ምርጫዎች ሊኖሩ ይችላሉ

question-when-it-counts = ስምምነትዎ ተግባራዊ መሆን የሚጀምረው መቼ ነው፧
question-when-it-counts-at-once = ልክ እንደፈረምኩ
question-when-it-counts-after-waiting = የማሰቢያ ጊዜው ካለፈ በኋላ

question-who-sees-data = መረጃዎን ማን ሊያይ ይችላል፧
question-who-sees-data-anyone = የጠየቀ ማንኛውም ሰው
question-who-sees-data-only-named = ለመመለሴ የተጠቀሱት ብቻ፣ አንዳንዶቹ «አዎ» ካልኩ ብቻ

question-free-choice = ዛሬ መፈረም አለብዎት፧
question-free-choice-must-sign = አዎ፣ መፈረም አለብኝ
question-free-choice-my-choice = አይ፣ የራሴ ነጻ ምርጫ ነው

question-help-after = ወደ አገርዎ ከደረሱ በኋላ እርዳታ አለ፧
question-help-after-yes = አዎ፣ እንደገና ለመጀመር ድጋፍ ሊኖር ይችላል
question-help-after-no = አይ፣ እርዳታው አውሮፕላን ማረፊያ ላይ ያበቃል

## Limits, legal help, rights, and what a return changes

question-support-sure = ከተመለሱ በኋላ ድጋፍ እንደሚሰጥ እርግጠኛ ነው?
question-support-sure-yes = አዎ፣ ሁሉም ሰው ያገኘዋል
question-support-sure-no = አይ፣ እንደ ፕሮግራሙና እንደ ቦታው ይለያያል
question-sharing-undo = ማንነትዎ ለአገርዎ ባለሥልጣናት ከተሰጠ በኋላ መመለስ ይቻላል?
question-sharing-undo-yes = አዎ፣ በኋላ መልሼ መውሰድ እችላለሁ
question-sharing-undo-no = አይ፣ መመለስ አይቻልም
