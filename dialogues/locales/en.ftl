# English: the reference translation. Every message the bot uses is here; complete languages translate all of it.
# Variables look like { $name }. Keep button labels short: they are read on phones.

## Language picker (shown before anyone has chosen: a word in each main language helps)

pick-language =
    Welcome to Active Citizens! 👋
    Choose your language · Zgjidhni gjuhën · Izaberite jezik · Изберете јазик
language-pick = Choose your language:
language-set = Done: I will speak { $language } with you.

## Registration

privacy-notice-points =
    • We keep your name, birth year, gender (if you want to say), country, town, organisation (optional), cohort and language.
    • The Active Citizens team uses them only to run the programme: session reminders, feedback and anonymous statistics. We never publish your name or give your data to anyone else.
    • /mydata shows everything we keep; /delete erases it at any time.
    • Responsible for your data (the controller): { $controller }. Questions and requests: { $contact }.
    • We erase your data { $retention_days } days after your last activity here, or sooner if you ask.
reg-consent =
    Before we start, here is how we use your data (privacy notice, version { $version }):
    { privacy-notice-points }
    Do you agree?
btn-agree = I agree
btn-decline = I do not agree
reg-declined = That's fine. Without your agreement we cannot register you, and we have kept nothing. If you change your mind, tap "Start again".
btn-start-again = Start again
reg-name = What is your name? (the name you want the programme team to use, { $min }–{ $max } characters)
reg-birth-year = In which year were you born? Write the four digits, e.g. 2005. (We only ask for the year, not the date.)
reg-gender = What is your gender?
gender-female = Female
gender-male = Male
gender-other = Other
gender-undisclosed = Prefer not to say
reg-country = Which country do you live in?
country-AL = Albania
country-BA = Bosnia and Herzegovina
country-XK = Kosovo
country-ME = Montenegro
country-MK = North Macedonia
country-RS = Serbia
country-OTHER = Other
reg-guardian =
    Because you may be under { $consent_age }, a parent or guardian must agree too. When you have registered, we give you a link to send them: they open it in their own Telegram and confirm. (If they do not use Telegram, your facilitator can confirm a form they signed.)
btn-guardian-not-yet = Not now
reg-guardian-needed = No problem. Talk to your parent or guardian, and tap "Start again" when you are ready. We have kept nothing.
reg-municipality = In which municipality or town do you live?
reg-organisation = Which organisation, school or group are you part of? Tap "Skip" if none.
btn-skip = Skip
reg-cohort = What is your cohort code? Your facilitator gives it to you (it is also in the workshop's QR code).
btn-no-code = I don't have a code
reg-cohort-link-unknown = The code in your link ({ $code }) is not one we know.
reg-done =
    Thank you, { $name }! You are registered for Active Citizens. 🎉
    What you can do now:
    • /sessions: your next sessions, and whether you are coming
    • /recommend: send a recommendation to the Western Balkans Summit
    • /profile: see or change your details
    • /language: change the language
    • /mydata: see everything we keep about you
    • /help: all commands
    You will get reminders before your sessions here.

## Answers that need another try

invalid-text-empty = Please write your answer as text.
invalid-text-too-short = That is too short: please write at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }.
invalid-text-too-long = That is too long: please keep it to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
invalid-text-no-letters = Please write it with letters.
invalid-text-unprintable = Please write it without control or text-direction characters.
invalid-birth-year-format = Please write your birth year as four digits, e.g. 2005.
invalid-birth-year-range = The programme is for people aged { $min } to { $max }. Please check your birth year.
invalid-cohort-format = A cohort code is 2–32 letters, digits or dashes, like TIRANA-2026. Please check it.
invalid-cohort-unknown = We don't know the cohort code { $code }. Please check it with your facilitator, or tap "I don't have a code".
cohort-not-found = There is no cohort { $code }. Please check the code; new cohorts are added from the command line (cohorts add).
use-buttons = Please choose one of the buttons.
text-expected = I can only read text here. Please type your answer.

## Outside a dialogue

