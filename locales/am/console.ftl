# The counsellor's console. Staff read these; the person at the kiosk never does.

console-signed-in-as = { $account } ({ $role })
console-role-admin = አስተዳዳሪ
console-role-counsellor = አማካሪ
console-role-editor = አርታኢ
console-sign-out = ከመለያ ይውጡ
console-to-kiosk = ማያ ገጹን ወደ ማሽኑ ሁነታ ይመልሱ
console-back = ወደ ኋላ

## Setup and sign-in

console-setup-title = የመጀመሪያ አጠቃቀም፦ የአስተዳዳሪ መለያ ይፍጠሩ
console-setup-intro = በዚህ መሣሪያ ላይ እስካሁን ምንም መለያ የለም። ከዚያ በኋላ አስተዳዳሪው የአማካሪዎቹን መለያዎች ይፈጥራል።
console-setup-create = የአስተዳዳሪ መለያ ይፍጠሩ
console-setup-done = የአስተዳዳሪ መለያ ተፈጥሯል። አሁን ይግቡ።
console-sign-in-title = የሠራተኞች መግቢያ
console-account-name = የመለያ ስም
console-passphrase = የይለፍ ሐረግ ወይም PIN
console-sign-in = ይግቡ
console-wrong-credentials = ይህ ስም እና የይለፍ ሐረግ ከማንኛውም መለያ ጋር አይዛመዱም።
console-locked = በጣም ብዙ የተሳሳቱ ሙከራዎች ተደርገዋል። ይህ መለያ እንደገና መሞከር እስኪችል ድረስ የቀረው ጊዜ፦ { $seconds } ሰከንድ
console-locked-idle = ለተወሰነ ጊዜ ጥቅም ላይ ስላልዋለ የሠራተኞች ገጹ በራሱ ተቆልፏል። እንደገና ይግቡ።
console-sign-in-first = መጀመሪያ ይግቡ።
console-editor-not-here = የአርታኢ መለያዎች ለይዘትና ለትርጉሞች ናቸው፣ ለስምምነት መዝገቦች አይደሉም።
console-account-exists = በዚህ ስም መለያ አስቀድሞ አለ።
console-bad-name = የመለያ ስም ከ2 እስከ 32 ምልክቶች አሉት፦ ፊደላት፣ ቁጥሮች፣ ነጥቦች፣ ሰረዞች ወይም የታች ሰረዞች።
console-weak-secret = የይለፍ ሐረግ ወይም PIN ቢያንስ 6 ምልክቶች ሊኖሩት ይገባል።
console-already-set-up = መለያዎች አስቀድመው አሉ፦ አዲስ መለያዎችን የሚጨምረው አስተዳዳሪ ነው።
console-admin-only = ይህን ማድረግ የሚችለው አስተዳዳሪ ብቻ ነው።

## Dashboard

console-dashboard-title = በዚህ መሣሪያ ላይ ያሉ ስምምነቶች
console-concerns-title = በኪዮስኩ አሁን ይፈልጉዎታል: { $count }
console-concern-pressured = ጫና ይሰማዋል፣ ከሠራተኞች ጋር በግል መነጋገር ጠይቋል
console-concern-lost-code = ኮዱን አጥፍቷል፣ ስምምነቱን መልሶ መውሰድ ይፈልጋል
console-concern-seen = እየሄድኩ ነው
console-guided-start = በአማካሪ የሚመራ ክፍለ ጊዜ ይጀምሩ
console-export = መረጃ ወደ ውጭ መላክ
console-suspend = አንድን መዳረሻ ለጊዜው ማቆም
console-review-content = ከይዘት ለውጥ በኋላ ስምምነቶችን መገምገም
console-list-all = ሁሉም ({ $count })
console-list-cooling-off = በማሰቢያ ጊዜ ላይ ያሉ ({ $count })
console-list-effective = ተግባራዊ የሆኑ ({ $count })
console-list-flagged = ማስጠንቀቂያ ያለባቸው ({ $count })
console-list-needs-review = ግምገማ የሚያስፈልጋቸው ({ $count })
console-list-withdrawn = መልሰው የተወሰዱ ({ $count })
console-list-departed = መሄዳቸው የተመዘገበ ({ $count })
console-state-cooling-off = በማሰቢያ ጊዜ ላይ
console-state-effective = ተግባራዊ
console-state-flagged = ማስጠንቀቂያ አለበት
console-state-needs-review = ግምገማ ያስፈልገዋል
console-state-withdrawn = መልሶ ተወስዷል
console-state-departed = መሄዱ ተመዝግቧል
console-state-declined = ግለሰቡ አልተስማማም
console-hours-left = የቀረው ሰዓት፦ { $hours }
console-search = ፍለጋ፦ ኮድ፣ ቋንቋ ወይም መዳረሻ
console-list-empty = በዚህ ዝርዝር ውስጥ ምንም ስምምነት የለም።
console-list-more = የሚታዩት፦ { $shown } ከ{ $count }። ዝርዝሩን ለማጥበብ ተጨማሪ የኮዱን ክፍል ይጻፉ።
console-open = { $code } ይክፈቱ

