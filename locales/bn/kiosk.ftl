# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note (bn): Bangladesh usage, polite "আপনি". "counsellor" = পরামর্শদাতা;
# "consent" = সম্মতি; "withdraw consent" = সম্মতি প্রত্যাহার (explained once as
# "ফিরিয়ে নেওয়া"); "reference code" = রেফারেন্স কোড; "options" = বিকল্প.

## Start screen

kiosk-name = তথ্য ও বিকল্প
language-choose = আপনার ভাষা বেছে নিন
# A button that plays the name of the language out loud.
language-listen = শুনুন
start-withdraw = সম্মতি প্রত্যাহার করুন
start-talk-counsellor = পরামর্শদাতার সঙ্গে কথা বলুন

## Welcome and privacy

welcome-title = স্বাগতম
welcome-what = এখানে থাকা বা ফিরে যাওয়ার বিষয়ে আপনার সামনে যত পথ আছে, এই স্ক্রিন সেগুলো সব বুঝিয়ে বলে। এটি আপনার জন্য, আপনার নিজের ভাষায়।
welcome-free = আপনি স্বাধীনভাবে সিদ্ধান্ত নেন, আর কেউ আপনাকে চাপ দিতে পারে না। না বললে সুরক্ষা বা আইনি পরামর্শ চাওয়ার অধিকার আপনার হারায় না। এখানে এতে আপনার জন্য কী বদলায়, একজন পরামর্শদাতাকে জিজ্ঞেস করুন।
welcome-nothing-recorded = আপনি এখানে যা পড়েন বা যেখানে চাপ দেন, তার কিছুই সংরক্ষণ করা হয় না, যদি না আপনি শেষে স্বাক্ষর করেন।
welcome-screen-clears = কিছুক্ষণ স্ক্রিন না ছুঁলে এটি নিজে থেকেই মুছে যায়, যাতে পরের জন আপনার কিছুই দেখতে না পান।
welcome-start = শুরু করুন

## Age

age-question = আপনার বয়স কি ১৮ বছর বা তার বেশি?
age-yes = হ্যাঁ, আমার বয়স ১৮ বা তার বেশি
age-no = না, আমার বয়স ১৮-এর কম
age-unsure = আমি আমার বয়স সম্পর্কে নিশ্চিত নই
minor-info = আপনি এখানে সব তথ্য পড়তে পারেন। আপনার বয়স ১৮-এর কম, তাই একজন পরামর্শদাতা আপনার মা বা বাবা, অভিভাবক বা আইনি প্রতিনিধির সঙ্গে মিলে আপনাকে সাহায্য করবেন।
minor-counsellor = দয়া করে একজন পরামর্শদাতাকে ডাকুন। এখানে আপনি একা কোনো কিছুতে স্বাক্ষর করতে পারবেন না।

## Moving around

nav-back = পেছনে
nav-next = পরের ধাপ
nav-home = আবার শুরু করুন
read-aloud = পড়ে শোনান
# Shown instead of the play button when no recording exists in this language.
audio-missing = এই ভাষায় এখনো কোনো রেকর্ডিং নেই
audio-stop = থামান
audio-slower = ধীরে
audio-normal-speed = স্বাভাবিক গতি
audio-failed = এই যন্ত্রে শব্দ বাজানো যাচ্ছে না। অনুগ্রহ করে একজন কর্মীকে জানান।
text-size = লেখার আকার
high-contrast = বেশি স্পষ্ট রং

## Always on every consent screen, as big as "Next"

action-more-time = আমার আরও সময় দরকার
action-no-decision = আমি সিদ্ধান্ত নিতে চাই না
action-talk-counsellor = পরামর্শদাতার সঙ্গে কথা বলুন
action-pressured = আমি চাপ অনুভব করছি / আমি একান্তে কথা বলতে চাই
pressured-noted = আমাদের জানানোর জন্য ধন্যবাদ। কর্মীদের জানানো হয়েছে যে এখানে কেউ একান্তে কথা বলতে চান, আপনার নাম ছাড়াই। অভ্যর্থনা ডেস্কে জিজ্ঞেস করুন, অথবা এখানে অপেক্ষা করুন। আপনার সঙ্গে আসা লোকদের ছাড়া, এমন ঘরে যেখানে আর কেউ শুনতে পায় না, এবং কেন্দ্রে থাকলে আপনার পছন্দের লিঙ্গের পরামর্শদাতা বা দোভাষীর সঙ্গে কথা বলতে চাইতে পারেন। আপনাকে চালিয়ে যেতে হবে না।
more-time-noted = যত সময় দরকার, নিন। আপনি অন্য কোনো দিন আবার আসতে পারেন; কিছুই সংরক্ষণ করা হয়নি।

