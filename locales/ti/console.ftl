# The counsellor's console. Staff read these; the person at the kiosk never does.

console-signed-in-as = { $account } ({ $role })
console-role-admin = ኣመሓዳሪ
console-role-counsellor = ኣማኻሪ
console-role-editor = ኣሰናዳኢ
console-sign-out = ካብ ሕሳብ ውጹ
console-to-kiosk = ነቲ ስክሪን ናብ ናይ ማሽን ኣገባብ መልስዎ
console-back = ንድሕሪት

## Setup and sign-in

console-setup-title = ቀዳማይ ኣጠቓቕማ፦ ሕሳብ ኣመሓዳሪ ፍጠሩ
console-setup-intro = ኣብዚ መሳርሒ ክሳብ ሕጂ ዝኾነ ሕሳብ የለን። ድሕሪኡ ኣመሓዳሪ ንኣማኸርቲ ሕሳባት ይፈጥር።
console-setup-create = ሕሳብ ኣመሓዳሪ ፍጠሩ
console-setup-done = ሕሳብ ኣመሓዳሪ ተፈጢሩ ኣሎ። ሕጂ እተዉ።
console-sign-in-title = ምእታው ሰራሕተኛታት
console-account-name = ስም ሕሳብ
console-passphrase = ምስጢራዊ ሓረግ ወይ PIN
console-sign-in = እተዉ
console-wrong-credentials = እዚ ስምን ምስጢራዊ ሓረግን ምስ ዝኾነ ሕሳብ ኣይሰማማዕን።
console-locked = ብዙሕ ጌጋ ፈተነታት ተገይሩ። እዚ ሕሳብ ደጊሙ ክፍትን ክሳብ ዝኽእል ዝተረፈ ግዜ፦ { $seconds } ካልኢት
console-locked-idle = ንሓጺር ግዜ ስለ ዘይተጠቐምኩምሉ፣ ናይ ሰራሕተኛታት ገጽ ባዕሉ ተዓጽዩ። ደጊምኩም እተዉ።
console-sign-in-first = ቅድም እተዉ።
console-editor-not-here = ሕሳባት ኣሰናዳኢ ንትሕዝቶን ንትርጉማትን እዮም፣ ንመዛግብ ስምምዕ ኣይኮኑን።
console-account-exists = ብዚ ስም ዝተፈጥረ ሕሳብ ድሮ ኣሎ።
console-bad-name = ስም ሕሳብ ካብ 2 ክሳብ 32 ምልክታት ይህልዎ፦ ፊደላት፣ ቁጽርታት፣ ነጥብታት፣ ሰረዛት ወይ ታሕተዋይ ሰረዛት።
console-weak-secret = ምስጢራዊ ሓረግ ወይ PIN እንተወሓደ 6 ምልክታት ክህልዎ ኣለዎ።
console-already-set-up = ሕሳባት ድሮ ኣለዉ፦ ሓደሽቲ ሕሳባት ዝውስኽ ኣመሓዳሪ እዩ።
console-admin-only = እዚ ክገብር ዝኽእል ኣመሓዳሪ ጥራይ እዩ።

## Dashboard