nontext-idle = I understand text messages and buttons. /help lists what I can do.
idle-text = I'm not sure what you mean. /help lists what I can do.
idle-not-registered = Hello! Send /start to register for Active Citizens.
unknown-command = I don't know the command { $command }. /help lists the commands.
whoami = Your Telegram id: { $id }
help =
    Active Citizens bot: commands
    /start: register, or join a cohort with a code
    /sessions: your next sessions, and whether you are coming
    /feedback: surveys about your recent sessions
    /recommend: send a recommendation to the Western Balkans Summit
    /recommendations: read and endorse published recommendations
    /profile: see or change your details
    /language: change the language
    /mydata: everything we keep about you
    /delete: erase your data
    /mute, /unmute: turn announcements and reminders off or on
    /cancel: stop what you are doing
busy-finish-first = Let's finish this first: answer the question below, or send /cancel to stop.
cancelled = Stopped. Nothing was changed.
nothing-to-cancel = There is nothing to stop.
welcome-back = Welcome back, { $name }! /help lists what you can do.
cohort-joined = You are now in the cohort { $cohort }.
cohort-unknown = We don't know the cohort code { $code }. Please check it with your facilitator.
cohort-already = You are already in the cohort { $cohort }.
cohort-move-ask = You are in the cohort { $current }. Move to { $cohort }? Your reminders will then be for its sessions. If not, there is nothing to do.
btn-cohort-move = Move to { $cohort }
not-registered = You are not registered yet. Send /start to register.

## Profile and your data

profile-card =
    Your profile
    Name: { $name }
    Birth year: { $birth_year }
    Gender: { $gender }
    Country: { $country }
    Municipality: { $municipality }
    Organisation: { $organisation }
    Cohort: { $cohort }
    Tap a button to change something.
btn-edit-name = Name
btn-edit-birth-year = Birth year
btn-edit-gender = Gender
btn-edit-country = Country
btn-edit-municipality = Municipality
btn-edit-organisation = Organisation
btn-edit-cohort = Cohort
btn-edit-done = Done
profile-saved = Saved.
profile-not-saved = Nothing was changed: a parent's or guardian's agreement is needed for that.
value-none = none
mydata-none = We keep nothing about you except where you are in this conversation. Send /start to register.
mydata =
    Everything we keep about you:
    Telegram id: { $telegram_id }
    Language: { $language }
    Name: { $name }
    Birth year: { $birth_year }
    Gender: { $gender }
    Country: { $country }
    Municipality: { $municipality }
    Organisation: { $organisation }
    Cohort: { $cohort }
    Agreed to the privacy notice: { $consent_at } (version { $privacy_version })
    Parent's or guardian's agreement: { $guardian }
    Status: { $status }
    Registered: { $registered_at }
    Last changed: { $updated_at }
    /delete erases all of it.
guardian-not-needed = not needed
participant-status-active = active
participant-status-blocked = unreachable (Telegram told us you had blocked the bot; writing to it again lifts this)
delete-confirm = Erase everything we keep about you? This cannot be undone; to take part again you would register again.
btn-delete-yes = Yes, erase my data
btn-delete-no = No, keep it
deleted = Your data has been erased. Thank you for taking part in Active Citizens. Send /start if you want to come back.
delete-kept = Nothing was erased.
nothing-stored = We keep no data about you, so there is nothing to erase.

## Notices and errors

stale-button = This button is no longer active.
state-lost = Sorry, I lost track of our conversation after an update. Let's go on from here.
error-apology = Sorry, something went wrong on our side. Please try again in a minute.
group-pointer = I work in private chats only: open https://t.me/{ $bot } and press Start.

## Command menu

cmd-start = Register or join a cohort
cmd-help = What I can do
cmd-profile = See or change your details
cmd-language = Change the language
cmd-mydata = Everything we keep about you
cmd-delete = Erase your data
cmd-cancel = Stop what you are doing

## Sessions, RSVPs and check-in

sessions-no-cohort = You are not in a cohort yet. Use the link or QR code from your facilitator, or send /start with your cohort code (e.g. /start TIRANA-2026).
sessions-none = There are no upcoming sessions for your cohort yet. You will get a reminder when one is planned.
sessions-header = Your next sessions:
session-label = { $when } · { $title }
session-line =
    { $n }. { $title }
    🕒 { $when }
    📍 { $location }
    Your answer: { $answer }