## Overview of all options

overview-options-heading = আপনার বিকল্পগুলো
overview-open-option = আরও পড়ুন

## Countries

country-status-available = ফিরে যাওয়ার জন্য সাহায্য পাওয়া যাচ্ছে।
# $date: the day help was paused, already formatted for the language.
country-status-suspended = { $date } থেকে ফিরে যাওয়ার সাহায্য সাময়িকভাবে বন্ধ আছে।
country-status-area-suspended = এই দেশের একটি অংশে ফিরে যাওয়ার সাহায্য সাময়িকভাবে বন্ধ আছে।
country-not-selectable = এখন আপনি ফিরে যাওয়ার জন্য এই দেশটি বেছে নিতে পারবেন না।
country-choose = দেশ বেছে নিন
region-question = আপনি কোন অঞ্চলে ফিরে যাচ্ছেন?
region-paused = এখানে ফেরার সহায়তা স্থগিত
region-other = এই দেশের অন্য কোনো অঞ্চল
region-not-selectable = এই অঞ্চলে ফেরার সহায়তা স্থগিত। এখন ফেরার জন্য আপনি এটি বেছে নিতে পারবেন না। একজন পরামর্শদাতা আপনাকে আরও বলতে পারেন।

## Consent steps

step-choose-title = আপনি কী করতে চান?
step-choose-intro = একটি বেছে নিন। আপনার হয়ে আগে থেকে কিছুই বেছে রাখা হয়নি।
step-items-title = আপনি যেসব বিষয়ে সম্মতি দিচ্ছেন
step-items-intro = প্রতিটি প্রশ্নের উত্তর আলাদাভাবে দিন। আপনি কিছু প্রশ্নে হ্যাঁ আর কিছুতে না বলতে পারেন।
item-yes = হ্যাঁ
item-no = না
item-required = ফিরে যাওয়ার সাহায্যের জন্য দরকার
item-optional = এতে না বললেও আপনি ফিরে যাওয়ার সাহায্য পেতে পারেন
step-check-title = চলুন, একসঙ্গে মিলিয়ে দেখি
step-check-intro = এই প্রশ্নগুলো কোনো পরীক্ষা নয়। এগুলো দিয়ে আমরা দেখি, আমরা বিষয়গুলো ঠিকমতো বোঝাতে পেরেছি কি না।
check-right = হ্যাঁ, এটা ঠিক।
check-explain-again = চলুন, এই অংশটা আবার বুঝিয়ে বলি।
step-review-title = স্বাক্ষর করার আগে দয়া করে পড়ুন
step-review-intro = আপনি যাতে স্বাক্ষর করতে যাচ্ছেন, তার সবকিছু এখানে আছে।
step-sign-title = স্বাক্ষর
sign-draw = আঙুল দিয়ে স্বাক্ষর করুন
sign-type = আপনার নাম লিখুন
sign-typed-as = আপনার নাম যেভাবে রাখা হবে:
sign-mark = একটি চিহ্ন দিন
sign-mark-needs-witness = চিহ্ন দিলে একজন সাক্ষী লাগে। দয়া করে একজন পরামর্শদাতাকে আপনার পাশে থাকতে বলুন।
sign-clear = মুছুন
sign-pad-empty = এখনও কিছু আঁকা হয়নি। আঁকতে না পারলে ওপরে অন্য একটি উপায় বেছে নিন বা একজন পরামর্শদাতাকে বলুন।
sign-pad-drawn = আপনার স্বাক্ষর আঁকা হয়েছে।
sign-confirm = আমি স্বাক্ষর করছি
decline-confirm = আমি রাজি নই

## Receipt

receipt-title = আপনার রসিদ
receipt-code = আপনার রেফারেন্স কোড
receipt-agreed = আপনি যেসব বিষয়ে সম্মতি দিয়েছেন
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = { $date } তারিখ { $time } এর আগে আপনার সম্মতি কার্যকর হতে পারে না। চলে যাওয়ার আগে যেকোনো সময়, কোনো কারণ না দেখিয়ে, আপনি তা প্রত্যাহার করতে পারেন।
receipt-withdraw-how = সম্মতি প্রত্যাহার করতে, মানে ফিরিয়ে নিতে, এই কিয়স্কে ফিরে এসে “সম্মতি প্রত্যাহার করুন” বেছে নিন, অথবা একজন পরামর্শদাতাকে জানান। এর জন্য আপনার রেফারেন্স কোড লাগবে।
receipt-keep-code = এই কোডটি যত্ন করে রাখুন। এর একটি ছবি তুলে রাখুন অথবা একটি ছাপানো কপি চেয়ে নিন।

