# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").

## Start screen

kiosk-name = Information and choices
language-choose = Choose your language
# A button that plays the name of the language out loud.
language-listen = Listen
start-withdraw = Withdraw a consent
start-talk-counsellor = Talk to a counsellor

## Welcome and privacy

welcome-title = Welcome
welcome-what = This screen explains all the choices you have about staying or going back. It is for you, in your language.
welcome-free = You decide freely, and nobody may push you. Saying no does not take away your right to ask for protection or for legal advice. Ask a counsellor what it changes for you here.
welcome-nothing-recorded = Nothing you read or tap here is saved unless you sign at the end.
welcome-screen-clears = If you leave the screen alone for a short time, it clears itself, so the next person sees nothing of yours.
welcome-start = Start

## Age

age-question = Are you 18 years old or older?
age-yes = Yes, I am 18 or older
age-no = No, I am younger than 18
age-unsure = I am not sure of my age
minor-info = You can read all the information here. Because you are under 18, a counsellor will help you, together with your parent, guardian or legal representative.
minor-counsellor = Please ask for a counsellor. You cannot sign anything alone here.

## Moving around

nav-back = Back
nav-next = Next
nav-home = Start again
read-aloud = Read aloud
# Shown instead of the play button when no recording exists in this language.
audio-missing = No recording in this language yet
audio-stop = Stop
audio-slower = Slower
audio-normal-speed = Normal speed
audio-failed = Sound could not play on this device. Please tell a member of staff.
text-size = Text size
high-contrast = High contrast

## Always on every consent screen, as big as "Next"

action-more-time = I need more time
action-no-decision = I do not want to decide
action-talk-counsellor = Talk to a counsellor
action-pressured = I feel pressured / I want to speak privately
pressured-noted = Thank you for telling us. Staff were told that someone here wants to speak privately, without your name. Ask at the desk, or wait here. You can ask to speak without the people who came with you, in a room where nobody else can hear, and with a counsellor or interpreter of the gender you prefer where the centre has one. You do not have to continue.
more-time-noted = Take all the time you need. You can come back another day; nothing has been saved.

## Overview of all options

overview-options-heading = Your options
overview-open-option = Read more

## Countries

country-status-available = Help to return is available.
# $date: the day help was paused, already formatted for the language.
country-status-suspended = Help to return is paused since { $date }.
country-status-area-suspended = Help to return is paused in part of this country.
country-not-selectable = You cannot choose this country for a return now.
country-choose = Choose the country
region-question = Which region are you returning to?
region-paused = help to return is paused here
region-other = Another region of this country
region-not-selectable = Help to return is paused in this region. You cannot choose it for a return now. A counsellor can tell you more.

## Consent steps

step-choose-title = What would you like to do?
step-choose-intro = Choose one. Nothing is chosen for you.
step-items-title = What you agree to
step-items-intro = Answer each question on its own. You can say yes to some and no to others.
item-yes = Yes
item-no = No
item-required = Needed for help to return
item-optional = You can say no to this and still get help to return
step-check-title = Let us check together
step-check-intro = These questions are not a test. They help us see if we explained things well.
check-right = Yes, that is right.
check-explain-again = Let us explain this part again.
step-review-title = Please read before you sign
step-review-intro = This is everything you are about to sign.
step-sign-title = Sign
sign-draw = Sign with your finger
sign-type = Type your name
sign-typed-as = Your name as it will be kept:
sign-mark = Make a mark
sign-mark-needs-witness = A mark needs a witness. Please ask a counsellor to be with you.
sign-clear = Clear
sign-pad-empty = Nothing drawn yet. If you cannot draw, choose another way above or ask a counsellor.
sign-pad-drawn = Your signature is drawn.
sign-confirm = I sign
decline-confirm = I do not agree

## Receipt

receipt-title = Your receipt
receipt-code = Your reference code
receipt-agreed = What you agreed to
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = Your consent cannot count before { $date } at { $time }. You can withdraw it at any time before you leave, without giving a reason.
receipt-withdraw-how = To withdraw, come back to this kiosk and choose "Withdraw a consent", or tell a counsellor. You will need your reference code.
receipt-keep-code = Keep this code safe. Take a photo of it or ask for a printed copy.

## Withdrawal

