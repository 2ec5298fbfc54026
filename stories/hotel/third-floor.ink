# grammar: 1
# id: hotel.third_floor
# title: Night shift: a guest asks for company
# setting: hotel
# summary: A quiet night in the hotel lobby, until a guest asks where he can find "adult services". Upstairs is a young girl who says she is nineteen, with a man who is not on the booking and answers for her. Stay calm, keep her safe, and get the right people there in time.
# minutes: 10
# situation: sex_trafficking
# minor: yes
# variants: 2
# content_note: This story involves a fourteen-year-old girl who may be being sexually exploited, and a guest who asks staff about buying sex. Nothing sexual is shown or described. On one path a man pulls a girl by the arm. You can step out at any time.
# focus: A guest asking for "adult services", and a young girl in an adult role with a man who is not on the booking: do not take part, do not confront, and call police for a child
# character: dana; Dana; The night auditor at the front desk, in her fifties, with reading glasses on a cord. Your colleague tonight.
# character: skye; Skye; A girl who says she is nineteen and looks about fourteen, in high heels and a grown woman's long coat, with a lot of make-up.
# character: lee; Lee; A man in his thirties in a grey tracksuit top, with two phones and a car key on his finger.
# character: martin; Martin; A guest in his fifties in a business suit and a raincoat, with a small wheeled suitcase.
# distractor: not.late_arrival
# distractor: not.tired_or_shy
# distractor: not.travels_light_short_stay
# teaches: myth.well_dressed
# teaches: myth.would_ask_for_help
# teaches: myth.security_rescues

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Skye is fourteen. She is dressed and made up to look older, and she pays at the desk in cash: an
//   adult role. Any commercial sex involving a minor is trafficking. On every path the right report
//   is at least the hotline (police and child protection under policy, through the escalation
//   contact); once a buyer is on his way up with her, it is the emergency number.
// - Martin asks about "adult services". Asking alone proves nothing about anyone else in the hotel;
//   the officer does not help, does not lecture, and writes down what he said, word for word.
// - The officer never interviews Skye. In the one private moment, they offer water, say she is not in
//   trouble, and are honest that they have to get help for her.
// - Variant 1: Lee is friendly and calls himself her uncle. Variant 2: Lee is short with everyone and
//   calls himself her cousin. The signs stay the same.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hotel_lobby_night
# ambience: lobby_night
# show: dana:calm
It is twenty to two on a Saturday night. Rain on the revolving door.
You are on the lobby post for {org_name}. Dana, the night auditor, waves you over to the desk.
Room 312 asked for a late checkout again. That's three nights they've stayed, one night at a time. # speaker: dana # indicator: hotel.hourly_or_day_by_day_stay
It's booked to one adult, a woman. I've never seen her. I've seen a girl, and a man who isn't on the booking. # speaker: dana
The girl looks about fourteen to me. Maybe I'm getting old. # speaker: dana
* ["Thanks. I'll keep my eyes open, note what I see, and stay close to the desk tonight." # score: observe +1 # score: collaboration +1 # why: Quiet watching and plain notes build the picture, and staying near the desk means Dana is not on her own.]
  Good. I'll feel better with you nearby. # speaker: dana # show: dana:relieved
* ["Let's knock on 312 now and ask to see everyone's ID." # score: safety -2 # score: trust -1 # why: A knock at two in the morning tells the man that staff are suspicious, and the girl may pay for that later. Watch, write down and pass it on.]
  On what grounds? A late checkout? # speaker: dana # show: dana:anxious
  Let's just watch for now. # speaker: dana
* ["Girls grow up fast these days. Not our business." # score: observe -1 # myth: myth.well_dressed # why: A young person dressed and made up to look older is still a young person. Her age changes everything about what has to happen next, so it is worth watching.]
  Maybe. But I've got a granddaughter that age. # speaker: dana # show: dana:guarded
- You note the time, the room number and what Dana said. # requires: log
  -> lobby

// ---------------------------------------------------------------- observe

=== lobby ===
# phase: observe
# show: lee:calm
You walk the lobby slowly, the way you do every hour. Look, but don't stare.
A man in a grey tracksuit top waits by the armchair that faces the lifts. A guest in a raincoat stands by the window with his phone.
You have time for one thing at the desk end before anyone wonders why you are hanging around.
* (footage) [Look at the CCTV monitor behind the desk # observe: cctv_monitor # reveals: hotel.minor_with_unrelated_adult]
  Dana scrolls back through the car park camera for you.
  At ten to eleven, a car pulls in. The man in the tracksuit top gets out, then a girl in a long coat, carrying her shoes.
  He has the key card. She follows him in through the side door, not the front. # indicator: hotel.side_door_entry
  Neither of them is on the booking for 312.
* (note) [Look at the front-desk screen # observe: desk_screen # reveals: hotel.minor_adult_roles]
  The evening shift left a note on room 312.
  "Young guest paid for another night at the desk, in cash. Said she was 19. Had no ID: 'it's in the room'. Man waited by the lifts." # indicator: hotel.guest_withholds_id_details
  Fourteen, or nineteen. The note does not say which, and neither can you.
* [Look at the traveller asleep on the sofa # observe: sofa_traveller # reveals: nothing]
  A young man asleep beside a big backpack, his boarding pass sticking out of his pocket.
  He is on Dana's list for the half-past-four airport shuttle. She will wake him. Nothing here needs you.
* [Carry on along the lobby]
- -> far_side

=== far_side ===
You move on toward the lifts and the window. One more look, and then you are back at the desk.
* [Look at the man by the armchair facing the lifts # observe: lobby_armchair # reveals: hotel.lookout_hall_lobby_lot]
  He keeps two phones on the arm of the chair. Every time the lift chimes, he looks up. # sound: lift_chime
  He has been there forty minutes. He has not sat down or ordered anything, and he is not on the booking.
* [Look at the guest on the phone by the window # observe: window_caller # reveals: hotel.buyer_asks_adult_services]
  As you pass, his screen is lit: a page of photos and prices for "companions", with the name of this hotel typed in the search box. # indicator: hotel.buyer_asks_adult_services
  He sees you and puts the phone in his pocket.
* [Look at the plastic bag by the lift # observe: plastic_bag # reveals: nothing]
  A white carrier bag with a tracksuit and a towel in it, and a swimming-pool wristband.
  The shuttle list has a note: "Sofa guest's bag, from the pool." Nothing here.
* [Go back to the desk]
- -> buyer

// ---------------------------------------------------------------- talk

=== buyer ===
# phase: talk
# show: martin:calm
The guest from the window wheels his suitcase up to the desk. Dana checks him in: one night, room 208.
Then he leans on the counter and lowers his voice to you, not to Dana.
{variant == 2: Sorry. Awkward one. Is there... somewhere a man can find some company, this time of night? # speaker: martin|Right. You look like a man of the world. Where does a chap find a bit of company round here? Adult services. You'll know. # speaker: martin} # indicator: hotel.buyer_asks_adult_services
* ["We can't help with that, sir. Is there anything else you need for your stay?" Then write down what he said, word for word. # score: safety +1 # score: document +1 # why: A short, neutral no gives him nothing and starts no scene, and his exact words are what the report needs.]
  He shrugs. Fair enough. Worth asking. # speaker: martin
  He takes his key card and goes to the lifts. You write down the time and his words. # hide: martin
  -> arrival
* [Wink and say: "Try the bar on the corner. I never told you." # score: safety -3 # score: report -1 # critical: facilitate_buyer # why: Pointing a man toward buying sex makes you part of it, and the people being sold may be children. Say no, plainly, and write down what he asked.]
  He laughs. Cheers. # speaker: martin
  He takes his key card and goes to the lifts. # hide: martin
  -> arrival
* [Tell him loudly, so the lobby hears: "That's disgusting. I'm calling the police on you." # score: safety -1 # score: document -1 # why: A public scene gets you nothing to report except noise, and the man in the armchair now knows that security is watching for exactly this. Say no calmly and write down his words.]
  Heads turn. The man by the armchair looks over, then back at his phones. # show: lee:guarded
  I only asked. # speaker: martin
  He takes his key card and goes to the lifts, fast. # hide: martin
  -> arrival

=== arrival ===
The lift chimes. The girl from 312 steps out and walks to the desk. # sound: lift_chime # show: skye:guarded
She is in high heels she cannot quite walk in, and a long coat made for a grown woman. Her make-up is heavy and careful. # indicator: hotel.minor_adult_roles
She puts a roll of notes on the counter. It's for another night. Room 312. # speaker: skye # indicator: hotel.minor_adult_roles
The man from the armchair comes over and stands just behind her. # show: lee:calm
{variant == 2: She's my cousin. She's nineteen. Just take the money. # speaker: lee|All right? I'm her uncle. She's nineteen, before you ask. Just the one more night. # speaker: lee} # indicator: hotel.minor_with_unrelated_adult
Dana asks Skye for her date of birth, for the form. Skye looks at him before she answers, and gets the year wrong, then right. # indicator: hotel.confused_rehearsed_guest
He answers Dana's next two questions for her. # indicator: hotel.companion_holds_id_money_keys # requires: police # discuss: Nobody asked her age, and he told you anyway. What have you seen so far, and what is your part in what happens next?
* [Keep it ordinary. Help Dana with the receipt, and say to Skye: "There's a water machine by the lifts if you want one." # score: safety +1 # score: trust +1 # why: An ordinary, kind word shows no suspicion, which keeps her in the building and keeps the chance of a private moment open.]
  She glances at the water machine, then at him. She does not move.
  -> private
* [Say to him: "Nineteen? She looks about fourteen, mate. Whose kid is she?" # critical: confront_controller # score: safety -2 # why: Challenging him tells him staff are onto him, and the easiest way out for him is to take her away. Note what he said and pass it on.]
  -> challenged
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
One of his phones buzzes. He reads it, and steps away toward the side door. # show: lee:calm
Stay there. Don't talk to anyone. # speaker: lee
He goes out into the car park to take the call. Through the glass you can see him pacing. # hide: lee # sound: door_close
Dana slides a card slip across the counter. Could you sign here, love? It's for the extension. # speaker: dana
Skye is on her own at the desk, for a minute, maybe two. # show: skye:guarded
* [Stand a step back, at her level, and say quietly: "You're not in any trouble. Is it OK to talk for a minute? Would you like some water?" # score: trust +2 # score: safety +1 # score: choice +1 # why: Saying she is not in trouble, asking if it is safe to talk and offering something simple gives her a choice and asks her nothing she has to explain.]
  -> she_talks
* [Lean in: "How old are you really? What does he make you do up there?" # score: trust -2 # score: safety -1 # myth: myth.would_ask_for_help # critical: interrogate_victim # why: Questions about what happened feel like an interview, and she has a minute before he comes back. A specialist will ask what is needed later. Ask only about her safety.]
  -> pressed
* [Take her arm: "Come with me into the back office. You're getting out of here, right now." # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Pulling a frightened girl into a back room is not safety; it is one more adult deciding for her, and it can end in a struggle. Stay near, call, and be honest about what happens next.]
  -> grabbed_arm

=== she_talks ===
She looks at the side door, then at you. She takes the water. # show: skye:anxious
I'm fine. He looks after me. I owe him for the room and my phone. # speaker: skye
She holds the cup with both hands. I'm fourteen. Please don't tell him I said. # speaker: skye # indicator: hotel.minor_with_unrelated_adult
Dana hears it. She puts her pen down very quietly. # show: dana:anxious
* [Be honest: "Thank you for telling me. Because you're fourteen, I have to get people here whose job is to keep you safe. I'll tell you what's happening as it happens." # score: trust +2 # score: report +1 # why: A child cannot be promised secrecy. Saying so plainly, and why, is more honest than a promise you cannot keep, and it keeps her trust.]
  She looks at the floor. She does not say no.
  -> act
* [Promise her: "Don't worry. I won't tell anyone, and you'll never have to go back to him." # critical: promise_cannot_keep # score: trust -2 # why: You have to pass this on, and you cannot control what happens next. A promise that breaks teaches her that helpers lie. Be honest about what you have to do.]
  She almost smiles. Then she looks at the door again.
  -> act

=== pressed ===
Her face closes. # show: skye:anxious
I'm nineteen. I told her. # speaker: skye
She pushes the card slip back across the counter and looks at the side door. Nothing else.
-> act

=== grabbed_arm ===
She pulls her arm away and backs into the counter. # show: skye:anxious
Get off me! # speaker: skye
The side door bangs open. He has heard her through the glass. # sound: door_close # show: lee:impatient
What are you doing with her? Skye. Here. Now. # speaker: lee
-> leaving

// ---------------------------------------------------------------- act

=== act ===
# phase: act
The side door opens. The man in the tracksuit top comes back in. # sound: door_close # show: lee:calm
Behind him, from the lifts, comes the guest from room 208, the one who asked about company. # show: martin:guarded
They nod to each other like two people who have just talked on the phone. # requires: emergency
Skye. Go on up. Take the gentleman with you, I'll be up in a minute. # speaker: lee # show: skye:anxious
Skye does not move. She is holding the water with both hands. # discuss: A girl of fourteen is being sent upstairs with a guest who asked staff for "adult services". Is this still a matter for a report in the morning? What can you do, right now, that keeps her safe without a fight?
* [Step back toward the desk, call {emergency_number} now, and ask Dana, in an ordinary voice, to finish Skye's card slip slowly # score: safety +3 # score: report +2 # action: emergency # why: A child about to be sold for sex is an emergency. Calling at once, and keeping her at the desk with an ordinary bit of paperwork, keeps her safe without a fight.]
  -> called
* [Block the lift doors and tell the two men: "I know exactly what you're doing. Nobody's going up." # critical: confront_controller # score: safety -2 # why: Telling them what you know in front of her makes them dangerous and can get her taken out of the building. Call the emergency number and keep her at the desk with a routine task.]
  -> blocked
* [Radio {escalation_first} and wait to be told what to do # critical: no_emergency_call # score: safety -2 # why: When a child is being sent off with a buyer right now, the emergency call comes first. Tell your supervisor straight after.]
  -> radioed

=== called ===
You step back beside the desk and call {emergency_number}. You give the hotel's name, the room numbers, and say what you see, quietly.
Nearly done, love. One more signature. # speaker: dana
The guest from 208 looks at you on the phone, then at the front door. He walks out into the rain without his suitcase. # hide: martin # sound: door_close
The man in the tracksuit top looks at the door, and at Skye, and follows him out fast. # hide: lee
{she_talks: You tell Skye what is happening: police are coming, and someone from child protection. She nods, and sits down behind the desk with Dana.|Skye stands at the desk, very still. Dana gives her a chair behind the counter.}
Four minutes later, two police cars pull up outside. The car park camera has his car and its plate.
# ending: safeguarded; She stayed, and police came in time
A social worker from the child-protection team arrives at three. You are not in the room. That is how it should be.
-> file_report(-> epilogue_safeguarded)

=== blocked ===
The guest from 208 backs away, hands up. I don't know what you mean. # speaker: martin # hide: martin
He is gone through the front door before you turn round. # sound: door_close
The man in the tracksuit top takes Skye by the arm. You've got nothing on me. She's coming with me. # speaker: lee # show: lee:impatient
-> leaving

=== radioed ===
You key your radio. It takes {escalation_first} a few seconds to answer.
The first thing you hear back is: call {emergency_number}, now.
By the time you dial, the lift doors have closed behind Skye and the guest from 208. # sound: lift_chime # hide: skye # hide: martin
The man in the tracksuit top goes back to the armchair and looks at his phone. # show: lee:calm
-> late_call

=== late_call ===
The police arrive nine minutes later and go straight up to the third floor.
# ending: late; Police came, but not in time to stop him taking her up
The man by the armchair is gone before they come back down.
-> file_report(-> epilogue_late)

=== leaving ===
# phase: act
He steers Skye toward the side door. She does not look at anyone. The notes are still in his hand. # show: lee:impatient # show: skye:anxious
A girl who may be fourteen is being walked out into the night by a man who is not on the booking. # requires: emergency # discuss: You cannot stop them by force. What can you do, right now, that gives her the best chance?
* [Stay back, keep them in sight, and call {emergency_number}: a girl who may be fourteen is leaving with a man who may be exploiting her. Give descriptions, and the car. # score: safety +2 # score: report +2 # action: emergency # why: A child at risk of sexual exploitation leaving with the suspected exploiter is an emergency. Calling at once, and watching from a distance, gives police the best chance to reach her tonight.]
  -> left_called
* [Get between them and the door and pull her away from him # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: A struggle can hurt her, you and Dana, and makes him more dangerous. Call the emergency number and be the best witness you can.]
  -> struggle
* [Let them go, and write it up properly for the morning # score: safety -2 # score: report -2 # why: Notes are good, but a child leaving with the man who may be exploiting her needs police tonight, not a report in the morning.]
  -> left_unreported

=== left_called ===
You stay inside the side door and call {emergency_number}. You give the hotel's name, the two descriptions, and the car. # hide: lee # hide: skye
Dana saves the car park footage. You read out the plate as the car leaves.
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
They walk out into the rain. On the monitor you watch the car turn out of the car park. # hide: lee # hide: skye
# ending: left; She left with him
The notes for room 312 are still on the counter.
-> file_report(-> epilogue_left)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_safeguarded ===
A week later, {escalation_first} tells you only that Skye is safe, with people whose job it is to help her, and that the police have the man from the armchair.
They can't tell you more, and that is right.
-> aftermath

=== epilogue_late ===
The police bring Skye down twenty minutes later, wrapped in a blanket. The guest from 208 goes out in handcuffs.
Next time, the call comes first.
-> aftermath

=== epilogue_left_called ===
Police stop the car on the ring road half an hour later. You only hear that Skye is with a social worker.
-> aftermath

=== epilogue_hurt ===
Her wrist is sprained. Dana says she kept asking if she was in trouble.
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
  Your report goes to the police. An officer rings the next day to go over the guest's words with you.
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