## Opening a record

console-reason-title = ይህን መዝገብ ለምን ይከፍታሉ፧
console-reason-intro = መዝገብ መክፈት ከመለያዎና ከምክንያትዎ ጋር ይመዘገባል።
console-reason = ምክንያት
console-reason-needed = እባክዎ ምክንያት ይጻፉ (ጥቂት ቃላት)።
console-open-confirm = መዝገቡን ይክፈቱ
console-not-found = ይህ ስምምነት ሊገኝ አልቻለም።
console-record-title = የስምምነት መዝገብ
console-fact-code = የማጣቀሻ ኮድ፦ { $value }
console-fact-state = ሁኔታ፦ { $value }
console-fact-signed = የተፈረመበት ጊዜ፦ { $value }
console-fact-cooling-off = የማሰቢያ ጊዜ የሚያበቃበት፦ { $value }
console-fact-destination = መዳረሻ፦ { $value }
console-fact-language = ቋንቋ፦ { $value }
console-fact-content = የይዘት ስሪት፦ { $value }
console-fact-departed = የሄደበት ጊዜ፦ { $value }
console-fact-escort = አጃቢ፦ { $value }
console-fact-reception = የአቀባበል ዝግጅት፦ { $value }
console-fact-household = ቤተሰብ፦ { $value }
console-fact-review = ግምገማ ያስፈልገዋል፣ ምክንያቱም፦ { $value }
console-review-content-changed = የታየው መረጃ ከተፈረመ በኋላ ተቀይሯል
console-review-child-objection = ልጁ ተቃውሟል
console-flag-pressure = ግለሰቡ ጫና እንደተሰማው ተናግሯል፣ ወይም ለብቻው መነጋገር ጠይቋል።
console-flag-re-explained = ከመረዳት ጥያቄዎቹ የአንዱ መልስ እንደገና ማብራሪያ አስፈልጎታል።
console-present = የተገኙት፦
console-items = መልሶች፦
console-withdraw = በግለሰቡ ጥያቄ ስምምነቱን መልሶ መውሰድ
console-departure = መሄዱን መመዝገብ
console-reconsent = አዲስ ፊርማ መውሰድ
console-saved = ተቀምጧል።
console-conflict = ሌላ ሰው ይህን ስምምነት ከጥቂት ጊዜ በፊት ቀይሮታል። ምንም ነገር አልተቀመጠም። ለውጡን ለማየት እንደገና ይክፈቱት።
console-failed = ይህ አልሰራም፦ { $why }

## Re-consent

console-reconsent-title = ከተፈረመ በኋላ የተቀየረው
console-reconsent-intro = አዲሱን ጽሑፍ ከግለሰቡ ጋር፣ በራሱ ቋንቋ ያንብቡ። ከዚያ እንደገና ይፈርማል፣ ወይም ስምምነቱን መልሶ ይወስዳል።
console-reconsent-not-needed = ይህ ስምምነት ግምገማ አያስፈልገውም።
console-reconsent-no-text-change = የታዩት ጽሑፎች አልተቀየሩም፤ ግምገማው በሌላ ምክንያት ነበር።
console-reconsent-before = ሲፈረም
console-reconsent-now = አሁን
console-reconsent-gone = (ከአሁን በኋላ አይታይም)
console-reconsent-sign-as = የተጻፈ ስም፣ እንደ፦ { $role }
console-reconsent-sign = አዲሱን ፊርማ ይመዝግቡ

