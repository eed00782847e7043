# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = ናብ ሃገርኩም ንምምላስ ሓገዝ ክትቕበሉ ትሰማምዑ ዶ፧
statement-return-assistance-detail = እዚ ማለት፣ ከም ቅድሚ ሕጂ ዝተገልጸ፣ ንሰነዳት፣ ንጉዕዞን ንምብጻሕኩምን ዝወሃብ ሓገዝ እዩ።
statement-personal-data-title = ሓበሬታኹም ምምላስኩምን ደገፍኩምን ንምውዳብ ኣብ ጥቕሚ ክውዕል ትሰማምዑ ዶ፧
statement-personal-data-detail = እቶም ምምላስኩም ዘወድቡ ሰራሕተኛታት ኣብ ናይቲ መደብ ናይ ፋይላት ስርዓት፣ ኣብ ሃገርኩም ደገፍ ዝህብ መሻርኽትን ይርእይዎ። ካልእ መን እንታይ ከም ዝቕበል እቲ ብዛዕባ ሓበሬታኹም ዝገልጽ ገጽ ይነግር።
statement-share-identity-title = ሰነዳት ጉዕዞ ንምርካብ ጥራይ፣ ሓበሬታ መንነትኩም ንሰበ-መዚ ሃገርኩም ክወሃብ ትሰማምዑ ዶ፧
statement-share-identity-detail = ስምምዕኩም ድሕሪ ምጽናዑ ጥራይ፣ ሓንሳብ ምስ ተካፈለ ድማ ክምለስ ኣይከኣልን። ብዘይ እዚ ሓገዝ ምምላስ ክቕጽል ኣይክእልን። ስለምንታይ ከም ዝወጻእኩም ወይ ሕቶ ዑቕባ ፈጺሙ ምስኣቶም ኣይካፈልን።
statement-share-health-title = ብዛዕባ ጥዕናኹም ዘሎ ሓበሬታ ምሳኹም ንዝጓዓዝ ሕክምናዊ ኣሰናያይ ክወሃብ ትሰማምዑ ዶ፧
statement-share-health-detail = እዚ ኣብ መገዲ ክከናኸኑኹም ይሕግዞም። «ኣይፋል» ኢልኩም እውን ክትጓዓዙ ትኽእሉ ኢኹም።
statement-contact-after-return-title = ድሕሪ ምብጻሕኩም፣ ከመይ ከም ዘለኹምን እቲ ደገፍ ከመይ ይኸይድ ከም ዘሎን ንምፍላጥ ክንራኸበኩም ትሰማምዑ ዶ፧
statement-contact-after-return-detail = እዚ ንዓኹምን ንኻልኦትን ዝወሃብ ደገፍ ንምምሕያሽ ይሕግዝ። «ኣይፋል» ክትብሉ ትኽእሉ ኢኹም።

## Questions that check understanding

question-change-mind = ድሕሪ ምፍራምኩም፣ ገና ሓሳብኩም ክትቕይሩ ትኽእሉ ዶ፧
question-change-mind-yes = እወ፣ ክሳብ ዝኸይድ
question-change-mind-no = ኣይፋል፣ ምስ ፈረምኩ ኣይቕየርን

question-other-options = ምምላስ እቲ ዘለኩም ሓደ ምርጫ ጥራይ ድዩ፧
question-other-options-only-return = እወ፣ እቲ ሓደ ምርጫ ጥራይ እዩ
question-other-options-several = ኣይፋል፣ ካልኦት ምርጫታት ክህልዉ ይኽእሉ

question-when-it-counts = ስምምዕኩም መዓስ እዩ ተግባራዊ ክኸውን ዝጅምር፧
question-when-it-counts-at-once = ምስ ፈረምኩ ብቕጽበት
question-when-it-counts-after-waiting = ናይ ምሕሳብ ግዜ ምስ ሓለፈ

question-who-sees-data = ሓበሬታኹም መን ክርእዮ ይኽእል፧
question-who-sees-data-anyone = ዝሓተተ ዝኾነ ሰብ
question-who-sees-data-only-named = ንምምላሰይ ዝተጠቕሱ ጥራይ፣ ገሊኦም እወ እንተ ኢለ ጥራይ

question-free-choice = ሎሚ ክትፍርሙ ግድን ድዩ፧
question-free-choice-must-sign = እወ፣ ክፍርም ግድን እዩ
question-free-choice-my-choice = ኣይፋል፣ ናይ ገዛእ ርእሰይ ናጻ ምርጫ እዩ

question-help-after = ናብ ሃገርኩም ምስ በጻሕኩም ሓገዝ ኣሎ ዶ፧
question-help-after-yes = እወ፣ ብሓድሽ ንምጅማር ደገፍ ክህሉ ይኽእል
question-help-after-no = ኣይፋል፣ ሓገዝ ኣብ መዕርፎ ነፈርቲ ይውዳእ

## Limits, legal help, rights, and what a return changes

question-support-sure = ድሕሪ ምምላስኩም ደገፍ ብርግጽ ክወሃብ ድዩ?
question-support-sure-yes = እወ፣ ኩሉ ሰብ ይረኽቦ
question-support-sure-no = ኣይፋል፣ ኣብቲ መደብን ቦታን ይምርኮስ
question-sharing-undo = መንነትኩም ምስ ሰበ-ስልጣን ሃገርኩም ምስ ተካፈለ፣ ክምለስ ይከኣል ድዩ?
question-sharing-undo-yes = እወ፣ ደሓር ክመልሶ እኽእል
question-sharing-undo-no = ኣይፋል፣ ክምለስ ኣይከኣልን