rsvp-coming = coming
rsvp-not-coming = can't come
rsvp-none = not given yet
btn-coming = Coming
btn-not-coming = Can't come
btn-coming-n = { $n }: Coming
btn-not-coming-n = { $n }: Can't come
rsvp-saved-coming = Saved: you are coming. See you there!
rsvp-saved-not-coming = Saved: you can't come. Thanks for letting us know.
rsvp-closed = This session has already started.
rsvp-not-member = This session is for another cohort.
session-gone = This session was cancelled or no longer exists.
location-tba = place to be announced
checkin-unknown = This check-in code is not known. Please scan the QR code at the venue again.
checkin-register-first = Please register first (send /start), then scan the check-in code again.
checkin-not-member = This check-in is for another cohort's session. Ask your facilitator if you should be in it.
checkin-cancelled = The session { $title } was cancelled.
checkin-too-early = Check-in for { $title } opens { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } before the start ({ $when }).
checkin-over = The session { $title } has ended: check-in is closed.
checkin-already = You are already checked in for { $title }.
checkin-done = Welcome! You are checked in for { $title }.
reminder =
    Reminder: { $title }
    🕒 { $when }
    📍 { $location }
    Are you coming?
session-changed =
    Change to a session of your cohort: { $title }
    🕒 now { $when }
    📍 { $location }
session-cancelled = The session { $title } ({ $when }) is cancelled. Sorry for the change!
muted = Announcements are off. Session reminders for your cohort are off too. Send /unmute to turn them back on.
unmuted = Announcements and reminders are on again.
cmd-sessions = Your next sessions
cmd-mute = Turn announcements off
cmd-unmute = Turn announcements on

## Facilitators: /newsession

not-allowed = Sorry, that command is for facilitators and organisers.
not-allowed-organisers = Sorry, that command is for organisers.
translators-only = Sorry, that command is for organisers and translators.
right-lost = Your role no longer allows this, so nothing was done. /help lists what you can do now.
ns-cohort-pick = New session. For which cohort?
ns-cohort-type = New session. Type the code of the cohort (e.g. TIRANA-2026):
ns-title = What is the session's title?
ns-module = Which training module is it?
module-identity-culture = Identity and culture
module-intercultural-dialogue = Intercultural dialogue
module-local-global-communities = Local and global communities
module-social-action = Planning social action
btn-no-module = None of these
ns-starts = When does it start? Write the date and local time ({ $zone }) like 2026-12-05 18:00.
ns-starts-invalid = That is not a date and time I can read (or the clocks skip it). Write it like 2026-12-05 18:00.
ns-starts-past = That time has already passed. Please give a time in the future.
ns-duration = How long does it last? Choose, or type it like 90m or 2h.
ns-duration-invalid = Please write the length like 90m, 2h or 1h30m (at most 24h).
ns-location = Where does it take place?
btn-location-tba = Announce later
ns-confirm =
    Please check the new session:
    Cohort: { $cohort }
    Title: { $title }
    Module: { $module }
    Starts: { $when }
    Length: { $duration }
    Place: { $location }
    Create it? Participants get reminders before it.
btn-create = Create the session
btn-discard = Discard
ns-discarded = Discarded: no session was created.
session-created =
    Session created: { $title } ({ $when }).
    Check-in link (show its QR code at the venue): { $link }
checkin-pick = The check-in code of which session?
checkin-none = None of the sessions you can see is coming up or under way.
checkin-link =
    Check-in for { $title } ({ $when }): { $link }
    Show the QR code at the venue: participants scan it to check in, from { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } before the start until the end.
cmd-checkin = A session's check-in QR code
cmd-newsession = Schedule a session

## Facilitators and organisers: /broadcast, /broadcasts, /grant

