# The counsellor's console. Staff read these; the person at the kiosk never does.
# Translator note (bn): polite "আপনি"; terms follow kiosk.ftl (পরামর্শদাতা, সম্মতি,
# প্রত্যাহার, স্বাক্ষর, সাক্ষী, অভিভাবক, আইনি প্রতিনিধি, দোভাষী, ভেবে দেখার সময়,
# রেফারেন্স কোড, কিয়স্ক). "Guided session" = সহায়তাসহ সেশন.

console-signed-in-as = { $account } ({ $role })
console-role-admin = প্রশাসক
console-role-counsellor = পরামর্শদাতা
console-role-editor = সম্পাদক
console-sign-out = সাইন আউট করুন
console-to-kiosk = স্ক্রিন কিয়স্কে ফিরিয়ে দিন
console-back = পেছনে

## Setup and sign-in

console-setup-title = প্রথম ব্যবহার: প্রশাসকের অ্যাকাউন্ট তৈরি করুন
console-setup-intro = এই যন্ত্রে এখনো কোনো অ্যাকাউন্ট নেই। পরে প্রশাসক পরামর্শদাতাদের অ্যাকাউন্ট তৈরি করবেন।
console-setup-create = প্রশাসকের অ্যাকাউন্ট তৈরি করুন
console-setup-done = প্রশাসকের অ্যাকাউন্ট তৈরি হয়েছে। এখন সাইন ইন করুন।
console-sign-in-title = কর্মীদের সাইন ইন
console-account-name = অ্যাকাউন্টের নাম
console-passphrase = পাসফ্রেজ বা PIN
console-sign-in = সাইন ইন করুন
console-wrong-credentials = এই নাম ও পাসফ্রেজ কোনো অ্যাকাউন্টের সঙ্গে মেলে না।
console-locked = অনেকবার ভুল চেষ্টা হয়েছে। এই অ্যাকাউন্ট থেকে { $seconds } সেকেন্ড পরে আবার চেষ্টা করা যাবে।
console-locked-idle = কিছুক্ষণ ব্যবহার না হওয়ায় কনসোল নিজে থেকে লক হয়ে গেছে। আবার সাইন ইন করুন।
console-sign-in-first = আগে সাইন ইন করুন।
console-editor-not-here = সম্পাদকের অ্যাকাউন্ট বিষয়বস্তু ও অনুবাদের কাজের জন্য, সম্মতির রেকর্ডের জন্য নয়।
console-account-exists = এই নামে একটি অ্যাকাউন্ট আগে থেকেই আছে।
console-bad-name = অ্যাকাউন্টের নামে ২ থেকে ৩২টি চিহ্ন থাকে: অক্ষর, অঙ্ক, ডট, ড্যাশ বা আন্ডারস্কোর।
console-weak-secret = পাসফ্রেজ বা PIN-এ অন্তত ৬টি চিহ্ন থাকতে হবে।
console-already-set-up = অ্যাকাউন্ট আগে থেকেই আছে: নতুন অ্যাকাউন্ট একজন প্রশাসক যোগ করেন।
console-admin-only = শুধু একজন প্রশাসক এটি করতে পারেন।

## Dashboard