## Withdrawal

withdraw-title = সম্মতি প্রত্যাহার করুন
withdraw-enter-code = নিচের বোতামগুলো দিয়ে আপনার রসিদের রেফারেন্স কোডটি লিখুন।
withdraw-key-delete = মুছুন
withdraw-key-clear = সব মুছুন
withdraw-lost-code = আমার কোড হারিয়ে গেছে
withdraw-code-typo = এই কোডটি ঠিক মনে হচ্ছে না। দয়া করে প্রতিটি অক্ষর দেখুন; হয়তো একটি ভুল লেখা হয়েছে, বা দুটির জায়গা অদলবদল হয়ে গেছে।
# $expected: characters in a code; $found: characters typed.
# Translator note (bn): CLDR "one" in Bengali also covers 0, so the [one] variant
# shows the number instead of the word "one".
withdraw-code-length = একটি রেফারেন্স কোডে { $expected }টি অক্ষর থাকে। আপনি { $found ->
        [one] { $found }টি অক্ষর
       *[other] { $found }টি অক্ষর
    } লিখেছেন।
withdraw-not-found = এই কোডের কোনো সম্মতি পাওয়া যায়নি। দয়া করে কোডটি আবার দেখুন, অথবা একজন পরামর্শদাতাকে জিজ্ঞেস করুন।
withdraw-what = এই সম্মতিটি প্রত্যাহার করা হবে:
withdraw-confirm = আমার সম্মতি প্রত্যাহার করুন
withdraw-done = আপনার সম্মতি প্রত্যাহার করা হয়েছে। এর ভিত্তিতে কিছুই করা হবে না। এই যে আপনার রসিদ।
withdraw-closed = এই সম্মতি এখানে আর প্রত্যাহার করা যাবে না। দয়া করে একজন পরামর্শদাতার সঙ্গে কথা বলুন।

## Time

# $seconds: seconds left before the screen clears.
idle-warning = আপনি কি এখনো আছেন? { $seconds ->
        [one] { $seconds } সেকেন্ডের
       *[other] { $seconds } সেকেন্ডের
    } মধ্যে স্ক্রিন মুছে যাবে।
idle-continue = আমি এখনো আছি
leave-confirm = বেরিয়ে যেতে এবং যা লিখেছেন তা মুছে ফেলতে চান?
leave-confirm-yes = হ্যাঁ, মুছে বেরিয়ে যান
leave-confirm-no = না, ফিরে যান
example-data = উদাহরণ তথ্য: এই কিয়স্কে দেশগুলোর বিবরণ আসল নয়। এগুলোর উপর নির্ভর করবেন না, কর্মীদের জিজ্ঞাসা করুন।
rule-item-unanswered = অনুগ্রহ করে প্রতিটি প্রশ্নের উত্তর হ্যাঁ বা না দিয়ে দিন। যেসব প্রশ্নের এখনও উত্তর দেওয়া হয়নি সেগুলো চিহ্নিত করা আছে।
rule-generic = এখনও স্বাক্ষর করা যাবে না: একটি ধাপ বাকি আছে। অনুগ্রহ করে ধাপগুলো আবার দেখুন, অথবা একজন পরামর্শদাতাকে জিজ্ঞাসা করুন।
rule-draft-locale-alone = এই ভাষার লেখা এখনও কোনো মানুষ যাচাই করেননি। আপনি এখানে সবকিছু পড়তে পারেন। স্বাক্ষর করতে হলে একজন পরামর্শদাতা আপনার সাথে, চাইলে একজন দোভাষীসহ, লেখাটি দেখবেন।
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [one] ভেবে দেখার জন্য আর { $hours } ঘণ্টা বাকি
       *[other] ভেবে দেখার জন্য আর { $hours } ঘণ্টা বাকি
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.

month-1 = জানুয়ারী
month-2 = ফেব্রুয়ারী
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর
# $day, $year: numbers; $month: the month's name from above.
# Translator note (bn): CLDR long date pattern "d MMMM, y".
date-long = { $day } { $month }, { $year }
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = এই দেশে সহযোগী সংস্থার অফিস

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = এই মুহূর্তে এটি সংরক্ষণ করা গেল না। আপনার দেওয়া কোনো তথ্য হারায়নি। দয়া করে একজন কর্মীর কাছে সাহায্য চান।
# The person asked for a counsellor.
counsellor-ask = দয়া করে একজন কর্মীকে বলুন: তিনি একজন পরামর্শদাতাকে আপনার কাছে নিয়ে আসবেন। আপনি অন্য কোনো সময় আবার আসতেও পারেন।

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = কর্মী
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = কেন্দ্র আপাতত এই দেশে ফিরে যাওয়ার সাহায্য বন্ধ রেখেছে। একজন পরামর্শদাতা আপনাকে আরও জানাতে পারবেন।