## Suspension and content review

console-suspend-title = ለመመለስ የሚሰጠውን እርዳታ ለጊዜው ማቆም
console-suspend-intro = የዚህ መዳረሻ ያልተጠናቀቁ ስምምነቶች በሙሉ ወዲያውኑ ወደ ግምገማ ይዛወራሉ፤ ማሽኑም ይህን መዳረሻ ማቅረብ ያቆማል።
console-suspend-area = አንድ አካባቢ ብቻ (የISO 3166-2 ኮድ፣ አማራጭ)
console-suspend-reason = ምክንያት
console-suspend-confirm = ለጊዜው ያቁሙ
console-suspend-unknown-country = ከዝርዝሩ አንድ አገር ይምረጡ።
console-suspend-done = ለጊዜው ቆሟል። ወደ ግምገማ የተዛወሩ ስምምነቶች፦ { $count }
console-review-done = በቆየ መረጃ የተፈረሙና ወደ ግምገማ የተዛወሩ ስምምነቶች፦ { $count }

## Export

console-export-title = ወደ ጉዳይ አስተዳደር ሥርዓት መላክ
console-export-intro = በዚህ መሣሪያ ላይ ያለው ሁሉ በአቃፊው ውስጥ ባለ አንድ ፋይል ላይ ይጻፋል።
console-export-folder = አቃፊ
console-export-jsonl = JSON Lines (የታሸጉ ክስተቶች)
console-export-csv = CSV (ለእያንዳንዱ ስምምነት አንድ ረድፍ)
console-export-fhir = FHIR R4 Bundle
console-exported = የተጻፉ መዝገቦች፦ { $count }። ፋይል፦ { $path }

## Guided session

console-guided-title = በአማካሪ የሚመራ ክፍለ ጊዜ፦ ማን ተገኝቷል
console-guided-language = የግለሰቡ ቋንቋ
console-guided-adult = 18 ዓመት ወይም ከዚያ በላይ
console-guided-minor = ከ18 ዓመት በታች
console-guided-capacity-doubt = ግለሰቡ የመወሰን አቅም እንዳለው እጠራጠራለሁ
console-guided-interpreter = የተገኘ አስተርጓሚ፦ ቋንቋ (አስተርጓሚ ከሌለ ባዶ ይተዉት)
console-guided-witness = የተገኘ ምስክር፦ ስም (ለምልክት ያስፈልጋል)
console-guided-household = የቤተሰብ ማጣቀሻ፣ የአንድ ቤተሰብ ስምምነቶች የሚጋሩት (ከሌለ ባዶ ይተዉት)
console-guided-representative = የአሳዳጊ ወይም የሕጋዊ ወኪል ስም
console-guided-best-interests = የሕፃኑ ከፍተኛ ጥቅም ውሳኔ ማጣቀሻ
console-guided-child-view = የሕፃኑ የራሱ አስተያየት
console-guided-child-agrees = ሕፃኑ ይስማማል (ምስል)
console-guided-child-objects = ሕፃኑ ይቃወማል (ምስል)
console-guided-assent = መስማማት
console-guided-objection = መቃወም
console-guided-child-words = የሕፃኑ የራሱ ቃላት
console-guided-unaccompanied = ልጁ ያለ ወላጅ ወይም ያለ ኃላፊነት የሚወስድ አዋቂ እዚህ ነው?
console-guided-unaccompanied-yes = ያለ አጃቢ ልጅ
console-guided-unaccompanied-no = ከወላጅ ወይም ኃላፊነት ከሚወስድ አዋቂ ጋር
console-guided-escort = በጉዞው ላይ አጃቢ፦ ድርጅት እና ማጣቀሻ (ስም አይጻፍም)
console-guided-reception = በሚመለስበት አገር ያለው የአቀባበል ዝግጅት ማጣቀሻ
console-guided-covers-separation = የልጁ ምርጥ ጥቅም ውሳኔ ከወላጆች ተለይቶ መመለስን ይሸፍናል
console-guided-begin = ከግለሰቡ ጋር ይጀምሩ