console-dashboard-title = এই যন্ত্রে থাকা সম্মতিগুলো
console-concerns-title = কিয়স্কে এখনই আপনাকে দরকার: { $count }
console-concern-pressured = চাপ অনুভব করছেন এবং কর্মীদের সাথে একান্তে কথা বলতে চেয়েছেন
console-concern-lost-code = নিজের কোড হারিয়েছেন এবং সম্মতি প্রত্যাহার করতে চান
console-concern-seen = আমি যাচ্ছি
console-guided-start = সহায়তাসহ সেশন শুরু করুন
console-export = এক্সপোর্ট করুন
console-suspend = একটি গন্তব্য স্থগিত করুন
console-review-content = বিষয়বস্তু বদলানোর পর সম্মতিগুলো পর্যালোচনা করুন
console-list-all = সব ({ $count })
console-list-cooling-off = ভেবে দেখার সময় চলছে ({ $count })
console-list-effective = কার্যকর ({ $count })
console-list-flagged = চিহ্নিত ({ $count })
console-list-needs-review = পর্যালোচনা দরকার ({ $count })
console-list-withdrawn = প্রত্যাহার করা ({ $count })
console-list-departed = রওনা হয়েছেন ({ $count })
console-state-cooling-off = ভেবে দেখার সময় চলছে
console-state-effective = কার্যকর
console-state-flagged = চিহ্নিত
console-state-needs-review = পর্যালোচনা দরকার
console-state-withdrawn = প্রত্যাহার করা হয়েছে
console-state-departed = রওনা হয়েছেন
console-state-declined = রাজি হননি
console-hours-left = আর { $hours } ঘণ্টা বাকি
console-search = খুঁজুন: কোড, ভাষা বা গন্তব্য
console-list-empty = এই তালিকায় কোনো সম্মতি নেই।
console-list-more = দেখানো হচ্ছে: { $count }টির মধ্যে { $shown }টি। তালিকা ছোট করতে কোডের আরও অংশ লিখুন।
console-open = { $code } খুলুন

## Opening a record

console-reason-title = আপনি কেন এই রেকর্ড খুলছেন?
console-reason-intro = রেকর্ড খোলার ঘটনা আপনার অ্যাকাউন্ট ও কারণসহ লগে লেখা হয়।
console-reason = কারণ
console-reason-needed = দয়া করে একটি কারণ লিখুন (কয়েকটি শব্দে)।
console-open-confirm = রেকর্ড খুলুন
console-not-found = এই সম্মতিটি খুঁজে পাওয়া যাচ্ছে না।
console-record-title = সম্মতির রেকর্ড
console-fact-code = রেফারেন্স কোড: { $value }
console-fact-state = অবস্থা: { $value }
console-fact-signed = স্বাক্ষর: { $value }
console-fact-cooling-off = ভেবে দেখার সময় শেষ হবে: { $value }
console-fact-destination = গন্তব্য: { $value }
console-fact-language = ভাষা: { $value }
console-fact-content = বিষয়বস্তুর সংস্করণ: { $value }
console-fact-departed = রওনা: { $value }
console-fact-escort = সঙ্গী: { $value }
console-fact-reception = গ্রহণ-ব্যবস্থা: { $value }
console-fact-household = পরিবার: { $value }
console-fact-review = পর্যালোচনা দরকার, কারণ: { $value }
console-review-content-changed = স্বাক্ষরের পর দেখানো তথ্য বদলে গেছে
console-review-child-objection = শিশুটি আপত্তি জানিয়েছে
console-flag-pressure = ব্যক্তিটি বলেছেন যে তিনি চাপ অনুভব করছেন, অথবা একান্তে কথা বলতে চেয়েছেন।
console-flag-re-explained = বোঝার প্রশ্নগুলোর একটির উত্তরের পর বিষয়টি আবার বুঝিয়ে বলতে হয়েছে।
console-present = উপস্থিত:
console-items = উত্তর:
console-withdraw = ব্যক্তির অনুরোধে প্রত্যাহার করুন
console-departure = রওনা হওয়ার তথ্য লিপিবদ্ধ করুন
console-reconsent = নতুন করে স্বাক্ষর নিন
console-saved = সংরক্ষণ করা হয়েছে।
console-conflict = এইমাত্র অন্য কেউ এই সম্মতিতে পরিবর্তন করেছেন। কিছুই সংরক্ষণ করা হয়নি। পরিবর্তনটি দেখতে এটি আবার খুলুন।
console-failed = এটি কাজ করেনি: { $why }

## Re-consent

