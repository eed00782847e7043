# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = জর্জিয়া
country-ge-reintegration = সহায়তার মধ্যে থাকতে পারে ছোট ব্যবসা শুরু করতে সাহায্য, কাজের প্রশিক্ষণ, আর কিছুদিনের জন্য থাকার জায়গার সাহায্য।
country-iq-name = ইরাক
country-iq-reintegration = সহায়তার মধ্যে থাকতে পারে ছোট ব্যবসা শুরু করতে সাহায্য, চাকরি পেতে সাহায্য, আর কঠিন অভিজ্ঞতার মধ্য দিয়ে যাওয়া মানুষদের জন্য কাউন্সেলিং।
country-ng-name = নাইজেরিয়া
country-ng-reintegration = সহায়তার মধ্যে থাকতে পারে ছোট ব্যবসা শুরু করতে সাহায্য, কোনো পেশার কাজ শেখার প্রশিক্ষণ, আর যাদের দরকার তাদের জন্য চিকিৎসা সহায়তা।
area-ng-bo-name = বোর্নো রাজ্য
area-ng-bo-suspension-reason = এই এলাকায় যাতায়াত এখন নিরাপদ নয়, তাই সেখানে ফিরে যাওয়ার সাহায্য সাময়িকভাবে বন্ধ আছে। দেশের অন্য এলাকায় ফিরে যাওয়ার সাহায্য চালু আছে।
country-sn-name = সেনেগাল
country-sn-reintegration = সহায়তার মধ্যে থাকতে পারে ছোট ব্যবসা শুরু করতে সাহায্য, প্রশিক্ষণ, আর এলাকার সমাজভিত্তিক প্রকল্পে যোগ দেওয়া।
country-gn-name = গিনি
country-gn-reintegration = সহায়তার মধ্যে থাকতে পারে ছোট ব্যবসা শুরু করতে সাহায্য, কোনো পেশার কাজ শেখার প্রশিক্ষণ, আর শিশুদের পড়াশোনার খরচে সাহায্য।
country-et-name = ইথিওপিয়া
country-et-reintegration = সহায়তার মধ্যে থাকতে পারে ছোট ব্যবসা শুরু করতে সাহায্য, কাজের প্রশিক্ষণ, আর কাউন্সেলিং।
country-so-name = সোমালিয়া
country-so-reintegration = সহায়তার মধ্যে থাকতে পারে আয়ের জন্য সাহায্য, প্রশিক্ষণ, আর প্রথম কয়েক সপ্তাহ থাকার জায়গা।
country-bd-name = বাংলাদেশ
country-bd-reintegration = সহায়তার মধ্যে থাকতে পারে ছোট ব্যবসা শুরু করতে সাহায্য, কাজের প্রশিক্ষণ, আর যাত্রার জন্য করা ঋণ সামলাতে সাহায্য।
country-pk-name = পাকিস্তান
country-pk-reintegration = সহায়তার মধ্যে থাকতে পারে ছোট ব্যবসা শুরু করতে সাহায্য, কাজের প্রশিক্ষণ, আর যাদের দরকার তাদের জন্য চিকিৎসা সহায়তা।
country-ma-name = মরক্কো
country-ma-reintegration = সহায়তার মধ্যে থাকতে পারে ছোট ব্যবসা শুরু করতে সাহায্য, প্রশিক্ষণ, আর আবার স্কুলে যেতে সাহায্য।
country-tn-name = তিউনিসিয়া
country-tn-reintegration = সহায়তার মধ্যে থাকতে পারে ছোট ব্যবসা শুরু করতে সাহায্য, প্রশিক্ষণ, আর কাউন্সেলিং।
country-af-name = আফগানিস্তান
country-af-reintegration = সহায়তার বিষয়ে একজন পরামর্শদাতা আপনাকে বলবেন, কারণ এখন ফিরে যাওয়ার সাহায্য সাময়িকভাবে বন্ধ আছে।
country-af-suspension-reason = নিরাপত্তা পরিস্থিতির কারণে এই দেশে ফিরে যাওয়ার সাহায্য সাময়িকভাবে বন্ধ আছে। এই দেশের জন্য নতুন কোনো সম্মতিতে স্বাক্ষর করা যাবে না।
country-sd-name = সুদান
country-sd-reintegration = সহায়তার বিষয়ে একজন পরামর্শদাতা আপনাকে বলবেন, কারণ এখন ফিরে যাওয়ার সাহায্য সাময়িকভাবে বন্ধ আছে।
country-sd-suspension-reason = সশস্ত্র সংঘাতের কারণে এই দেশে ফিরে যাওয়ার সাহায্য সাময়িকভাবে বন্ধ আছে। এই দেশের জন্য নতুন কোনো সম্মতিতে স্বাক্ষর করা যাবে না।

## Limits, legal help, rights, and what a return changes

country-situation-example = উদাহরণ: এখানে কেন্দ্র এই দেশ বা এলাকার বর্তমান নিরাপত্তা, অধিকারের প্রতি সম্মান, এবং বাসস্থান, স্বাস্থ্যসেবা, স্কুল ও কাজের সুযোগ বর্ণনা করে।
country-situation-source = সূত্র: { $source }। { $date } পর্যন্ত অবস্থা।
country-support-limits = সহায়তার নিশ্চয়তা নেই: আপনি পৌঁছানোর সময়ে প্রোগ্রামের নিয়ম ও তহবিলের ওপর তা নির্ভর করে, আর তা সব কিছুর সমাধান করতে পারে না।

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = আবিয়া রাজ্য
area-ng-ad-name = আদামাওয়া রাজ্য
area-ng-ak-name = আকওয়া ইবোম রাজ্য
area-ng-an-name = আনামব্রা রাজ্য
area-ng-ba-name = বাউচি রাজ্য
area-ng-by-name = বায়েলসা রাজ্য
area-ng-be-name = বেনুয়ে রাজ্য
area-ng-cr-name = ক্রস রিভার রাজ্য
area-ng-de-name = ডেল্টা রাজ্য
area-ng-eb-name = এবোনি রাজ্য
area-ng-ed-name = এদো রাজ্য
area-ng-ek-name = একিতি রাজ্য
area-ng-en-name = এনুগু রাজ্য
area-ng-fc-name = ফেডারেল রাজধানী অঞ্চল (আবুজা)
area-ng-go-name = গোম্বে রাজ্য
area-ng-im-name = ইমো রাজ্য
area-ng-ji-name = জিগাওয়া রাজ্য
area-ng-kd-name = কাদুনা রাজ্য
area-ng-kn-name = কানো রাজ্য
area-ng-kt-name = কাতসিনা রাজ্য
area-ng-ke-name = কেব্বি রাজ্য
area-ng-ko-name = কোগি রাজ্য
area-ng-kw-name = কোয়ারা রাজ্য
area-ng-la-name = লাগোস রাজ্য
area-ng-na-name = নাসারাওয়া রাজ্য
area-ng-ni-name = নাইজার রাজ্য
area-ng-og-name = ওগুন রাজ্য
area-ng-on-name = ওন্দো রাজ্য
area-ng-os-name = ওসুন রাজ্য
area-ng-oy-name = ওয়ো রাজ্য
area-ng-pl-name = প্লেটো রাজ্য
area-ng-ri-name = রিভার্স রাজ্য
area-ng-so-name = সোকোতো রাজ্য
area-ng-ta-name = তারাবা রাজ্য
area-ng-yo-name = ইয়োবে রাজ্য
area-ng-za-name = জামফারা রাজ্য