## Why the rules refuse

rule-mark-without-witness = በምልክት መፈረም በዚህ ክፍለ ጊዜ የተገኘ ምስክር ያስፈልገዋል።
rule-guardian-signature-missing = የሕፃን ስምምነት የአሳዳጊ ወይም የሕጋዊ ወኪል ፊርማ ያስፈልገዋል።
rule-child-view-missing = መጀመሪያ የሕፃኑን የራሱን አስተያየት (መስማማት ወይም መቃወም) ይመዝግቡ።
rule-best-interests-reference-missing = የሕፃን የመመለስ ስምምነት የሕፃኑ ከፍተኛ ጥቅም ውሳኔ ማጣቀሻ ያስፈልገዋል።
rule-representative-signature-missing = የመወሰን አቅሙ አጠራጣሪ ነው፦ ሕጋዊ ወኪሉ መፈረም አለበት።
rule-migrant-signature-missing = ግለሰቡ ገና አልፈረመም።
rule-empty-signature = አንድ ፊርማ ባዶ ነው።
rule-unknown-signer = እንደተገኘ ያልተመዘገበ ሰው ፈርሟል።
rule-not-withdrawable = ይህ ስምምነት አሁን ባለበት ሁኔታ መልሶ ሊወሰድ አይችልም።
rule-already-departed = መሄዱ ተመዝግቧል፦ ከአሁን በኋላ ስምምነቱን መልሶ መውሰድ አይቻልም።
rule-not-departable = መሄድን መመዝገብ የሚቻለው ስምምነቱ ተግባራዊ ከሆነ በኋላ ብቻ ነው።
rule-not-awaiting-reconsent = አዲስ ፊርማ የሚወሰደው ግምገማ ለሚያስፈልገው ስምምነት ብቻ ነው።

## ጥበቃዎች፦ ምልክቶች፣ የማረጋገጫ ቃለ መጠይቅ፣ መነሳት፣ ያለ ኮድ መልሶ መውሰድ