verbatim = { $text }
bc-audience = New announcement. Who should get it?
btn-aud-everyone = Everyone
btn-aud-cohort = A cohort
btn-aud-country = A country
btn-aud-language = A language
btn-aud-session = A session's attendees
bc-cohort-pick = Which cohort?
bc-cohort-type = Type the cohort's code (e.g. TIRANA-2026):
bc-country = Participants living in which country?
bc-language = Participants using which language?
bc-session = The attendees of which session?
bc-no-sessions = There are no recent or coming sessions you can reach.
bc-text = Write the announcement (up to { $max } characters). It is sent exactly as you write it.
bc-text-too-long = That is too long: Telegram allows { $max } characters.
bc-preview = Above is the announcement exactly as recipients will see it. It would go to { $count ->
        [one] { $count } person
       *[other] { $count } people
    } (those who turned announcements off are left out).
btn-send = Send
btn-send-test = Send me a test
btn-cancel-send = Cancel
bc-nobody = Nobody would receive it: choose another audience (/cancel, then /broadcast).
bc-queued = Sending to { $count ->
        [one] { $count } person
       *[other] { $count } people
    }, within Telegram's limits. You will get a report when it is done; /broadcasts shows the progress.
bc-cancelled = Cancelled: nothing was sent.
bc-report = Announcement #{ $id } is done: { $delivered } delivered, { $blocked } blocked the bot, { $skipped } skipped, { $failed } failed (of { $recipients }).
bc-progress-none = You have not sent any announcements yet.
bc-progress-header = Your latest announcements:
bc-progress-line = #{ $id } ({ $when }): { $delivered } of { $recipients } delivered, { $waiting } waiting, { $blocked } blocked, { $skipped } skipped, { $failed } failed.
gr-role = Invite someone to which role?
btn-role-facilitator = Facilitator
btn-role-organiser = Organiser
btn-role-translator = Translator
gr-cohort = Facilitator of which cohort? Type its code, or tap "All cohorts".
gr-cohort-pick = Facilitator of which cohort? Choose it, type its code, or tap "All cohorts".
btn-all-cohorts = All cohorts
gr-invite-organiser = Invitation to be an organiser. Send this link to the person; it works once, within { $days } days: { $link }
gr-invite-facilitator-of = Invitation to be a facilitator of { $cohort }. Send this link to the person; it works once, within { $days } days: { $link }
gr-invite-facilitator-all = Invitation to be a facilitator of all cohorts. Send this link to the person; it works once, within { $days } days: { $link }
gr-language = Into which language will they translate the published recommendations?
gr-invite-translator = Invitation to translate the recommendations into { $language }. Send this link to the person; it works once, within { $days } days: { $link }
invite-unknown = This invitation link is not valid.
invite-used = This invitation has already been used.
invite-withdrawn = This invitation was withdrawn: the person who made it can no longer give this role.
invite-expired = This invitation has expired. Ask the organiser for a new one.
invite-accepted-organiser = Welcome to the team! You are now an organiser. /help lists your commands.
invite-accepted-facilitator-of = Welcome to the team! You are now a facilitator of { $cohort }. /help lists your commands.
invite-accepted-facilitator-all = Welcome to the team! You are now a facilitator of all cohorts. /help lists your commands.
invite-accepted-translator = Welcome to the team! You can now translate the published recommendations into { $language }: send /translate.
cmd-broadcast = Send an announcement
cmd-broadcasts = Your announcements' progress
cmd-grant = Invite a facilitator, organiser or translator

help-facilitator =
    For facilitators:
    /newsession: schedule a session
    /checkin: a session's check-in link and QR code
    /broadcast: send an announcement
    /broadcasts: how far your announcements are
    /results: what participants said about your sessions
    /guardians: confirm a guardian's signed paper form
    /people: who is in your cohorts and who came; mark someone present
    /upcoming: what the bot is about to send, and to how many
    /poster: a printable poster of your cohort's registration link
help-organiser =
    For organisers:
    /grant: invite a facilitator, organiser or translator
    /stats: figures for the whole programme
    /moderate: approve or reject recommendations
    /summary: the recommendations summary, chart and data
    /export: participants, RSVPs, feedback or recommendations as CSV and XLSX
    /erase: erase someone's data at their request
    /translate: translate published recommendations (the Summit report needs English)
    /report: the Summit report as a Word document (/report sq, mk… in another language)

