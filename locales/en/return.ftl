# What return assistance and reintegration support include, the rights that stay
# with you, how personal data is used, and the time to think.

## Return assistance

return-assistance-title = Help with going back
return-assistance-intro = If you choose to go back with help, this is what the help can include. What you get depends on your country and your needs.
return-assistance-documents = Travel documents: if you have no valid passport, staff help you get the papers you need to travel.
return-assistance-travel = The journey: a ticket, and help at the airports or stations on the way.
return-assistance-luggage = Luggage: you can take your belongings with you, within the limits of the ticket.
return-assistance-medical = Health: if you are ill or need care, a medical escort can travel with you, and your care can be arranged for when you arrive.
return-assistance-arrival = Arrival: someone can meet you when you arrive and help with the first days, such as transport to your town or a place to stay.

## Reintegration

reintegration-title = Help after you arrive
reintegration-intro = Starting again takes time. Support after return aims to help you live safely and well, so that any further move is a free choice, not a need.
reintegration-individual = For you and your family: for example help to find work, start a small business, go to school or training, get health care or counselling.
reintegration-community = For your community: some projects help the place you return to, so that people who stayed and people who return both benefit.
reintegration-structural = Through local services: partners work with local authorities so that services like health care, schools and job centres are open to returnees.
reintegration-your-plan = You are the owner of your plan. A counsellor in your country will plan the support with you, based on what you need.

## Your rights

rights-title = Rights that stay with you
rights-choice = Going back is your right, never your duty under this programme. Nobody may force you to sign.
rights-non-refoulement = Nobody may be sent to a country where they would face persecution, torture or other serious harm. This protection applies to everyone.
rights-no-collective-expulsion = Every person's case must be looked at on its own. Groups of people may not be sent away all together without this.
rights-children = For children, what is best for the child comes first in every decision. A child's own views are listened to.
rights-change-mind = You can change your mind and withdraw your consent at any time before you leave.
rights-complaints = If you think you were treated unfairly, you can complain. A counsellor can tell you how, and a complaint will not harm your case.

## Personal data

data-use-title = How your information is used
data-use-what = We only ask for the information needed to help you, such as your name, date of birth, nationality and travel documents.
data-use-why = Your information is used to organise your return and the support after it, and for nothing else.
data-use-who = Only the staff who organise your help can see it. It is kept locked and protected.
data-use-country-of-return = To get travel documents, some identity information may need to be shared with the authorities of your country. This is only done if you agree. Information about why you left or asked for asylum is never shared with them.
data-use-your-rights = You can ask to see your information, ask for mistakes to be corrected, and complain if you think it was misused.
data-use-how-long = Your information is kept only as long as needed for your return and support, and then archived or deleted following the rules.

## Time to think

time-to-think-title = Time to think, and changing your mind
time-to-think-cooling-off = After you sign, there is a time to think before your consent starts to count. During this time nothing is arranged that you cannot undo.
time-to-think-withdraw = You can withdraw your consent at any time until you leave: during the time to think and after it. Withdrawing is as easy as signing.
time-to-think-receipt = You get a receipt with a reference code. With this code you can withdraw here at the kiosk, or with a counsellor.