console-list-on-hold = አማካሪ በመጠበቅ ላይ ({ $count })
console-state-on-hold = አማካሪ በመጠበቅ ላይ (ክፍት ምልክት ወይም የማረጋገጫ ቃለ መጠይቅ)
console-find-without-code = ያለ ኮድ መልሶ መውሰድ
console-flag-capacity-doubt = አንድ አማካሪ የመወሰን አቅም ላይ ጥርጣሬ መዝግቧል።
console-flag-child-objection = ልጁ ተቃውሟል።
console-flags-open = ክፍት ምልክቶች፦ እያንዳንዱ እስኪፈታ ድረስ ስምምነቱ ተግባራዊ አይሆንም፣ መነሳትም አይመዘገብም።
console-flag-reason = የመፍትሄው ምክንያት
console-flag-cleared = ከግል ውይይት በኋላ ተነስቷል
console-flag-referred = ተላልፏል (ክፍት ይቆያል)
console-flag-review = ለግምገማ፦ አዲስ ፊርማ፣ የልጁ አስተያየት እንደገና ይወሰዳል
console-flag-resolution = { $flag } መፍትሄ፦ { $outcome }። { $reason }
console-fact-interview = የማረጋገጫ ቃለ መጠይቅ፦ { $outcome }፣ { $when }
console-fact-departure-corrected = መነሳቱ ተስተካክሏል { $when }፦ { $reason }
console-confirmation = የማረጋገጫ ቃለ መጠይቅ
console-confirmation-not-needed = ይህ ስምምነት የማረጋገጫ ቃለ መጠይቅ አይጠብቅም።
console-confirmation-title = የግል የማረጋገጫ ቃለ መጠይቅ
console-confirmation-intro = ከሰውየው ጋር ብቻችሁን ተነጋገሩ፣ ካስፈለገ ከአስተርጓሚ ጋር። ከታች ያለውን እያንዳንዱን ጥያቄ ይጠይቁ፤ ስምምነቱ ተግባራዊ የሚሆነው ከማሰቢያ ጊዜ እና ከማረጋገጫ በኋላ ብቻ ነው።
console-confirmation-interpreter-language = አስተርጓሚ፦ ቋንቋ (ከሌለ ባዶ ይተዉ)
console-confirmation-interpreter-id = አስተርጓሚ፦ የዝርዝር ቁጥር
console-confirmation-others = በክፍሉ ውስጥ ሌላ ማን አለ፦
console-confirmation-fear = ሰውየው ሲመለስ ጉዳት ይደርስብኛል ብሎ ይፈራል?
console-confirmation-fear-none = ፍርሃት አልተገለጸም
console-confirmation-fear-asylum-info = ፍርሃት ተገልጿል፦ የጥገኝነት መረጃ ተሰጥቷል
console-confirmation-referred = ተላልፏል
console-confirmation-signs = የሰው ንግድ ወይም የጥቃት ምልክቶች?
console-confirmation-signs-none = ምንም አልታየም
console-confirmation-fitness = ጤና እና ለጉዞ ብቁነት
console-confirmation-fit = ለጉዞ ብቁ
console-confirmation-fit-with-support = በድጋፍ ብቁ (አጃቢ፣ መድሃኒት)
console-confirmation-not-fit = አሁን ለጉዞ ብቁ አይደለም
console-confirmation-legal = ገለልተኛ የሕግ ምክር
console-confirmation-legal-offered = ቀርቧል፣ ገና አልተወሰነም
console-confirmation-legal-taken = ቀርቧል እና ተቀብሏል
console-confirmation-legal-declined = ቀርቧል እና ውድቅ አድርጓል
console-confirmation-detained = ሰውየው በእስር ላይ ነው?
console-confirmation-person = ሰውየው በራሱ ቃል መመለስ እንደሚፈልግ አረጋግጧል?
console-confirmation-confirmed = መዝግብ፦ ተረጋግጧል
console-confirmation-outcome-referred = መዝግብ፦ ተላልፏል (በመጠባበቅ ላይ ይቆያል)
console-confirmation-withdrawn = መዝግብ፦ ሰውየው ስምምነቱን መልሶ ይወስዳል
console-reconfirm-departure = ሰውየው ዛሬ በድጋሚ አረጋግጧል
console-departure-correction-reason = መነሳቱ ለምን በስህተት ተመዘገበ
console-departure-correct = መነሳቱን አስተካክል
console-find-title = ያለ ኮድ መልሶ መውሰድ
console-find-intro = ሰውየው እዚህ አለ እና ኮዱን አጥቷል። የሚያስታውሰውን ይጠይቁ፤ ቢያንስ ሁለት መረጃዎችን ያስገቡ። እያንዳንዱ መረጃ መመሳሰል አለበት።
console-find-date = የተፈረመበት ቀን (YYYY-MM-DD)
console-find-language = ያነበበበት ቋንቋ (ለምሳሌ ar)
console-find-destination = የመመለሻ ሀገር (ለምሳሌ GE)
console-find-code = የኮዱ ክፍል
console-find-search = ፈልግ
console-find-two-facts = ቢያንስ ሁለት መረጃዎችን ያስገቡ።
console-find-too-many = ከሦስት በላይ ስምምነቶች ይመሳሰላሉ፦ ሌላ መረጃ ይጠይቁ።
console-find-none = ሁሉንም መረጃዎች የሚመሳሰል፣ ገና መልሶ ሊወሰድ የሚችል ስምምነት የለም።
console-find-reason = ስምምነቱን መልሶ የመውሰዱ ምክንያት
console-find-person-present = ሰውየው እዚህ ከእኔ ጋር ነው
console-withdrawn-without-code = ስምምነቱ መልሶ ተወስዷል። ለሰውየው የመልሶ መውሰድ ደረሰኝ ይስጡ።
rule-held = ይህ ስምምነት ገና አይቆጠርም፦ ክፍት ምልክት አለ ወይም የማረጋገጫ ቃለ መጠይቁ አላረጋገጠውም።
rule-flag-not-open = ይህ ምልክት በዚህ ስምምነት ላይ ክፍት አይደለም።
rule-not-awaiting-safeguard = በዚህ ስምምነት ላይ አሁን የሚፈታ ወይም የሚረጋገጥ ነገር የለም።
rule-interview-incomplete = የቃለ መጠይቁ መልሶች ማረጋገጥን አይፈቅዱም (የሰውየው ማረጋገጫ፣ በመጠባበቅ ላይ ያለ ሪፈራል፣ ለጉዞ ብቁነት፣ ወይም በእስር ላይ የሕግ ምክር)።
rule-reason-missing = እባክዎ ምክንያት ይጻፉ።
rule-reconfirmation-missing = መነሳቱ ከመመዝገቡ በፊት ሰውየው ዛሬ በግል በድጋሚ ማረጋገጥ አለበት።
rule-not-departed = ምንም መነሳት አልተመዘገበም።
rule-not-identified = ያለ ኮድ መልሶ መውሰድ የሰውየውን መገኘት እና ቢያንስ ሁለት የሚመሳሰሉ መረጃዎችን ይጠይቃል።
rule-child-objection-needs-review = የልጅ ተቃውሞ ሊነሳ አይችልም፦ ስምምነቱን ወደ ግምገማ ያዛውሩ፣ ወይም ይምሩት።
rule-escort-missing = ያለ አጃቢ ያለ ልጅ ለመመለስ አጃቢው መመዝገብ አለበት።
rule-reception-arrangement-missing = ያለ አጃቢ ያለ ልጅ ለመመለስ በሚመለስበት አገር ያለው የአቀባበል ዝግጅት ማጣቀሻ ያስፈልጋል።
rule-household-apart = የልጅ ስምምነት ከአንድ ቤተሰብ ወላጅ ስምምነት ጋር (ወደ አንድ አገር፣ በሥራ ላይ ያለ) ይሄዳል፤ የምርጥ ጥቅም ውሳኔ ተለይቶ መመለስን ካልሸፈነ በስተቀር።
console-fact-waiting-for = በመጠበቅ ላይ፦ { $value }
console-fact-shareable-from = ከማዕከሉ የሚወጣ መረጃ ከዚህ ጊዜ ጀምሮ ሊጋራ ይችላል፦ { $value }
console-confirmation-unanswered = ቃለ መጠይቁን ከመመዝገብዎ በፊት እያንዳንዱን ጥያቄ ይመልሱ።
console-hold-household = ከዚያው ቤተሰብ የወላጅ ስምምነት
console-suspend-unknown-area = ለዚህ አገር ከተዘረዘሩት ክልሎች አንዱን ወይም መላውን አገር ይምረጡ።
console-suspend-whole-country = መላው አገር
console-suspensions-active = ከዚህ ኮንሶል የቆሙና አሁንም በሥራ ላይ ያሉ፦
console-suspension-line = { $destination }፣ ከ{ $when } ጀምሮ፦ { $reason }
console-lift = ይህን እገዳ አንሳ
console-lift-title = እገዳ ማንሳት
console-lift-intro = እገዳው ከተነሳ በኋላ ኪዮስኩ ይህን መዳረሻ እንደገና ያቀርባል። በእሱ ምክንያት ወደ ግምገማ የተዛወሩ ስምምነቶች በግምገማ ላይ ይቆያሉ፦ እያንዳንዳቸው የሚቀጥሉት በአዲስ ፊርማ ብቻ ነው፣ ወይም መልሰው ይወሰዳሉ።
console-lift-count = በዚህ እገዳ ምክንያት በግምገማ ላይ ያሉ ስምምነቶች፦ { $count }
console-lift-content-still = ይዘቱም (countries.toml) ይህን መዳረሻ አቁሞታል፦ ይዘቱ እስኪቀየር ድረስ እንደቆመ ይቆያል።
console-lift-reason = ለምን ይነሳል? (ለመዝገብ)
console-lift-confirm = እገዳውን አንሳ
console-lift-done = እገዳው ተነስቷል። አሁንም በግምገማ ላይ ያሉ፣ እያንዳንዳቸው አዲስ ፊርማ የሚጠብቁ ስምምነቶች፦ { $count }
console-lift-not-active = ይህ እገዳ ከአሁን በኋላ በሥራ ላይ አይደለም።
console-reconsent-region = የመመለሻ ክልል፦ ሰውየውን እንደገና ይጠይቁ።
rule-area-not-chosen = ወደዚህ አገር መመለስ ሰውየው የሚመለስበትን ክልል ከተዘረዘሩት መካከል ይጠቅሳል።
rule-unaccompanied-unanswered = ለልጅ፣ መጀመሪያ ያለ ወላጅ ወይም ኃላፊነት ያለበት አዋቂ እዚህ መሆኑን ይመልሱ፦ አዎ ወይም አይደለም።

