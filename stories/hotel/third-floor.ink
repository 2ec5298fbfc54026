# grammar: 1
# id: hotel.third_floor
# title: Night shift: a guest asks for company
# setting: hotel
# summary: A quiet night in the hotel lobby, until a guest asks where he can find "adult services". Room 312 has been booked one night at a time, and the people using it are not the person on the booking.
# minutes: 10
# situation: sex_trafficking
# minor: yes
# variants: 2
# content_note: This story involves a young person who may be under 18 and may be being sexually exploited, and a guest who asks staff about buying sex. Nothing sexual is shown or described. On one path a man pulls a girl by the arm. You can step out at any time.
# focus: A guest asking for "adult services", and a young guest with a man who is not on the booking
# character: dana; Dana; The night auditor at the front desk, in her fifties, with reading glasses on a cord. Your colleague tonight.
# character: skye; Skye; A young guest in high heels and a grown woman's long coat, with a lot of make-up.
# character: lee; Lee; A man in his thirties in a gray track jacket, with two phones and a car key on his finger.
# character: martin; Martin; A guest in his fifties in a business suit and a raincoat, with a small wheeled suitcase.
# distractor: not.late_arrival
# distractor: not.tired_or_shy
# distractor: not.travels_light_short_stay
# teaches: myth.adultification
# teaches: myth.trauma_hostile_or_flat
# teaches: myth.would_ask_for_help
# teaches: myth.security_rescues

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Skye is fourteen. She is dressed and made up to look older, and she pays at the desk in cash: an
//   adult role. Any commercial sex involving a minor is trafficking. On every path the right report
//   is at least police and child protection (through the control room); once a buyer is on her
//   floor and she is called up, it is the emergency number. Her age is never said in play.
// - Martin asks about "adult services". Asking alone proves nothing about anyone else in the hotel;
//   the officer does not help, does not lecture, and writes down what he said, word for word.
// - The officer never interviews Skye. Lee stays in the lobby, in sight. Skye says almost nothing.
// - Variant 1: Lee is friendly and calls himself her uncle, and leaves when he sees the call.
//   Variant 2: Lee is short with everyone, calls himself her cousin, and stays put.
// - The man by the armchair stays ambiguous (`ambiguous: hotel.lookout_hall_lobby_lot`): he could
//   be a driver or a father waiting up. Telling Skye she is not in trouble `resolves` it: she answers
//   toward the armchair, and he is watching her, not the elevators. Only a learner who looked at him
//   is shown it, so the paths that walked past him keep the signs they had.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hotel_lobby_night
# ambience: lobby_night
# show: dana:calm
It's 1:40 a.m. on a Saturday night. Rain on the revolving door.
You are on the lobby post for {org_name}. Dana, the night auditor, waves you over to the desk.
Room 312 asked for a late checkout again. That's three nights they've stayed, one night at a time. # speaker: dana # indicator: hotel.hourly_or_day_by_day_stay
It's booked to one adult, a woman. I've never seen her. I've seen a girl, and a man who isn't on the booking. # speaker: dana
With all that make-up, I couldn't tell you how old the girl is. Younger than she says, maybe. # speaker: dana
* ["Let's knock on 312 now and ask to see everyone's ID." # score: safety -2 # score: trust -1 # why: A knock at two in the morning tells the man that staff are suspicious, and the girl may pay for that later. Watch, write down and pass it on.]
  On what grounds? A late checkout? # speaker: dana # show: dana:anxious
  Let's just watch for now. # speaker: dana
* ["Thanks. I'll stay close to the desk and take notes." # score: observe +1 # score: collaboration +1 # why: Quiet watching and plain notes build the picture, and staying near the desk means Dana is not on her own.]
  Good. I'll feel better with you nearby. # speaker: dana # show: dana:relieved
* ["Girls grow up fast these days. Not our business." # score: observe -1 # myth: myth.adultification # why: A young person dressed and made up to look older is still a young person. Her age changes everything about what has to happen next, so it is worth watching.]
  Maybe. But I've got a granddaughter about that age. # speaker: dana # show: dana:guarded
- You note the time, the room number and what Dana said. # requires: log
  -> lobby

// ---------------------------------------------------------------- observe

=== lobby ===
# phase: observe
# show: lee:calm
You walk the lobby slowly, the way you do every hour. Look, but don't stare.
A man in a gray track jacket waits by the armchair that faces the elevators. A guest in a raincoat stands by the window with his phone.
You have time for one thing at the desk end before anyone wonders why you are hanging around.
* (footage) [Look at the CCTV monitor behind the desk # observe: cctv_monitor # reveals: hotel.minor_with_unrelated_adult]
  Dana scrolls back through the parking lot camera for you.
  At ten to eleven, a car pulls in. The man in the track jacket gets out, then a girl in a long coat, carrying her shoes.
  He has the key card. She follows him in through the side door, not the front. # indicator: hotel.side_door_entry
  Neither of them is on the booking for 312.
* (note) [Look at the front-desk screen # observe: desk_screen # reveals: hotel.minor_adult_roles]
  The evening shift left a note on room 312.
  "Young guest paid for another night at the desk, in cash. Said she was 19. Had no ID: 'it's in the room'. Man waited by the elevators." # indicator: hotel.guest_withholds_id_details
  Sixteen, or nineteen, or twenty-five? The note does not say, and neither can you.
* [Look at the traveler asleep on the sofa # observe: sofa_traveller # reveals: nothing]
  A young man asleep beside a big backpack, his boarding pass sticking out of his pocket.
  He is on Dana's list for the 4:30 airport shuttle.
* [Carry on along the lobby]
- -> far_side

=== far_side ===
You move on toward the elevators and the window. One more look, and then you are back at the desk.
* (armchair) [Look at the man by the armchair facing the elevators # observe: lobby_armchair # reveals: nothing # ambiguous: hotel.lookout_hall_lobby_lot]
  He keeps two phones on the arm of the chair. Every time the elevator chimes, he looks up. # sound: lift_chime
  A driver waiting for a fare, a father waiting up for someone, or a man watching who comes and goes. From one look, you can't say which.
* [Look at the guest on the phone by the window # observe: window_caller # reveals: hotel.buyer_asks_adult_services]
  As you pass, his screen is lit: a page of photos and prices for "companions", with the name of this hotel typed in the search box. # indicator: hotel.buyer_asks_adult_services
  He sees you and puts the phone in his pocket.
* [Look at the plastic bag by the elevators # observe: plastic_bag # reveals: nothing]
  A white plastic bag with a sweatsuit and a towel in it, and a swimming-pool wristband.
* [Go back to the desk]
- -> buyer

// ---------------------------------------------------------------- talk

=== buyer ===
# phase: talk
# show: martin:calm
The guest from the window wheels his suitcase up to the desk. Dana checks him in: one night, room 208.
Then he leans on the counter and lowers his voice to you, not to Dana.
{variant == 2: Sorry. Awkward one. Is there... somewhere a guy can find some company, this time of night? # speaker: martin|Right. You look like you know this town. Where does a guy find a little company around here? Adult services. You'll know. # speaker: martin} # indicator: hotel.buyer_asks_adult_services
* ["Not in this hotel, sir. I'm writing down that you asked." # score: document +1 # score: safety -1 # why: Honest and firm, and his words go in your notes. But telling him so warns him to be careful, and he may take his business somewhere staff can't see. A plain no, and quiet notes, do the same without the warning.]
  His face closes. Just asking. Forget it. # speaker: martin
  He takes his key card and goes to the elevators without looking back. You write down the time and his words. # hide: martin
  -> arrival
* [Wink and say: "Try the bar on the corner. I never told you." # score: safety -3 # score: report -1 # critical: facilitate_buyer # why: Pointing a man toward buying sex makes you part of it, and the people being sold may be children. Say no, plainly, and write down what he asked.]
  He laughs. Thanks, pal. # speaker: martin
  He takes his key card and goes to the elevators. # hide: martin
  -> arrival
* [Tell him loudly, so the lobby hears: "That's disgusting. I'm calling the police on you." # score: safety -1 # score: document -1 # why: A public scene gets you nothing to report except noise, and the man in the armchair now knows that security is watching for exactly this. Say no calmly and write down his words.]
  Heads turn. The man by the armchair looks over, then back at his phones. # show: lee:guarded
  I only asked. # speaker: martin
  He takes his key card and goes to the elevators, fast. # hide: martin
  -> arrival
* ["We can't help with that, sir." Then write down his words. # score: safety +1 # score: document +1 # why: A short, neutral no gives him nothing and starts no scene, and his exact words are what the report needs.]
  He shrugs. Fair enough. Worth asking. # speaker: martin
  He takes his key card and goes to the elevators. You write down the time and his words. # hide: martin
  -> arrival

=== arrival ===
The elevator chimes. The girl from 312 steps out and walks to the desk. # sound: lift_chime # show: skye:guarded
She is in high heels she cannot quite walk in, and a long coat made for a grown woman. Her make-up is heavy and careful. # indicator: hotel.minor_adult_roles
She puts a roll of notes on the counter. It's for another night. Room 312. # speaker: skye # indicator: hotel.minor_adult_roles
The man from the armchair comes over and stands just behind her. # show: lee:calm
{variant == 2: She's my cousin. She's nineteen. Just take the money. # speaker: lee|Evening. I'm her uncle. She's nineteen, before you ask. Just the one more night. # speaker: lee} # indicator: hotel.minor_with_unrelated_adult
Dana asks Skye for her date of birth, for the form. Skye looks at him before she answers, and gets the year wrong, then right. # indicator: hotel.confused_rehearsed_guest
He answers Dana's next two questions for her. # indicator: hotel.companion_holds_id_money_keys # requires: police # discuss: Nobody asked her age, and he told you anyway. What have you seen so far, and what is your part in what happens next?
* [Say nothing. Stand by the desk and watch who answers # score: observe +1 # why: Watching quietly shows nothing, which is right. But an ordinary, kind word to her costs nothing, and leaves a door open for a private moment later.]
  He does the talking. She keeps her eyes on the counter.
  -> private
* [Say to him: "Nineteen? She's a kid, buddy. Whose kid is she?" # critical: confront_controller # score: safety -2 # why: Challenging him tells him staff are onto him, and the easiest way out for him is to take her away. Note what he said and pass it on.]
  -> challenged
* [Keep it ordinary: tell Skye there's a water machine by the elevators # score: safety +1 # score: trust +1 # why: An ordinary, kind word shows no suspicion, which keeps her in the building and keeps the chance of a private moment open.]
  She glances at the water machine, then at him. She does not move.
  -> private
* [Ask Skye, in front of him: "Is anyone making you do anything you don't want to do? Are you being trafficked?" # critical: labelling_question # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -2 # why: A labelling question, asked in front of him, puts her in danger and gets only the answer he wants. Stay ordinary, and wait for a private moment.]
  -> labelled

=== labelled ===
Skye stares at you. No. Why would you say that? # speaker: skye # show: skye:anxious
He puts his hand on her shoulder. His smile does not reach his eyes. # show: lee:impatient
Forget the room. We're going. # speaker: lee
-> leaving

=== challenged ===
His face goes flat. # show: lee:impatient
You what? # speaker: lee
He picks the notes up off the counter and takes Skye by the sleeve. # show: skye:anxious
Come on. There's other hotels. # speaker: lee
-> leaving

=== private ===
One of his phones buzzes. He reads it and goes back to the armchair, where he can see the desk but not hear it. # show: lee:calm
Dana slides a card slip across the counter. Could you sign here, hon? It's for the extension. # speaker: dana
Skye stays at the desk, pen in hand. He is watching. You have a minute, maybe less. # show: skye:guarded
* [Lean in: "How old are you really? What does he make you do up there?" # score: trust -2 # score: safety -2 # critical: interrogate_victim # why: Questions about her age and what happens upstairs are an interview, and they belong to a trained forensic interviewer. With him watching, they also put her at risk. Ask only about her safety.]
  -> pressed
* [Say nothing, and stay near while she signs # score: safety +1 # why: Quiet company is safe and asks nothing of her. But she gets no sign that she is not in trouble, and that is the one thing she may most need to hear.]
  She signs slowly, and glances at you twice.
  -> she_asks
* [Take her arm: "Come with me into the back office. You're getting out of here, right now." # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Pulling a frightened girl into a back room is not safety; it is one more adult deciding for her, and it can end in a struggle. Stay near, call, and be honest about what happens next.]
  -> grabbed_arm
* [Quietly, at her level: "You're not in any trouble. Water?" # resolves: hotel.lookout_hall_lobby_lot # score: trust +2 # score: safety +1 # score: choice +1 # why: Saying she is not in trouble and offering something simple asks her nothing she has to explain, and from the armchair it looks like service.]
  -> she_talks

=== she_talks ===
She takes the water and holds the cup with both hands. # show: skye:anxious
I'm fine. He looks after me. # speaker: skye
{ far_side.armchair:
  She says it to the armchair, not to you. He has put his phones down, and he is watching the desk, not the elevators. # indicator: hotel.lookout_hall_lobby_lot
}
-> she_asks

=== she_asks ===
Am I in trouble? # speaker: skye
She glances at the armchair. She does not say anything else. # discuss: She has told you nothing, and she may be under 18. What do you owe her now: reassurance, honesty, or both?
* [Just keep her company with the water, and say nothing about what comes next # score: safety +1 # score: trust -1 # why: It keeps her calm for now, and nothing you say can reach him. But when police arrive she will feel tricked, and trust is harder to win back later.]
  She drinks the water slowly. She keeps glancing at the armchair.
  -> first_call
* [Be honest: "No. But I'm worried about you, and when I'm worried someone might be under 18, I have to get people here whose job is to keep young people safe. I'll tell you what's happening as it happens." # score: trust +2 # score: choice +1 # why: A young person cannot be promised secrecy. Saying so plainly, and why, keeps her trust even when she doesn't like it.]
  She looks at the floor. She does not say no.
  -> first_call
* [Promise her: "Don't worry. I won't tell anyone, and you'll never have to go back to him." # critical: promise_cannot_keep # score: trust -2 # why: You have to pass this on, and you cannot control what happens next. A promise that breaks teaches her that helpers lie. Be honest about what you have to do.]
  She almost smiles. Then she looks at the armchair again.
  -> first_call

=== pressed ===
Her face closes. # show: skye:anxious
I'm nineteen. I told her. Why does everybody keep asking me that? # speaker: skye
She pushes the card slip back across the counter and looks at the armchair. Nothing else.
-> first_call

=== grabbed_arm ===
She pulls her arm away and backs into the counter. # show: skye:anxious
Get off me! # speaker: skye
He is across the lobby in seconds. # show: lee:impatient
What are you doing with her? Skye. Here. Now. # speaker: lee
-> leaving

// ---------------------------------------------------------------- act

=== first_call ===
# phase: act
Skye signs the slip and goes to sit on the arm of the sofa, near him. Nobody has been hurt in front of you. # show: lee:calm
But a young person who may be under 18 is staying in 312 with a man who is not on the booking. # discuss: You cannot be sure of her age. Do you need to be, before you pass this on? Who should get it, and how fast?
* [Wait until you have something more certain about her age, like an ID or a date of birth that adds up, before you call anyone # score: report -2 # score: safety -1 # myth: myth.adultification # why: You do not need to be sure. A possible minor in an adult role with an unrelated adult is enough for police and child protection to check, and waiting gives him time to move her.]
  You write it all down and keep watching.
* [Radio {escalation_first}: police and {child_protection_name}, please # score: report +2 # score: safety +1 # action: police # why: For a possible minor, post orders send it to police and child protection through the control room, who also keep the camera footage. Nobody is being hurt in front of you this minute.]
  {escalation_first} answers at once. You give them a guest who may be under 18 in 312, with a man who is not on the booking.
  They call it in. Police are on their way, about twenty minutes out.
* [Dial {emergency_number} yourself, right now # score: report +1 # score: safety +1 # action: emergency # why: Fast, and for a possible child nobody will fault you. But nobody is in immediate danger this minute, and the control room can bring police and child protection together and save the footage.]
  The call taker logs it. A car will come as soon as one is free.
- -> buyer_moves

=== buyer_moves ===
The elevator chimes. Through the glass you see the guest from room 208, the one who asked about company, step in. # sound: lift_chime # show: martin:guarded
The floor numbers above the doors climb. They stop at three, not two. # hide: martin
Skye's phone lights up. She reads it, and all the color goes out of her face. # show: skye:anxious
She puts the cup down and walks toward the elevators. In the armchair, he does not look up. # requires: emergency # discuss: A guest who asked staff for "adult services" is on her floor, and she is being called up. What is your part right now?
* [Ask Dana, in an ordinary voice, to call Skye back to finish the card slip, then dial {emergency_number} # score: safety +2 # score: report +1 # action: emergency # why: Keeping her at the desk with a routine task may stop her going up, and it shows nothing. But each second before the call counts, and if she doesn't come back, you have lost them.]
  -> called_back
* [Step in front of the elevators: "You're not going up there." # critical: detain_or_rescue # score: safety -2 # why: Blocking her in front of him tells him what you know and puts her between you. Call the emergency number, and keep her at the desk with something ordinary if you can.]
  -> blocked
* [Dial {emergency_number} now, quietly, from behind the desk # score: safety +3 # score: report +2 # action: emergency # why: A possible child about to be sold for sex is an emergency. Call at once, quietly, and give them the room numbers.]
  -> called
* [Radio {escalation_first} again and ask how long police will be # critical: no_emergency_call # score: safety -2 # why: A child may be being sold right now. That is the emergency number, straight away, whatever is already on its way.]
  -> radioed

=== called ===
You step back beside the desk and call {emergency_number}. You give the hotel's name, rooms 208 and 312, and what you see, quietly: a man who asked for sex is on the third floor, and a girl who may be under 18 is being sent up.
The elevator doors close behind Skye. # sound: lift_chime # hide: skye
-> police_arrive

=== called_back ===
Skye, hon, one more signature before you go up? # speaker: dana
{variant == 2: Skye stops. She looks at the armchair. He nods, bored. She comes back to the desk.|Skye doesn't turn round. The elevator doors close behind her.} # sound: lift_chime
{variant == 1: -> called_late}
You call {emergency_number} from the back office door. You give the hotel's name, rooms 208 and 312, and what you see.
Dana takes a long time over the card slip.
-> police_arrive

=== called_late ===
# hide: skye
You call {emergency_number} at once. You give the hotel's name, rooms 208 and 312, and what you see.
-> police_arrive

=== police_arrive ===
{variant == 2: In the armchair, he scrolls his phone as if nothing is happening. He is still there when the police come in.|He watches you on the phone, then gets up and walks out through the side door. # hide: lee}
Six minutes later, two police cars pull up outside. Two officers go straight up to the third floor.
The parking lot camera has his car and its license plate.
# ending: safeguarded; Police reached her that night
A social worker from the child-protection team arrives at three. You are not in the room.
-> file_report(-> epilogue_safeguarded)

=== blocked ===
Skye stops dead. He is out of the armchair at once. # show: lee:impatient # show: skye:anxious
You've got nothing on me. She's coming with me. # speaker: lee
-> leaving

=== radioed ===
You key your radio. It takes {escalation_first} a few seconds to answer.
The first thing you hear back is: call {emergency_number}, now.
By the time you dial, the elevator doors have closed behind Skye. # sound: lift_chime # hide: skye
The man in the armchair does not look up. # show: lee:calm
-> late_call

=== late_call ===
The police arrive nine minutes later and go straight up to the third floor.
# ending: late; Police came, but not in time to stop her going up
The man by the armchair is gone before they come back down.
-> file_report(-> epilogue_late)

=== leaving ===
# phase: act
He steers Skye toward the side door. She does not look at anyone. The notes are still in his hand. # show: lee:impatient # show: skye:anxious
A girl who may be under 18 is being walked out into the night by a man who is not on the booking. # requires: emergency # discuss: You cannot stop them by force. What can you do, right now, that gives her the best chance?
* [Ask Dana to call {emergency_number} while you watch the car from the door # score: safety +2 # score: report +1 # action: emergency # why: The call is made at once and you keep watching, which is fair. But Dana saw less than you did, and the call taker will want your first-hand descriptions; passing it on costs a little time and detail.]
  -> left_called_dana
* [Let them go, and write it up properly for the morning # score: safety -2 # score: report -2 # why: Notes are good, but a child leaving with the man who may be exploiting her needs police tonight, not a report in the morning.]
  -> left_unreported
* [From inside the side door, dial {emergency_number}: descriptions, the car, which way it goes # score: safety +2 # score: report +2 # action: emergency # why: A possible child leaving with the man who may be exploiting her is an emergency. Calling at once, from a distance, gives police the best chance to reach her tonight.]
  -> left_called
* [Get between them and the door and pull her away from him # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: A struggle can hurt her, you and Dana, and makes him more dangerous. Call the emergency number and be the best witness you can.]
  -> struggle

=== left_called ===
You stay inside the side door and call {emergency_number}. You give the hotel's name, the two descriptions, and the car. # hide: lee # hide: skye
Dana saves the parking lot footage. You read out the plate as the car leaves.
# ending: left_called; She left with him, and police were called at once
Her cup of water is still on the counter.
-> file_report(-> epilogue_left_called)

=== left_called_dana ===
Dana dials {emergency_number} and gives the hotel's name. You call out what you see from the side door, and she repeats it. # hide: lee # hide: skye
You read out the plate as the car leaves, and Dana passes it on.
# ending: left_called; She left with him, and police were called at once
Her cup of water is still on the counter.
-> file_report(-> epilogue_left_called)

=== struggle ===
You grab for his arm. He swings round, and Skye is pulled with him. She falls against the door frame and cries out.
He lets go of her and runs for his car. # sound: door_close # hide: lee
Skye sits on the floor, holding her wrist. Dana kneels beside her. # show: skye:anxious
Only then does anyone call {emergency_number}.
# ending: hurt; She stayed, but the struggle hurt her
The police come, and a social worker soon after. Skye will not say a word to anyone in a uniform.
-> file_report(-> epilogue_hurt)

=== left_unreported ===
They walk out into the rain. On the monitor you watch the car turn out of the parking lot. # hide: lee # hide: skye
# ending: left; She left with him
The notes for room 312 are still on the counter.
-> file_report(-> epilogue_left)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_safeguarded ===
A week later, {escalation_first} tells you only that Skye is fourteen, that she is with people whose job it is to help her, and that the police are looking into the man from the armchair.
They can't tell you more.
-> aftermath

=== epilogue_late ===
The police bring Skye down twenty minutes later, wrapped in a blanket. She is fourteen. The guest from 208 goes out with two officers.
Next time, the call comes first.
-> aftermath

=== epilogue_left_called ===
Police stop the car on the highway half an hour later. You only hear that Skye is with a social worker.
-> aftermath

=== epilogue_hurt ===
Her wrist is sprained. She is fourteen. Dana says she kept asking if she was in trouble.
Next time, the call comes first.
-> aftermath

=== epilogue_left ===
{
- report_action == "emergency" || report_action == "police" || report_action == "hotline":
  Because of your report, police look for the car that night. By morning, it has not been found.
- else:
  Room 312 is empty when housekeeping knocks at ten. Nobody follows it up.
}
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to the police. An officer calls the next day to go over the guest's words with you.
- report_action == "police":
  At handover, {escalation_first} reads your report and confirms that police and child protection have it. The booking details go to {hotline_name} as well.
- report_action == "hotline":
  At handover, {escalation_first} reads your report. It went to {hotline_name}, but with a young person involved, police and {child_protection_name} needed it straight away.
- report_action == "supervisor":
  At handover, {escalation_first} reads your report. With a young person involved, it should have gone further, and faster.
- report_action == "log":
  Your report goes into the shift log. With a young person involved, a log entry on its own was not enough.
- else:
  Nothing about tonight goes into the log. By your next shift, the details are fading.
}
The hotel manager asks for a note at the desk: what to say when a guest asks about "company", and who to call.
Your shift ends at seven, and the rain has stopped.
-> END
