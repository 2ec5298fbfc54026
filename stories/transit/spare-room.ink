# grammar: 1
# id: transit.spare_room
# title: Evening shift: the spare room
# setting: transit
# summary: A young person has slept in the bus station hall three nights running. A friendly man in a camel coat keeps coming back, and tonight he has an offer of a room.
# minutes: 12
# situation: sex_trafficking
# minor: yes
# variants: 2
# content_note: This story involves a seventeen-year-old who has been told to leave home and has nowhere to stay, and an adult who offers a room in exchange for "helping out". It touches on the risk of being pressured into sex for a place to stay. Nothing sexual is shown or described. You can step out at any time.
# focus: A young person with nowhere to sleep and an offer that sounds kind: meet a need, don't label, and escalate even when they want to go
# character: omar; Omar; A station custodian in his sixties with a mop cart and a radio. Your colleague tonight.
# character: river; River; A seventeen-year-old in a black hoodie with one backpack and a phone that is nearly dead.
# character: cal; Cal; A man in his thirties in a camel coat, friendly and easy to talk to, with car keys on his finger.
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# distractor: not.young_couple
# teaches: myth.only_women
# teaches: myth.initial_consent
# teaches: myth.would_ask_for_help

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - River is seventeen. Sex, or "being friendly", in exchange for a place to stay is commercial sex
//   for a minor, so police and child protection is the exact report on every path, even though River
//   wants to go with Cal. Nothing sexual is shown; River names the risk in their own words, once.
// - River's reasons for leaving home (a boyfriend, a stepfather who read their messages) are River's
//   to share. The officer never asks about them, never names them, and never passes them on. The
//   handover describes the situation, not who River is.
// - The ticket window look stays ambiguous (`ambiguous`): a man asking about the last bus every night
//   may be meeting someone off it. Once River is believed (`resolves`), River says what Cal offers: food
//   all week, and a spare room.
// - River is "they" in the narration: the officer does not know, and does not need to know, more.
// - Cal never says anything a court could use. He is kind, patient and sure of himself. In
//   variant 2 he does not leave River alone, and the welfare-sheet pretext fails.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: bus_station_hall
# ambience: bus_station
# show: omar:calm
Nine fifteen in the evening at Crossways Bus Station. The last buses go out at half past eleven.
You are on the late shift for {org_name}.
Omar stops his mop cart next to you.
The young one on the far bench is back. Third night. # speaker: omar
Told me they're seventeen when I asked about the bench. Name's River. # speaker: omar
And the man in the camel coat comes in every night around now. He sits with whoever's on their own. # speaker: omar
+ ["He might just be kind. Does he ever take a bus?" # score: observe +1 # why: An open question keeps both possibilities alive and asks for the fact that matters: what he does here.]
  Not once. # speaker: omar
  He buys coffee, he sits, he talks. Then he drives home. # speaker: omar
+ ["Kids can't sleep in the hall. I'll tell River to move along." # score: safety -2 # score: trust -1 # why: Moving a young person out into the night removes the one place adults can see them, and leaves them with the man who has a car and a room.]
  And go where? # speaker: omar # show: omar:guarded
  Outside is worse, believe me. # speaker: omar
+ ["Let's both watch who he sits with tonight, and I'll keep a note of the times." # score: observe +1 # score: document +1 # why: Quiet watching and notes made as things happen are what a useful report is built from, and nobody is tipped off.]
  I'll be round by the kiosk if you want me. # speaker: omar
+ ["Let's tell the control room right now that he's here again." # score: collaboration +1 # why: Early word to the control room is never wrong, but so far there is little to tell them beyond a man who sits and talks.]
  Sure. They'll ask what he's done, though. # speaker: omar
  Honestly? Bought some kid a sandwich. # speaker: omar
- You note the time, and what he is wearing. # requires: supervisor
  -> hall

// ---------------------------------------------------------------- observe

=== hall ===
# phase: observe
# hide: omar
You start a slow round of the hall. Look, but don't stare.
- (around)
* [Look at the far bench # observe: far_bench # reveals: transit.few_belongings_wrong_clothes]
  One backpack, unzipped. A toothbrush in a plastic bag. A phone on a cable run to the outlet under the bench.
  No coat. It is thirty-eight degrees outside, and the doors open every few minutes.
  -> around
* [Stop at the snack kiosk # observe: snack_kiosk # reveals: transit.recruiter_at_terminal]
  The kiosk clerk leans over while she makes change.
  The man in the camel coat? He bought that kid a burger last night, she says.
  Tuesday it was a girl with a rolling suitcase. Different kid, same table.
  -> around
* [Look down the restroom corridor # observe: restrooms # reveals: nothing]
  Someone is asleep on the chair at the end of the corridor, a jacket over their face.
  As you come closer you see the lanyard: a driver from Crossways Coaches, napping between runs.
  He lifts the jacket, checks his watch, and puts it back.
  -> around
* [Ask at ticket window 2 # observe: ticket_window # reveals: nothing # ambiguous: transit.recruiter_at_terminal]
  The agent at window 2 shrugs.
  The man in the camel coat asked her when the last bus to Eastgate leaves. He's been in every night this week.
  Lots of people ask that, she says. Could be he's meeting someone off it.
  -> around
+ [Walk toward the far bench]
- -> first_talk

// ---------------------------------------------------------------- talk

=== first_talk ===
# phase: talk
# show: river:guarded
River sits with their knees up, watching the charging light on the phone.
They see your uniform and pull their hood a little further forward. # discuss: What do you already know about River, and what don't you need to know?
+ ["Is that man your boyfriend, or family?" # score: trust -2 # score: culture -1 # why: Guessing at who he is to River puts a label on both of them and makes River defend a relationship instead of talking about what they need.]
  -> guessed
+ [Set a second cocoa down at the far end of the bench # score: trust +2 # score: safety +1 # why: Meeting a plain need, with no questions attached, lets River decide whether to talk at all.]
  -> cocoa
+ ["Hi. We check in with anyone who's here a few nights running. How are you doing?" # score: trust +1 # score: safety +1 # why: Saying why you are there is honest and routine. It is a little more official than River might like, but it leaves room to answer.]
  -> routine
+ ["I need to see some ID, please. How old are you, where are your parents, and do they know you're here?" # score: trust -2 # score: choice -1 # why: Opening with an ID check and questions about family makes River a suspect, and a young person pushed out of home hears "you're going back".]
  -> id_check

=== guessed ===
River's head comes up.
He's not my anything. He's just nice to me. # speaker: river # show: river:guarded
Is that a problem? # speaker: river
They turn back to the phone. You have lost a little ground.
-> after_open

=== id_check ===
River's jaw sets. # show: river:anxious
I'm not going back there. # speaker: river
They hold out a school ID card without looking at you. The photo is a year old.
-> after_open

=== routine ===
I'm good. # speaker: river
I'm waiting for someone. # speaker: river
-> after_open

=== cocoa ===
River looks at the cup for a long moment. Then they take it.
Thanks. # speaker: river
-> after_open

=== after_open ===
My stepdad read my messages. # speaker: river
Mom said I had to choose. So. # speaker: river
They shrug, as if it was a bus they missed.
I had friends' couches for a while. Ran out of friends. # speaker: river
+ ["Which messages? What did he find on there? It might help me understand what happened at home." # critical: interrogate_victim # score: trust -2 # why: What River's family found is River's business. Asking for it is curiosity, not safety, and it can make River feel exposed all over again.]
  -> pried
+ ["None of that is on you." # resolves: transit.recruiter_at_terminal # score: trust +2 # why: Taking River's side without asking for details tells them they are believed, which is what makes the next thing they say possible.]
  -> believed
+ ["OK." # score: trust +1 # why: Saying little and letting River go on at their own pace is respectful. It does not tell them they are believed, but it takes nothing from them either.]
  -> believed

=== pried ===
River's face closes. # show: river:anxious
Why does everyone want to know that. # speaker: river
Forget it. He's got a room, OK? I'm going with him tonight. # speaker: river
-> cal_back

=== believed ===
River nods at the floor. # show: river:guarded
The guy in the coat, Cal. He's bought me food every night this week. He's got a spare room. # speaker: river # indicator: transit.recruiter_at_terminal
Over in Eastgate somewhere. He's driving me. # speaker: river # indicator: transit.unsure_destination_or_contact
I just have to help out. Around the place. # speaker: river # indicator: transit.too_good_job_offer
-> cal_back

=== cal_back ===
# show: cal:calm
Cal comes back from the kiosk with two coffees and a smile for you.
Evening, officer. Everything OK? # speaker: cal
+ ["Evening."]
+ [Just nod]
- River's a friend of the family. I'm sorting them out with a place to stay. # speaker: cal
{variant == 2: River finds a packet of crackers in the backpack and eats the whole thing in a minute, fast, without looking up.|Cal hands River a muffin. River eats it in four bites, without looking up.} # indicator: transit.malnourished_drugged
He sits down between you and River and holds out his hand for River's phone.
Give it here, I'll put my address in. # speaker: cal
River hands it over. Cal keeps it in his coat pocket when he is done. # indicator: transit.restricted_monitored_movement
They don't like talking to people they don't know. Do you, River? # speaker: cal # indicator: transit.not_allowed_to_speak_or_separate
River says nothing. # show: river:guarded
# requires: police
+ ["River, is this really what you want? You can tell me, he won't mind." # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: River cannot answer freely with Cal beside them holding their phone, and Cal now knows you doubt him. Wait for a moment when River can speak.]
  -> asked_in_front
+ [Wish them a good evening and walk on to the kiosk # score: safety +2 # score: observe +1 # why: An ordinary line gives Cal no reason to hurry River out, and you keep them in sight while you decide what to do.]
  -> watch
+ ["A family friend? River just told me they have nowhere to go." # critical: confront_controller # score: safety -2 # score: trust -2 # why: Repeating what River told you to the man who may be grooming them puts River in a bad spot and tells Cal you are watching.]
  -> confronted
+ [Stay standing right beside the bench and keep the small talk going, so that he can't just get up and leave with River # score: safety -1 # score: trust -1 # why: Hovering is a show of suspicion by another name. Cal reads it, and may move River on sooner, somewhere you can't see.]
  -> hovered

=== asked_in_front ===
River looks at Cal, not at you.
It's fine. I want to. # speaker: river
Cal smiles. # show: cal:impatient
We'll get out of your way. # speaker: cal
-> leaving

=== confronted ===
Cal laughs, gently.
Then it's lucky they have me, isn't it? # speaker: cal # show: cal:impatient
He picks up River's backpack himself.
Come on. It's late. # speaker: cal
-> leaving

=== hovered ===
Cal looks at you standing there, then at his watch.
Well. We won't keep you. # speaker: cal # show: cal:impatient
-> leaving

=== leaving ===
# phase: act
Cal stands. River stands too, slower, holding the empty cup.
They start toward the main doors. Cal has the phone and the backpack. # show: river:anxious
+ [Walk calmly after them and take hold of River's arm # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: A hand on River's arm turns a walk to the car into a struggle. It is not your job, and it can end with someone hurt.]
  -> grab
+ [Hang back, get the plate as the car pulls out, and radio it in # score: safety +1 # score: report +2 # score: document +1 # action: police # why: You can't stop them and you shouldn't try. The car, the plate and the direction are what police need to find a seventeen-year-old quickly.]
  -> plate
+ [Let them go. River is nearly eighteen and chose this # score: safety -2 # score: report -2 # myth: myth.initial_consent # why: A seventeen-year-old "choosing" a room paid for by "helping out" cannot consent to what that may mean. A minor's safety is escalated whatever they say.]
  -> gone

=== watch ===
# phase: act
# hide: cal
You stop at the kiosk and buy a bottle of water you don't want.
{variant == 2:
  Cal's phone rings. He takes the call standing right beside the bench, one hand on River's backpack, his eyes on the room.
- else:
  Cal goes to ticket window 2. From the kiosk you see him pay cash for a ticket on the last Eastgate bus, and point back at River.
}
Omar comes past with the mop cart and stops next to you.
What are you thinking? # speaker: omar # show: omar:calm # discuss: Cal has a car, a room and River's phone. River wants to go. What are your options, and what does each one cost?
+ [Go back to River while Cal is busy: a quiet word, so River hears what happens next from you first # score: trust +2 # score: safety -1 # why: Telling River first keeps faith with them, but every minute of talk is a minute Cal may notice, and the call still has to be made.]
  -> second_talk
+ ["Watch them for me." Then make the call from behind the kiosk # score: safety +2 # score: report +2 # action: police # why: River's age settles it: an adult offering a minor a room in exchange for "helping out" goes to police and child protection, and the best time is before the bus.]
  -> called_quiet
+ ["Get the Eastgate driver to refuse them. No fuss." # score: safety -1 # score: collaboration -1 # why: A driver refusing them at the door tips Cal off and sends him to his car, and it asks a colleague to do a job that belongs to police.]
  -> driver_idea

=== driver_idea ===
Omar shakes his head.
He's got a car out front. He doesn't need the bus. # speaker: omar # show: omar:guarded
He'd just walk out with them. # speaker: omar
+ ["You're right." Step behind the kiosk and radio {escalation_first} for police and child protection # action: police]
  -> called_quiet

=== second_talk ===
{
- variant == 2:
  -> pretext
- else:
  You sit at the far end of the bench. Cal is at the window, his back to you.
  -> honest_talk
}

=== pretext ===
Cal is still on his call, close enough to touch the backpack.
You try the one thing that would be routine for anyone.
Overnight sitters sign the welfare sheet at the office. One at a time, it's just the rules. # speaker: officer
Cal lowers the phone.
They're not sitting overnight. They're leaving with me. # speaker: cal # show: cal:impatient
Thanks, though. # speaker: cal
+ ["No problem." Walk off and make the call unseen # score: safety +2 # score: report +1 # action: police # why: When the person in control says no, stop. Pushing the pretext would only prove you are suspicious. The call is what helps River now.]
  -> called_quiet
+ [Try once more, lightly: "It only takes a minute, and there's free coffee in the office, if River wants some." # score: safety -1 # score: trust -1 # why: A second try after a no is pressure, however light the tone. Cal has already seen you want River alone.]
  Cal smiles and doesn't answer. He picks up River's backpack. # show: cal:impatient
  -> leaving
+ ["It's not optional. River comes with me." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Insisting turns a routine rule into a challenge. Cal now knows you are watching him, and River is the one beside him.]
  -> leaving

=== honest_talk ===
River glances at the window, then at you. # show: river:guarded
You're going to say something about Cal. # speaker: river
He said his friends come over a lot. They help with rent if I'm, like, friendly. # speaker: river
I'm not stupid. I know what that means. It's better than the bench. # speaker: river # discuss: River has named the risk and still wants to go. What do you owe River now, and what can't you promise?
+ ["You're seventeen, so I'm calling police and child protection. I'll tell you each step." # score: trust +2 # score: safety +1 # score: report +1 # action: police # why: Honest about what happens next and why, and careful with what River shared. River may be angry, but they are not surprised or betrayed.]
  -> told_honestly
+ ["Say the word and I'll make sure he never comes near you again. Nobody will ever find out that you talked to me tonight, I promise." # critical: promise_cannot_keep # score: trust -2 # why: You can't promise what police or Cal will do, or keep River's words secret. A broken promise teaches River that helpers lie.]
  -> promised
+ ["It's your call. If it goes wrong, here's a card with a number." # score: safety -2 # score: choice +1 # myth: myth.initial_consent # why: With an adult, respecting the choice is right. A seventeen-year-old being offered a bed for sex is escalated, whatever they say.]
  -> card_only

=== told_honestly ===
River stares at you.
Are you serious? They'll send me home. # speaker: river # show: river:anxious
I don't know what they'll decide. I know they won't leave you on a bench. # speaker: officer
River pulls the hood down over their eyes and does not get up.
You walk to the kiosk, where you can still see them, and radio {escalation_first}.
A seventeen-year-old with nowhere to stay. An adult offering a room in exchange for "helping out". He holds their phone. The last Eastgate bus leaves at eleven thirty.
The call goes up the line to police and {child_protection_name}. Police say twenty minutes.
-> cal_returns

=== called_quiet ===
You keep it short. A seventeen-year-old with nowhere to stay. An adult offering a room in exchange for "helping out". He has their phone. The last Eastgate bus leaves at eleven thirty, and he has a car.
The call goes up the line to police and {child_protection_name}. Police say twenty minutes.
-> cal_returns

=== cal_returns ===
# show: cal:calm
{variant == 2: Cal finishes his call and sits back down. He doesn't look like a man in a hurry.|Cal comes back from the window with a ticket and tucks it into River's backpack.} # indicator: transit.ticket_bought_by_other
Ten minutes go by. Cal looks at the clock, then at you.
Is there a problem, officer? # speaker: cal # show: cal:impatient
+ ["Busy night. I'm here till the last bus." # score: safety +2 # why: True, dull and the same for everyone. It gives Cal nothing to react to while police are on the way.]
  Good to know. # speaker: cal # show: cal:calm
  -> police_arrive
+ ["Police are on their way about River, so don't go anywhere." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Telling Cal that police are coming gives him every reason to leave now, and River may go with him.]
  -> cal_pulls
+ [Say nothing at all. Keep your distance, and keep your eyes on the bench until they get here # score: safety +1 # why: Silence keeps you out of an argument, but it can feel cold and watchful, and Cal can read that too.]
  Cal shrugs and turns back to River. # show: cal:calm
  -> police_arrive

=== cal_pulls ===
Cal stands up and takes River by the upper arm.
We're going. Now. # speaker: cal
River pulls back, but he doesn't let go. He walks them toward the main doors and the car outside. # show: river:anxious
# requires: emergency
-> danger

=== grab ===
You catch River's sleeve.
River jerks away from you, not from him. # show: river:anxious
Get off me! # speaker: river
Cal takes River's other arm and walks them fast toward the doors. # show: cal:impatient
# requires: emergency
-> danger

=== danger ===
Outside, a gray hatchback is parked with its hazard lights on.
+ [Stay back and call {emergency_number}: car, plate, River's age # score: safety +3 # score: report +2 # action: emergency # why: A minor is being walked to a car against their will: that is an emergency. Distance keeps you safe, and what you see is what police will need.]
  -> called_emergency
+ [Call across the hall: "River! You don't have to go with him!" # score: safety -2 # score: trust -1 # why: Shouting makes River choose in front of Cal, and tells Cal to hurry. It does not bring help any closer: the emergency call does.]
  River doesn't turn round. Cal walks faster. # show: cal:impatient
  -> radio_wait
+ [Get in front of the car so he can't drive off # critical: detain_or_rescue # score: safety -3 # why: Standing in front of a moving car with a young person inside can get both of you hurt. Call, keep your distance, and be the witness.]
  -> car_block
+ [Get Omar to hold the main doors while you radio {escalation_first} and ask the control room what they want you to do # critical: no_emergency_call # score: safety -2 # why: Someone being taken somewhere right now needs the emergency number first. The control room comes straight after.]
  -> radio_wait

=== called_emergency ===
You call {emergency_number} and say what you see: an adult walking a seventeen-year-old to a gray hatchback against their will.
{
- variant == 2:
  Cal sees the phone at your ear. He doesn't stop. He opens the passenger door.
  River twists out of his grip at the curb and stumbles back toward the station doors.
  Cal gets in and drives off. You read the plate out to the call taker as he goes. # hide: cal
- else:
  Cal sees the phone at your ear. He lets go, gets into the hatchback alone and pulls away. You read the plate out as he goes. # hide: cal
}
River stands just inside the doors, shaking, phone gone.
You stay a few steps off. Omar brings a bus-company blanket and puts it on the bench, not on River.
# ending: emergency; Police came, and River was still at the station
Police arrive within minutes, with someone from {child_protection_name} not long after. You are not in the room when they talk with River.
-> file_report(-> epilogue_emergency)

=== car_block ===
You step off the curb. Cal pulls River into the passenger seat and the car swerves round you. # hide: cal # hide: river
Only then do you call {emergency_number}. You have the color. You didn't get the plate.
# ending: car_left; The car drove off with River
-> file_report(-> epilogue_gone)

=== radio_wait ===
The control room answers after a few seconds. The first thing you hear is: call {emergency_number}, now.
By the time you do, the hatchback is gone, and River with it. You saw the color, not the plate. # hide: cal # hide: river
# ending: car_left; The car drove off with River
-> file_report(-> epilogue_gone)

=== plate ===
You walk behind them at a distance, like anyone heading out.
At the doors Cal steers River into a gray hatchback. You read the plate, the make, and the direction: east, toward the highway. # hide: cal # hide: river
You radio {escalation_first} before the car is out of sight. The call goes to police and {child_protection_name} with the plate.
# ending: plate_passed; River left with Cal, and police had the plate
-> file_report(-> epilogue_plate)

=== gone ===
They go out through the main doors. A gray hatchback pulls away a minute later. # hide: cal # hide: river
# ending: went_with_him; River left with Cal
You finish your round. The far bench is empty.
-> file_report(-> epilogue_gone)

=== card_only ===
River takes the card and puts it in the back of the phone case, then remembers Cal has the phone.
Cal comes back with a ticket and tucks it into River's backpack. # show: cal:calm # indicator: transit.ticket_bought_by_other
At eleven they walk out to the car together. # hide: cal # hide: river
# ending: went_with_him; River left with Cal
-> file_report(-> epilogue_gone)

=== promised ===
River looks at you for a long time.
That's what the last one said too. # speaker: river # show: river:guarded
Cal is walking back from the window. River stands up to meet him. # show: cal:calm
-> leaving

=== police_arrive ===
Two police officers come in through the main doors. A worker from {child_protection_name} follows a little later.
You meet them by the kiosk, away from the bench.
{variant == 2: Cal talks to the officers for a long time, calm and reasonable. He was helping a kid. Is that a crime now?|Cal sees them come in. He says goodnight to River, picks up his car keys and walks to the door. One officer follows him out.} # hide: cal
One of the officers asks you how you'd describe River.
+ ["Seventeen. Nowhere safe to sleep. He offered a room for 'helping out' and took their phone." # score: culture +2 # score: document +1 # why: Facts, quotes and the situation, in neutral words. River's private life stays River's to share, with the people they choose.]
  -> handover
+ ["Just what I saw and heard tonight. River can tell you the rest." # score: document +1 # score: choice +1 # why: Keeping to your own observations is sound and respects River's voice. A little more detail on the offer and the phone would have helped the officers start.]
  -> handover
+ ["Runaway. I think the kid's gay, got thrown out for it, and hooked up with an older guy." # critical: profiling # score: culture -3 # score: trust -2 # why: Guessing at River's sexuality and passing it on is outing them, and it is not what put them at risk. What matters is what Cal did: the room, the price and the phone.]
  -> handover_labelled

=== handover ===
The officer writes it down and nods.
River is sitting up now, talking to the worker from {child_protection_name}. Not much, but talking. # show: river:guarded
# ending: police_met; Police and child protection met River at the station
-> file_report(-> epilogue_police)

=== handover_labelled ===
The officer writes it down.
Across the hall, River has heard. They look at you once, and then not again. # show: river:anxious
# ending: police_met; Police and child protection met River at the station
-> file_report(-> epilogue_police)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_police ===
At handover, {escalation_first} tells you River spent the night in a youth placement, not at home.
Nobody tells you more than that. For a young person, that is the right amount to know.
-> aftermath

=== epilogue_plate ===
Police stop the gray hatchback on the highway ramp twenty minutes later. River is in it. You hear that much, and nothing else.
-> aftermath

=== epilogue_emergency ===
The next night the far bench is empty. Omar says the camel coat hasn't been back.
-> aftermath

=== epilogue_gone ===
{
- report_action == "emergency" || report_action == "police":
  Police have Cal's description and the times from your report. They start with the station cameras.
- else:
  Nobody outside the station hears about River tonight.
}
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to police. An officer calls the next day to go over the times with you.
- report_action == "police":
  {escalation_first} reads your report and confirms that police and {child_protection_name} have it.
- report_action == "hotline":
  {escalation_first} reads your report. It went to {hotline_name}, but with a young person involved, police and {child_protection_name} needed it tonight.
- report_action == "supervisor":
  {escalation_first} reads your report. With a seventeen-year-old involved, it needed to go further, and faster.
- report_action == "log":
  Your report goes into the shift log. With a young person involved, a log entry alone was not enough.
- else:
  Nothing about tonight goes into the log.
}
Omar asks whether the station could put up a list of youth drop-in centers by the restrooms. You say you'll ask.
Your shift ends at one.
-> END