console-reconsent-title = স্বাক্ষরের পর কী বদলেছে
console-reconsent-intro = নতুন লেখাটি ব্যক্তির সঙ্গে, তাঁর ভাষায় পড়ুন। তারপর তিনি আবার স্বাক্ষর করবেন, অথবা সম্মতি প্রত্যাহার করবেন।
console-reconsent-not-needed = এই সম্মতির পর্যালোচনা দরকার নেই।
console-reconsent-no-text-change = দেখানো লেখাগুলো একই আছে; পর্যালোচনা অন্য কারণে ছিল।
console-reconsent-before = স্বাক্ষরের সময়
console-reconsent-now = এখন
console-reconsent-gone = (আর দেখানো হয় না)
console-reconsent-sign-as = টাইপ করা নাম, ভূমিকা: { $role }
console-reconsent-sign = নতুন স্বাক্ষর লিপিবদ্ধ করুন

## Suspension and content review

console-suspend-title = ফিরে যাওয়ার সাহায্য স্থগিত করুন
console-suspend-intro = এই গন্তব্যের সব অপেক্ষমাণ সম্মতি সঙ্গে সঙ্গে পর্যালোচনায় চলে যায়, আর কিয়স্ক এটি দেখানো বন্ধ করে দেয়।
console-suspend-area = শুধু একটি এলাকা (ISO 3166-2 কোড, ঐচ্ছিক)
console-suspend-reason = কারণ
console-suspend-confirm = স্থগিত করুন
console-suspend-unknown-country = তালিকা থেকে একটি দেশ বেছে নিন।
console-suspend-done = স্থগিত করা হয়েছে। পর্যালোচনায় পাঠানো সম্মতি: { $count }।
console-review-done = পুরোনো তথ্যের ভিত্তিতে স্বাক্ষরিত যেসব সম্মতি পর্যালোচনায় পাঠানো হয়েছে: { $count }।

## Export

console-export-title = কেস ব্যবস্থাপনা সিস্টেমে এক্সপোর্ট করুন
console-export-intro = এই যন্ত্রের সবকিছু ফোল্ডারের একটি ফাইলে লেখা হয়।
console-export-folder = ফোল্ডার
console-export-jsonl = JSON Lines (সিল করা ইভেন্ট)
console-export-csv = CSV (প্রতিটি সম্মতির জন্য একটি সারি)
console-export-fhir = FHIR R4 Bundle
console-exported = { $path }-এ লেখা রেকর্ড: { $count }

## Guided session

console-guided-title = সহায়তাসহ সেশন: কে কে উপস্থিত
console-guided-language = ব্যক্তির ভাষা
console-guided-adult = ১৮ বা তার বেশি
console-guided-minor = ১৮-এর কম
console-guided-capacity-doubt = সিদ্ধান্ত নেওয়ার বিষয়ে ব্যক্তির সক্ষমতা নিয়ে আমার সন্দেহ আছে
console-guided-interpreter = উপস্থিত দোভাষী: ভাষা (কেউ না থাকলে খালি রাখুন)
console-guided-witness = উপস্থিত সাক্ষী: নাম (চিহ্ন দিয়ে স্বাক্ষরের জন্য দরকার)
console-guided-household = পরিবারের রেফারেন্স, একই পরিবারের সম্মতিগুলোর জন্য একই (না থাকলে খালি রাখুন)
console-guided-representative = অভিভাবক বা আইনি প্রতিনিধির নাম
console-guided-best-interests = শিশুর সর্বোত্তম স্বার্থ বিষয়ক সিদ্ধান্তের রেফারেন্স
console-guided-child-view = শিশুর নিজের মত
console-guided-child-agrees = শিশু রাজি (ছবি-চিহ্ন)
console-guided-child-objects = শিশু আপত্তি জানায় (ছবি-চিহ্ন)
console-guided-assent = সায়
console-guided-objection = আপত্তি
console-guided-child-words = শিশুর নিজের কথা
console-guided-unaccompanied = শিশুটি কি এখানে বাবা-মা বা দায়িত্বপ্রাপ্ত প্রাপ্তবয়স্ক ছাড়া আছে?
console-guided-unaccompanied-yes = সঙ্গীহীন শিশু
console-guided-unaccompanied-no = বাবা-মা বা দায়িত্বপ্রাপ্ত প্রাপ্তবয়স্কের সাথে
console-guided-escort = যাত্রায় সঙ্গী: সংস্থা ও রেফারেন্স (কোনো নাম নয়)
console-guided-reception = ফেরত যাওয়ার দেশে গ্রহণ-ব্যবস্থার রেফারেন্স
console-guided-covers-separation = সর্বোত্তম স্বার্থের সিদ্ধান্তে বাবা-মা ছাড়া আলাদাভাবে ফেরা অন্তর্ভুক্ত
console-guided-begin = ব্যক্তির সঙ্গে শুরু করুন

