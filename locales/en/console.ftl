# The counsellor's console. Staff read these; the person at the kiosk never does.

console-signed-in-as = { $account } ({ $role })
console-role-admin = administrator
console-role-counsellor = counsellor
console-role-editor = editor
console-sign-out = Sign out
console-to-kiosk = Hand the screen to the kiosk
console-back = Back

## Setup and sign-in

console-setup-title = First use: create the administrator
console-setup-intro = No account exists yet on this device. The administrator creates the counsellors' accounts afterwards.
console-setup-create = Create the administrator
console-setup-done = The administrator was created. Sign in now.
console-sign-in-title = Staff sign-in
console-account-name = Account name
console-passphrase = Passphrase or PIN
console-sign-in = Sign in
console-wrong-credentials = That name and passphrase do not match an account.
console-locked = Too many wrong tries. This account can try again in { $seconds } seconds.
console-locked-idle = The console locked itself after a quiet period. Sign in again.
console-sign-in-first = Sign in first.
console-editor-not-here = Editor accounts work on content and translations, not on consent records.
console-account-exists = An account with this name already exists.
console-bad-name = An account name has 2 to 32 letters, digits, dots, dashes or underscores.
console-weak-secret = A passphrase or PIN needs at least 6 characters.
console-already-set-up = Accounts already exist: an administrator adds new ones.
console-admin-only = Only an administrator can do this.

## Dashboard

console-dashboard-title = Consents on this device
console-concerns-title = { $count ->
    [one] Someone at the kiosk needs you now:
   *[other] { $count } people at the kiosk need you now:
}
console-concern-pressured = feels pressured and asked to speak to staff privately
console-concern-lost-code = lost their code and wants to withdraw
console-concern-seen = I am going
console-guided-start = Start a guided session
console-export = Export
console-suspend = Suspend a destination
console-review-content = Review consents after a content change
console-list-all = All ({ $count })
console-list-cooling-off = Cooling-off ({ $count })
console-list-effective = Effective ({ $count })
console-list-flagged = Flagged ({ $count })
console-list-needs-review = Needs review ({ $count })
console-list-withdrawn = Withdrawn ({ $count })
console-list-departed = Departed ({ $count })
console-state-cooling-off = in cooling-off
console-state-effective = effective
console-state-flagged = flagged
console-state-needs-review = needs review
console-state-withdrawn = withdrawn
console-state-departed = departed
console-state-declined = declined
console-hours-left = { $hours } h left
console-search = Search: code, language or destination
console-list-empty = No consent in this list.
console-list-more = Showing { $shown } of { $count }. Type more of the code to narrow the list.
console-open = Open { $code }

## Opening a record

console-reason-title = Why are you opening this record?
console-reason-intro = Opening a record is logged with your account and your reason.
console-reason = Reason
console-reason-needed = Please give a reason (a few words).
console-open-confirm = Open the record
console-not-found = This consent cannot be found.
console-record-title = Consent record
console-fact-code = Reference code: { $value }
console-fact-state = State: { $value }
console-fact-signed = Signed: { $value }
console-fact-cooling-off = Cooling-off ends: { $value }
console-fact-destination = Destination: { $value }
console-fact-language = Language: { $value }
console-fact-content = Content version: { $value }
console-fact-departed = Departed: { $value }
console-fact-escort = Escort: { $value }
console-fact-reception = Reception arrangement: { $value }
console-fact-household = Household: { $value }
console-fact-review = Needs review because: { $value }
console-review-content-changed = the information shown has changed since signing
console-review-child-objection = the child objected
console-flag-pressure = The person said they felt pressured or asked to speak privately.
console-flag-re-explained = A comprehension answer needed explaining again.
console-present = Present:
console-items = Answers:
console-withdraw = Withdraw at the person's request
console-departure = Record departure
console-reconsent = Take a fresh signature
console-saved = Saved.
console-conflict = Someone else changed this consent a moment ago. Nothing was saved. Open it again to see the change.
console-failed = This did not work: { $why }

## Re-consent

console-reconsent-title = What changed since signing
console-reconsent-intro = Read the new text with the person, in their language. Then they sign again, or withdraw.
console-reconsent-not-needed = This consent does not need review.
console-reconsent-no-text-change = The texts shown are the same; the review was for another reason.
console-reconsent-before = When signed
console-reconsent-now = Now
console-reconsent-gone = (no longer shown)
console-reconsent-sign-as = Typed name of: { $role }
console-reconsent-sign = Record the fresh signature

## Suspension and content review

console-suspend-title = Suspend return assistance
console-suspend-intro = Every pending consent for this destination moves to review at once, and the kiosk stops offering it.
console-suspend-area = Only one area (ISO 3166-2 code, optional)
console-suspend-reason = Reason
console-suspend-confirm = Suspend
console-suspend-unknown-country = Choose a country from the list.
console-suspend-done = Suspended. { $count } consents moved to review.
console-review-done = { $count } consents signed under older information moved to review.

