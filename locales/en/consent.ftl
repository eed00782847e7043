# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = Do you agree to receive help to go back to your country?
statement-return-assistance-detail = This means help with documents, the journey and your arrival, as explained before.
statement-personal-data-title = Do you agree that your information is used to organise your return and support?
statement-personal-data-detail = The staff who organise your return see it, in the programme's case system, and the partner who gives support in your country. The page about your information says who else receives what.
statement-share-identity-title = Do you agree that your identity information is shared with the authorities of your country, only to get travel documents?
statement-share-identity-detail = Only after your consent counts, and it cannot be taken back once shared. Without it, help to return cannot go ahead. Why you left or an asylum application is never shared with them.
statement-share-health-title = Do you agree that information about your health is shared with the medical escort who travels with you?
statement-share-health-detail = This helps them care for you on the way. You can say no and still travel.
statement-contact-after-return-title = Do you agree to be contacted after you arrive, to see how you are and how the support is going?
statement-contact-after-return-detail = This helps to improve support for you and for others. You can say no.

## Questions that check understanding

question-change-mind = After you sign, can you still change your mind?
question-change-mind-yes = Yes, until I leave
question-change-mind-no = No, signing is final

question-other-options = Is going back the only option you have?
question-other-options-only-return = Yes, it is the only option
question-other-options-several = No, there may be other options

question-when-it-counts = When does your consent start to count?
question-when-it-counts-at-once = As soon as I sign
question-when-it-counts-after-waiting = After the time to think has passed

question-who-sees-data = Who can see your information?
question-who-sees-data-anyone = Anyone who asks
question-who-sees-data-only-named = Only those named for my return, some only if I said yes

question-free-choice = Do you have to sign today?
question-free-choice-must-sign = Yes, I must sign
question-free-choice-my-choice = No, it is my free choice

question-help-after = Is there help after you arrive in your country?
question-help-after-yes = Yes, there can be support to start again
question-help-after-no = No, help stops at the airport

## Limits, legal help, rights, and what a return changes

question-support-sure = Is support after you return sure to be given?
question-support-sure-yes = Yes, everyone gets it
question-support-sure-no = No, it depends on the programme and the place
question-sharing-undo = Once your identity is shared with the authorities of your country, can that be undone?
question-sharing-undo-yes = Yes, I can take it back later
question-sharing-undo-no = No, it cannot be undone