## Feedback surveys

survey-session-feedback = Session feedback
sq-overall = Overall, how was the session? (1 = poor, 5 = excellent)
sq-confidence = How confident do you feel to act on what you learned? (1 = not at all, 5 = very)
sq-most-useful = What was the most useful thing for you?
sq-improve = What should we improve?
sq-recommend = Would you recommend the programme to a friend?
opt-yes = Yes
opt-maybe = Maybe
opt-no = No
feedback-none = There is no survey waiting for you. Thank you!
feedback-list = Surveys you can still answer (sessions of the last two weeks):
survey-already = You have already answered the survey for { $title }. Thank you!
survey-not-yet = The survey for { $title } opens when the session ends.
survey-closed = The survey for { $title } is closed.
survey-intro = { $survey }: { $title } ({ $when }). A few short questions. { $anonymity }
survey-anonymous = Your answers are anonymous: they are stored without your name.
survey-question = ({ $n }/{ $total }) { $question }
opt-on = ✅ { $label }
opt-off = ▫️ { $label }
btn-done = Done
btn-skip-question = Skip
survey-pick-one = Please choose at least one option, then tap Done.
survey-thanks = Thank you for your feedback! It helps the facilitators make the next sessions better.
survey-invite =
    How was { $title } ({ $when })?
    Please tell us in a two-minute survey.
btn-start-survey = Start the survey
results-none = There are no survey answers yet for sessions you can see.
results-pick = The results of which session?
results-header = Feedback on { $title } ({ $when }): { $answered } answered; { $attended } checked in.
stats-header = The programme so far: { $participants ->
        [one] { $participants } participant
       *[other] { $participants } participants
    }, { $sessions ->
        [one] { $sessions } session held
       *[other] { $sessions } sessions held
    }, { $responses ->
        [one] { $responses } survey response
       *[other] { $responses } survey responses
    }.
results-survey = { $survey }: { $n ->
        [one] { $n } response
       *[other] { $n } responses
    }
results-question = { $question } ({ $n ->
        [one] { $n } answer
       *[other] { $n } answers
    })
results-rating = average { $average } · 1: { $r1 } · 2: { $r2 } · 3: { $r3 } · 4: { $r4 } · 5: { $r5 }
results-choice = { $label }: { $n }
results-text = • { $text }
results-anonymous-withheld = This survey is anonymous: its answers are shown once { $min } people have answered, so that no answer can be traced to anyone.
# A question with its figures or answers, one per line.
results-block = { $lines }
cmd-feedback = Surveys waiting for you
cmd-results = Your sessions' feedback
cmd-stats = Programme figures
survey-wellbeing = How you felt (anonymous)
sq-safe = Did you feel safe to say what you think?
sq-enjoyed = Which activities did you enjoy? Choose all that apply, then tap Done.
opt-games = Games
opt-discussion = Discussion
opt-role-play = Role play
opt-group-work = Group work
sq-anything = Anything else you want to tell us, anonymously?

## Youth recommendations for the Western Balkans Summit

rec-limit = You have sent { $limit ->
        [one] { $limit } recommendation
       *[other] { $limit } recommendations
    } in the last 24 hours, the most for one day. Thank you! Please come back tomorrow.