withdraw-title = Withdraw a consent
withdraw-enter-code = Enter the reference code from your receipt with the keys below.
withdraw-key-delete = Delete
withdraw-key-clear = Clear all
withdraw-lost-code = I lost my code
withdraw-code-typo = This code does not look right. Please check each character; one may be mistyped or two may be swapped.
# $expected: characters in a code; $found: characters typed.
withdraw-code-length = A reference code has { $expected } characters. You typed { $found ->
        [one] one character
       *[other] { $found } characters
    }.
withdraw-not-found = No consent has this code. Please check it, or ask a counsellor.
withdraw-what = This consent will be withdrawn:
withdraw-confirm = Withdraw my consent
withdraw-done = Your consent is withdrawn. Nothing will happen on the basis of it. Here is your receipt.
withdraw-closed = This consent can no longer be withdrawn here. Please talk to a counsellor.

## Time

# $seconds: seconds left before the screen clears.
idle-warning = Are you still there? The screen will clear in { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }.
idle-continue = I am still here
leave-confirm = Leave and erase what you entered?
leave-confirm-yes = Yes, erase and leave
leave-confirm-no = No, go back
example-data = Example information: the country details on this kiosk are placeholders. Do not rely on them; ask staff.
rule-item-unanswered = Please answer each question with Yes or No. The questions still without an answer are marked.
rule-generic = This cannot be signed yet: a step is missing. Please go back over the steps, or ask a counsellor.
rule-draft-locale-alone = The words in this language have not yet been checked by a person. You can read everything here. To sign, a counsellor will go through it with you, with an interpreter if you wish.
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [one] One hour left to think
       *[other] { $hours } hours left to think
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# $day, $year: numbers; $month: the month's name from above.
date-long = { $day } { $month } { $year }
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = Partner office in this country

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = This could not be saved just now. Nothing you entered is lost. Please ask a member of staff for help.
# The person asked for a counsellor.
counsellor-ask = Please ask a member of staff: they will bring a counsellor to you. You can also come back at another time.

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = Staff
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = The centre has paused help to return here for now. A counsellor can tell you more.

## Guided session (a counsellor sits with the person)

guided-sign-mark = Sign with a mark (the witness watches)
guided-representative-signs = Signature of the guardian or legal representative: type their name
guided-representative-confirm = The guardian or representative signs
guided-signed-by = Signed by: { $role }
guided-signature-taken = The signature is taken. When everyone has signed, press "Complete".
guided-complete = Complete
guided-host-alongside = In the host language, for the counsellor:

## Roles of the people present

role-migrant = The person
role-guardian = Guardian
role-legal-representative = Legal representative
role-counsellor = Counsellor
role-interpreter = Interpreter
role-witness = Witness

## The printed receipt

receipt-pdf-answers = Your answers:
receipt-pdf-withdrawn-at = Withdrawn on { $date } at { $time }.
receipt-pdf-present = Present: { $roles }
receipt-pdf-centre = Contact: { $contact }
receipt-pdf-version = Information version: { $version }
receipt-print = Print a copy to keep
receipt-printing = Printing…
receipt-printed = Printed. Please take your copy from the printer.
receipt-print-failed = The printer did not work. Nothing is lost: your consent is saved.
receipt-print-again = Try printing again
receipt-show-code = Show the code on the screen instead

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = Continue
action-continue-to-signing = Continue to signing
action-choose-this-country = Choose this country
action-back-to-options = Back to all options
action-finished = I am finished
step-bar-options = Options
step-bar-country = Country
step-bar-agree = Agree
step-bar-check = Check
step-bar-sign = Sign
step-bar-receipt = Receipt
step-bar-where = Step { $n } of { $total }: { $name }
step-bar-number = { $n }
part-of = Part { $n } of { $total }
item-of = Question { $n } of { $total }
review-change = Change
review-counts-from = If you sign now, your consent cannot count before { $date } at { $time }.
receipt-interview = Before it counts, a counsellor will also meet you in private to check that this is still your free choice.
receipt-saved = Your consent is saved
receipt-next-steps = What happens next
sign-declaration = By signing, I say that I agree to what I have read and checked here.

## Limits, legal help, rights, and what a return changes

overview-open-rights = Your rights, whatever you choose
action-legal-help = Get legal help
contact-legal-aid = Free legal advice
contact-asylum-office = Where to ask for asylum or appeal
contact-trafficking-help = Confidential help for victims of trafficking
complaints-contact = Complaints, not through the counsellors

## A label and its value on one line

# $label: a label such as a contact's kind; $value: what follows it (a phone
# number, an answer, a state). Write it with your language's own punctuation
# (French: a narrow no-break space before the colon).
label-value = { $label }: { $value }