console-dashboard-title = ኣብዚ መሳርሒ ዘለዉ ስምምዓት
console-concerns-title = ኣብ ኪዮስክ ሕጂ የድልዩኹም ኣለዉ: { $count }
console-concern-pressured = ጸቕጢ ይስምዖ ኣሎ፡ ምስ ሰራሕተኛታት ብሕቡእ ክዛረብ ሓቲቱ
console-concern-lost-code = ኮዱ ጠፊእዎ ስምምዑ ከስሕብ ይደሊ
console-concern-seen = ይኸይድ ኣለኹ
console-guided-start = ብኣማኻሪ ዝምራሕ ርክብ ጀምሩ
console-export = ሓበሬታ ምውጻእ
console-suspend = ሓደ መዕለቢ ንግዚኡ ጠጠው ምባል
console-review-content = ድሕሪ ለውጢ ትሕዝቶ ስምምዓት ምግምጋም
console-list-all = ኩሉ ({ $count })
console-list-cooling-off = ኣብ ናይ ምሕሳብ ግዜ ({ $count })
console-list-effective = ተግባራዊ ({ $count })
console-list-flagged = መጠንቀቕታ ዘለዎም ({ $count })
console-list-needs-review = ምግምጋም ዘድልዮም ({ $count })
console-list-withdrawn = ዝተሰሕቡ ({ $count })
console-list-departed = ምኻድ ዝተመዝገበሎም ({ $count })
console-state-cooling-off = ኣብ ናይ ምሕሳብ ግዜ
console-state-effective = ተግባራዊ
console-state-flagged = መጠንቀቕታ ኣለዎ
console-state-needs-review = ምግምጋም የድልዮ
console-state-withdrawn = ተሰሒቡ
console-state-departed = ምኻድ ተመዝጊቡ
console-state-declined = እቲ ሰብ ኣይተሰማምዐን
console-hours-left = ዝተረፈ ሰዓት፦ { $hours }
console-search = ድለይ፦ ኮድ፣ ቋንቋ ወይ መዕለቢ
console-list-empty = ኣብዚ ዝርዝር ዝኾነ ስምምዕ የለን።
console-list-more = ዝተራእየ፦ { $shown } ካብ { $count }። ነቲ ዝርዝር ንምጽባብ ተወሳኺ ክፋል ናይቲ ኮድ ጽሓፉ።
console-open = { $code } ክፈቱ

## Opening a record

console-reason-title = ነዚ መዝገብ ስለምንታይ ትኸፍትዎ ኣለኹም፧
console-reason-intro = መዝገብ ምኽፋት ምስ ሕሳብኩምን ምኽንያትኩምን ይምዝገብ።
console-reason = ምኽንያት
console-reason-needed = በጃኹም ምኽንያት ጽሓፉ (ሒደት ቃላት)።
console-open-confirm = መዝገብ ክፈቱ
console-not-found = እዚ ስምምዕ ክርከብ ኣይከኣለን።
console-record-title = መዝገብ ስምምዕ
console-fact-code = ናይ መወከሲ ኮድ፦ { $value }
console-fact-state = ኩነታት፦ { $value }
console-fact-signed = ዝተፈረመሉ ግዜ፦ { $value }
console-fact-cooling-off = ናይ ምሕሳብ ግዜ ዝውድኣሉ፦ { $value }
console-fact-destination = መዕለቢ፦ { $value }
console-fact-language = ቋንቋ፦ { $value }
console-fact-content = ስሪት ትሕዝቶ፦ { $value }
console-fact-departed = ዝኸደሉ ግዜ፦ { $value }
console-fact-escort = ኣሰናያይ፦ { $value }
console-fact-reception = ምድላው ኣቀባብላ፦ { $value }
console-fact-household = ስድራ፦ { $value }
console-fact-review = ምግምጋም የድልዮ፣ ምኽንያቱ፦ { $value }
console-review-content-changed = እቲ ዝተራእየ ሓበሬታ ድሕሪ ምፍራም ተቐይሩ እዩ
console-review-child-objection = እቲ ቆልዓ ተቓዊሙ
console-flag-pressure = እቲ ዝምልከቶ ሰብ ጸቕጢ ከም ዝተሰምዖ ገሊጹ፣ ወይ ንበይኑ ክዛረብ ሓቲቱ።
console-flag-re-explained = ካብ መልስታት ናይ ምርድዳእ ሕቶታት ሓደ ደጊሙ ምግላጽ ኣድልይዎ።
console-present = ዝተረኽቡ፦
console-items = መልስታት፦
console-withdraw = ብሕቶ እቲ ዝምልከቶ ሰብ ስምምዕ ምስሓብ
console-departure = ምኻድ ምምዝጋብ
console-reconsent = ሓድሽ ፊርማ ምውሳድ
console-saved = ተዓቂቡ።
console-conflict = ካልእ ሰብ ቅድሚ ሓጺር ግዜ ነዚ ስምምዕ ቀይርዎ። ዝተዓቕበ ነገር የለን። ነቲ ለውጢ ንምርኣይ ደጊምኩም ክፈትዎ።
console-failed = እዚ ኣይሰርሐን፦ { $why }

