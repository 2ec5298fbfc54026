# grammar: 1
# id: transit.stranded_after_dark
# title: Late shift: no way home
# setting: transit
# summary: A dark Sunday evening at the coach station. A boy of about sixteen has waited by the same bench for two hours with no coat, no money and no way home, and a car keeps looping round the back road. Keep him safe, and get the right people involved before the hall closes.
# minutes: 10
# situation: sex_trafficking
# minor: yes
# variants: 2
# content_note: This story involves a sixteen-year-old boy whom an older acquaintance tried to pressure into selling sex, and a young woman who may be being sold by others near the station. Nothing sexual is shown or described. On one path a man grabs the boy's arm. You can step out at any time.
# focus: A young person left stranded after saying no: keep him safe and accompanied, ask only what you need, and escalate as a minor even when he begs you not to
# character: nell; Nell; The ticket agent at window 2, in her sixties, with reading glasses on a cord and a dry sense of humour. Your colleague tonight.
# character: kit; Kit; A sixteen-year-old boy in a thin grey hoodie, with a school PE bag and no coat.
# character: shay; Shay; A man in his mid-twenties in a dark tracksuit, with car keys in his hand. He says he is a friend of Kit's cousin.
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# teaches: myth.only_women
# teaches: myth.offender_not_victim
# teaches: myth.initial_consent

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Kit is sixteen. Any commercial sex involving a minor is trafficking, whatever he "agreed" to at
//   the start, and he refused anyway. The right report is at least the hotline (police and child
//   protection under policy) on every path; one path turns into immediate danger and needs the
//   emergency number.
// - Kit is not an offender. The story never lets the officer treat him as a loiterer or a suspect
//   without the debrief saying why that harms him.
// - The car on the back road shows that others, possibly also young, are being sold near the station.
//   The officer watches and reports it; they never go out to challenge it.
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
You are on the late shift for {org_name} at Crossways Coach Station. The hall closes at ten.
Nell, at ticket window 2, lifts her glasses and waves you over.
The lad by the far bench, in the grey hoodie. He's been there since before six. # speaker: nell
The Eastbury coach went at quarter past seven. He watched it go and didn't get on. # speaker: nell
He came to the window and asked if he could change a ticket. He hasn't got one. # speaker: nell
And that silver hatchback has been round the back road again. Third time tonight. # speaker: nell
+ ["Thanks. I'll keep an eye on both, quietly, and note the times and the car." # score: observe +1 # score: document +1 # why: Quiet watching and plain notes, made as things happen, are what a useful report is built from.]
  Good. I'll shout if he goes anywhere. # speaker: nell
+ ["I'll go out the back and tell that car to clear off." # score: safety -2 # myth: myth.security_rescues # why: Moving the car on warns whoever is in it and sends them somewhere nobody is watching. Note the times and the plate and pass them on instead.]
  And then it goes round the corner, where we can't see it. # speaker: nell # show: nell:guarded
  Write it down. That's more use. # speaker: nell
+ ["Kids miss coaches all the time. He'll sort himself out." # score: observe -1 # why: Missing a coach is ordinary. Two hours in the hall with no ticket and no way home, on a Sunday night with the hall about to close, is a young person who may be in trouble.]
  On a Sunday night? With no coat? # speaker: nell # show: nell:guarded
  Humour me. Keep an eye on him. # speaker: nell
- You note the time and what Nell said. # requires: log
  -> hall

// ---------------------------------------------------------------- observe

=== hall ===
# phase: observe
# show: kit:guarded
You start a slow round of the hall. Look, but don't stare.
Along the left-hand wall, you have time for one good look.
+ {variant == 1} [Look at the boy by the far bench # observe: far_bench # reveals: transit.recruiter_at_terminal]
  A boy of about sixteen stands at the end of the far bench, a school PE bag over his shoulder, staring at the departures.
  The young woman sitting on the bench is deep in her phone, her backpack beside her. She is not with him.
  A man in a long grey coat, who has not bought a ticket all evening, walks over to him.
  He asks if the boy missed his coach. He says he has a sofa, and can run him home in the morning. No charge.
  The boy shakes his head and steps away.
  The man writes a number on a timetable, tucks it into the bench slats next to him, and walks out to the car park.
+ {variant == 2} [Look at the boy by the far bench # observe: far_bench # reveals: transit.few_belongings_wrong_clothes]
  A boy of about sixteen stands alone at the end of the far bench in a thin hoodie. No coat. A school PE bag over his shoulder.
  He counts a few coins in his palm, looks at the kiosk prices, and puts the coins back in his pocket.
  It is three degrees outside, and he has been here two hours.
+ [Check the lost-property window # observe: lost_property # reveals: nothing]
  A student in a university scarf is collecting a laptop charger she left on Friday.
  She signs the book and thanks the clerk twice. Nothing else here.
+ [Look at the booking on Nell's screen # observe: ticket_window # reveals: transit.ticket_bought_by_other]
  Nell turns her screen toward you. She looked up the boy's name when he came to the window.
  One youth ticket, Eastbury to here, one way, for Friday afternoon.
  It was bought online by someone called S. Marsh. No return was ever booked.
  He said his mate got it for him. His mate's not here, is he? # speaker: nell
+ [Walk on toward the bays]
- -> bays

=== bays ===
You carry on past the kiosk toward Bay 4.
You can stop by one more thing on the way without it looking odd.
+ [Look out through the Bay 4 doors at the back road # observe: bay_doors # reveals: transit.commercial_sex_around_terminal]
  Beyond the parked coach, the service road runs past the empty end bays under one yellow lamp.
  A silver hatchback stops under the lamp. A young woman gets out, hood up, no coat. She looks no older than the boy.
  A different car pulls up a minute later. She talks to the driver through the window and gets in.
  Eight minutes later it drops her back under the lamp, and drives off.
  Then the silver hatchback comes round again. She gets in, and it is gone.
  You write down the time, the colour, and the three letters of the plate you could read.
+ [Check the restroom corridor # observe: restrooms # reveals: nothing]
  The cleaner has a wet-floor sign out and is mopping round a father changing a baby on the fold-down shelf.
  He rolls his eyes at you about the nappy. Nothing else here.
+ [Look up at the departure board # observe: departure_board # reveals: nothing]
  Every coach on the board has gone except the 8:30 to the airport, at Bay 4.
  The next coach to Eastbury is at 6:05 tomorrow morning. Nothing else here.
+ [Keep walking]
- -> approach

// ---------------------------------------------------------------- talk

=== approach ===
# phase: talk
At nine, you walk the hall telling people that it closes at ten.
As you come near the far bench, the boy sees your uniform and backs away a step. # show: kit:anxious
I'm going, I'm going. I'm not doing anything. # speaker: kit # indicator: transit.fear_of_uniforms
Up close he looks sixteen at most. A thin hoodie, no coat, a school PE bag, and nothing else. # indicator: transit.few_belongings_wrong_clothes # requires: police # discuss: He looks under 18 and he has nowhere to go tonight. What do you want to know, and what do you not need to ask?
+ [Stop a little way off. "You're not in trouble. I'm with station security. The hall closes at ten, so I'm checking everyone has a way home. Have you?" # score: trust +2 # score: safety +1 # why: Saying who you are and that he is not in trouble, with a reason you give everyone, takes the fear out of the uniform and leaves him room to answer.]
  -> talk_ok
+ ["You can't doss here. Where are you meant to be? Let's see some ID." # score: trust -2 # score: safety -1 # why: Treating him as a loiterer, and asking for ID he may not have, tells a frightened young person that you are one more problem. He stops talking.]
  -> shut_down
+ ["Are you one of the ones working with that silver car?" # critical: labelling_question # score: trust -2 # myth: myth.offender_not_victim # why: A question like that sounds like an accusation and puts a label on him. A young person being pressured into selling sex is a victim, not an offender, and he will not answer it.]
  -> labelled

=== talk_ok ===
He looks at the main doors, then back at you. # show: kit:guarded
Not really. I'll figure it out. # speaker: kit
+ ["Can I get you a hot drink and something to eat from the kiosk while you figure it out? No strings." # score: trust +1 # score: safety +1 # why: Warmth and food meet a real need, with nothing asked in return, and give him a safe reason to stay where people can see him.]
  -> food
+ ["Right. Well, you'll need something sorted by ten." # score: choice -1 # score: safety -1 # why: This leaves a young person with no money to solve a night on the streets alone. Asking what would help, and offering something warm, costs nothing.]
  He leans against the end of the bench and pulls his hood up. # show: kit:guarded
  -> decide_quiet

=== food ===
You come back with a tea and a cheese sandwich. He eats the sandwich in four bites. # show: kit:guarded # indicator: transit.malnourished_drugged
Sorry. I haven't eaten since yesterday. # speaker: kit
You stand a little way along from him, facing the hall, not him.
+ ["What's happened tonight? You only need to tell me what you want to." # score: trust +1 # score: choice +1 # why: An open question lets him decide what to share, and saying he can stop gives him back some control.]
  -> disclosure
+ ["What exactly did they want you to do? Who were the men in the cars?" # score: trust -2 # critical: interrogate_victim # why: Questions for detail or out of curiosity make a young person relive it, and police and child protection will ask what they need later. Ask only what keeps him safe now.]
  -> details_asked
+ ["If you've been doing stuff for money round the back, you could be in serious trouble. Best tell me everything." # critical: threaten_arrest_or_immigration # score: trust -2 # score: safety -1 # myth: myth.offender_not_victim # why: Threatening trouble is what exploiters tell young people the police will do. He is a child who may be a victim, and a threat like this makes sure he never tells anyone.]
  -> threatened

=== disclosure ===
He holds the tea with both hands.
My cousin's mate, Shay. He said come up for the weekend. Stay at his flat, he'd sort the ticket. # speaker: kit
It was good at first. Then he had my phone all weekend. Said I was always on it. # speaker: kit # indicator: transit.restricted_monitored_movement
Tonight he drove me here. He said there's men in cars round the back who'd pay, and that I owed him for the weekend. # speaker: kit
He said the girl in his car does it every night, and she's got a number to make before he drives her home. # speaker: kit # indicator: transit.commercial_sex_around_terminal
I said no. I got out. He kept my wallet. My card, my ID, everything. Said I could walk home, then. # speaker: kit # indicator: transit.stranded_after_refusal
I don't even know what street his flat's on. # speaker: kit # indicator: transit.unsure_destination_or_contact
I'm sixteen. I went up there myself. So it's my own fault, isn't it. # speaker: kit
Please don't call my mum. And don't call the police. I haven't done anything. # speaker: kit # show: kit:anxious # discuss: He says it was his own choice to come and he begs you not to call anyone. What do you tell him, and what do you do?
-> tell_him

=== details_asked ===
He puts the tea down. # show: kit:anxious
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
+ ["None of this is your fault, and you're not in trouble. Because you're sixteen, I have to get other people involved to keep you safe tonight: the police and child protection. I'll tell you what's happening at each step. Would you rather wait somewhere warm, in the staff room with Nell?" # score: trust +2 # score: report +1 # score: safety +1 # action: police # why: A young person's safety cannot wait for him to agree, but being honest about what happens next, and giving him a choice where he can have one, still respects him.]
  -> escalate_honest
+ ["OK. I won't tell anyone, I promise. We'll get you on the first coach at six and that's the end of it." # critical: promise_cannot_keep # score: safety -2 # score: report -1 # why: A sixteen-year-old who has been pressured to sell sex has to be passed on to police and child protection. A promise you must break teaches him that helpers lie, and a night alone in the city puts him back in reach of the man who did this.]
  -> first_coach
+ ["Right. Let's go round the back and find that car. We'll get your wallet back off him." # critical: confront_controller # score: safety -3 # myth: myth.security_rescues # why: Going after the man tells him he has been noticed, puts you and Kit in danger, and can wreck a later police case. Keep Kit safe where he is and pass on the plate.]
  -> car_hunt

=== escalate_honest ===
I said don't. # speaker: kit # show: kit:anxious
I hear you. You haven't done anything wrong. This is about keeping you safe, not about getting you in trouble. # speaker: officer
He looks at the doors for a long moment. Then he picks up his bag and follows Nell to the staff room. She leaves the door open and puts the kettle on. # hide: kit
You step out of sight and radio {escalation_first}.
You keep it short. A boy of sixteen, no money, no ID, no way home. An older man who kept his phone and wallet and tried to make him sell sex. A silver hatchback on the back road, dropping off a young woman who may be under 18 too. Three letters of the plate.
The call goes up the line to police and child protection. Police say they will be there within the half hour.
-> shay_back

=== shay_back ===
At twenty past nine the main doors slide open. # sound: door_slide # show: shay:calm
A man in a dark tracksuit walks in, car keys in one hand and a brown wallet in the other, and goes straight to window 2.
{variant == 2: Where's the kid? Skinny lad, grey hoodie. He's with me. # speaker: shay|Alright? I'm looking for my little cousin. Skinny lad, grey hoodie. He got a bit lost. # speaker: shay}
I've got his wallet here. He'll need it. # speaker: shay # indicator: transit.companion_holds_documents_ticket
Nell looks at you over her glasses.
+ [Keep it routine: "I can't give out anything about passengers, sorry. The hall closes at ten." # score: safety +2 # why: The same answer anyone would get tells him nothing, keeps Kit out of his reach, and keeps him calm while police are on their way.]
  -> shay_leaves
+ ["The police are on their way, mate. They'll want a word about what you've been up to round the back." # critical: confront_controller # score: safety -2 # why: Warning him gives him every reason to leave now, with the young woman in his car, before police can speak to either of them. Keep it ordinary until help arrives.]
  -> shay_warned

=== shay_leaves ===
He taps the wallet on the counter. Then he shrugs. # show: shay:impatient
Whatever. If he turns up, tell him Shay's outside. # speaker: shay
He walks out. Through the glass you watch him get into the silver hatchback, and you read the rest of the plate as it pulls out. # sound: door_slide # hide: shay
-> police_arrive

=== shay_warned ===
His face goes still. # show: shay:impatient
Don't know what you're on about. # speaker: shay
He is out of the doors before you finish. The silver hatchback pulls away from the kerb fast, with the young woman in the passenger seat. # sound: door_slide # hide: shay
You get the colour. You don't get the rest of the plate.
Two police officers come in ten minutes later. You tell them what you saw, and which way the car went. # show: kit:guarded
A child-protection worker arrives and sits with Kit in the staff room. You are not in the room.
# ending: car_warned; Kit was safe, but the car got away
Nobody knows where the young woman went.
-> file_report(-> epilogue_warned)

=== police_arrive ===
Two police officers come in at twenty to ten. A child-protection worker follows soon after.
You meet them by the kiosk. You give them the times, the plate, and what Kit told you, in his words.
They take it from there. One of them goes out to the back road. The child-protection worker sits with Kit in the staff room. You are not in the room. # show: kit:guarded
Later, Kit comes out with her, holding a police-station cup of tea. He nods at you once.
# ending: police_came; Police and child protection came, and Kit was safe
You lock the hall at ten, as usual.
-> file_report(-> epilogue_police)

=== first_coach ===
He lets out a breath. # show: kit:relieved
OK. Thanks. # speaker: kit
You tell Nell the plan. She frowns, but says nothing.
At ten the hall closes. The night waiting area is a bus shelter by the main doors.
-> closing

=== car_hunt ===
You go out through the bay doors and round the back of the coach. # sound: door_slide
The silver hatchback is pulling away from the lamp as you reach it. You knock on the driver's window.
The man inside looks at you, laughs, and drives off. The young woman is in the passenger seat. You get the colour, not the plate.
When you get back to the hall, the boy has gone. # hide: kit
He went out the front the minute you left. Said you'd make it worse. # speaker: nell # show: nell:anxious
# ending: walked_out; Kit left the station alone
You call {escalation_first}. There is nobody left in the hall to keep safe.
-> file_report(-> epilogue_walked)

=== decide_quiet ===
# phase: act
He is not talking to you now. But you know what you have seen. # discuss: He will not talk to you. Is that a reason to do less, or more?
A boy who looks about sixteen, no coat, no money, no way home, and a car looping round the back road.
+ [Step out of sight and radio {escalation_first}: a young person who looks about sixteen, alone with no money and no way home, and the car on the back road. Ask for police and child protection to come before ten. # score: report +2 # score: safety +1 # action: police # why: You do not need him to tell you anything. A young person this vulnerable, alone at night near a place where young people are being sold, is escalated now.]
  -> escalate_quiet
+ [Leave him be. If he's still here at ten, he'll have to go like everyone else. # score: safety -2 # score: report -1 # why: A young person with nowhere to go, alone at night near a car that is picking people up, needs the right people involved tonight, not a locked door.]
  -> closing

=== escalate_quiet ===
You go round behind the kiosk and radio {escalation_first}.
You keep it short. A boy of about sixteen, no money, no way home, two hours in the hall. A silver hatchback on the back road, dropping off a young woman who may be under 18 too. Three letters of the plate.
The call goes up the line to police and child protection. Police say they will be there within the half hour.
Nell takes him a tea, and stays nearby with her crossword.
At twenty to ten two police officers come in, and a child-protection worker after them.
You tell them what you saw. They sit down with the boy, away from the doors. You are not in the conversation. # show: kit:guarded
# ending: police_came; Police and child protection came, and Kit was safe
He goes with them. He doesn't look back, but he takes the tea.
-> file_report(-> epilogue_police)

=== closing ===
At twenty to ten the silver hatchback pulls up at the kerb outside the main doors. # sound: door_slide
A man in a dark tracksuit gets out, with car keys in one hand and a brown wallet in the other. # show: shay:impatient
{variant == 2: There you are. Get in the car. Now. # speaker: shay|There you are, mate. Come on, I'll run you home. No hard feelings. # speaker: shay}
The boy backs away. The man takes hold of his arm. # show: kit:anxious
-> danger

=== danger ===
# phase: act
He pulls the boy toward the car. The young woman watches from the passenger seat. # requires: emergency
Get off me! I said no! # speaker: kit
+ [Step back inside the doors, call {emergency_number} now, and keep them in sight # score: safety +3 # score: report +2 # action: emergency # why: A young person is being pulled toward a car against his will. That is an emergency: call first, keep your distance, and be the best witness you can.]
  -> called_emergency
+ [Run out and pull the boy away from him # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: A tug of war can hurt him and you, and can make the man more dangerous. Call the emergency number, stay back, and watch.]
  -> tug
+ [Radio {escalation_first} and wait to be told what to do # critical: no_emergency_call # score: safety -2 # why: When someone is being forced somewhere right now, the emergency call comes first. Tell your supervisor straight after.]
  -> radio_wait

=== called_emergency ===
You stop just inside the doors and call {emergency_number}.
You say what you see: a boy of about sixteen being pulled toward a silver hatchback by a man in a dark tracksuit.
The man sees the phone at your ear. He lets go, throws the wallet on the ground, and gets into the car. # hide: shay
You read the plate out to the call taker as it pulls away.
The boy stands on the pavement, rubbing his arm. He is shaking.
You stay a few steps back and keep your voice low.
I'm with station security. You're not in trouble. Police are on their way. Do you want to wait inside, where it's warm? # speaker: officer
He nods, once. Nell opens the staff room and puts the kettle on. # show: nell:anxious
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
You saw the colour. You did not see the plate.
-> file_report(-> epilogue_carleft)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_police ===
A week later, {escalation_first} tells you only that Kit is back with his family, and that police have the car.
Nobody tells you more than that. For a young person, that is how it should be.
-> aftermath

=== epilogue_warned ===
The police find the silver hatchback two days later, parked outside a different station. It is empty.
-> aftermath

=== epilogue_walked ===
{
- report_action == "emergency" || report_action == "police" || report_action == "hotline":
  Because of your report, police look for him that night. You only hear that they found him, cold, at a petrol station on the ring road.
- else:
  Nobody knows where he spent the night.
}
-> aftermath

=== epilogue_emergency ===
The next evening, Nell asks if you heard anything. You haven't. That is normal.
-> aftermath

=== epilogue_ranoff ===
Police search the streets round the station. The next morning you hear that a boy turned up at a hospital across town with a sprained wrist. Nobody can tell you if it was him.
-> aftermath

=== epilogue_carleft ===
The police have the colour of the car and a description of the driver, but not the plate.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to the police. An officer rings the next day to go over the times with you.
- report_action == "police":
  At handover, {escalation_first} reads your report and confirms that police and child protection have it. An advocate from {hotline_name} follows up with the station about the back road.
- report_action == "hotline":
  At handover, {escalation_first} reads your report. It went to {hotline_name}, but with a young person involved, police and {child_protection_name} needed it straight away.
- report_action == "supervisor":
  At handover, {escalation_first} reads your report. With a young person involved, it should have gone further, and faster.
- report_action == "log":
  Your report goes into the shift log. With a young person involved, a log entry on its own was not enough.
- else:
  Nothing about tonight goes into the log.
}
The station manager asks for a camera on the back road, and a light over the end bays.
Your shift ends at eleven.
-> END
