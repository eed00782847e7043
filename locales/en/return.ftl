# What return assistance and reintegration support include, the rights that stay
# with you, how personal data is used, and the time to think.

## Return assistance

return-assistance-title = Help with going back
return-assistance-intro = If you choose to go back with help, this is what the help can include. What you get depends on your country and your needs.
return-assistance-documents = Travel documents: if you have no valid passport, staff help you get the papers you need to travel.
return-assistance-travel = The journey: a ticket, and help at the airports or stations on the way.
return-assistance-luggage = Luggage: you can take your belongings with you, within the limits of the ticket.
return-assistance-medical = Health: if you are ill or need care, say so early. A medical escort may travel with you, and staff can try to find care for when you arrive, but what exists there depends on your country.
return-assistance-arrival = Arrival: where the programme has a partner, someone can meet you and help with the first days, such as transport to your town. Ask what is planned for your country.

## Reintegration

reintegration-title = Help after you arrive
reintegration-intro = Starting again takes time. Support after return aims to help you live safely and well, so that any further move is a free choice, not a need.
reintegration-individual = For you and your family: for example help to find work, start a small business, go to school or training, get health care or counselling.
reintegration-community = For your community: some projects help the place you return to, so that people who stayed and people who return both benefit.
reintegration-structural = Through local services: partners work with local authorities so that services like health care, schools and job centres are open to returnees.
reintegration-your-plan = You decide what your plan contains. Where support is offered, a counsellor or partner in your country usually plans it with you. What is possible depends on the programme and the place.

## Your rights

rights-title = Rights that stay with you
rights-choice = Going back is your right, never your duty under this programme. Nobody may force you to sign.
rights-non-refoulement = Nobody may be sent to a country where they would face persecution, torture or other serious harm. This protection applies to everyone.
rights-no-collective-expulsion = Every person's case must be looked at on its own. Groups of people may not be sent away all together without this.
rights-children = For children, what is best for the child comes first in every decision. A child's own views are listened to.
rights-change-mind = You can change your mind and withdraw your consent at any time before you leave.
rights-complaints = If you think you were treated unfairly, you can complain, also without going through the counsellors: the address is under "Get legal help" and on your receipt. A complaint must not harm your case.

## Personal data

data-use-title = How your information is used
data-use-what = We only ask for the information needed to help you, such as your name, date of birth, nationality and travel documents.
data-use-why = Your information is used to organise your return and the support after it. The law here may also require it to be kept or shown to an authority; a counsellor can tell you which rules apply.
data-use-who = Who receives what, and why: the staff who organise your return, in the programme's case system; the partner in your country that gives support after you arrive (your contact details and your plan); a medical escort (health details, only if you said yes). It is kept locked and protected.
data-use-country-of-return = For travel documents, your identity details (such as name, date of birth and photo) go to the authorities of your country, only if you say yes and only after your consent counts. Once shared, this cannot be taken back. If you say no, help to return cannot go ahead, but your other options stay open. Why you left or asked for asylum is never shared with them.
data-use-your-rights = You can ask to see your information, ask for mistakes to be corrected, and complain if you think it was misused.
data-use-how-long = Your information is kept only as long as needed for your return and support, and then archived or deleted following the rules.

## Time to think

time-to-think-title = Time to think, and changing your mind
time-to-think-cooling-off = After you sign, there is a time to think before your consent counts. During it, staff may start to prepare, for example look for a travel date, but nothing is sent to the authorities of your country. Your identity is shared with them only after your consent counts, and that cannot be taken back.
time-to-think-withdraw = You can withdraw your consent at any time until you leave: during the time to think and after it. You need your reference code, or a counsellor who finds your consent with you. You do not have to give a reason.
time-to-think-receipt = You get a receipt with a reference code. With this code you can withdraw here at the kiosk, or with a counsellor.

## Limits, legal help, rights, and what a return changes

reintegration-who = Who can get support, in what form (often services, training or goods rather than cash), for how long and under which conditions depends on the programme and your country. Ask for these in writing before you decide.
reintegration-limits = Support cannot solve everything. Some people meet debts, stigma or rejection by family or community when they go back. You can talk about this with a counsellor before you decide.
before-you-go-title = What a return changes
before-you-go-claim = If an asylum claim or an appeal of yours is not decided yet, leaving usually ends it. Ask a lawyer what this means for you before you sign.
before-you-go-entry-ban = Depending on your case and the law here, you may be banned from coming back to this country, or to a group of countries, for some time. Ask a lawyer whether this applies to you.
before-you-go-money = Before you leave, ask for wages you are owed, deposits and other money you have a right to. A counsellor can help you settle this.
before-you-go-third-country = Help to return usually takes you to your own country. Going to another country is possible only if you have the right to live there. Ask a counsellor.
rights-asylum = You have the right to ask for protection (asylum). You can ask at any time, also after signing for return, until you leave.
rights-trafficking = If someone forced you to work, took your documents or controls your money, you may be a victim of trafficking. There may be special protection, time to recover and a permit to stay. You can ask discreetly: use the button to speak privately, or the contact under "Get legal help".
rights-gender = You can ask for a counsellor or an interpreter of the gender you prefer. The centre will try to find one.
legal-help-title = Get legal help
legal-help-intro = A lawyer or a legal aid organisation can tell you which options are open to you, help you ask for asylum or appeal, and check your deadlines. They do not work for the return programme, and their help is often free. Bring any letter from the authorities.