## Re-consent

console-reconsent-title = ድሕሪ ምፍራም እንታይ ተቐይሩ
console-reconsent-intro = ነቲ ሓድሽ ጽሑፍ ምስቲ ዝምልከቶ ሰብ፣ ብቋንቋኡ ኣንብብዎ። ድሕሪኡ ደጊሙ ይፍርም፣ ወይ ስምምዑ ይስሕብ።
console-reconsent-not-needed = እዚ ስምምዕ ምግምጋም ኣየድልዮን።
console-reconsent-no-text-change = እቶም ዝተራእዩ ጽሑፋት ኣይተቐየሩን፤ እቲ ምግምጋም ብኻልእ ምኽንያት እዩ ነይሩ።
console-reconsent-before = ኣብ ግዜ ምፍራም
console-reconsent-now = ሕጂ
console-reconsent-gone = (ድሕሪ ሕጂ ኣይረአን)
console-reconsent-sign-as = ዝተጻሕፈ ስም፣ ከም፦ { $role }
console-reconsent-sign = ሓድሽ ፊርማ መዝግቡ

## Suspension and content review

console-suspend-title = ንምምላስ ዝወሃብ ሓገዝ ንግዚኡ ጠጠው ምባል
console-suspend-intro = ኩሎም ናይዚ መዕለቢ ዘይተዛዘሙ ስምምዓት ብቕጽበት ናብ ምግምጋም ይሰጋገሩ፣ እቲ ማሽን ድማ ነዚ መዕለቢ ምቕራብ የቋርጽ።
console-suspend-area = ሓደ ከባቢ ጥራይ (ኮድ ISO 3166-2፣ ኣማራጺ)
console-suspend-reason = ምኽንያት
console-suspend-confirm = ንግዚኡ ጠጠው ኣብሉ
console-suspend-unknown-country = ካብቲ ዝርዝር ሃገር ምረጹ።
console-suspend-done = ንግዚኡ ጠጠው ኢሉ ኣሎ። ናብ ምግምጋም ዝተሰጋገሩ ስምምዓት፦ { $count }
console-review-done = ብዝኣረገ ሓበሬታ ተፈሪሞም ናብ ምግምጋም ዝተሰጋገሩ ስምምዓት፦ { $count }

## Export

console-export-title = ናብ ስርዓት ጉዳያት ምውጻእ
console-export-intro = ኣብዚ መሳርሒ ዘሎ ኩሉ ኣብቲ ማህደር ኣብ ሓደ ፋይል ይጽሓፍ።
console-export-folder = ማህደር
console-export-jsonl = JSON Lines (ዝተሓትሙ ፍጻመታት)
console-export-csv = CSV (ንነፍሲ ወከፍ ስምምዕ ሓደ መስመር)
console-export-fhir = FHIR R4 Bundle
console-exported = ዝተጻሕፉ መዛግብ፦ { $count }። ፋይል፦ { $path }

## Guided session

