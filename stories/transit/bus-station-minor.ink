# grammar: 1
# id: transit.bus_station_minor
# title: Evening shift: the bus to Northfield
# setting: transit
# summary: Dusk at a busy bus terminal. A woman and her teenage niece wait for the late bus north. The woman holds both tickets, both IDs and every answer. Watch, stay calm, and get the right people involved in time.
# minutes: 10
# situation: sex_trafficking
# minor: yes
# variants: 2
# content_note: This story involves a fifteen-year-old girl who may be at risk of sexual exploitation arranged by a relative. Nothing sexual is shown or described. On one path an adult pulls the girl by the wrist. You can step out at any time.
# focus: A young person with a relative who controls everything: act normally, keep watching, and escalate even when she says she is fine
# character: gail; Gail; A ticket agent in her fifties at window 2, with a lanyard and a steady voice. Your colleague tonight.
# character: della; Della; A woman in her forties in a warm plum coat, with a big wheeled suitcase. She says she is the girl's aunt.
# character: tessa; Tessa; A fifteen-year-old girl in a thin gray hoodie, with a small drawstring bag and no coat.
# character: jay; Jay; A man in his twenties in a red puffer jacket and a cap, who has been hanging around the benches.
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# teaches: myth.stranger_kidnap
# teaches: myth.traffickers_men
# teaches: myth.would_ask_for_help
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Tessa is fifteen. The right report is at least the hotline (police and child protection under
//   policy) on every path; one path turns into immediate danger and needs the emergency number.
// - Della really is Tessa's aunt. Familial trafficking is real (NCMEC), and the story never
//   "solves" the relationship: the signs are about control, not about whether they are related,
//   so transit.minor_with_non_parent (an adult who seems unrelated) is not tagged on her.
// - A pretext to get Tessa alone can fail: Della refuses, and the right move is to drop it and report.
// - The booking (made this afternoon, for tonight, paid by someone else) stays ambiguous about the trip
//   (`ambiguous`): families book a late bus to a sick relative at short notice. Tessa settles it when
//   asked how she is doing with the trip (`resolves`): she doesn't know where they are staying.
// - Observation is three short stops with one look each, to keep the number of paths sane.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: bus_station_hall
# ambience: bus_station
# show: gail:calm
Twenty to eight in the evening. Outside the bus bays, the sky is turning dark blue.
You are on the evening shift for {org_name} at Crossways Bus Terminal.
Gail, at ticket window 2, taps on the glass and waves you over.
The Northfield bus is late again. Twenty minutes at least. # speaker: gail
And your friend in the red jacket is back. Third evening this week. # speaker: gail
He sits by the benches. Any young person who comes in on their own, he's straight over. # speaker: gail
Buys them a hot chocolate. Talks about a spare room, a job, a ticket somewhere. # speaker: gail # indicator: transit.recruiter_at_terminal
He never gets on a bus. # speaker: gail
+ ["He's probably just friendly. People chat in stations." # score: observe -1 # why: Chatting is normal, but picking out young people who are alone and offering them a bed or a ticket is a known pattern. Staying alert costs nothing.]
  Maybe. # speaker: gail # show: gail:guarded
  But friendly people don't usually pick out the kids who are on their own. # speaker: gail
+ ["I'll go over and tell him to move along." # score: safety -2 # myth: myth.security_rescues # why: Moving him on just sends him outside, where no one is watching, and tells him he has been noticed. Watching and reporting keeps young people safer.]
  And then he does the same thing on the sidewalk, where we can't see him. # speaker: gail # show: gail:guarded
  Let's just write it down and pass it on. # speaker: gail
+ ["Ask the control room to keep a camera on the benches and log him." # score: document +1 # why: A camera record helps without showing any interest in him. Your own eyes on who he approaches would have added what the camera cannot hear.]
  I'll call it in. They'll grumble. # speaker: gail
+ ["Let's both keep an eye on him. Times, and who he talks to." # score: observe +1 # score: document +1 # why: Quiet watching and plain notes, made as things happen, are what a useful report is built from.]
  Deal. I'll write down when he comes and goes. # speaker: gail
- You note the time and a short description of him. # requires: supervisor
  -> hall

// ---------------------------------------------------------------- observe

=== hall ===
# phase: observe
# show: jay:calm
You start a slow round of the hall. Look, but don't stare.
Along the left-hand wall, you have time for one good look.
+ [Look at the young traveller on the far bench # observe: far_bench # reveals: transit.recruiter_at_terminal]
  A young woman, maybe nineteen, sits alone with a big backpack, reading her phone.
  The man in the red jacket sits down one seat away. He holds out a paper cup.
  Long wait, huh? If your ride falls through, I've got a spare room. No charge. # speaker: jay
  She shakes her head, puts her earbuds in, and moves to another bench.
  He shrugs. He writes on a napkin and leaves it on the seat where she was.
+ [Check the lost-property window # observe: lost_property # reveals: nothing]
  An older man in a wool cap is describing a folding umbrella to the clerk. She holds up two. He can't decide which is his.
+ [Look at the booking Gail has on her screen # observe: ticket_window # reveals: transit.ticket_bought_by_other # ambiguous: transit.unsure_destination_or_contact]
  Gail turns her screen toward you. It's the Bay 4 booking she took a call about.
  Two tickets to Northfield, one adult and one youth, booked online this afternoon.
  The card that paid is in the name of J. Hollis. Neither passenger is called Hollis.
  The lady said a friend treated them. # speaker: gail
  And the man in the red jacket asked me what time the Northfield bus goes. Twice. # speaker: gail
+ [Walk on toward Bay 4]
- -> bay

=== bay ===
# show: della:calm
# show: tessa:guarded
Above you, the departure board flips: the 8:15 to Northfield, Bay 4, is delayed.
Near the Bay 4 doors, a woman and a teenage girl wait by a bench.
The woman is in her forties, in a warm plum coat. The girl looks about fifteen.
She wears a thin gray hoodie and keeps her sleeves pulled down over her hands.
{variant == 2: The woman has one hand on the girl's shoulder the whole time.|The woman talks quietly into her phone and never takes her eyes off the girl.}
You can stop by one thing on your way past without it looking odd.
+ [Glance at the bags on the bench # observe: bench_bags # reveals: transit.few_belongings_wrong_clothes]
  A big wheeled suitcase with a new tag, and a thick winter coat folded on top. They are the woman's.
  Next to them sits a small drawstring bag. A phone charger and a school sweatshirt poke out.
  The bus goes north tonight, and there is snow in the forecast up there. The girl has no coat.
+ [Keep an eye on the corridor to the restrooms # observe: restrooms # reveals: transit.not_allowed_to_speak_or_separate]
  The girl stands up and nods toward the restrooms sign.
  Sit down. You can go on the bus. # speaker: della
  The girl says something you don't catch.
  Then I'm coming with you. # speaker: della
  They walk to the corridor together. The woman waits right outside the door, checking her watch.
+ [Look through the Bay 4 doors at the bus # observe: bay_doors # reveals: nothing]
  Outside, the driver walks around the bus with a flashlight, checking the tires.
  A man in a red cap leans on the barrier smoking, watching the doors. When the driver waves, he stubs it out and climbs aboard: the relief driver.
+ [Keep walking]
- -> approach

// ---------------------------------------------------------------- talk

=== approach ===
# phase: talk
Part of your round is telling the Bay 4 line about the delay.
As you come near, the girl sees your uniform. She goes stiff and steps half behind the woman. # show: tessa:anxious # indicator: transit.fear_of_uniforms # discuss: She may be under 18. What would you look for next, and why does her age change what you must do?
Evening. Are you on the 8:15 to Northfield? It's running about twenty minutes late. # speaker: officer
We are. Thanks for letting us know. # speaker: della
She pats a zip wallet. Two tickets and two ID cards show through its clear front. # indicator: transit.companion_holds_documents_ticket
Visiting someone up there? # speaker: officer
{variant == 2: Her grandma. My mom. She's been sick. # speaker: della|My mother. She hasn't been well. # speaker: della}
I thought we were going to your friend's. For the job. # speaker: tessa # indicator: transit.scripted_inconsistent_story
Della laughs, a little too quickly.
Both. We'll see everyone. She's my niece. I look after her while her mom's... away. # speaker: della
She's not one for talking to strangers. I'll answer for her. # speaker: della # indicator: transit.not_allowed_to_speak_or_separate
The girl looks at the floor. Della rests a hand on the back of her neck. # requires: police
+ [Turn to the girl. "Is she really your aunt? You can tell me if something's wrong." # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: She cannot answer freely with the woman's hand on her neck, and now the woman knows you are suspicious. Wait for a safe moment when the girl is alone.]
  -> asked_in_front
+ ["Thanks. Kiosk's open if it drags on." # score: safety +2 # why: Friendly, ordinary service shows no suspicion, so the woman has no reason to hurry the girl away, and you can keep watching from nearby.]
  -> watch
+ ["Youth tickets on a late bus need a quick check at window 2. Just the young lady, it takes a minute." # score: safety -1 # score: trust +1 # why: A routine reason to see her alone is worth a try only if it really is routine, and it puts the woman on notice if she refuses. If she says no, you stop.]
  -> pretext
+ ["How do you know the man in the red jacket? He's been chatting up kids in here all week." # critical: confront_controller # score: safety -2 # why: Challenging the adult tells her, and the man she may be working with, that they have been noticed. The girl may pay for that later. Keep things routine and pass on what you saw.]
  -> confronted

=== pretext ===
Della holds up the zip wallet.
I've got her ticket right here. Anything she needs, I'll do. She stays with me. # speaker: della # show: della:guarded
The girl doesn't move.
+ ["Sure, no problem. Safe trip." Then step away # score: safety +2 # why: When the adult refuses, you stop. Pushing would show suspicion and the girl may pay for it. You have learned something real, and it goes in your report.]
  -> watch
+ [Say nothing more. Nod, and go on with the delay round # score: safety +1 # why: Dropping it is right. A plain word of goodbye would have made the refusal look even more ordinary, but saying nothing does no harm.]
  -> watch
+ ["Sorry, policy says the passenger herself. It'll only take a minute." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Insisting after a refusal turns a routine ask into a standoff, and tells the woman you are watching the girl. Stop, note the refusal, and report.]
  -> asked_in_front

=== asked_in_front ===
The girl's eyes go straight to Della.
Yeah. She's my aunt. I'm fine. # speaker: tessa
Of course I'm her aunt. What kind of question is that? # speaker: della # show: della:impatient
Come on, Tess. We'll wait by the bus. # speaker: della
-> outside_wait

=== confronted ===
Della's smile does not move.
I don't know who you mean. # speaker: della # show: della:impatient
She takes the handle of her suitcase.
We'll wait by the bus. # speaker: della
Across the hall, the man in the red jacket stands up and walks out of the main doors. # hide: jay
-> outside_wait

=== outside_wait ===
# phase: act
They go out through the bay doors into the cold. # sound: door_slide # hide: della # hide: tessa
Through the glass you watch Della take the phone out of the girl's hand and drop it into her own bag. # indicator: transit.restricted_monitored_movement
She stands between the girl and the doors. You cannot get near them now without making things worse. # discuss: You cannot reach her now without making things worse. What can you still do from where you are?
-> decide

=== watch ===
You move on a few steps to the snack kiosk, where you can still see Bay 4.
{variant == 2: Della's phone rings. She looks at the screen and goes out through the bay doors to take the call.|Della takes the zip wallet and heads for the restrooms on her own.}
Watch the bags. Two minutes. # speaker: della # hide: della
The girl sits alone on the bench. She checks the restroom corridor, then the doors.
The man in the red jacket gets up and drops into the seat beside her. # show: jay:calm
He says something low that you can't hear, and puts a small phone box on her lap. # indicator: transit.recruiter_at_terminal
You'll need that up there. # speaker: jay
He walks out of the main doors without looking back. # hide: jay
The girl stares at the box. She has not opened it. # show: tessa:anxious
You have a minute, maybe two.
+ [Hurry over. "Who was that man? What did he give you? What's really going on?" # score: trust -2 # score: safety -1 # critical: interrogate_victim # why: A burst of questions from a uniform feels like being in trouble, and questioning a young person about what was done to her is for police and child protection, not you. She shuts down, and the little time you had is gone.]
  -> rapid_questions
+ [Stay at the kiosk and keep watching # score: safety +1 # score: choice -1 # why: Staying back keeps her out of trouble with her aunt if Della comes back fast. But it was a short, safe moment to let her know help exists, and she may not get another.]
  -> no_talk
+ [Sit at the far end of her bench. "Bus is still late, sorry. Doing OK?" # score: trust +2 # score: safety +1 # why: A delay update is something you give everyone, so it draws no attention, and sitting at a distance with an easy question gives her control of what happens next.]
  -> private_talk

=== private_talk ===
She moves her bag so there's space, and says nothing. # show: tessa:guarded
You sit at the far end of the bench, facing the hall, not her.
I'm fine, OK? Della's my aunt. For real. My mom's sister. # speaker: tessa
+ ["Whatever you tell me stays between us. I won't tell anyone." # critical: promise_cannot_keep # score: trust -2 # why: With a young person at risk you will have to pass things on. A promise you must break teaches her that helpers lie. Be honest about what you have to do.]
  -> promise_q
+ ["Before you tell me anything: if you're not safe, I can't keep it to myself. At your age that means police." # score: trust +1 # why: Saying the limits before she speaks is honest, and she can choose what to say. It may also close her up, and you only have a minute, so an easy question first can be the kinder order.]
  -> limits_first
+ ["OK. Long trip tonight. How are you doing with it?" # resolves: transit.unsure_destination_or_contact # score: trust +1 # score: choice +1 # why: An easy, open question lets her decide what to share, without feeling questioned.]
  -> opens_up
+ ["Are you being trafficked? You can tell me." # critical: labelling_question # score: trust -2 # myth: myth.ask_directly # why: That word frightens people and sounds like an accusation, and most young people in her place would say no. Open questions and honest next steps work better.]
  -> label_q

=== limits_first ===
She pulls her sleeves over her hands.
Then I'm not saying anything. # speaker: tessa
A long pause. She looks at the phone box.
It's far. I don't even know where we're staying. Someone's picking us up. # speaker: tessa # indicator: transit.unsure_destination_or_contact
She'll be back in a sec. # speaker: tessa
-> tell_her

=== opens_up ===
She shrugs, and pulls her sleeves further over her hands.
It's far. I don't even know where we're staying. Someone's picking us up. # speaker: tessa # indicator: transit.unsure_destination_or_contact
She says nothing for a while.
Della's friend has work for me. Till what Mom owes is paid. # speaker: tessa
If I don't go, they'll make it worse for Mom. # speaker: tessa
She looks at you properly for the first time.
I'm fifteen. It's not a big deal. # speaker: tessa
She glances toward the {variant == 2: bay doors|restroom corridor}.
She'll be back in a sec. Don't say anything to her. Please. # speaker: tessa
-> tell_her

=== label_q ===
The girl goes very still. # show: tessa:anxious
What? No. That's, like, a film thing. # speaker: tessa
She moves her bag back onto the seat between you.
I'm fine. # speaker: tessa
-> della_back

=== promise_q ===
She looks at you for a long moment. # show: tessa:guarded
That's what everyone says. # speaker: tessa
She turns the phone box over and over in her hands, and says nothing else.
-> della_back

=== rapid_questions ===
The girl pulls the box in against her chest. # show: tessa:anxious
Nothing. He's Della's friend. Leave me alone. # speaker: tessa
You're going to get me in so much trouble. # speaker: tessa
-> della_back

=== no_talk ===
Nobody goes near her. She sits very still with the box on her lap.
-> della_back

=== della_back ===
# phase: act
Della comes back. # show: della:calm
She sees the box, and slides it into her own handbag, along with the girl's phone. # indicator: transit.restricted_monitored_movement
Boarding for Bay 4 will start in ten minutes. # sound: pa_chime
-> decide

=== decide ===
The bus will leave soon, and the girl will be on it.
+ [Step out of sight, radio {escalation_first}, and ask for police and child protection to come before the bus leaves # score: report +2 # score: safety +1 # action: police # why: You do not need her to confirm anything. A young person with this many signs of control is escalated, and the time is before the bus pulls out.]
  -> escalate_quiet
+ [Let them board. Write it all up for the morning log # score: safety -2 # score: report -1 # why: Notes are good, but a fifteen-year-old with these signs needs the right people involved tonight, not in tomorrow's log.]
  -> bus_left

=== tell_her ===
# phase: act
+ ["OK. If you say you're fine, that's your call. Here's a number, just in case." # score: safety -2 # score: choice -1 # why: With an adult, respecting a no is right. A fifteen-year-old with these signs is always escalated, whatever she says, or she faces this alone.]
  -> card_only
+ ["Come with me now. I'll keep you away from her." # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Taking her off on your own plan can put her in danger as soon as Della sees, and it is not your job. Escalate, and let police and child protection act.]
  -> rescue_try
+ ["I can't keep this to myself. Police and someone from child protection will come. I'll stay where you can see me." # score: trust +2 # score: report +1 # action: police # why: A young person's safety can't wait for her to agree, but being honest about what happens next, and staying in sight, still respects her.]
  -> escalate_honest

=== escalate_honest ===
No. No way. She'll freak out. And my mom will find out. # speaker: tessa # show: tessa:anxious
I hear you. You haven't done anything wrong. This isn't about getting you in trouble. # speaker: officer
She stares at the floor. She doesn't get up and leave.
You move back to the kiosk, where you can still see her, and radio {escalation_first}.
You keep it short. A girl of fifteen. An adult holding her ID and ticket. A man giving her a phone. Work to pay off a debt. Leaving on the 8:15.
The call goes up the line to police and child protection. Police say they will be there before boarding.
Gail puts a note on the board: Bay 4 boarding delayed a few more minutes.
-> della_returns

=== escalate_quiet ===
You go round behind the kiosk and radio {escalation_first}.
You keep it short. A girl who looks about fifteen, on a youth ticket. An adult holding her ID and ticket. The man in the red jacket. Leaving on the 8:15.
The call goes up the line to police and child protection. Police say they will be there before boarding.
Gail puts a note on the board: Bay 4 boarding delayed a few more minutes.
-> police_arrive

=== della_returns ===
Della comes back and sees the girl's face. Then the box on her lap. # show: della:impatient
What's going on? Why are you crying? # speaker: della
The girl shakes her head. Della turns to look at you.
+ [Leave it to Gail at the window. Stay where you are # score: safety +1 # why: Staying out of it shows nothing, but Della is already asking questions, and a plain answer from you would have settled her faster.]
  Gail leans to her microphone. Boarding's delayed a few minutes. Driver change. # speaker: gail
  Della sits down, takes the box and drops it into her handbag with the girl's phone. # show: della:calm # indicator: transit.restricted_monitored_movement
  -> police_arrive
+ [Keep it routine: "Driver change, sorry. Few more minutes." # score: safety +2 # why: The same update everyone gets keeps her calm and in place until police arrive, without telling her anything.]
  Typical. # speaker: della # show: della:calm
  She takes the box, sits down, and drops it into her handbag with the girl's phone. # indicator: transit.restricted_monitored_movement
  -> police_arrive
+ ["The police are on their way. You need to stay right here." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Telling the adult that police are coming gives her every reason to leave now, with the girl. Keep things ordinary until help arrives.]
  -> della_runs

=== police_arrive ===
Two police officers come in through the main doors. A child-protection worker follows a few minutes later.
You meet them by the kiosk and point out Bay 4. You tell them what you saw and heard, and where the man in the red jacket went.
They take it from there. One talks with Della by the bay doors. Another sits with the girl, away from her aunt.
Della's voice rises. Then it drops again.
The girl glances over at you once. She looks furious. Then she looks at the floor. # show: tessa:guarded
She says she made it all up. She says she wants to go to Northfield. The child-protection worker just nods and keeps sitting with her.
# ending: police_before_boarding; Police met them before the bus left
The 8:15 to Northfield leaves at 8:41. Neither of them is on it. # hide: della # hide: tessa
-> file_report(-> epilogue_police)

=== card_only ===
She takes the card and pushes it up her sleeve.
Della comes back. She sees the phone box and puts it in her handbag with the girl's phone. # show: della:calm # indicator: transit.restricted_monitored_movement
At 8:20 the bay doors open. They board together. # sound: door_slide # hide: della # hide: tessa
The girl does not look back.
# ending: coach_left; The bus left with her on it
The 8:15 to Northfield pulls out at 8:35.
-> file_report(-> epilogue_bus)

=== bus_left ===
At 8:20 the bay doors open. Della hands two tickets to the driver. # sound: door_slide
The girl follows her up the steps. She has no coat. # hide: della # hide: tessa
You write down the time, and what both of them were wearing.
# ending: coach_left; The bus left with her on it
The 8:15 to Northfield pulls out at 8:35.
-> file_report(-> epilogue_bus)

=== rescue_try ===
You stand up and hold out your hand.
Come on. We'll go to the office. # speaker: officer
She jerks away. # show: tessa:anxious
Get off! I'm not going anywhere with you! # speaker: tessa
People turn to stare. Della is already coming back, fast. # show: della:impatient
-> della_runs

=== della_runs ===
Right. We're going. Now. # speaker: della # show: della:impatient
-> danger

=== danger ===
Della grabs the girl by the wrist and pulls her toward the main doors. # requires: emergency # show: tessa:anxious
Outside, a silver car waits at the curb with its engine running. The man in the red jacket is at the wheel.
The girl digs in her heels.
Della, stop! You're hurting me! # speaker: tessa
+ [Dial {emergency_number} from inside the doors. Read out the plate of the waiting car # score: safety +3 # score: report +2 # action: emergency # why: A young person is being pulled toward a car against her will. That is an emergency: call first, keep your distance, and be the best witness you can.]
  -> called_emergency
+ [Run after them and pull the girl back # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: A tug of war can hurt her and you, and it can make the adults more dangerous. Call the emergency number, stay back, and watch.]
  -> tug
+ [Radio {escalation_first} and wait to be told what to do # critical: no_emergency_call # score: safety -2 # why: When someone is being forced somewhere right now, the emergency call comes first. Tell your supervisor straight after.]
  -> radio_wait

=== called_emergency ===
You stop just inside the main doors and call {emergency_number}.
You say what you see: a girl of about fifteen being pulled toward a silver car by a woman in a plum coat.
Della sees the phone at your ear. She stops. # hide: jay
The car pulls away from the curb without her. You read the plate out to the call taker as it goes.
Della lets go of the girl's wrist and walks off fast down the street. # hide: della
The girl stands on the sidewalk, rubbing her wrist. She is shaking.
You stay a few steps back and keep your voice low.
I'm with station security. You're not in trouble. Police are on their way. Do you want to wait inside, where it's warm? # speaker: officer
She nods, once. Gail brings her a cup of tea and a fleece from lost property. # show: gail:anxious
# ending: emergency; Police came, and the car left without her
A police officer and a child-protection worker sit with her in the back office. You are not in the room.
-> file_report(-> epilogue_emergency)

=== tug ===
You catch the girl's other arm.
She cries out, caught between the two of you. # show: tessa:anxious
Della twists her away, and you lose your grip. The car door slams and the car pulls out fast. # sound: door_close # hide: della # hide: tessa # hide: jay
Only now do you call {emergency_number}. Your hands are shaking.
You can give the colour of the car. The plate went by too fast.
# ending: car_left; The car drove away with her
The police take your statement in the office.
-> file_report(-> epilogue_carleft)

=== radio_wait ===
You key your radio. It takes {escalation_first} a few seconds to answer.
The first thing you hear back is: call {emergency_number}, now.
By the time you dial, the silver car has gone. You saw the colour. You did not see the plate. # hide: della # hide: tessa # hide: jay
# ending: car_left; The car drove away with her
The police take your statement in the office.
-> file_report(-> epilogue_carleft)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_police ===
Later, {escalation_first} tells you the girl's mother came to pick her up from the police station.
Nobody tells you more than that.
-> aftermath

=== epilogue_bus ===
{
- report_action == "emergency" || report_action == "police" || report_action == "hotline":
  Because of your report, police meet the bus at its first stop, two hours north. You only hear that much.
- else:
  The bus reaches Northfield a little after two in the morning. Nobody is waiting for it but the people who booked it.
}
-> aftermath

=== epilogue_emergency ===
The next evening, Gail asks if you heard anything. You haven't. That is normal.
-> aftermath

=== epilogue_carleft ===
The police have the colour of the car and a description of the driver, but not the plate.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to the police. An officer rings the next day to go over the times with you.
- report_action == "police":
  At handover, {escalation_first} reads your report and confirms that police and child protection have it. An advocate from {hotline_name} follows up with the station about the man in the red jacket.
- report_action == "hotline":
  At handover, {escalation_first} reads your report. It went to {hotline_name}, but with a young person involved, police and {child_protection_name} needed it straight away.
- report_action == "supervisor":
  At handover, {escalation_first} reads your report. With a young person involved, it should have gone further, and faster.
- report_action == "log":
  Your report goes into the shift log. With a young person involved, a log entry on its own was not enough.
- else:
  Nothing about tonight goes into the log.
}
{police_arrive: She was angry with you, and she took it all back. Fear of what happens to her mom, and loyalty to family, can do that. It does not mean nothing was wrong.}
Gail pins a new poster by the restrooms: a number young people can text for help.
Your shift ends at eleven.
-> END