## Export

console-export-title = Export to the case system
console-export-intro = Everything on this device is written to one file in the folder.
console-export-folder = Folder
console-export-jsonl = JSON Lines (sealed events)
console-export-csv = CSV (one row per consent)
console-export-fhir = FHIR R4 Bundle
console-exported = { $count } written to { $path }

## Guided session

console-guided-title = Guided session: who is present
console-guided-language = The person's language
console-guided-adult = 18 or older
console-guided-minor = Under 18
console-guided-capacity-doubt = I have doubts about the person's capacity to decide
console-guided-interpreter = Interpreter present: language (leave empty if none)
console-guided-witness = Witness present: name (needed for a mark)
console-guided-household = Household reference, shared by the consents of one family (leave empty if none)
console-guided-representative = Name of the guardian or legal representative
console-guided-best-interests = Reference of the best-interests decision
console-guided-child-view = The child's own view
console-guided-child-agrees = The child agrees (pictogram)
console-guided-child-objects = The child objects (pictogram)
console-guided-assent = Assent
console-guided-objection = Objection
console-guided-child-words = The child's words
console-guided-unaccompanied = Is the child here without a parent or the adult responsible for them?
console-guided-unaccompanied-yes = Unaccompanied child
console-guided-unaccompanied-no = With a parent or the adult responsible
console-guided-escort = Escort on the journey: organisation and reference (no names)
console-guided-reception = Reference of the reception arrangement in the country of return
console-guided-covers-separation = The best-interests decision covers a return apart from the parents
console-guided-begin = Begin with the person

## Why the rules refuse

rule-mark-without-witness = A mark needs a witness who is present in this session.
rule-guardian-signature-missing = A child's consent needs the signature of a guardian or legal representative.
rule-child-view-missing = Record the child's own view (assent or objection) first.
rule-best-interests-reference-missing = A child's return consent needs the reference of the best-interests decision.
rule-representative-signature-missing = Capacity is in doubt: the legal representative must sign.
rule-migrant-signature-missing = The person has not signed yet.
rule-empty-signature = A signature is empty.
rule-unknown-signer = Someone signed who is not recorded as present.
rule-not-withdrawable = This consent cannot be withdrawn in its present state.
rule-already-departed = Departure has been recorded: withdrawal is closed.
rule-not-departable = Departure can only be recorded once the consent is effective.
rule-not-awaiting-reconsent = A fresh signature is only taken for a consent that needs review.

## Safeguards: flags, the confirmation interview, departure, withdrawal without the code