rec-theme = Your recommendation to the Western Balkans Summit. Which theme is it about?
theme-participation = Youth participation
theme-education-skills = Education and skills
theme-employment = Employment
theme-brain-drain-migration = Brain drain and migration
theme-reconciliation-cooperation = Reconciliation and regional cooperation
theme-diversity-dialogue = Diversity and dialogue
theme-rule-of-law = Rule of law
theme-environment-community = Environment and community
rec-level = At which level should it be acted on?
level-local = Local
level-national = National
level-regional = Regional
level-eu = EU
rec-text = Write your recommendation ({ $min }–{ $max } characters): what should change, and who should do it?
rec-preview = Above is your recommendation ({ $theme }, { $level }). Send it? Organisers read every recommendation before it is published.
btn-submit = Send it
btn-edit = Edit the text
rec-submitted = Thank you! Your recommendation was sent. You will hear when the organisers have read it; /recommendations shows the published ones.
rec-cancelled = Cancelled: nothing was sent.
mod-none = No recommendations are waiting for moderation.
mod-card = Recommendation #{ $id } · { $theme } · { $level } ({ $waiting } waiting). Publish it?
btn-approve = Approve
btn-reject = Reject
mod-approved = Approved and published; the author is told. /moderate for the next one.
mod-rejected = Rejected; the author is told. /moderate for the next one.
mod-taken = Another organiser moderated this recommendation first; nothing was changed. /moderate for the next one.
rec-approved-notice = Your recommendation on { $theme } was approved and published. Thank you!
rec-rejected-notice = Your recommendation on { $theme } was not published this time. You are welcome to send another one with /recommend.
browse-pick = Published recommendations: choose a theme.
browse-theme = { $theme } ({ $count })
browse-none = Nothing is published yet: the organisers read every recommendation before it appears here. /recommend sends yours.
browse-empty = No published recommendations on { $theme } yet.
browse-header = { $theme } (page { $page }):
browse-item =
    { $n }. { $text }
    ({ $level } · { $endorsements ->
        [one] { $endorsements } endorsement
       *[other] { $endorsements } endorsements
    }{ $mark })
browse-own = {""} · yours
browse-endorsed = {""} · endorsed by you
browse-other = {""}
btn-endorse-n = 👍 Endorse { $n }
btn-next-page = Next page
btn-show-original = Show as written
endorse-done = Endorsed. Thank you!
endorse-own = You cannot endorse your own recommendation.
endorse-twice = You have already endorsed this one.
endorse-gone = This recommendation is no longer published.
sum-header = Youth recommendations: { $approved } approved, { $pending } waiting, { $rejected } rejected. Counts of approved ones; cells of fewer than 5 people show as <5.
sum-none-approved = Nothing is approved yet, and the summary counts approved recommendations only: /moderate shows those waiting.
sum-section =
    { $dimension }
    { $lines }
sum-line = { $label }: { $value }
sum-others = Others (fewer than 5 people each)
sum-by-theme = By theme
sum-by-level = By level
sum-by-country = By country
sum-by-age = By age
sum-by-gender = By gender
age-15-19 = 15–19
age-20-24 = 20–24
age-25-29 = 25–29
age-30-plus = 30+
value-unknown = unknown
sum-top = Most endorsed, per theme:
sum-top-item = { $theme } ({ $endorsements } 👍): { $text }
cmd-recommend = Send a recommendation to the Summit
cmd-recommendations = Read and endorse recommendations
cmd-moderate = Moderate recommendations
cmd-summary = Recommendations summary
cmd-export = Export data as documents
export-pick = Which data do you want to export? You get a CSV file and an XLSX spreadsheet.
export-sent = Here is the export: { $what }.
export-personal = It holds personal data: keep it safe, share it only with the programme team, and delete it when you no longer need it.
btn-export-participants = Participants
btn-export-rsvps = RSVPs and check-ins
btn-export-feedback = Feedback
btn-export-recommendations = Recommendations

## /mydata: the rest of what is stored

mydata-activity =
    Announcements and reminders: { $muted }
    Sessions:
    { $rsvps }
    Your recommendations:
    { $recommendations }
    Endorsements you gave: { $endorsements }
    Survey responses stored with your id: { $surveys } (anonymous ones are not linked to you)
mydata-rsvp = • { $title } ({ $when }): { $answer }{ $checked }
mydata-checked = , checked in
mydata-not-checked = {""}
mydata-recommendation = • { $theme }, { $status }: { $text }
muted-yes = off (/unmute turns them on)
muted-no = on
rec-status-pending = waiting for moderation
rec-status-approved = published
rec-status-rejected = not published

## Guardians and erasure on request

btn-guardian-ask = I'll ask my parent/guardian
reg-pending = Thank you, { $name }! You are registered for Active Citizens, waiting for your parent's or guardian's agreement. Until they agree, we send you no reminders or announcements.
guardian-link =
    Forward this link to your parent or guardian. They open it in their own Telegram, read how we use your data, and say whether they agree:
    { $link }
    If they do not use Telegram, ask your facilitator for the paper form. If nobody confirms within { $days } days, we erase your registration.
