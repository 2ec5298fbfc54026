# grammar: 1
# id: transit.stranded_after_dark
# title: Late shift: no way home
# setting: transit
# summary: A dark Sunday evening at the bus terminal. A boy of about sixteen has waited by the same bench for two hours with no coat, no money and no way home, and a car keeps looping around the service road. Keep him safe, and get the right people involved before the hall closes.
# minutes: 12
# situation: sex_trafficking
# minor: yes
# variants: 2
# content_note: This story involves a sixteen-year-old boy whom an older acquaintance tried to pressure into selling sex, and a young woman who may be being sold by others near the terminal. Nothing sexual is shown or described. On one path a man grabs the boy's arm. You can step out at any time.
# focus: A young person left stranded after saying no, and what you see through the back doors while you wait for help
# character: nell; Nell; The ticket agent at window 2, in her sixties, with reading glasses on a cord and a dry sense of humor. Your colleague tonight.
# character: kit; Kit; A sixteen-year-old boy in a thin gray hoodie, with a school gym bag and no coat.
# character: shay; Shay; A man in his mid-twenties in a dark tracksuit, with car keys in his hand. He says he is a friend of Kit's cousin.
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# teaches: myth.only_women
# teaches: myth.offender_not_victim
# teaches: myth.initial_consent
# teaches: myth.trauma_story_changes

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Kit is sixteen. Any commercial sex involving a minor is trafficking, whatever he "agreed" to at
//   the start, and he refused anyway. His case is police and child protection on every path.
// - What the officer sees through the Bay 4 doors (a young woman who may be under 18 getting into a
//   stranger's car) is a child possibly being sold for sex right now: the emergency number, now
//   (reference 2.1 step 1). It comes after Kit's escalation, so the report for every path that sees
//   it is the emergency number.
// - Before the emergency, the booking on Nell's screen (one way, bought by someone else, and no money
//   for a ticket home) stays ambiguous (`ambiguous`): a teenager whose weekend plans fell through looks
//   the same. The safety question in the talk (`resolves`) settles it: he was left here after saying no.
//   The ambiguity adds no step before the emergency at the bay doors.
// - Kit discloses slowly and only in part. Boys are among the least likely to disclose. His story
//   changes (first he "missed the bus", later he never had a ticket home): that is fear and shame,
//   not lying, and the debrief says so.
// - Shay does not run at the sight of a phone. The officer keeps out of his way and reports.
// - Variant 1: a stranger offers Kit a bed for the night; Shay comes back friendly.
//   Variant 2: Kit is seen counting coins he cannot spend; Shay comes back angry. The signs stay the same.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: bus_station_hall
# ambience: bus_station
# show: nell:calm
Ten to eight on a Sunday in late November. It has been dark since half past four.
You are on the late shift for {org_name} at Crossways Bus Terminal. The hall closes at ten.
Nell, at ticket window 2, lifts her glasses and waves you over.
The kid by the far bench, in the gray hoodie. He's been there since before six. # speaker: nell
The Eastbury bus left at quarter past seven. He watched it go and didn't get on. # speaker: nell
And that silver hatchback has been around the service road again. Third time tonight. # speaker: nell
+ ["Kids miss buses all the time. He'll figure it out." # score: observe -1 # why: Missing a bus is ordinary. Two hours in the hall with no way home, on a Sunday night with the hall about to close, is a young person who may be in trouble.]
  On a Sunday night? With no coat? # speaker: nell # show: nell:guarded
  Humor me. Keep an eye on him. # speaker: nell
+ ["I'll go out back and tell that car to move along." # score: safety -2 # myth: myth.security_rescues # why: Moving the car on warns whoever is in it and sends them somewhere nobody is watching. Note the times and the plate and pass them on instead.]
  And then it goes around the corner, where we can't see it. # speaker: nell # show: nell:guarded
  Write it down. That's more use. # speaker: nell
+ ["Note the times. I'll walk the hall." # score: observe +1 # score: document +1 # why: Quiet watching and plain notes, made as things happen, are what a useful report is built from.]
  Good. I'll holler if he goes anywhere. # speaker: nell
+ ["Can the control room put a camera on the service road?" # score: document +1 # why: A camera keeps a record without anyone going near the car. Walking the hall yourself as well would have let you see the boy up close.]
  I'll ask. They've only got the one out there, and it points at the buses. # speaker: nell
- You note the time and what Nell said. # requires: log
  -> hall

// ---------------------------------------------------------------- observe

=== hall ===
# phase: observe
# show: kit:guarded
You start a slow round of the hall. Look, but don't stare.
Along the left-hand wall, you have time for one good look.
+ {variant == 1} [Look at the boy by the far bench # observe: far_bench # reveals: transit.recruiter_at_terminal]
  A boy of about sixteen stands at the end of the far bench, a gym bag over his shoulder, staring at the departures.
  The young woman sitting on the bench is deep in her phone, her backpack beside her. She is not with him.
  A man in a long gray coat, who has not bought a ticket all evening, walks over to him.
  He asks if the boy missed his bus. He says he has a couch, and can drive him home in the morning. No charge.
  The boy shakes his head and steps away.
  The man writes a number on a timetable, tucks it into the bench slats next to him, and walks out to the parking lot.
+ {variant == 2} [Look at the boy by the far bench # observe: far_bench # reveals: transit.few_belongings_wrong_clothes]
  A boy of about sixteen stands alone at the end of the far bench in a thin hoodie. No coat. A gym bag over his shoulder.
  He counts a few coins in his palm, looks at the kiosk prices, and puts the coins back in his pocket.
  It is thirty-seven degrees outside, and he has been here two hours.
+ [Check the lost-and-found window # observe: lost_property # reveals: nothing]
  A college student in a scarf is signing for a phone charger she left on Friday.
  The clerk asks for a name on the account. She gives it, then laughs and corrects the spelling.
+ [Look at the booking on Nell's screen # observe: ticket_window # reveals: transit.ticket_bought_by_other # ambiguous: transit.stranded_after_refusal]
  Nell turns her screen toward you. She looked up the boy's name when he came to the window.
  One youth ticket, Eastbury to here, for Friday afternoon, bought online by someone called S. Marsh.
  He came to the window and asked if he could change it for tonight. There's nothing to change. It was one way. # speaker: nell
  He asked what a ticket home costs, counted his change, and went back to the bench. # speaker: nell
  He said his buddy got it for him. His buddy's not here, is he? # speaker: nell
+ [Look up at the departure board # observe: departure_board # reveals: nothing]
  Every bus on the board has gone except the 8:30 to the airport. The next one to Eastbury is at 6:05 tomorrow morning.
  Under the board, a man in a work jacket is arguing quietly into his phone. His ride has let him down. He books a rideshare and sits to wait.
+ [Walk on toward the far bench]
- -> approach

// ---------------------------------------------------------------- talk

=== approach ===
# phase: talk
At nine, you walk the hall telling people that it closes at ten.
As you come near the far bench, the boy sees your uniform and backs away a step. # show: kit:anxious
I'm going, I'm going. I'm not doing anything. # speaker: kit # indicator: transit.fear_of_uniforms
Up close he looks sixteen at most. A thin hoodie, no coat, a gym bag, and nothing else. # indicator: transit.few_belongings_wrong_clothes # requires: police # discuss: He looks under 18 and he has nowhere to go tonight. What do you want to know, and what do you not need to ask?
+ ["You can't sleep in here, you know. Where are you supposed to be tonight? Let's see some ID, please." # score: trust -2 # score: safety -1 # why: Treating him as a loiterer, and asking for ID he may not have, tells a frightened young person that you are one more problem. He stops talking.]
  -> shut_down
+ [Stay where you are. "Hall closes at ten. Kiosk's open till nine-thirty if you want to warm up." # score: trust +2 # score: safety +1 # why: The same words everyone gets, with something warm on offer, take the threat out of the uniform and leave him free to say more or nothing.]
  -> talk_ok
+ ["Hey, you're not in trouble. Have you got a way home tonight?" # score: trust +1 # score: safety +1 # why: Telling him he is not in trouble and asking the one thing that matters is fair. A direct question to someone who just backed away can still feel like a test, so an easier opening might have kept him talking longer.]
  -> talk_ok
+ ["Are you one of the ones working with that silver car?" # critical: labelling_question # score: trust -2 # myth: myth.offender_not_victim # why: A question like that sounds like an accusation and puts a label on him. A young person being pressured into selling sex is a victim, not an offender, and he will not answer it.]
  -> labelled

=== talk_ok ===
He looks at the main doors, then back at you. # show: kit:guarded
I missed my bus. I'll figure it out. # speaker: kit
+ ["Want a hot chocolate and something to eat while you figure it out? On me." # score: trust +1 # score: safety +1 # why: Warmth and food meet a real need, with nothing asked in return, and give him a reason to stay where people can see him.]
  -> food
+ ["OK. Well, you'll need something worked out by ten." # score: choice -1 # score: safety -1 # why: This leaves a young person with no money to solve a night on the streets alone. Asking what would help, and offering something warm, costs nothing.]
  He leans against the end of the bench and pulls his hood up. # show: kit:guarded
  -> decide_quiet

=== food ===
You come back with a hot chocolate and a cheese sandwich. He eats the sandwich in four bites. # show: kit:guarded # indicator: transit.malnourished_drugged
Sorry. I haven't eaten since yesterday. # speaker: kit
You stand a little way along from him, facing the hall, not him.
+ ["What's happened tonight? You only need to tell me what you want to." # score: trust +1 # score: choice +1 # why: An open question lets him decide what to share, and saying he can stop gives him back some control.]
  -> disclosure
+ [Say nothing for a while. Let him drink it. # score: trust +1 # why: Quiet company with nothing asked can be what lets a young person speak. It also spends time you may not have before ten, so an open question soon after would have helped.]
  -> silence
+ ["What exactly did they want you to do? Who were the men in the cars?" # score: trust -2 # critical: interrogate_victim # why: Questions for detail or out of curiosity make a young person relive it, and police and child protection will ask what they need later, with the right people in the room. Ask only what keeps him safe now.]
  -> details_asked
+ ["If you've been doing stuff for money out back, you could be in serious trouble. Best tell me everything." # critical: threaten_arrest_or_immigration # score: trust -2 # score: safety -1 # myth: myth.offender_not_victim # why: Threatening trouble is what exploiters tell young people the police will do. He is a child who may be a victim, and a threat like this makes sure he never tells anyone.]
  -> threatened

=== silence ===
He drinks half of it. A bus announcement rolls past overhead. # sound: pa_chime
It wasn't a missed bus. I never had a ticket home. # speaker: kit
He doesn't say anything else for a while.
-> disclosure

=== disclosure ===
He holds the cup with both hands.
{not silence:
  I never had a ticket home, really. # speaker: kit
}
I came up to stay with my cousin's friend. For the weekend. It went bad. # speaker: kit
He's got my wallet. My ID, my card. # speaker: kit # indicator: transit.companion_holds_documents_ticket
He had my phone all weekend too. # speaker: kit # indicator: transit.restricted_monitored_movement
He stops. He looks at the bay doors, not at you.
+ ["You don't have to tell me any more. Is he coming back here for you tonight?" # resolves: transit.stranded_after_refusal # score: safety +2 # why: One question about safety tonight is all you need. It tells him you will not dig, and his answer tells you what to plan for.]
  -> disclosure_safety
+ ["That's not OK, him keeping your stuff. Take your time." # score: trust +1 # why: Naming what was wrong and giving him time respects him. He may say more, but you still do not know if anyone is coming back for him tonight, which is the thing you need.]
  -> disclosure_time

=== disclosure_safety ===
Maybe. Shay. He's got a car. # speaker: kit
He wanted me to... There were guys in cars out back who'd pay. I said no. # speaker: kit
So he said walk home, then. # speaker: kit # indicator: transit.stranded_after_refusal
-> disclosure_end

=== disclosure_time ===
He was nice at first. Then he said I owed him. For the ticket and the food. # speaker: kit
Tonight he drove me here. He said there's a way to pay it off, out back. I said no. # speaker: kit
He said fine, walk home then. # speaker: kit # indicator: transit.stranded_after_refusal
-> disclosure_end

=== disclosure_end ===
I don't know what street his place is on. I don't even know what day I... # speaker: kit # indicator: transit.unsure_destination_or_contact
He shakes his head, as if the rest of the sentence has gone.
I went up there myself. So it's on me, isn't it. # speaker: kit
Don't call my mom. And don't call the cops. I haven't done anything. # speaker: kit # show: kit:anxious # discuss: He says it was his own choice to come, he cannot remember parts of the weekend, and he begs you not to call anyone. What do you tell him, and what do you do?
-> tell_him

=== details_asked ===
He puts the cup down. # show: kit:anxious
Nothing. Forget it. I don't want to talk about it. # speaker: kit
He pulls his hood up and looks at the floor.
-> decide_quiet

=== threatened ===
He goes white. # show: kit:anxious
I haven't done anything! I said no! # speaker: kit
That's all he will say. He pulls his hood up and looks at the main doors.
-> decide_quiet

=== shut_down ===
I haven't got any ID. Forget it. # speaker: kit # show: kit:anxious
He picks up his bag and walks toward the main doors.
-> closing

=== labelled ===
He stares at you. His face goes red. # show: kit:anxious
What? No! I'm not... # speaker: kit
He snatches up his bag and moves off along the wall, as far from you as he can get.
He will not look at you again.
-> decide_quiet

// ---------------------------------------------------------------- act

=== tell_him ===
# phase: act
+ ["OK. I won't tell anyone, I promise. We'll get you on the first bus at six and that's the end of it." # critical: promise_cannot_keep # score: safety -2 # score: report -1 # why: A sixteen-year-old who has been pressured to sell sex has to be passed on to police and child protection. A promise you must break teaches him that helpers lie, and a night alone in the city puts him back in reach of the man who did this.]
  -> first_bus
+ [Tell him straight: he's sixteen, so police and child protection get called tonight. Ask where he'd rather wait. # score: trust +2 # score: report +1 # score: safety +1 # action: police # why: His safety cannot wait for him to agree, but saying so before you act, and letting him choose what he can, keeps faith with him.]
  -> escalate_honest
+ [Say nothing yet. Step out of sight and radio {escalation_first} for police and child protection, then come back and tell him help is coming. # score: report +1 # score: safety +1 # score: trust -1 # action: police # why: Escalating is right, and calling first means he cannot talk you out of it. But he finds out after the fact, and a young person who feels tricked may not trust the next helper. Telling him first usually keeps him in place too.]
  -> escalate_after
+ ["Let's go out back and find that car. We'll get your wallet back off him." # critical: confront_controller # score: safety -3 # myth: myth.security_rescues # why: Going after the man tells him he has been noticed, puts you and Kit in danger, and can wreck a later police case. Keep Kit safe where he is and pass on what you know.]
  -> car_hunt

=== escalate_honest ===
I said don't. # speaker: kit # show: kit:anxious
I know. You haven't done anything wrong. This is about tonight being safe, not about trouble. # speaker: officer
He looks at the doors for a long moment. Then he picks up his bag and follows Nell to the staff room. She leaves the door open. # hide: kit
You step out of sight and radio {escalation_first}.
-> radioed

=== escalate_after ===
You step behind the kiosk and radio {escalation_first}. Then you go back to the bench.
People are coming who can help you tonight. Police, and someone from child protection. # speaker: officer
You said you wouldn't... You didn't say anything. You just did it. # speaker: kit # show: kit:anxious
He doesn't leave. But he sits at the far end of the bench, and he won't look at you again. Nell brings him another hot chocolate.
-> radioed

=== radioed ===
You keep it short. A boy of sixteen, no money, no ID, no way home. An older man who kept his phone and wallet and wanted him to sell sex. A silver hatchback on the service road.
The call goes up the line to police and child protection. Police say they will be there within the half hour.
-> bay_doors

=== decide_quiet ===
# phase: act
He is not talking to you now. But you know what you have seen. # discuss: He will not talk to you. Is that a reason to do less, or more?
A boy who looks about sixteen, no coat, no money, no way home, and a car looping around the service road.
+ [Leave him be. If he's still here at ten, he'll have to go like everyone else. # score: safety -2 # score: report -1 # why: A young person with nowhere to go, alone at night near a car that keeps circling, needs the right people involved tonight, not a locked door.]
  -> closing
+ [Radio {escalation_first} from behind the kiosk: under 18, alone, no money, no way home. Ask for police and child protection. # score: report +2 # score: safety +1 # action: police # why: You do not need him to tell you anything. A young person this vulnerable, alone at night with a car circling outside, is escalated now.]
  Nell takes him a hot chocolate, and stays nearby with her crossword.
  The call goes up the line to police and child protection. Police say they will be there within the half hour.
  -> bay_doors

// The moment the review found missing: a possible minor being sold for sex, right now.
=== bay_doors ===
You go to the Bay 4 doors to watch for the police car. From here you can see the service road.
Beyond the parked bus, under the one yellow lamp, the silver hatchback has stopped.
A young woman gets out, hood up, no coat. She looks no older than Kit.
A different car pulls up behind it. She leans in at the driver's window, then gets in. # indicator: transit.commercial_sex_around_terminal # requires: emergency
The silver hatchback waits, engine running. # discuss: Police are already coming for Kit. Does what you just saw change what you do, and how fast?
+ [Radio {escalation_first} and add it to the police call that's already on its way # score: safety -1 # score: report +1 # why: It gets to police in the end, but it goes through a second person while she is in a stranger's car. A possible child being sold right now is an emergency: call the emergency number yourself, then tell your supervisor.]
  -> bay_relayed
+ [Call {emergency_number} now # score: safety +3 # score: report +2 # action: emergency # why: A young woman who may be under 18 getting into a stranger's car behind the terminal is a child possibly being sold for sex right now. That is an emergency: call first, from inside, and be the best witness you can.]
  -> bay_called
+ [Go out through the doors and stop her before the car pulls away # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: Walking up to the cars can get her and you hurt, and tells both drivers to leave. Stay inside, call the emergency number, and watch.]
  -> bay_rushed
+ [Write down the time, the cars and the plate letters. Police will be here soon anyway # score: safety -2 # score: document +1 # why: Good notes matter, but she is in a stranger's car now, and the police coming for Kit do not know. Call the emergency number first, then write it down.]
  -> bay_noted

=== bay_called ===
You stay inside the doors and call {emergency_number}.
You say what you see: a girl who may be under 18, a silver hatchback waiting, a second car she got into, which way it went.
The call taker keeps you on the line. You read out the hatchback's plate.
Nobody runs. The hatchback's driver gets out, checks his phone, and strolls off around the front of the building. He never looks at the doors.
Six minutes later a patrol car turns into the service road, lights off, and waits by the lamp for the second car to come back.
-> shay_back

=== bay_relayed ===
You key your radio. It takes {escalation_first} a few seconds to answer, and longer to call it through.
The hatchback's driver gets out and strolls off around the front of the building.
By the time a patrol car turns into the service road, the second car is back, and the young woman is getting out of it.
The police stop it at the end of the road. You were lucky with the minutes.
-> shay_back

=== bay_noted ===
You write down the time, the colors and the letters of the plate you can read.
Eleven minutes later the second car drops her back under the lamp, and drives off. She walks away down the service road, alone.
The hatchback's driver gets out and strolls off around the front of the building.
-> shay_back

=== bay_rushed ===
You push out through the doors. # sound: door_slide
The second car pulls away with her in it before you are halfway. The hatchback follows it, fast.
The hatchback's driver watches you from under the lamp, then pulls out slowly after it.
You get the color of both cars, and no plates. Only now do you call {emergency_number}.
Two police officers come in at twenty to ten, for Kit, and a child-protection worker after them. You tell them everything, and which way the cars went.
The child-protection worker sits with Kit in the staff room. You are not in the room. # show: kit:guarded
# ending: bay_lost; Kit was safe, but the young woman was driven away
Nobody knows where she went.
-> file_report(-> epilogue_police)

=== shay_back ===
{bay_called: While police talk to the driver on the service road, the|The} main doors slide open. # sound: door_slide # show: shay:calm
A man in a dark tracksuit walks in, car keys in one hand and a brown wallet in the other, and goes straight to window 2.
{variant == 2: Where's the kid? Skinny, gray hoodie. He's with me. # speaker: shay|Hey. I'm looking for my little cousin. Skinny kid, gray hoodie. He got a little lost. # speaker: shay}
I've got his wallet here. He'll need it. # speaker: shay # indicator: transit.companion_holds_documents_ticket
Nell looks at you over her glasses. # discuss: The man Kit talked about is at the window, holding his wallet. What is your job right now?
+ ["The police are on their way, buddy. They'll want a word about what you've been up to out back." # critical: confront_controller # score: safety -2 # why: Warning him gives him every reason to leave now, before police can speak to him. Keep it ordinary until help arrives.]
  -> shay_warned
+ [Ask him to leave the wallet with Nell, so it gets back to the boy # score: safety -1 # score: trust +1 # why: Kit needs his ID back, and the ask sounds helpful. But it tells Shay that staff know who the boy is, and police can recover the wallet. Staying out of it was safer.]
  -> shay_wallet
+ [Let Nell handle it as she would anyone. Stay where you are and note what he says and carries # score: safety +2 # score: document +1 # why: With the man himself at the window, you do not step in and you show no interest. Nell's routine answer gives him nothing, and your notes go to the police who are minutes away.]
  -> shay_leaves

=== shay_wallet ===
He looks from Nell to you. His eyes narrow. # show: shay:guarded
So you've seen him. # speaker: shay
He puts the wallet back in his pocket.
I'll give it to him myself. # speaker: shay
-> shay_leaves

=== shay_leaves ===
I can't give out anything about passengers, hon. The hall closes at ten. # speaker: nell
He taps the counter. # show: shay:impatient
{variant == 2: Tell him to get out to the car. I'm not waiting all night. # speaker: shay|Whatever. If he turns up, tell him Shay's outside. # speaker: shay}
He walks out to the curb and stands by the doors, smoking, in no hurry at all. # sound: door_slide # hide: shay
Two police officers come in at twenty to ten. A child-protection worker follows soon after.
You meet them by the kiosk. You give them the times, the plates, what you saw at Bay 4, and what Kit said, in his words. You point to the man outside.
They take it from there. One goes out to the curb. The child-protection worker sits with Kit in the staff room. You are not in the room. # show: kit:guarded
{escalate_after: Kit doesn't look at you when he leaves.|Later, Kit comes out with her. He nods at you once.}
# ending: police_came; Police and child protection came, and Kit was safe
You lock the hall at ten, as usual.
-> file_report(-> epilogue_police)

=== shay_warned ===
His face goes still. # show: shay:impatient
Don't know what you're talking about. # speaker: shay
He walks out and gets into a car at the curb without hurrying. It pulls out before police reach the front. # sound: door_slide # hide: shay
Two police officers come in ten minutes later. You tell them what you saw, and which way the car went. # show: kit:guarded
A child-protection worker arrives and sits with Kit in the staff room. You are not in the room.
# ending: car_warned; Kit was safe, but Shay got away
Nobody knows where he went.
-> file_report(-> epilogue_warned)

=== first_bus ===
He lets out a breath. # show: kit:relieved
OK. Thanks. # speaker: kit
You tell Nell the plan. She frowns, but says nothing.
At ten the hall closes. The night waiting area is a bus shelter by the main doors.
-> closing

=== car_hunt ===
You go out through the bay doors and around the back of the bus. # sound: door_slide
The silver hatchback is pulling away from the lamp as you reach it. You knock on the driver's window.
The man inside looks at you, laughs, and drives off. A young woman is in the passenger seat. You get the color, not the plate.
When you get back to the hall, the boy has gone. # hide: kit
He went out the front the minute you left. Said you'd make it worse. # speaker: nell # show: nell:anxious
# ending: walked_out; Kit left the terminal alone
You call {escalation_first}. There is nobody left in the hall to keep safe.
-> file_report(-> epilogue_walked)

=== closing ===
At twenty to ten the silver hatchback pulls up at the curb outside the main doors. # sound: door_slide
A man in a dark tracksuit gets out, with car keys in one hand and a brown wallet in the other. # show: shay:impatient
{variant == 2: There you are. Get in the car. Now. # speaker: shay|There you are, buddy. Come on, I'll drive you home. No hard feelings. # speaker: shay}
The boy backs away. The man takes hold of his arm. # show: kit:anxious
-> danger

=== danger ===
# phase: act
He pulls the boy toward the car. A young woman watches from the passenger seat. # requires: emergency
Get off me! I said no! # speaker: kit
+ [Radio {escalation_first} and wait to be told what to do # critical: no_emergency_call # score: safety -2 # why: When someone is being forced somewhere right now, the emergency call comes first. Tell your supervisor straight after.]
  -> radio_wait
+ [Run out and pull the boy away from him # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: A tug of war can hurt him and you, and can make the man more dangerous. Call the emergency number, stay back, and watch.]
  -> tug
+ [From inside the doors, dial {emergency_number}, loud enough for him to hear # score: safety +2 # score: report +2 # action: emergency # why: The call is right. Letting him hear it sometimes makes a man let go and sometimes makes him hurry; tonight it buys a few seconds, and you stay out of reach.]
  -> called_emergency
+ [Dial {emergency_number} quietly from inside. Watch the plate # score: safety +2 # score: report +2 # score: document +1 # action: emergency # why: The call is right, and staying quiet and watching gets the plate and the direction, which is what finds him later. You cannot know which way a visible call will turn him.]
  -> called_quiet

=== called_emergency ===
You stop just inside the doors and call {emergency_number}, loud enough to carry.
The man hears it. He does not let go. He drags the boy two more steps toward the car.
Then the boy twists free, leaves his bag and runs back through the doors. The car pulls out. # hide: shay
You get half the plate.
-> after_call

=== called_quiet ===
You stop just inside the doors and call {emergency_number}, low and steady, reading the plate as you speak.
The man gets the car door open. The boy braces a foot on the frame. A bus pulls in and its lights wash over them. # sound: door_slide
The man lets go, swearing, and gets in. The car pulls out. You give the call taker the direction. # hide: shay
-> after_call

=== after_call ===
The boy stands just inside the doors, rubbing his arm. He is shaking.
You stay a few steps back and keep your voice low.
Police are on their way. You're not in trouble. Do you want to wait in the staff room, with Nell? # speaker: officer
He nods, once. Nell opens the staff room. # show: nell:anxious
# ending: emergency; Police came, and the car left without him
A police officer and a child-protection worker sit with him in the staff room. You are not in the room.
-> file_report(-> epilogue_emergency)

=== tug ===
You run out and grab the boy's other arm.
He cries out, caught between the two of you. The man shoves you hard, and you both stumble. # show: kit:anxious
The boy pulls free of both of you and runs off down the street, into the dark. # hide: kit
The car pulls out fast. # sound: door_close # hide: shay
Only now do you call {emergency_number}. Your hands are shaking.
# ending: ran_off; He ran off alone into the night
You can describe the car. The plate went by too fast.
-> file_report(-> epilogue_ranoff)

=== radio_wait ===
You key your radio. It takes {escalation_first} a few seconds to answer.
The first thing you hear back is: call {emergency_number}, now.
By the time you dial, the silver hatchback has gone, and the boy with it. # hide: shay # hide: kit
# ending: car_left; The car drove away with him
You saw the color. You did not see the plate.
-> file_report(-> epilogue_carleft)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_police ===
{
- bay_called || bay_relayed:
  A week later, {escalation_first} tells you that Kit is back with his family, and that the young woman at Bay 4 was fifteen. She is somewhere safe.
- else:
  A week later, {escalation_first} tells you that Kit is back with his family. Nobody knows who the young woman at Bay 4 was.
}
Nobody tells you more than that.
-> aftermath

=== epilogue_warned ===
Police find the silver hatchback two days later, parked outside a different terminal. It is empty.
-> aftermath

=== epilogue_walked ===
{
- report_action == "emergency" || report_action == "police":
  Because of your report, police look for him that night. You only hear that they found him, cold, at a gas station out by the highway.
- else:
  Nobody knows where he spent the night.
}
-> aftermath

=== epilogue_emergency ===
The next evening, Nell asks if you heard anything. You haven't. That is normal.
-> aftermath

=== epilogue_ranoff ===
Police search the streets around the terminal. The next morning you hear that a boy turned up at a hospital across town with a sprained wrist. Nobody can tell you if it was him.
-> aftermath

=== epilogue_carleft ===
The police have the color of the car and a description of the driver, but not the plate.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to the police with the call record. An officer calls the next day to go over the times with you.
- report_action == "police":
  At handover, {escalation_first} reads your report and confirms that police and {child_protection_name} have it.
- report_action == "hotline":
  At handover, {escalation_first} reads your report. It went to {hotline_name}, but with a young person involved, police and {child_protection_name} needed it straight away.
- report_action == "supervisor":
  At handover, {escalation_first} reads your report. With a young person involved, it should have gone further, and faster.
- report_action == "log":
  Your report goes into the shift log. With a young person involved, a log entry on its own was not enough.
- else:
  Nothing about tonight goes into the log.
}
Kit's story changed twice tonight, and he could not say what day it was. Fear and shame do that to memory. It does not make him less believable.
The terminal manager asks for a camera on the service road, and a light over the end bays.
Your shift ends at eleven.
-> END