console-guided-title = ብኣማኻሪ ዝምራሕ ርክብ፦ መን ኣሎ
console-guided-language = ቋንቋ እቲ ዝምልከቶ ሰብ
console-guided-adult = 18 ዓመት ወይ ካብኡ ንላዕሊ
console-guided-minor = ካብ 18 ዓመት ንታሕቲ
console-guided-capacity-doubt = እቲ ዝምልከቶ ሰብ ናይ ምውሳን ዓቕሚ ከም ዘለዎ እጠራጠር እየ
console-guided-interpreter = ዘሎ ተርጓሚ፦ ቋንቋ (ተርጓሚ እንተዘየሎ ባዶ ግደፍዎ)
console-guided-witness = ዘሎ ምስክር፦ ስም (ንምልክት የድሊ)
console-guided-household = መወከሲ ስድራ፡ ናይ ሓደ ስድራ ስምምዓት ዝካፈልዎ (እንተዘይብሉ ባዶ ግደፍዎ)
console-guided-representative = ስም ሞግዚት ወይ ሕጋዊ ወኪል
console-guided-best-interests = መወከሲ ናይ ውሳነ ዝበለጸ ረብሓ ቆልዓ
console-guided-child-view = ናይቲ ቆልዓ ባዕሉ ርእይቶ
console-guided-child-agrees = እቲ ቆልዓ ይሰማማዕ (ስእሊ)
console-guided-child-objects = እቲ ቆልዓ ይቃወም (ስእሊ)
console-guided-assent = ምስምማዕ
console-guided-objection = ተቓውሞ
console-guided-child-words = ናይቲ ቆልዓ ባዕሉ ቃላት
console-guided-unaccompanied = እቲ ቆልዓ ብዘይ ወላዲ ወይ ሓላፍነት ዝወስድ ዓቢ ሰብ ኣብዚ ድዩ ዘሎ?
console-guided-unaccompanied-yes = ብዘይ ኣሰናያይ ዘሎ ቆልዓ
console-guided-unaccompanied-no = ምስ ወላዲ ወይ ሓላፍነት ዝወስድ ዓቢ ሰብ
console-guided-escort = ኣሰናያይ ኣብ ጉዕዞ፦ ትካል ከምኡ'ውን መወከሲ (ብዘይ ስም)
console-guided-reception = መወከሲ ምድላው ኣቀባብላ ኣብ ሃገር ምምላስ
console-guided-covers-separation = ውሳነ ዝበለጸ ረብሓ ካብ ወለዲ ተፈሊኻ ምምላስ ይሽፍን
console-guided-begin = ምስቲ ዝምልከቶ ሰብ ጀምሩ

## Why the rules refuse

rule-mark-without-witness = ብምልክት ምፍራም ኣብዚ ርክብ ዘሎ ምስክር የድልዮ።
rule-guardian-signature-missing = ስምምዕ ቆልዓ ፊርማ ሞግዚት ወይ ሕጋዊ ወኪል የድልዮ።
rule-child-view-missing = ቅድም ናይቲ ቆልዓ ባዕሉ ርእይቶ (ምስምማዕ ወይ ተቓውሞ) መዝግቡ።
rule-best-interests-reference-missing = ቆልዓ ንምምላስ ዝህቦ ስምምዕ መወከሲ ናይ ውሳነ ዝበለጸ ረብሓ ቆልዓ የድልዮ።
rule-representative-signature-missing = ናይ ምውሳን ዓቕሚ ኣጠራጣሪ እዩ፦ ሕጋዊ ወኪል ክፍርም ኣለዎ።
rule-migrant-signature-missing = እቲ ዝምልከቶ ሰብ ገና ኣይፈረመን።
rule-empty-signature = ሓደ ፊርማ ባዶ እዩ።
rule-unknown-signer = ከም ዝተረኽበ ዘይተመዝገበ ሰብ ፈሪሙ ኣሎ።
rule-not-withdrawable = እዚ ስምምዕ ኣብቲ ሕጂ ዘሎ ኩነታት ክስሓብ ኣይክእልን።
rule-already-departed = ምኻድ ተመዝጊቡ ኣሎ፦ ድሕሪ ሕጂ ምስሓብ ኣይከኣልን።
rule-not-departable = ምኻድ ክምዝገብ ዝኽእል ስምምዕ ተግባራዊ ምስ ኮነ ጥራይ እዩ።
rule-not-awaiting-reconsent = ሓድሽ ፊርማ ዝውሰድ ምግምጋም ንዘድልዮ ስምምዕ ጥራይ እዩ።