## Why the rules refuse

rule-mark-without-witness = চিহ্ন দিয়ে স্বাক্ষরের জন্য এই সেশনে উপস্থিত একজন সাক্ষী দরকার।
rule-guardian-signature-missing = শিশুর সম্মতির জন্য অভিভাবক বা আইনি প্রতিনিধির স্বাক্ষর দরকার।
rule-child-view-missing = আগে শিশুর নিজের মত (সায় বা আপত্তি) লিপিবদ্ধ করুন।
rule-best-interests-reference-missing = শিশুর ফিরে যাওয়ার সম্মতির জন্য শিশুর সর্বোত্তম স্বার্থ বিষয়ক সিদ্ধান্তের রেফারেন্স দরকার।
rule-representative-signature-missing = সক্ষমতা নিয়ে সন্দেহ আছে: আইনি প্রতিনিধিকে স্বাক্ষর করতে হবে।
rule-migrant-signature-missing = ব্যক্তিটি এখনো স্বাক্ষর করেননি।
rule-empty-signature = একটি স্বাক্ষর খালি।
rule-unknown-signer = এমন কেউ স্বাক্ষর করেছেন, যাঁকে উপস্থিত হিসেবে লিপিবদ্ধ করা হয়নি।
rule-not-withdrawable = বর্তমান অবস্থায় এই সম্মতি প্রত্যাহার করা যায় না।
rule-already-departed = রওনা হওয়ার তথ্য লিপিবদ্ধ হয়ে গেছে: প্রত্যাহার আর সম্ভব নয়।
rule-not-departable = সম্মতি কার্যকর হওয়ার পরেই কেবল রওনা হওয়ার তথ্য লিপিবদ্ধ করা যায়।
rule-not-awaiting-reconsent = শুধু যে সম্মতির পর্যালোচনা দরকার, তার জন্যই নতুন স্বাক্ষর নেওয়া হয়।

## সুরক্ষা: সংকেত, নিশ্চিতকরণ সাক্ষাৎকার, প্রস্থান, কোড ছাড়া প্রত্যাহার