console-list-on-hold = Waiting for a counsellor ({ $count })
console-state-on-hold = waiting for a counsellor (an open flag or the confirmation interview)
console-find-without-code = Withdraw without the code
console-flag-capacity-doubt = A counsellor recorded doubts about capacity to decide.
console-flag-child-objection = The child objected.
console-flags-open = Open flags: the consent cannot take effect or be departed until each is resolved.
console-flag-reason = Reason for the resolution
console-flag-cleared = Cleared after a private talk
console-flag-referred = Referred on (stays open)
console-flag-review = To review: a fresh signature, the child's view taken again
console-flag-resolution = { $flag } Resolution: { $outcome }. { $reason }
console-fact-interview = Confirmation interview: { $outcome }, { $when }
console-fact-departure-corrected = Departure corrected { $when }: { $reason }
console-confirmation = Confirmation interview
console-confirmation-not-needed = This consent is not waiting for a confirmation interview.
console-confirmation-title = Private confirmation interview
console-confirmation-intro = Speak with the person alone, with an interpreter if needed. Ask every question below; the consent takes effect only after cooling-off and a confirmation.
console-confirmation-interpreter-language = Interpreter: language (leave empty if none)
console-confirmation-interpreter-id = Interpreter: roster id
console-confirmation-others = Anyone else in the room:
console-confirmation-fear = Does the person fear harm on return?
console-confirmation-fear-none = No fear expressed
console-confirmation-fear-asylum-info = Fear expressed: asylum information given
console-confirmation-referred = Referral made
console-confirmation-signs = Signs of trafficking or violence?
console-confirmation-signs-none = None seen
console-confirmation-fitness = Health and fitness to travel
console-confirmation-fit = Fit to travel
console-confirmation-fit-with-support = Fit with support (escort, medication)
console-confirmation-not-fit = Not fit to travel now
console-confirmation-legal = Independent legal advice
console-confirmation-legal-offered = Offered, not decided yet
console-confirmation-legal-taken = Offered and taken
console-confirmation-legal-declined = Offered and declined
console-confirmation-detained = Is the person in detention?
console-confirmation-person = Did the person confirm, in their own words, that they want to return?
console-confirmation-confirmed = Record: confirmed
console-confirmation-outcome-referred = Record: referred (stays pending)
console-confirmation-withdrawn = Record: the person withdraws
console-reconfirm-departure = The person confirmed again today
console-departure-correction-reason = Why the departure was recorded by mistake
console-departure-correct = Correct the departure
console-find-title = Withdraw without the code
console-find-intro = The person is here and lost their code. Ask what they remember; give at least two facts. Every fact must match.
console-find-date = Day of signing (YYYY-MM-DD)
console-find-language = Language they read in (e.g. ar)
console-find-destination = Country of return (e.g. GE)
console-find-code = Part of the code
console-find-search = Find
console-find-two-facts = Give at least two facts.
console-find-too-many = More than three consents match: ask for another fact.
console-find-none = No consent that can still be withdrawn matches every fact.
console-find-reason = Reason for the withdrawal
console-find-person-present = The person is here with me
console-withdrawn-without-code = Withdrawn. Give the person a withdrawal receipt.
rule-held = This consent does not count yet: a flag is open or the confirmation interview has not confirmed it.
rule-flag-not-open = This flag is not open on this consent.
rule-not-awaiting-safeguard = There is nothing to resolve or confirm on this consent now.
rule-interview-incomplete = The interview's answers do not allow a confirmation (the person's confirmation, a pending referral, fitness to travel, or legal advice in detention).
rule-reason-missing = Please give a reason.
rule-reconfirmation-missing = The person must confirm again today, in private, before departure is recorded.
rule-not-departed = No departure has been recorded.
rule-not-identified = Withdrawal without the code needs the person present and at least two facts that match.
rule-child-objection-needs-review = A child's objection cannot be cleared: move the consent to review, or refer it on.
rule-escort-missing = An unaccompanied child's return needs the escort recorded.
rule-reception-arrangement-missing = An unaccompanied child's return needs the reference of the reception arrangement in the country of return.
rule-household-apart = A child's consent goes ahead with a parent's of the same household (to the same country, in force), unless the best-interests decision covers a return apart.
console-fact-waiting-for = Waiting for: { $value }
console-fact-shareable-from = Data that leaves the centre may be shared from: { $value }
console-confirmation-unanswered = Answer every question before recording the interview.
console-hold-household = a parent's consent in the same household
console-suspend-unknown-area = Choose one of the regions listed for this country, or the whole country.
console-suspend-whole-country = The whole country
console-suspensions-active = Suspended from this console, in force:
console-suspension-line = { $destination }, since { $when }: { $reason }
console-lift = Lift this suspension
console-lift-title = Lift a suspension
console-lift-intro = Once lifted, the kiosk offers this destination again. Consents moved to review because of it stay in review: each goes ahead only with a fresh signature, or is withdrawn.
console-lift-count = Consents in review because of this suspension: { $count }
console-lift-content-still = The content (countries.toml) also suspends this destination: it stays suspended until the content changes.
console-lift-reason = Why is it lifted? (for the record)
console-lift-confirm = Lift the suspension
console-lift-done = Suspension lifted. Consents still in review, each waiting for a fresh signature: { $count }
console-lift-not-active = This suspension is no longer in force.
console-reconsent-region = The region of return: ask the person again.
rule-area-not-chosen = A return to this country names the region the person returns to, among those listed.
rule-unaccompanied-unanswered = For a child, first answer whether they are here without a parent or the adult responsible for them: yes or no.

## The table and its queue

console-needs-you-title = { $count ->
    [one] Needs you now: { $count } consent
   *[other] Needs you now: { $count } consents
}
console-needs-you-none = Nothing in the queue needs you now.
console-needs-you-more = { $count } more in the queue: choose a list below to see them all.
console-urgent-flag = open flag
console-chip-on-hold = waiting for a counsellor
console-urgent-confirmation = confirmation interview due
console-urgent-cooling-off = cooling-off ends today
console-column-code = Code
console-column-state = State
console-column-hours = Hours left
console-column-flags = Flags
console-column-language = Language
console-column-destination = Destination
console-sort-by = Sort by { $column }
console-filter-all-languages = All languages
console-filter-all-countries = All countries
console-filter-open-flags = Only open flags
console-flag-short-pressure = pressure
console-flag-short-comprehension = understanding
console-flag-short-capacity-doubt = capacity
console-flag-short-child-objection = child objects
console-flag-open = Open flag: { $reason }
console-flag-resolved = Resolved flag: { $reason }
console-reason-for = Record { $code }
console-reason-quick = Choose a common reason, or type another one below.
console-reason-asked = The person asked at the desk
console-reason-flag = To resolve a flag
console-reason-interview = The confirmation interview
console-reason-departure = Preparing the departure
console-reason-other = Another reason (type it)
console-suspend-confirm-count = { $count ->
    [one] Suspend { $destination }: { $count } pending consent moves to review
   *[other] Suspend { $destination }: { $count } pending consents move to review
}
console-export-drives = Removable drives: press one, then a format.
console-export-drive = Drive { $name }
console-export-no-drive = No removable drive found. Plug one in, or type a folder.

## Central sync

console-central-sync-last = Last accepted by the central database: { $date }, { $time }
console-central-sync-never = Not yet accepted by the central database.