## The table and its queue

console-needs-you-title = አሁን እርስዎን የሚፈልጉ ስምምነቶች፦ { $count }
console-needs-you-none = በወረፋው ውስጥ አሁን እርስዎን የሚፈልግ ነገር የለም።
console-needs-you-more = በወረፋው ውስጥ ሌሎች፦ { $count }። ሁሉንም ለማየት ከታች ዝርዝር ይምረጡ።
console-urgent-flag = ክፍት ምልክት
console-chip-on-hold = አማካሪ በመጠበቅ ላይ
console-urgent-confirmation = የማረጋገጫ ቃለ መጠይቅ ጊዜው ደርሷል
console-urgent-cooling-off = የማሰቢያ ጊዜው ዛሬ ያበቃል
console-column-code = ኮድ
console-column-state = ሁኔታ
console-column-hours = የቀረው ሰዓት
console-column-flags = ምልክቶች
console-column-language = ቋንቋ
console-column-destination = መዳረሻ
console-sort-by = በ{ $column } ይደርድሩ
console-filter-all-languages = ሁሉም ቋንቋዎች
console-filter-all-countries = ሁሉም አገሮች
console-filter-open-flags = ክፍት ምልክቶች ብቻ
console-flag-short-pressure = ጫና
console-flag-short-comprehension = መረዳት
console-flag-short-capacity-doubt = የመወሰን አቅም
console-flag-short-child-objection = ልጁ ተቃውሟል
console-flag-open = ክፍት ምልክት፦ { $reason }
console-flag-resolved = የተፈታ ምልክት፦ { $reason }
console-reason-for = መዝገብ { $code }
console-reason-quick = የተለመደ ምክንያት ይምረጡ፣ ወይም ሌላ ምክንያት ከታች ይጻፉ።
console-reason-asked = ሰውየው በጠረጴዛው ጠይቀዋል
console-reason-flag = ምልክትን ለመፍታት
console-reason-interview = የማረጋገጫ ቃለ መጠይቅ
console-reason-departure = ጉዞውን ማዘጋጀት
console-reason-other = ሌላ ምክንያት (ይጻፉ)
console-suspend-confirm-count = { $destination } ለጊዜው ያቁሙ፦ ወደ ግምገማ የሚሄዱ በመጠባበቅ ላይ ያሉ ስምምነቶች፦ { $count }
console-export-drives = ተነቃይ ማከማቻዎች፦ አንዱን ይጫኑ፣ ከዚያ ቅርጸት።
console-export-drive = ማከማቻ { $name }
console-export-no-drive = ተነቃይ ማከማቻ አልተገኘም። አንዱን ይሰኩ ወይም አቃፊ ይጻፉ።

## Central sync

console-central-sync-last = በማዕከላዊ የመረጃ ቋት ለመጨረሻ ጊዜ የተቀበለው፦ { $date }፣ { $time }
console-central-sync-never = በማዕከላዊ የመረጃ ቋት ገና አልተቀበለም።