guardian-still-waiting = Welcome back, { $name }. We are still waiting for your parent's or guardian's agreement. Here is a new link for them (the one before no longer works).
guardian-request =
    { $name } (born { $birth_year }) wants to take part in Active Citizens, a programme in which young people from across the Western Balkans train in social leadership and plan action in their communities. They told us that you are their parent or guardian.
    Here is how we would use their data (privacy notice, version { $version }):
    { privacy-notice-points }
    Do you agree to { $name } taking part?
guardian-agreed = Thank you for confirming. We have let them know: they are fully registered now.
guardian-declined = Thank you for answering. We have erased what they told us, and let them know.
guardian-link-unknown = This link no longer works: it was used already, a newer one replaced it, or the registration was erased.
guardian-own-account = This link is for your parent or guardian: forward it to them. They confirm from their own Telegram account; yours cannot.
guardian-confirmed-notice = Good news, { $name }: your parent's or guardian's agreement is confirmed. You are fully registered for Active Citizens now, and will hear about your sessions. /help shows what you can do.
erased-guardian-declined = Your parent or guardian did not agree, so we have erased your registration. You are welcome back whenever they agree: send /start.
erased-guardian-never-confirmed = Your parent's or guardian's agreement did not come within { $days } days, so we have erased your registration. Send /start to register again when they are ready.
guardian-by-telegram = confirmed by them from their own Telegram account on { $at }
guardian-by-paper = confirmed by your facilitator, who holds the form they signed, on { $at }
guardian-declared = on your own word, given at registration on { $at }
guardian-waiting = waiting for their confirmation
participant-status-pending-guardian = waiting for a parent's or guardian's agreement (no reminders or announcements until then)
paper-none = Nobody in your cohorts is waiting for a parent's or guardian's agreement.
paper-pick =
    { $count ->
        [one] One person is
       *[other] { $count } people are
    } waiting for a parent's or guardian's agreement (longest first, with their cohort and the day they registered; { $shown } shown).
    Tap someone whose guardian's signed paper form you hold:
paper-confirm = Do you hold the form signed by { $name }'s parent or guardian? Your confirmation is recorded under your name.
btn-paper-yes = Yes, I hold the signed form
btn-paper-no = No
paper-confirmed = Recorded: { $name } is fully registered now, and we are letting them know.
paper-not-confirmed = Nothing was recorded.
paper-not-waiting = They are no longer waiting (someone confirmed already, or their registration was erased): nothing was recorded.
erase-ask-id = Whose data should be erased? Send their Telegram id: a number, which they see when they send /whoami to the bot.
erase-not-an-id = A Telegram id is a number, like 123456789. People see theirs when they send /whoami.
erase-yourself = To erase your own data, use /delete.
erase-unknown = Nobody is registered with the id { $id }. Check the number and send it again.
erase-ask-reason = Why are you erasing { $name }'s data? For example: "asked by e-mail on 3 December". The reason goes into the audit log with your name, not theirs.
erase-confirm = Erase everything we keep about { $name } (id { $id })? Reason: { $reason }. This cannot be undone.
btn-erase-yes = Yes, erase it
btn-erase-no = No, keep it
erase-done = { $name }'s data has been erased, and the erasure recorded.
erase-kept = Nothing was erased.
erase-gone = They were already erased: nothing more to do.
cmd-guardians = Confirm a guardian's paper form
cmd-erase = Erase someone's data on request
cmd-translate = Translate recommendations
translate-usage = Send /translate to translate the recommendations that lack a language, or /translate and a recommendation's number to translate or correct that one (e.g. /translate 12).
translate-pick-language = Into which language?
translate-none = Nothing more to translate into { $language } for now. /translate starts again (skipped ones come back); /translate and a number corrects one.
translate-card =
    Recommendation #{ $id } · { $theme } · written in { $written } ({ $waiting } waiting for { $language }):
    { $text }