console-list-on-hold = পরামর্শদাতার অপেক্ষায় ({ $count })
console-state-on-hold = পরামর্শদাতার অপেক্ষায় (খোলা সংকেত বা নিশ্চিতকরণ সাক্ষাৎকার)
console-find-without-code = কোড ছাড়া প্রত্যাহার
console-flag-capacity-doubt = একজন পরামর্শদাতা সিদ্ধান্ত নেওয়ার সক্ষমতা নিয়ে সন্দেহ লিখেছেন।
console-flag-child-objection = শিশুটি আপত্তি করেছে।
console-flags-open = খোলা সংকেত: প্রতিটির সমাধান না হওয়া পর্যন্ত সম্মতি কার্যকর হবে না এবং প্রস্থান লেখা যাবে না।
console-flag-reason = সমাধানের কারণ
console-flag-cleared = একান্ত আলাপের পর তুলে নেওয়া হয়েছে
console-flag-referred = অন্যত্র পাঠানো হয়েছে (খোলা থাকবে)
console-flag-review = পর্যালোচনায়: নতুন স্বাক্ষর, শিশুর মতামত আবার নেওয়া হবে
console-flag-resolution = { $flag } সমাধান: { $outcome }। { $reason }
console-fact-interview = নিশ্চিতকরণ সাক্ষাৎকার: { $outcome }, { $when }
console-fact-departure-corrected = প্রস্থান সংশোধিত { $when }: { $reason }
console-confirmation = নিশ্চিতকরণ সাক্ষাৎকার
console-confirmation-not-needed = এই সম্মতি কোনো নিশ্চিতকরণ সাক্ষাৎকারের অপেক্ষায় নেই।
console-confirmation-title = একান্ত নিশ্চিতকরণ সাক্ষাৎকার
console-confirmation-intro = ব্যক্তির সঙ্গে একা কথা বলুন, প্রয়োজনে দোভাষীসহ। নিচের প্রতিটি প্রশ্ন করুন; ভাবনার সময় ও নিশ্চিতকরণের পরেই সম্মতি কার্যকর হয়।
console-confirmation-interpreter-language = দোভাষী: ভাষা (না থাকলে ফাঁকা রাখুন)
console-confirmation-interpreter-id = দোভাষী: তালিকা নম্বর
console-confirmation-others = ঘরে আর কে আছেন:
console-confirmation-fear = ফিরে গেলে ব্যক্তি কি ক্ষতির ভয় পান?
console-confirmation-fear-none = কোনো ভয় প্রকাশ করেননি
console-confirmation-fear-asylum-info = ভয় প্রকাশ করেছেন: আশ্রয়ের তথ্য দেওয়া হয়েছে
console-confirmation-referred = অন্যত্র পাঠানো হয়েছে
console-confirmation-signs = মানবপাচার বা সহিংসতার লক্ষণ?
console-confirmation-signs-none = কিছু দেখা যায়নি
console-confirmation-fitness = স্বাস্থ্য ও ভ্রমণের উপযুক্ততা
console-confirmation-fit = ভ্রমণের উপযুক্ত
console-confirmation-fit-with-support = সহায়তাসহ উপযুক্ত (সঙ্গী, ওষুধ)
console-confirmation-not-fit = এখন ভ্রমণের উপযুক্ত নন
console-confirmation-legal = স্বাধীন আইনি পরামর্শ
console-confirmation-legal-offered = প্রস্তাব করা হয়েছে, এখনো সিদ্ধান্ত হয়নি
console-confirmation-legal-taken = প্রস্তাব করা হয়েছে ও গ্রহণ করেছেন
console-confirmation-legal-declined = প্রস্তাব করা হয়েছে ও প্রত্যাখ্যান করেছেন
console-confirmation-detained = ব্যক্তি কি আটক অবস্থায় আছেন?
console-confirmation-person = ব্যক্তি কি নিজের কথায় নিশ্চিত করেছেন যে তিনি ফিরতে চান?
console-confirmation-confirmed = লিখুন: নিশ্চিত
console-confirmation-outcome-referred = লিখুন: অন্যত্র পাঠানো (অপেক্ষমাণ থাকবে)
console-confirmation-withdrawn = লিখুন: ব্যক্তি সম্মতি প্রত্যাহার করছেন
console-reconfirm-departure = ব্যক্তি আজ আবার নিশ্চিত করেছেন
console-departure-correction-reason = প্রস্থান কেন ভুল করে লেখা হয়েছিল
console-departure-correct = প্রস্থান সংশোধন করুন
console-find-title = কোড ছাড়া প্রত্যাহার
console-find-intro = ব্যক্তি এখানে আছেন এবং কোড হারিয়েছেন। তাঁর কী মনে আছে জিজ্ঞেস করুন; অন্তত দুটি তথ্য দিন। প্রতিটি তথ্য মিলতে হবে।
console-find-date = স্বাক্ষরের দিন (YYYY-MM-DD)
console-find-language = যে ভাষায় পড়েছেন (যেমন ar)
console-find-destination = ফেরার দেশ (যেমন GE)
console-find-code = কোডের একটি অংশ
console-find-search = খুঁজুন
console-find-two-facts = অন্তত দুটি তথ্য দিন।
console-find-too-many = তিনটির বেশি সম্মতি মিলছে: আরেকটি তথ্য জিজ্ঞেস করুন।
console-find-none = এখনো প্রত্যাহারযোগ্য কোনো সম্মতি সব তথ্যের সঙ্গে মেলে না।
console-find-reason = প্রত্যাহারের কারণ
console-find-person-present = ব্যক্তি এখানে আমার সঙ্গে আছেন
console-withdrawn-without-code = প্রত্যাহার হয়েছে। ব্যক্তিকে প্রত্যাহারের রসিদ দিন।
rule-held = এই সম্মতি এখনো কার্যকর নয়: একটি সংকেত খোলা আছে বা নিশ্চিতকরণ সাক্ষাৎকার এটি নিশ্চিত করেনি।
rule-flag-not-open = এই সংকেত এই সম্মতিতে খোলা নেই।
rule-not-awaiting-safeguard = এই সম্মতিতে এখন সমাধান বা নিশ্চিত করার কিছু নেই।
rule-interview-incomplete = সাক্ষাৎকারের উত্তর নিশ্চিতকরণের অনুমতি দেয় না (ব্যক্তির নিশ্চিতকরণ, অপেক্ষমাণ রেফারাল, ভ্রমণের উপযুক্ততা, বা আটকে থাকলে আইনি পরামর্শ)।
rule-reason-missing = অনুগ্রহ করে একটি কারণ লিখুন।
rule-reconfirmation-missing = প্রস্থান লেখার আগে ব্যক্তিকে আজ একান্তে আবার নিশ্চিত করতে হবে।
rule-not-departed = কোনো প্রস্থান লেখা হয়নি।
rule-not-identified = কোড ছাড়া প্রত্যাহারের জন্য ব্যক্তির উপস্থিতি ও অন্তত দুটি মেলানো তথ্য দরকার।
rule-child-objection-needs-review = শিশুর আপত্তি নিষ্পত্তি করে বাদ দেওয়া যায় না: সম্মতিটি পর্যালোচনায় পাঠান, অথবা রেফার করুন।
rule-escort-missing = সঙ্গীহীন শিশুর ফেরার জন্য সঙ্গীর তথ্য নথিভুক্ত করতে হবে।
rule-reception-arrangement-missing = সঙ্গীহীন শিশুর ফেরার জন্য ফেরত যাওয়ার দেশে গ্রহণ-ব্যবস্থার রেফারেন্স প্রয়োজন।
rule-household-apart = শিশুর সম্মতি একই পরিবারের বাবা বা মায়ের সম্মতির সাথে (একই দেশে, কার্যকর) এগোয়, যদি না সর্বোত্তম স্বার্থের সিদ্ধান্তে আলাদা ফেরা অন্তর্ভুক্ত থাকে।
console-fact-waiting-for = অপেক্ষায়: { $value }
console-fact-shareable-from = কেন্দ্রের বাইরে যাওয়া তথ্য এই সময় থেকে শেয়ার করা যাবে: { $value }
console-confirmation-unanswered = সাক্ষাৎকার লেখার আগে প্রতিটি প্রশ্নের উত্তর দিন।
console-hold-household = একই পরিবারের একজন বাবা বা মায়ের সম্মতি
console-suspend-unknown-area = এই দেশের জন্য তালিকাভুক্ত অঞ্চলগুলির একটি, অথবা পুরো দেশ বেছে নিন।
console-suspend-whole-country = পুরো দেশ
console-suspensions-active = এই কনসোল থেকে স্থগিত, এখনও বলবৎ:
console-suspension-line = { $destination }, { $when } থেকে: { $reason }
console-lift = এই স্থগিতাদেশ তুলে নিন
console-lift-title = স্থগিতাদেশ তুলে নেওয়া
console-lift-intro = স্থগিতাদেশ তুলে নেওয়ার পর কিয়স্ক আবার এই গন্তব্যটি দেখায়। এর কারণে পর্যালোচনায় যাওয়া সম্মতিগুলি পর্যালোচনাতেই থাকে: প্রতিটি কেবল নতুন স্বাক্ষরে এগোয়, অথবা প্রত্যাহার করা হয়।
console-lift-count = এই স্থগিতাদেশের কারণে পর্যালোচনায় থাকা সম্মতি: { $count }
console-lift-content-still = বিষয়বস্তুও (countries.toml) এই গন্তব্য স্থগিত রেখেছে: বিষয়বস্তু না বদলানো পর্যন্ত এটি স্থগিত থাকবে।
console-lift-reason = কেন তুলে নেওয়া হচ্ছে? (নথির জন্য)
console-lift-confirm = স্থগিতাদেশ তুলে নিন
console-lift-done = স্থগিতাদেশ তুলে নেওয়া হয়েছে। এখনও পর্যালোচনায় থাকা সম্মতি, প্রতিটি নতুন স্বাক্ষরের অপেক্ষায়: { $count }
console-lift-not-active = এই স্থগিতাদেশ আর বলবৎ নেই।
console-reconsent-region = ফেরার অঞ্চল: ব্যক্তিকে আবার জিজ্ঞেস করুন।
rule-area-not-chosen = এই দেশে ফেরার ক্ষেত্রে তালিকাভুক্ত অঞ্চলগুলির মধ্য থেকে ব্যক্তি যে অঞ্চলে ফিরছেন তা উল্লেখ থাকে।
rule-unaccompanied-unanswered = শিশুর ক্ষেত্রে, আগে উত্তর দিন সে কি এখানে বাবা-মা বা তার দায়িত্বপ্রাপ্ত প্রাপ্তবয়স্ক ছাড়া আছে: হ্যাঁ বা না।