## ሓለዋታት፦ ምልክታት፣ ናይ ምርግጋጽ ቃለ-መሕትት፣ ምብጋስ፣ ብዘይ ኮድ ምስሓብ

console-list-on-hold = ኣማኻሪ ዝጽበዩ ({ $count })
console-state-on-hold = ኣማኻሪ ይጽበ (ክፉት ምልክት ወይ ናይ ምርግጋጽ ቃለ-መሕትት)
console-find-without-code = ብዘይ ኮድ ምስሓብ
console-flag-capacity-doubt = ሓደ ኣማኻሪ ብዛዕባ ዓቕሚ ውሳነ ጥርጣረ መዝጊቡ።
console-flag-child-objection = እቲ ቆልዓ ተቓዊሙ።
console-flags-open = ክፉታት ምልክታት፦ ነፍሲ ወከፎም ክሳዕ ዝፍታሕ፡ እቲ ስምምዕ ኣይጸንዕን ምብጋስ'ውን ኣይምዝገብን።
console-flag-reason = ምኽንያት ፍታሕ
console-flag-cleared = ድሕሪ ብሕታዊ ዝርርብ ተላዒሉ
console-flag-referred = ተመሓላሊፉ (ክፉት ይጸንሕ)
console-flag-review = ንምርመራ፦ ሓድሽ ፊርማ፡ ርእይቶ እቲ ቆልዓ ደጊሙ ይውሰድ
console-flag-resolution = { $flag } ፍታሕ፦ { $outcome }። { $reason }
console-fact-interview = ናይ ምርግጋጽ ቃለ-መሕትት፦ { $outcome }፣ { $when }
console-fact-departure-corrected = ምብጋስ ተኣሪሙ { $when }፦ { $reason }
console-confirmation = ናይ ምርግጋጽ ቃለ-መሕትት
console-confirmation-not-needed = እዚ ስምምዕ ናይ ምርግጋጽ ቃለ-መሕትት ኣይጽበን።
console-confirmation-title = ብሕታዊ ናይ ምርግጋጽ ቃለ-መሕትት
console-confirmation-intro = ምስቲ ሰብ በይንኹም ተዘራረቡ፣ እንተ ድኣ ኣድልዩ ምስ ተርጓሚ። ነፍሲ ወከፍ ሕቶ ኣብ ታሕቲ ሕተቱ፤ እቲ ስምምዕ ድሕሪ ግዜ ምሕሳብን ምርግጋጽን ጥራይ እዩ ዝጸንዕ።
console-confirmation-interpreter-language = ተርጓሚ፦ ቋንቋ (እንተ ዘየለ ባዶ ግደፍዎ)
console-confirmation-interpreter-id = ተርጓሚ፦ ቁጽሪ ዝርዝር
console-confirmation-others = ኣብቲ ክፍሊ ካልእ መን ኣሎ፦
console-confirmation-fear = እቲ ሰብ ምስ ተመልሰ ጉድኣት ይፈርሕ ድዩ?
console-confirmation-fear-none = ፍርሒ ኣይገለጸን
console-confirmation-fear-asylum-info = ፍርሒ ገሊጹ፦ ሓበሬታ ዑቕባ ተዋሂቡ
console-confirmation-referred = ተመሓላሊፉ
console-confirmation-signs = ምልክታት ዘዋሪ ሰባት ወይ ዓመጽ?
console-confirmation-signs-none = ዋላ ሓደ ኣይተራእየን
console-confirmation-fitness = ጥዕና ብቕዓት ጉዕዞን
console-confirmation-fit = ንጉዕዞ ብቑዕ
console-confirmation-fit-with-support = ብደገፍ ብቑዕ (ኣሰናያይ፣ መድሃኒት)
console-confirmation-not-fit = ሕጂ ንጉዕዞ ብቑዕ ኣይኮነን
console-confirmation-legal = ናጻ ሕጋዊ ምኽሪ
console-confirmation-legal-offered = ቀሪቡ፣ ገና ኣይተወሰነን
console-confirmation-legal-taken = ቀሪቡ ተቐቢሉ
console-confirmation-legal-declined = ቀሪቡ ኣብዩ
console-confirmation-detained = እቲ ሰብ ኣብ ቤት ማእሰርቲ ድዩ ዘሎ?
console-confirmation-person = እቲ ሰብ ብቓሉ ክምለስ ከም ዝደሊ ኣረጋጊጹ ድዩ?
console-confirmation-confirmed = መዝግብ፦ ተረጋጊጹ
console-confirmation-outcome-referred = መዝግብ፦ ተመሓላሊፉ (ይጽበ)
console-confirmation-withdrawn = መዝግብ፦ እቲ ሰብ ስምምዑ ይስሕብ
console-reconfirm-departure = እቲ ሰብ ሎሚ ደጊሙ ኣረጋጊጹ
console-departure-correction-reason = ምብጋስ ስለምንታይ ብጌጋ ተመዝጊቡ
console-departure-correct = ምብጋስ ኣርም
console-find-title = ብዘይ ኮድ ምስሓብ
console-find-intro = እቲ ሰብ ኣብዚ ኣሎ ኮዱ ድማ ጠፊእዎ። ዝዝክሮ ሕተቱ፤ እንተ ወሓደ ክልተ ሓበሬታ ኣእትዉ። ነፍሲ ወከፍ ሓበሬታ ክሰማማዕ ኣለዎ።
console-find-date = መዓልቲ ፊርማ (YYYY-MM-DD)
console-find-language = ዘንበበሉ ቋንቋ (ንኣብነት ar)
console-find-destination = ሃገር ምምላስ (ንኣብነት GE)
console-find-code = ክፋል ናይቲ ኮድ
console-find-search = ድለ
console-find-two-facts = እንተ ወሓደ ክልተ ሓበሬታ ኣእትዉ።
console-find-too-many = ካብ ሰለስተ ንላዕሊ ስምምዓት ይሰማምዑ፦ ካልእ ሓበሬታ ሕተቱ።
console-find-none = ምስ ኩሉ ሓበሬታ ዝሰማማዕ ክስሓብ ዝኽእል ስምምዕ የለን።
console-find-reason = ምኽንያት ምስሓብ
console-find-person-present = እቲ ሰብ ኣብዚ ምሳይ ኣሎ
console-withdrawn-without-code = ተሰሒቡ። ነቲ ሰብ ቅብሊት ምስሓብ ሃብዎ።
rule-held = እዚ ስምምዕ ገና ኣይቁጸርን፦ ክፉት ምልክት ኣሎ ወይ ናይ ምርግጋጽ ቃለ-መሕትት ኣየረጋገጾን።
rule-flag-not-open = እዚ ምልክት ኣብዚ ስምምዕ ክፉት ኣይኮነን።
rule-not-awaiting-safeguard = ኣብዚ ስምምዕ ሕጂ ዝፍታሕ ወይ ዝረጋገጽ የለን።
rule-interview-incomplete = መልስታት ቃለ-መሕትት ምርግጋጽ ኣይፈቕዱን (ምርግጋጽ እቲ ሰብ፣ ዝጽበ ምምሕልላፍ፣ ብቕዓት ጉዕዞ፣ ወይ ኣብ ማእሰርቲ ሕጋዊ ምኽሪ)።
rule-reason-missing = በጃኹም ምኽንያት ጽሓፉ።
rule-reconfirmation-missing = ምብጋስ ቅድሚ ምምዝጋቡ እቲ ሰብ ሎሚ ብሕታዊ ደጊሙ ከረጋግጽ ኣለዎ።
rule-not-departed = ዝተመዝገበ ምብጋስ የለን።
rule-not-identified = ብዘይ ኮድ ምስሓብ ህላወ እቲ ሰብን እንተ ወሓደ ክልተ ዝሰማምዑ ሓበሬታን የድሊ።
rule-child-objection-needs-review = ተቓውሞ ቆልዓ ክለዓል ኣይክእልን፦ ነቲ ስምምዕ ናብ ምርመራ ኣሕልፎ፡ ወይ ኣመሓላልፎ።
rule-escort-missing = ምምላስ ብዘይ ኣሰናያይ ዘሎ ቆልዓ ኣሰናያይ ክምዝገብ የድልዮ።
rule-reception-arrangement-missing = ምምላስ ብዘይ ኣሰናያይ ዘሎ ቆልዓ መወከሲ ምድላው ኣቀባብላ ኣብ ሃገር ምምላስ የድልዮ።
rule-household-apart = ስምምዕ ቆልዓ ምስ ስምምዕ ወላዲ ናይ ሓደ ስድራ (ናብ ሓንቲ ሃገር፡ ኣብ ግብሪ ዘሎ) ይኸይድ፡ ውሳነ ዝበለጸ ረብሓ ተፈሊኻ ምምላስ እንተዘይሸፊኑ።
console-fact-waiting-for = ዝጽበ፦ { $value }
console-fact-shareable-from = ካብቲ ማእከል ዝወጽእ ሓበሬታ ካብዚ ግዜ ጀሚሩ ክካፈል ይኽእል፦ { $value }
console-confirmation-unanswered = ቅድሚ ቃለ-መሕትት ምምዝጋብ ንነፍሲ ወከፍ ሕቶ መልሱ።
console-hold-household = ካብቲ ሓደ ስድራ ዝኾነ ወላዲ ስምምዕ
console-suspend-unknown-area = ነዚ ሃገር ካብ ዝተዘርዘሩ ዞባታት ሓደ ወይ ንብምሉኡ ሃገር ምረጹ።
console-suspend-whole-country = ብምሉኡ ሃገር
console-suspensions-active = ካብዚ ኮንሶል ጠጠው ዝበሉን ሕጂ ውን ኣብ ስራሕ ዘለዉን፦
console-suspension-line = { $destination }፣ ካብ { $when } ጀሚሩ፦ { $reason }
console-lift = ነዚ ምእጋድ ኣልዕሉ
console-lift-title = ምእጋድ ምልዓል
console-lift-intro = ምእጋድ ምስ ተላዕለ፣ እቲ ኪዮስክ ነዚ መዕለቢ ደጊሙ የቕርቦ። ብሰንኩ ናብ ምግምጋም ዝተሰጋገሩ ስምምዓት ኣብ ምግምጋም ይጸንሑ፦ ነፍሲ ወከፎም ብሓድሽ ፊርማ ጥራይ ይቕጽሉ፣ ወይ ከኣ ይስሓብ።
console-lift-count = ብሰንኪ እዚ ምእጋድ ኣብ ምግምጋም ዘለዉ ስምምዓት፦ { $count }
console-lift-content-still = እቲ ትሕዝቶ (countries.toml) ውን ነዚ መዕለቢ ኣእጊድዎ ኣሎ፦ ክሳብ እቲ ትሕዝቶ ዝቕየር ተኣጊዱ ይጸንሕ።
console-lift-reason = ስለምንታይ ይለዓል? (ንመዝገብ)
console-lift-confirm = ምእጋድ ኣልዕሉ
console-lift-done = ምእጋድ ተላዒሉ። ሕጂ ውን ኣብ ምግምጋም ዘለዉ፣ ነፍሲ ወከፎም ሓድሽ ፊርማ ዝጽበዩ ስምምዓት፦ { $count }
console-lift-not-active = እዚ ምእጋድ ድሕሪ ሕጂ ኣብ ስራሕ የለን።
console-reconsent-region = ዞባ ምምላስ፦ ነቲ ሰብ ደጊምኩም ሕተትዎ።
rule-area-not-chosen = ናብዚ ሃገር ምምላስ ነቲ ሰብ ዝምለሰሉ ዞባ ካብቶም ዝተዘርዘሩ ይጠቅስ።
rule-unaccompanied-unanswered = ንቆልዓ፣ መጀመርታ ብዘይ ወላዲ ወይ ሓላፍነት ዘለዎ ዓቢ ሰብ ኣብዚ ምህላዉ መልሱ፦ እወ ወይ ኣይፋል።