translate-existing = Its { $language } translation now: { $text }
translate-ask = Send its { $language } translation, or tap Skip.
btn-translate-skip = Skip
translate-saved = Saved: the translation of #{ $id }.
translate-gone = That recommendation is no longer published: nothing was saved.
cmd-report = The Summit report (Word)
chart-caption = Approved recommendations by theme
report-title = Youth recommendations for the Western Balkans Summit
report-gathered-heading = How they were gathered
report-gathered = Between { $from } and { $to }, young people taking part in the Active Citizens programme ({ $participants } participants in { $cohorts ->
        [one] one cohort
       *[other] { $cohorts } cohorts
    }) wrote recommendations for the Summit. The programme's organisers approved { $approved }; the { $listed } with an English text are listed below by theme, the most endorsed by other participants first.
report-countries = Participants by country: { $countries }.
report-original = Original ({ $language }): { $text }
report-meta = Level: { $level } · { $endorsements ->
        [one] { $endorsements } endorsement
       *[other] { $endorsements } endorsements
    }
report-chart-heading = Recommendations by theme
report-sent = Here is the Summit report ({ $language }), to edit before sending: { $listed } recommendations. { $missing } approved ones have no English yet and are left out: /translate adds it.

## Rosters and marking present (/people)

cmd-people = Who is in your cohorts, who came; mark someone present
roster-none = Your roles name no cohort that is still running.
roster-pick-cohort = Which cohort?
roster =
    { $cohort }: registered { $registered } · waiting for a guardian's agreement { $pending } · sessions held { $sessions }. Page { $page } of { $pages }.
    🗓 sessions attended · 📝 surveys answered

    { $lines }
roster-line = { $n }. { $name }: 🗓 { $attended }/{ $sessions } · 📝 { $answered }{ $status ->
        [pending_guardian] {" "}(waiting for a guardian's agreement)
        [blocked] {" "}(unreachable)
       *[active] {""}
    }
btn-roster-previous = ◀ Previous
btn-roster-next = Next ▶
btn-roster-export = 📄 Attendance sheet
btn-roster-mark = ✅ Mark someone present
roster-export-sent = The attendance sheet of { $cohort } (who came to each session, who answered its survey), as CSV and XLSX. It names people: keep it safe and delete it when you no longer need it.
mark-no-sessions = No session of { $cohort } is under way or recently over.
mark-pick-session = At which session do you mark someone present?
mark-everyone-present = Everyone in the cohort is already checked in at { $title }.
mark-pick-person = Who was at { $title } ({ $when })? Not checked in yet: { $count }.
mark-done = { $name } is marked present at { $title } ({ $when }). If the session's survey has gone out, they get it too.
mark-not-member = That person is no longer in the session's cohort: nobody was marked present.
mark-already = That person was already checked in at that session.

## What is about to be sent (/upcoming)

cmd-upcoming = What the bot is about to send, and to how many
upcoming-none = Nothing is planned for your cohorts in the next { $days } days.
upcoming-header =
    Planned for the next { $days } days (👥 recipients as the cohorts stand now):
    { $lines }
upcoming-now = now
upcoming-reminder = { $when } · reminder: { $title } ({ $cohort }) · 👥 { $count }
upcoming-survey = { $when } · survey invitation: { $title } ({ $cohort }) · 👥 { $count }
upcoming-notice = { $when } · notice of a change: { $title } ({ $cohort }) · 👥 { $count }
upcoming-announcement = { $when } · announcement #{ $id } · 👥 { $count }
upcoming-more = …and { $more } more: the command line's schedule lists them all.

## Announcements in several languages

bc-languages = Recipients by language: { $list }. Those marked ✓ get your version in their language; the others, the text above.
btn-add-version = 🌐 Add a version in another language
bc-version-language = A version for readers of which language?
bc-version-text = Write the version for { $language } (up to { $max } characters). Readers of that language get it instead of your text.

## Posters (/poster)

report-unknown-language = The bot has no language "{ $language }": name one of { $known } (e.g. /report mk). Nothing was sent.
cohort-archived = That cohort is archived (its programme is over), so no session was created.
cmd-poster = A printable poster of your cohort's registration link
poster-sent = The poster of { $cohort }, to print or share: its QR code opens registration in this cohort, { $link }