## Guided session (a counsellor sits with the person)

guided-sign-mark = চিহ্ন দিয়ে স্বাক্ষর করুন (সাক্ষীর সামনে)
guided-representative-signs = অভিভাবক বা আইনি প্রতিনিধির স্বাক্ষর: তাঁর নাম লিখুন
guided-representative-confirm = অভিভাবক বা প্রতিনিধি স্বাক্ষর করছেন
guided-signed-by = স্বাক্ষর করেছেন: { $role }
guided-signature-taken = স্বাক্ষর নেওয়া হয়েছে। সবার স্বাক্ষর হয়ে গেলে “সম্পন্ন করুন” চাপুন।
guided-complete = সম্পন্ন করুন
guided-host-alongside = স্বাগতিক দেশের ভাষায়, পরামর্শদাতার জন্য:

## Roles of the people present

role-migrant = সংশ্লিষ্ট ব্যক্তি
role-guardian = অভিভাবক
role-legal-representative = আইনি প্রতিনিধি
role-counsellor = পরামর্শদাতা
role-interpreter = দোভাষী
role-witness = সাক্ষী

## The printed receipt

receipt-pdf-answers = আপনার উত্তর:
receipt-pdf-withdrawn-at = { $date } তারিখ, { $time } সময়ে প্রত্যাহার করা হয়েছে।
receipt-pdf-present = উপস্থিত: { $roles }
receipt-pdf-centre = যোগাযোগ: { $contact }
receipt-pdf-version = তথ্যের সংস্করণ: { $version }
receipt-print = নিজের কাছে রাখার জন্য একটি কপি প্রিন্ট করুন
receipt-printing = প্রিন্ট হচ্ছে…
receipt-printed = প্রিন্ট হয়েছে। অনুগ্রহ করে প্রিন্টার থেকে আপনার কপিটি নিন।
receipt-print-failed = প্রিন্টার কাজ করেনি। কিছুই হারায়নি: আপনার সম্মতি সংরক্ষিত আছে।
receipt-print-again = আবার প্রিন্ট করার চেষ্টা করুন
receipt-show-code = তার বদলে কোডটি স্ক্রিনে দেখান

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = চালিয়ে যান
action-continue-to-signing = স্বাক্ষরের দিকে যান
action-choose-this-country = এই দেশটি বেছে নিন
action-back-to-options = সব বিকল্পে ফিরে যান
action-finished = আমার শেষ হয়েছে
step-bar-options = বিকল্প
step-bar-country = দেশ
step-bar-agree = সম্মতি
step-bar-check = যাচাই
step-bar-sign = স্বাক্ষর
step-bar-receipt = রসিদ
step-bar-where = ধাপ { $n } / { $total }: { $name }
step-bar-number = { $n }
part-of = অংশ { $n } / { $total }
item-of = প্রশ্ন { $n } / { $total }
review-change = পরিবর্তন
review-counts-from = এখন স্বাক্ষর করলে, { $date } তারিখ { $time } এর আগে আপনার সম্মতি কার্যকর হতে পারে না।
receipt-interview = কার্যকর হওয়ার আগে, একজন পরামর্শদাতা আপনার সঙ্গে আলাদাভাবেও দেখা করবেন, যাতে নিশ্চিত হন যে এটি এখনও আপনার স্বাধীন সিদ্ধান্ত।
receipt-saved = আপনার সম্মতি সংরক্ষিত হয়েছে
receipt-next-steps = এরপর কী হবে
sign-declaration = স্বাক্ষর করে আমি বলছি যে এখানে যা পড়েছি ও যাচাই করেছি তাতে আমি সম্মত।

## Limits, legal help, rights, and what a return changes

overview-open-rights = আপনি যা-ই বেছে নিন, আপনার অধিকার
action-legal-help = আইনি সহায়তা নিন
contact-legal-aid = বিনামূল্যে আইনি পরামর্শ
contact-asylum-office = কোথায় আশ্রয় বা আপিলের আবেদন করবেন
contact-trafficking-help = মানব পাচারের শিকারদের জন্য গোপনীয় সহায়তা
complaints-contact = অভিযোগ, পরামর্শদাতাদের মাধ্যমে নয়

## A label and its value on one line

label-value = { $label }: { $value }
