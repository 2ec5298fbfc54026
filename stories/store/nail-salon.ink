# grammar: 1
# id: store.nail_salon
# title: Mall patrol: the nail bar on the concourse
# setting: store
# summary: A regular customer stops you by the fountain. The technician who did her nails was crying, and the owner answered for her. Take a look along the island kiosks.
# minutes: 12
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: This story involves a nail technician who works very long hours, an owner who handles all the money, and a debt for training. It mentions a threat to report someone to immigration. No violence is shown. You can step out at any time.
# focus: A look that could mean two things, a pretext that may not work, and who should hear about it
# character: denise; Denise; A customer in her sixties with a cane and freshly painted nails, a regular at the nail bar.
# character: kim; Kim; A nail technician in her twenties in a black salon tunic, hair tied back, with tired, red-rimmed eyes.
# character: gil; Gil; The nail bar's owner, a man in his fifties in a pressed white shirt, cheerful, with a cash pouch on his belt.
# character: walt; Walt; A man in his sixties in a green shirt and glasses, who runs the phone-repair counter with his grown son.
# distractor: not.cash_only
# distractor: not.family_business_long_hours
# distractor: not.tired_or_shy
# teaches: myth.only_underground
# teaches: myth.trauma_story_changes
# teaches: myth.would_ask_for_help

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Kim is an adult nail technician. Gil, the owner, takes every payment and every tip, answers any
//   question put to her, and has her sleep behind the curtain of the storage cupboard while she pays off
//   "training fees" (a course, a flight, a room) that never go down. He has told her he will report
//   her to immigration if she leaves. She never says "trafficked" and never asks to be rescued.
// - The cot behind the curtain stays ambiguous from the look alone (plenty of salons keep one for
//   breaks; the look is tagged `ambiguous`). A question resolves it (`resolves`): Walt's, a neighbor who sees the unit at opening and closing, or
//   Kim's own words in private.
// - Red herrings: cash only (half the small units on the floor are), and Walt and his son, relatives
//   who work open to close in their own family business by choice. Both are on the report as
//   distractors.
// - Gil is charming until he is asked about Kim, then cold. Variant 1: he lets Kim go to the podium for
//   the lost-property form, and she says a little, slowly. Variant 2 (or whenever he has been tipped
//   off): he refuses and signs himself; the right move is to stop and report.
// - With Gil always at her shoulder, not stepping in is the sourced best move; the pretext is an
//   acceptable gamble with partial credit. No one is in immediate danger and Kim has not asked for
//   police: the exact report is the hotline referral through the control room (`hotline`).
// - Kim says "I was just tired" first and tells more only later; the debrief explains why a story
//   changes (myth.trauma_story_changes). She voices her fear: the immigration threat and her family.