## The table and its queue

console-needs-you-title = যে সম্মতিগুলোর এখন আপনাকে দরকার: { $count }
console-needs-you-none = সারিতে এখন কোনো কিছুর আপনাকে দরকার নেই।
console-needs-you-more = সারিতে আরও আছে: { $count }। সব দেখতে নিচে একটি তালিকা বেছে নিন।
console-urgent-flag = খোলা সংকেত
console-chip-on-hold = পরামর্শদাতার অপেক্ষায়
console-urgent-confirmation = নিশ্চিতকরণ সাক্ষাৎকারের সময় হয়েছে
console-urgent-cooling-off = ভেবে দেখার সময় আজ শেষ হচ্ছে
console-column-code = কোড
console-column-state = অবস্থা
console-column-hours = বাকি ঘণ্টা
console-column-flags = সংকেত
console-column-language = ভাষা
console-column-destination = গন্তব্য
console-sort-by = { $column } অনুযায়ী সাজান
console-filter-all-languages = সব ভাষা
console-filter-all-countries = সব দেশ
console-filter-open-flags = শুধু খোলা সংকেত
console-flag-short-pressure = চাপ
console-flag-short-comprehension = বোঝা
console-flag-short-capacity-doubt = সিদ্ধান্তের সক্ষমতা
console-flag-short-child-objection = শিশুর আপত্তি
console-flag-open = খোলা সংকেত: { $reason }
console-flag-resolved = মীমাংসিত সংকেত: { $reason }
console-reason-for = রেকর্ড { $code }
console-reason-quick = একটি সাধারণ কারণ বেছে নিন, বা নিচে অন্য কারণ লিখুন।
console-reason-asked = ব্যক্তি নিজে ডেস্কে চেয়েছেন
console-reason-flag = একটি সংকেত মীমাংসা করতে
console-reason-interview = নিশ্চিতকরণ সাক্ষাৎকার
console-reason-departure = যাত্রার প্রস্তুতি
console-reason-other = অন্য কারণ (লিখুন)
console-suspend-confirm-count = { $destination } স্থগিত করুন: অপেক্ষমাণ যে সম্মতিগুলো পর্যালোচনায় যাবে: { $count }
console-export-drives = অপসারণযোগ্য ড্রাইভ: একটি চাপুন, তারপর একটি ফরম্যাট।
console-export-drive = ড্রাইভ { $name }
console-export-no-drive = কোনো অপসারণযোগ্য ড্রাইভ পাওয়া যায়নি। একটি লাগান, অথবা একটি ফোল্ডার লিখুন।

## Central sync

console-central-sync-last = কেন্দ্রীয় ডেটাবেস শেষবার গ্রহণ করেছে: { $date }, { $time }
console-central-sync-never = কেন্দ্রীয় ডেটাবেস এখনও গ্রহণ করেনি।
