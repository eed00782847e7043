# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = আপনি কি নিজের দেশে ফিরে যেতে সাহায্য নিতে রাজি?
statement-return-assistance-detail = এর মানে কাগজপত্র, যাত্রা ও পৌঁছানোর সময় সাহায্য, যেমনটি আগে বলা হয়েছে।
statement-personal-data-title = আপনার ফিরে যাওয়া ও সহায়তার ব্যবস্থা করতে আপনার তথ্য ব্যবহার করায় আপনি কি রাজি?
statement-personal-data-detail = যে কর্মীরা আপনার ফেরার আয়োজন করেন তাঁরা প্রোগ্রামের কেস সিস্টেমে তা দেখেন, আর দেখেন আপনার দেশে সহায়তা দেওয়া অংশীদার। আর কে কী পায়, তা আপনার তথ্য সম্পর্কিত পৃষ্ঠায় লেখা আছে।
statement-share-identity-title = শুধু ভ্রমণের কাগজপত্র পাওয়ার জন্য আপনার পরিচয়ের তথ্য আপনার দেশের কর্তৃপক্ষকে জানাতে আপনি কি রাজি?
statement-share-identity-detail = শুধু আপনার সম্মতি কার্যকর হওয়ার পরে, আর একবার জানানো হলে তা ফেরানো যায় না। এটি ছাড়া ফেরার সহায়তা এগোতে পারে না। আপনি কেন চলে এসেছেন বা কোনো আশ্রয়ের আবেদন কখনো তাদের জানানো হয় না।
statement-share-health-title = আপনার সঙ্গে যে চিকিৎসা-সহকারী যাবেন, তাঁকে আপনার স্বাস্থ্যের তথ্য জানাতে আপনি কি রাজি?
statement-share-health-detail = এতে তিনি পথে আপনার যত্ন নিতে পারবেন। আপনি না বললেও যেতে পারবেন।
statement-contact-after-return-title = পৌঁছানোর পর আপনি কেমন আছেন এবং সহায়তা কেমন চলছে তা জানতে আপনার সঙ্গে যোগাযোগ করায় আপনি কি রাজি?
statement-contact-after-return-detail = এতে আপনার ও অন্যদের জন্য সহায়তা আরও ভালো করা যায়। আপনি না বলতে পারেন।

## Questions that check understanding

question-change-mind = স্বাক্ষর করার পরও কি আপনি মত বদলাতে পারেন?
question-change-mind-yes = হ্যাঁ, রওনা হওয়ার আগ পর্যন্ত
question-change-mind-no = না, স্বাক্ষর করলেই সব চূড়ান্ত

question-other-options = ফিরে যাওয়াই কি আপনার একমাত্র বিকল্প?
question-other-options-only-return = হ্যাঁ, এটাই একমাত্র বিকল্প
question-other-options-several = না, অন্য বিকল্পও থাকতে পারে

question-when-it-counts = আপনার সম্মতি কখন কার্যকর হয়?
question-when-it-counts-at-once = স্বাক্ষর করার সঙ্গে সঙ্গে
question-when-it-counts-after-waiting = ভেবে দেখার সময় পার হওয়ার পর

question-who-sees-data = আপনার তথ্য কে দেখতে পারে?
question-who-sees-data-anyone = যে কেউ চাইলেই
question-who-sees-data-only-named = শুধু আমার ফেরার জন্য যাদের নাম বলা হয়েছে, কেউ কেউ শুধু আমি হ্যাঁ বললে

question-free-choice = আপনাকে কি আজই স্বাক্ষর করতে হবে?
question-free-choice-must-sign = হ্যাঁ, আমাকে স্বাক্ষর করতেই হবে
question-free-choice-my-choice = না, এটা আমার স্বাধীন সিদ্ধান্ত

question-help-after = নিজের দেশে পৌঁছানোর পর কি সাহায্য পাওয়া যায়?
question-help-after-yes = হ্যাঁ, নতুন করে শুরু করতে সহায়তা পাওয়া যেতে পারে
question-help-after-no = না, বিমানবন্দরেই সাহায্য শেষ

## Limits, legal help, rights, and what a return changes

question-support-sure = ফিরে যাওয়ার পরে সহায়তা কি নিশ্চিতভাবে দেওয়া হবে?
question-support-sure-yes = হ্যাঁ, সবাই পায়
question-support-sure-no = না, এটি প্রোগ্রাম ও জায়গার ওপর নির্ভর করে
question-sharing-undo = আপনার পরিচয় একবার আপনার দেশের কর্তৃপক্ষকে জানানো হলে, তা কি ফেরানো যায়?
question-sharing-undo-yes = হ্যাঁ, পরে আমি তা ফিরিয়ে নিতে পারি
question-sharing-undo-no = না, তা ফেরানো যায় না