VAR gil_wary = false
VAR walt_told = false
VAR kim_talked = false
VAR gave_number = false

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: mall_kiosk_concourse
# ambience: mall_concourse
# show: denise:anxious
# requires: log
Tuesday in the first week of December, twenty past eleven. You are on day patrol for {org_name} at Riverside Commons, a busy mall under a glass roof.
A woman with a cane and freshly painted nails stops you by the fountain. She is Denise, and she has her nails done on the concourse twice a week.
The young lady who did my nails just now was crying. Not sniffling. Crying, the whole time. # speaker: denise
I asked if she was all right, and the owner came over and said it was allergies. She never said one word herself. # speaker: denise
And she's always there, morning and night. Thanksgiving, the whole mall closed, I walked by the gate and she was in there. # speaker: denise
Plus it's cash only. That's how those places hide things, isn't it? # speaker: denise # discuss: Denise has given you several things at once. Which of them matter, and which don't?
+ ["Lots of small shops take cash only. The rest, I'll look at." # score: observe +1 # why: It sets aside the one thing that means nothing and keeps what may matter. Denise may feel brushed off on the part she was surest of.]
  Well. You're the expert. # speaker: denise
+ ["Crying at work, cash only, never a day off: that sounds like trafficking to me. I'll call it in." # score: observe -1 # myth: myth.one_flag_or_nationality # why: A few things heard secondhand are a reason to look, not a conclusion, and cash only is not a sign of anything at all.]
  Denise blinks. I didn't say that. I just thought somebody should look. # speaker: denise
+ ["Thank you. Could I have a number for you, in case someone needs to follow this up?" # score: document +1 # score: collaboration +1 # why: What she saw, in her own words and with a way to reach her, is the first fact of any report, and she leaves knowing she was heard.]
  Denise writes her number on the back of a receipt. Denise Albright. I'm here Tuesdays and Fridays. # speaker: denise # show: denise:calm
+ ["Then I'll go over right now and ask her what's wrong." # score: safety -1 # score: trust -1 # why: Going straight to her, with the owner at her elbow, asks her to explain herself in front of him.]
  Denise looks doubtful. With him standing right there? # speaker: denise
- You note the time: eleven twenty-two.
  -> concourse

// ---------------------------------------------------------------- observe

=== concourse ===
# phase: observe
# hide: denise
# show: gil:calm
# show: kim:anxious
# show: walt:calm
You walk the concourse the way you do every hour, past the fountain toward the island kiosks.
- (around)
* [Watch the nail bar for a minute # observe: nail_bar # reveals: retail.not_allowed_to_buy_or_speak]
  A young woman in a black tunic files a customer's nails. The name stitched on the tunic is Kim. A man in a pressed white shirt stands behind her with a cash pouch on his belt.
  The customer pays him. Then she holds out a folded bill to Kim, as a tip.
  I'll take that for her. She loses things. # speaker: gil
  Kim keeps her hands flat on the table until the bill is in his pouch.
  -> around
* [Look at the storage cupboard behind the nail bar # observe: kiosk_storage # reveals: nothing # ambiguous: retail.tenant_worker_lives_onsite]
  The cupboard door stands open a hand's width, with a curtain hung across the gap.
  Under the curtain: the end of a thin foam mattress, a folded blanket, a phone charger in the wall socket.
  Some salons keep a cot so staff can put their feet up between clients. From here, you can't tell which this is.
  -> around
* [Read the sign on the post # observe: hours_sign # reveals: nothing]
  OPEN 10 TO 9, SEVEN DAYS. CASH ONLY, 5% OFF.
  The pretzel stand and the key-cutting kiosk have the same kind of sign. On a twenty-dollar manicure, card fees are a real cost.
  -> around
* [Look at the phone-repair counter # observe: phone_repair # reveals: nothing]
  Two men in matching green shirts work the counter: Walt, in his sixties, and his son Danny. The mall office list says Walt and Son, fifteen years in the same spot.
  They keep the same hours as the nail bar. Danny grumbles that he hasn't had a Sunday off since Halloween. His father says that's what owning the place means, and hands him half a sandwich.
  -> around
* [Look down the service corridor # observe: service_door # reveals: retail.hotline_signage_removed]
  The corridor door is propped open for a delivery. On the wall by the staff restrooms, the hotline sticker has been scratched off again. Only its corners are left.
  The cleaning log taped beside it says: replaced Nov 3, replaced Nov 19.
  -> around
+ [Walk over to the nail bar]
- -> gil_hello

// ---------------------------------------------------------------- talk

=== gil_hello ===
# phase: talk
# show: gil:calm
Gil sees you coming and spreads his arms wide.
Officer! Sit, sit. First manicure is on the house. You people work too hard. # speaker: gil
+ ["A customer said one of your staff was upset earlier. Is everything all right here?" # score: collaboration +1 # score: safety -1 # why: Honest about why you came, and a complaint is security's business. It also tells Gil that a customer noticed Kim crying, and Kim is the one who will hear about it.]
  Allergies. The acetone. I tell her, wear the mask. # speaker: gil
  He laughs. Kim's hands stop for a second, then go on.
+ ["Not today, thanks. Busy morning?" # score: safety +1 # why: Small talk gives Gil nothing to wonder about, and buys you a minute at the counter.]
  Busy, busy. Christmas! Every day busier. # speaker: gil
+ ["Who's on the lease here? I'll need a list of your staff and their hours." # score: safety -1 # score: observe -1 # why: A demand for paperwork turns a patrol into an investigation. Gil learns that you are looking, and the mall office has those papers anyway.]
  The lease? The mall office has it. Ask them. # speaker: gil # show: gil:guarded
- You nod to the technician at the chair. Morning. # speaker: officer
Before she can answer, Gil does. Kim doesn't chat while she works. She concentrates. Right, Kim? # speaker: gil
Kim nods. Gil has answered for her, and she lets him. # indicator: retail.worker_coached_monitored
She keeps her eyes on the nail file. The rims of her eyes are red. # indicator: retail.injuries_avoids_eye_contact # discuss: What can you safely say or ask with Gil standing here, and what can't you?
+ [Nod at the curtain behind them: "Handy, a cot back there. For breaks?" # score: safety -1 # why: His answer settles nothing, and the question tells him you have looked behind his counter, and Kim is the one left with him when you walk away.]
  For breaks. Their feet, standing all day. You want to see? # speaker: gil
  He doesn't move to show you. The smile stays; the friendliness behind it has gone. # show: gil:guarded
  Anything else, officer? # speaker: gil
+ ["Seven days a week, Gil? When does she get a day off?" # critical: confront_controller # score: safety -2 # why: Challenging the owner in front of her puts Kim in the middle. Gil stays polite with you, and she is the one who stays at that counter with him.]
  I pay my rent to the mall, not to you. Her hours are my business. # speaker: gil # show: gil:impatient
  He reaches back and pulls the curtain shut.
  ~ gil_wary = true
+ ["I'll let you get on. It only gets busier from here until Christmas." # score: safety +2 # why: With Gil at her shoulder, nothing Kim says is hers to say. An ordinary goodbye gives him nothing to punish her for, and you have seen what you came to see.]
  Don't remind me! # speaker: gil
+ ["Kim, have you been crying? Are you OK?" # critical: suspicion_in_front_of_controller # score: trust -1 # why: Asked in front of Gil, even a kind question puts her on the spot: she will answer to him for whatever she says, and for whatever you saw.]
  Allergies. # speaker: kim
  She says it to the nail file. # show: kim:anxious
  She's fine. We're busy. You're scaring my customers. # speaker: gil # show: gil:impatient
  ~ gil_wary = true
- -> walt

=== walt ===
# show: walt:calm
Two steps on, Walt is fitting a screen protector at the phone-repair counter. He glances at the nail bar, then at you.
+ ["Do you think the woman at the nail bar is being kept there against her will?" # score: safety -2 # score: observe -1 # why: A question like that, to a neighbor who chats with Gil every day, can be on its way back to him before you are.]
  Walt frowns. Kept? She walks to the food court like anybody. I'm not getting into Gil's business. # speaker: walt # show: walt:guarded
  A few minutes later you see him talking to Gil by the pretzel stand.
  ~ gil_wary = true
+ [Buy a charging cable from Walt and leave the nail bar out of it # score: safety +1 # why: Nothing for anyone to pass on, and Gil sees a guard buying a cable. The cot stays a question you can't answer from here.]
  Twelve ninety-five. Cash or card, I'm not fussy. # speaker: walt
+ [Ask Walt, quietly, whether he ever sees the nail bar closed # resolves: retail.tenant_worker_lives_onsite # score: observe +1 # why: A neighbor sees what a patrol can't: who is there at opening and at closing. But what you ask a neighbor can travel, and Gil is twenty feet away.]
  ~ walt_told = true
  Walt keeps his eyes on the screen.
  I open at eight. She's already in there. I lock up at a quarter past nine, and the light's still on behind that curtain. # speaker: walt
  Thanksgiving, the place closed, I came in for a part. She was sitting in there in the dark with her phone. # speaker: walt
  That bed back there isn't for anybody's feet. # speaker: walt # indicator: retail.tenant_worker_lives_onsite
  Me and Danny keep the same hours, sure. But it's our name on the counter, and we go home to our own beds. # speaker: walt
  {variant == 2: Gil's been good to me, though. Lent me a ladder once. I don't want trouble for anybody. # speaker: walt}
- -> podium

=== podium ===
# hide: walt
Back at the security podium by the fountain, you open the lost-property drawer: a child's mitten, a hair clip, and a silver bracelet handed in yesterday from this side of the concourse.
From here you can see the nail bar. Gil stands at Kim's shoulder. # discuss: You could try for a few minutes with Kim, or not. What would each choice cost her, and what would it cost you?
+ [Take the bracelet over and ask if Kim can come to the podium to check it and sign the lost-property form # score: trust +1 # why: A real bracelet and a routine form might give Kim five minutes away from Gil. It is still you asking him for her, and he can say no.]
  -> pretext
+ [Leave the nail bar alone, and write down what you have: times, words, who took the money # score: safety +1 # score: document +1 # why: With Gil never more than a step from her, not stepping in keeps Kim safe, and notes made now are what a referral is built from. She gets no chance to speak today.]
  You write it on the podium tablet while it is fresh: the times, Gil's words, the tip, the curtain.
  -> act
+ ["Kim needs to come to the office with me for a minute. Mall policy." # critical: suspicion_in_front_of_controller # score: safety -2 # why: A rule made up on the spot and said to Gil's face tells him exactly who you are worried about, and Kim pays for it when you leave.]
  -> made_up_rule
+ [Wait on the bench by the staff corridor in case she goes to the restroom alone # score: observe +1 # score: safety -2 # why: It might give you a moment, but a guard parked by the restroom door is easy to notice, and Gil decides when she goes.]
  -> restroom_wait

=== made_up_rule ===
You walk back to the nail bar and say it.
Policy? Show me the policy. # speaker: gil # show: gil:impatient
She has a client. You want her, you talk to the mall office, and they talk to me. # speaker: gil
Kim doesn't look up. Gil pulls the curtain across the back. # show: kim:anxious
-> act

=== restroom_wait ===
You sit on the bench by the staff corridor.
Forty minutes later Kim comes toward the corridor. Gil walks with her, stops at the door, and looks at his watch while she is inside. # indicator: retail.watcher_outside
She comes out, sees you on the bench and looks away fast. Gil sees you too. # show: gil:guarded
-> act

=== pretext ===
{
- gil_wary || variant == 2:
  -> pretext_fails
- else:
  -> pretext_works
}

=== pretext_works ===
You take the bracelet over in its clear bag. A customer handed this in from around here. If it's anyone's at the nail bar, there's a form to sign at the podium. # speaker: officer
Gil glances at the bracelet, then at the clock. # show: gil:calm
Kim, go. Five minutes. # speaker: gil
Kim follows you to the podium and stands with her hands in her tunic pockets. # show: kim:guarded
+ ["Is that mattress behind the curtain yours? Do you sleep at the salon?" # score: observe +1 # score: trust -1 # why: A fair safety question, but asked first and straight out it feels like being caught. She may answer, or close up.]
  No. It's for breaks. # speaker: kim # show: kim:anxious
  She looks back at the nail bar.
  -> kim_talks
+ ["The bracelet can wait. Sit down for a minute if you want; there's no hurry with the form." # score: trust +2 # score: choice +1 # why: No questions, a seat and a little time: the form has done its job, and whether she says anything is up to her.]
  Kim sits on the edge of the stool and turns the bag over without opening it.
  Not mine. # speaker: kim
  Sorry about this morning. The customer. I was just tired. # speaker: kim
  She says it flatly, the way you would read out a phone number.
  -> kim_talks
+ ["Does Gil pay you? Has he got your passport? How much do you owe him?" # critical: interrogate_victim # score: trust -2 # why: A string of questions about what may be done to her is an interview, and not yours to do. It is also the quickest way to send her back to the chair.]
  Kim takes a step back from the podium. # show: kim:anxious
  I have to go back. # speaker: kim
  -> kim_back
+ ["Just sign at the bottom, and you can get back to work." # score: observe -1 # why: The form gets signed and her five minutes are gone. Nothing harmful, and nothing offered.]
  Kim glances at the bracelet. Not mine, she says. She signs the line that says so, and goes.
  -> kim_back

=== kim_talks ===
~ kim_talked = true
+ ["Are you being forced to work here? You can tell me." # critical: labelling_question # score: trust -2 # myth: myth.ask_directly # why: A question that names it gets a no, and closes the door. She has every reason not to say yes to a stranger in uniform.]
  No. No, I like my work. # speaker: kim # show: kim:anxious
  She stands up.
  -> kim_back
+ ["Long days, from what I see. Do you get home at night?" # resolves: retail.tenant_worker_lives_onsite # score: observe +1 # score: trust +1 # why: One gentle question about her day, not about Gil, and she can answer it or not.]
  Home. # speaker: kim
  For a while she doesn't say anything. Then: I sleep in the back. Until the training is paid. # speaker: kim # indicator: retail.tenant_worker_lives_onsite
  Gil paid for the license course, the flight, the room at first. Four thousand. My tips go on it. # speaker: kim
  Every month he tells me how much is left. It's always more. # speaker: kim
  If I go before it's paid, he says he calls immigration and tells them I worked here illegally. My mother needs what I send for my brother's school. # speaker: kim # show: kim:anxious
  She says all of it in the same flat voice. # discuss: This morning Kim said she was tired, and in front of Gil she said nothing at all. What changed, and does it make her less believable?
+ ["If you ever want to talk to someone about work, here's a number. Whenever you choose; it is your call." # score: choice +1 # score: trust +1 # why: A way to get help with nothing asked in return. She can take it without telling you anything, and you learn less.]
  ~ gave_number = true
  You write {hotline_phone} on the back of the lost-property receipt. It looks like any other form copy.
  Kim looks at it for a long time.
  Gil looks at my phone. # speaker: kim
  I sleep in the back, you know. Until the training fees are paid. He says two more years. # speaker: kim # indicator: retail.tenant_worker_lives_onsite
- -> kim_decides

=== kim_decides ===
Across the concourse, Gil looks at his watch.
+ ["Come into the back office and call {hotline_name} now. I'll wait outside the door." # score: trust +1 # score: choice -1 # why: Kind, and the door would shut. But Gil gave her five minutes, and deciding now, on your clock, may cost her more than it gives.]
  Not now. He counts the minutes. # speaker: kim
  {not gave_number: You write {hotline_phone} on a receipt anyway. She takes it.}
  ~ gave_number = true
+ ["You're not going back to that chair. I'm calling the police right now." # critical: detain_or_rescue # score: choice -2 # myth: myth.security_rescues # why: Deciding for an adult who is in no immediate danger is a rescue she didn't ask for, and police at the counter tell Gil exactly who talked.]
  No. Please, no police. # speaker: kim # show: kim:anxious
  She is back at the nail bar before you can say anything else.
+ ["He can't do that to you. Nothing will happen with immigration, I promise." # critical: promise_cannot_keep # score: trust -1 # why: You can't know that, and she knows you can't. A promise you can't keep teaches her that helpers let her down.]
  You don't know him. # speaker: kim
  She leaves the receipt on the podium.
  ~ gave_number = false
+ ["I'll tell my control room what you said, not Gil. The number on that receipt is yours, when you decide." # score: trust +2 # score: choice +1 # why: Honest about what you must pass on and who won't hear it, and clear that the next step is hers to take, in her own time.]
  {not gave_number: You write {hotline_phone} on the back of the lost-property receipt. It looks like any other form copy.}
  ~ gave_number = true
  It's {hotline_name}.{hotline_not_police: They're not the police.}{hotline_languages: They can help in {hotline_languages}.} # speaker: officer
  Kim folds the receipt into the pocket of her tunic.
  Can I come and use your phone one day? Not now. Some day. # speaker: kim # indicator: retail.discreet_help_seeking
  Whenever I'm at the podium. # speaker: officer
- -> kim_back

=== kim_back ===
Kim walks back to the nail bar. Gil says something to her, and she sits down at the chair. # show: kim:guarded
-> act

=== pretext_fails ===
You take the bracelet over in its clear bag. A customer handed this in from around here. If it's anyone's at the nail bar, there's a form to sign at the podium. # speaker: officer
Gil takes the bag and looks at it for a second. # show: gil:impatient
Not ours. And Kim doesn't sign things. I'm the owner; anything to sign, I sign. # speaker: gil
{gil_wary: Twice in one morning, officer. I pay my rent to the mall, not to you. # speaker: gil}
Kim keeps filing. She doesn't look up.
+ ["Why can't she speak for herself, Gil?" # critical: confront_controller # score: safety -2 # why: Challenging the man in control, in front of her, puts Kim between you and him. Observe, write it down, report.]
  You want to talk to my staff, talk to my lawyer. # speaker: gil # show: gil:impatient
  Kim, in the back. # speaker: gil
  Kim puts down the file and goes behind the curtain. # hide: kim
+ [Take the bracelet back: "No problem. Thanks for looking." # score: safety +1 # why: He has said no to any time alone. Stopping here keeps Kim out of trouble; the report, not a private word, is what helps her now.]
  Any time. # speaker: gil
  The smile comes back, thinner than before.
+ [Leave a receipt on the counter for Kim, with the hotline number written small on the back # score: safety -2 # why: It might reach her, but Gil handles every piece of paper at that counter. If he turns it over, Kim is the one who answers for it.]
  Gil picks up the receipt, turns it over, and puts it in his pouch.
+ ["It's her signature the form needs, not yours. It won't take a minute." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Pushing after a no shows him that you want Kim on her own, and she is the one who pays for that after you leave.]
  She's with a client. We're done here. # speaker: gil
  He pulls the curtain across the back of the kiosk.
- -> act

// ---------------------------------------------------------------- act

=== act ===
# phase: act
# requires: hotline
Back at the podium, you look over what you have. # discuss: What did you see yourself, what were you told, and who should hear it?
+ [Write it in the incident log and walk past the nail bar more often this week # action: log # score: document +1 # score: report -1 # why: A record and a closer eye, but nobody who can help reads the log this week, and Kim is at that chair every day.]
  -> logged
+ [Call it in to {escalation_first}, times and words and all, and say it looks like one for {hotline_name} # action: hotline # score: report +2 # score: collaboration +1 # why: Several signs together about an adult, and nobody in danger this minute: the control room and the hotline's trained staff can weigh it and act, without forcing Kim's hand.]
  -> referred
+ [Call the mall's leasing office: someone is sleeping in the unit, and the lease forbids it # score: collaboration +1 # score: safety -2 # why: It is a real breach, and the mall's business. But a lease notice tells Gil that someone looked, and Kim loses a bed, not the debt.]
  -> lease_notice
+ [Call the police about the nail bar # action: police # score: choice -2 # why: Kim is an adult in no immediate danger who hasn't asked for police. Officers at the counter tell Gil who talked, and people in her position are often told that any official means deportation.]
  -> police_called

=== referred ===
You give {escalation_first} the times, Gil's words, who took the money and the tip, the curtain and the mattress{walt_told:, and what Walt sees at opening and closing}{kim_talked:, and what Kim said, in her words}.
They log it and say they will make the referral to {hotline_name} with you before the end of the shift, and ask the mall office to keep the lease file and this morning's concourse camera footage, without contacting the tenant.
# ending: referred; The control room and the hotline have it
-> file_report(-> epilogue)

=== lease_notice ===
The leasing office thanks you, and sends Gil a letter that afternoon about overnight use of the unit.
# ending: lease_notice; The mall sent Gil a lease notice
-> file_report(-> epilogue)

=== police_called ===
Two police officers come by at two. Gil meets them with the lease, the business license and a neat book of receipts.
Kim tells them she lives with a cousin and loves her job. # show: kim:anxious
# ending: police_override; Police came to the counter
-> file_report(-> epilogue)

=== logged ===
You write six lines in the incident log and go back to your round.
# ending: logged; It went into the log
-> file_report(-> epilogue)

// ---------------------------------------------------------------- epilogue (after the report)

=== epilogue ===
{
- report_action == "emergency":
  Your report goes to police as an emergency, although nobody was in immediate danger.
- report_action == "police":
  {escalation_first} reads your report. Police went to the nail bar. Kim is an adult who was in no immediate danger, and she did not ask for them.
- report_action == "hotline":
  A week later, {escalation_first} tells you {hotline_name} has the referral, with the lease details from the mall office. Nobody tells you more, and that is normal.
- report_action == "supervisor":
  {escalation_first} reads your report and asks why it stopped with them. With this many signs together, post orders say the hotline referral.
- report_action == "log":
  Your report goes into the incident log. Nobody outside the mall reads it.
- else:
  Nothing about today goes into the log.
}
-> aftermath

=== aftermath ===
{
- lease_notice:
  By Friday the mattress is gone from behind the curtain. Kim still opens at ten and closes at nine. Walt says a van picks her up now, and he doesn't know where it goes.
- police_called:
  The next morning there is a new technician at the nail bar. Nobody on the concourse knows where Kim went.
- kim_talked && gave_number && variant == 1:
  On Friday, at ten to ten, before the shutters go up, Kim stops at the podium and asks to use the phone. You step away to check the fountain, and give her as long as she needs.
- else:
  Kim is at the chair every day that week. Denise stops by the podium on Friday and asks whether anyone looked. You tell her it was passed on.
}
Your shift ends at six.
-> END
