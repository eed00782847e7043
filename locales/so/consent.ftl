# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = Ma oggoshahay inaad hesho caawimaad aad dalkaaga ugu noqoto?
statement-return-assistance-detail = Tani waxay ka dhigan tahay caawimaad dukumentiyada, safarka, iyo imaatinkaaga, sidii hore laguugu sharaxay.
statement-personal-data-title = Ma oggoshahay in macluumaadkaaga loo isticmaalo abaabulka ku noqoshadaada iyo taageerada?
statement-personal-data-detail = Waxaa arka shaqaalaha abaabula ku noqoshadaada, nidaamka kiisaska barnaamijka, iyo lammaanaha taageerada ka bixiya waddankaaga. Bogga macluumaadkaaga ayaa sheegaya cidda kale ee hesha waxa ay helaan.
statement-share-identity-title = Ma oggoshahay in macluumaadka aqoonsigaaga la wadaago mas'uuliyiinta dalkaaga, oo keliya si loo helo dukumentiyada safarka?
statement-share-identity-detail = Kaliya ka dib marka oggolaanshahaagu dhaqan galo, marka la wadaagona dib looma celin karo. La'aanteed caawimada ku noqoshadu ma socon karto. Sababta aad u timid ama codsi magangelyo weligood lalama wadaago.
statement-share-health-title = Ma oggoshahay in macluumaadka caafimaadkaaga la wadaago qofka caafimaad ee kula safraya?
statement-share-health-detail = Tani waxay ka caawinaysaa inay ku daryeelaan jidka. Waad diidi kartaa, weliba waad safri kartaa.
statement-contact-after-return-title = Ma oggoshahay in lagula soo xiriiro markaad gaarto kadib, si loo ogaado sida aad tahay iyo sida ay taageeradu u socoto?
statement-contact-after-return-detail = Tani waxay caawinaysaa hagaajinta taageerada adiga iyo dadka kaleba. Waad diidi kartaa.

## Questions that check understanding

question-change-mind = Markaad saxiixdo kadib, weli ma beddeli kartaa go'aankaaga?
question-change-mind-yes = Haa, ilaa aan ka ambabaxo
question-change-mind-no = Maya, saxiixu waa kama dambays

question-other-options = Ku noqoshadu ma tahay doorashada keliya ee aad haysato?
question-other-options-only-return = Haa, waa doorashada keliya
question-other-options-several = Maya, waxaa jiri kara doorashooyin kale

question-when-it-counts = Goorma ayuu oggolaanshahaagu dhaqan gelayaa?
question-when-it-counts-at-once = Isla marka aan saxiixo
question-when-it-counts-after-waiting = Marka uu dhammaado waqtiga fikirku

question-who-sees-data = Yaa arki kara macluumaadkaaga?
question-who-sees-data-anyone = Qof kasta oo weydiista
question-who-sees-data-only-named = Kaliya kuwa loo magacaabay ku noqoshadayda, qaarkood kaliya haddii aan haa idhi

question-free-choice = Ma waajib baa inaad maanta saxiixdo?
question-free-choice-must-sign = Haa, waa inaan saxiixaa
question-free-choice-my-choice = Maya, waa doorashadayda xorta ah

question-help-after = Ma jirtaa caawimaad markaad dalkaaga gaarto kadib?
question-help-after-yes = Haa, waxaa jiri karta taageero aan dib ugu bilaabo noloshayda
question-help-after-no = Maya, caawimaaddu waxay ku dhammaanaysaa garoonka diyaaradaha

## Limits, legal help, rights, and what a return changes

question-support-sure = Taageerada ka dib ku noqoshada ma hubaal baa in la bixinayo?
question-support-sure-yes = Haa, qof walba wuu helaa
question-support-sure-no = Maya, waxay ku xiran tahay barnaamijka iyo goobta
question-sharing-undo = Marka aqoonsigaaga lala wadaago mas'uuliyiinta waddankaaga, dib ma loo celin karaa?
question-sharing-undo-yes = Haa, hadhow waan dib u qaadan karaa
question-sharing-undo-no = Maya, dib looma celin karo