## The table and its queue

console-needs-you-title = ሕጂ ዘድልዩኹም ስምምዓት፦ { $count }
console-needs-you-none = ኣብ መስርዕ ሕጂ ዘድልየኩም የለን።
console-needs-you-more = ኣብ መስርዕ ካልኦት፦ { $count }። ኩሎም ንምርኣይ ኣብ ታሕቲ ዝርዝር ምረጹ።
console-urgent-flag = ክፉት ምልክት
console-chip-on-hold = ኣማኻሪ ይጽበ
console-urgent-confirmation = ናይ ምርግጋጽ ቃለ-መሕትት ግዜኡ በጺሑ
console-urgent-cooling-off = ግዜ ምሕሳብ ሎሚ ይውዳእ
console-column-code = ኮድ
console-column-state = ኩነታት
console-column-hours = ዝተረፈ ሰዓት
console-column-flags = ምልክታት
console-column-language = ቋንቋ
console-column-destination = መዕለቢ
console-sort-by = ብመሰረት { $column } ስርዑ
console-filter-all-languages = ኩሎም ቋንቋታት
console-filter-all-countries = ኩለን ሃገራት
console-filter-open-flags = ክፉታት ምልክታት ጥራይ
console-flag-short-pressure = ጸቕጢ
console-flag-short-comprehension = ምርዳእ
console-flag-short-capacity-doubt = ዓቕሚ ውሳነ
console-flag-short-child-objection = ቆልዓ ተቓዊሙ
console-flag-open = ክፉት ምልክት፦ { $reason }
console-flag-resolved = ዝተፈትሐ ምልክት፦ { $reason }
console-reason-for = መዝገብ { $code }
console-reason-quick = ልሙድ ምኽንያት ምረጹ፣ ወይ ካልእ ምኽንያት ኣብ ታሕቲ ጽሓፉ።
console-reason-asked = እቲ ሰብ ኣብ መኣዲ ሓቲቱ
console-reason-flag = ምልክት ንምፍታሕ
console-reason-interview = ናይ ምርግጋጽ ቃለ-መሕትት
console-reason-departure = ንምኻድ ምድላው
console-reason-other = ካልእ ምኽንያት (ጽሓፉ)
console-suspend-confirm-count = { $destination } ንግዚኡ ጠጠው ኣብሉ፦ ናብ ምግምጋም ዝኸዱ ዝጽበዩ ስምምዓት፦ { $count }
console-export-drives = ዝውሰዱ መኽዘኒታት፦ ሓደ ጠውቑ፣ ድሕሪኡ ቅርጺ።
console-export-drive = መኽዘኒ { $name }
console-export-no-drive = ዝውሰድ መኽዘኒ ኣይተረኽበን። ሓደ ኣእትዉ ወይ ማህደር ጸሓፉ።

## Central sync

console-central-sync-last = ማእከላይ ናይ ሓበሬታ መዓቀኒ ንመወዳእታ ግዜ ዝተቐበሎ፦ { $date }፣ { $time }
console-central-sync-never = ማእከላይ ናይ ሓበሬታ መዓቀኒ ገና ኣይተቐበሎን።
