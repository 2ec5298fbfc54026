# grammar: 1
# id: hotel.room_ad
# title: Night shift: the room from the ad
# setting: hotel
# summary: Room 414 has been taken one night at a time for four nights. Men keep arriving to ask for it, stay half an hour and leave, and a man in the lobby armchair hands out the key cards.
# minutes: 12
# situation: sex_trafficking
# minor: no
# variants: 2
# content_note: This story involves an adult woman who may be being sold for sex through an online ad, and a man who comes to the hotel to buy sex. Nothing sexual is shown or described. On one path there is shouting behind a closed door. You can step out at any time.
# focus: A stream of visitors to one room: never help a buyer, don't confront, and accept a "no" at the door
# character: dana; Dana; The night auditor at the front desk, in her fifties, with reading glasses on a cord. Your colleague tonight.
# character: shawn; Shawn; A man in his thirties in a navy zip-up sweater, in the lobby armchair with two phones.
# character: greg; Greg; A man in his forties in a fleece vest, holding his phone out in front of him.
# character: nina; Nina; A woman in her twenties in a hotel bathrobe, with her hair pulled back.
# distractor: not.late_arrival
# distractor: not.travels_light_short_stay
# teaches: myth.would_ask_for_help
# teaches: myth.one_flag_or_nationality
# teaches: myth.security_rescues
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Nina is an adult. Nothing she says at the door is a disclosure, and she is never pushed for one.
//   With no immediate danger, the exact report is the hotline, through the control room; police about
//   an adult who said no is an override. In variant 2 there is shouting and "let go" behind the door:
//   that is immediate danger, and the emergency number comes first.
// - Greg, the buyer, is never helped and never lectured. The officer's job with him is a neutral "no"
//   and a good description.
// - Shawn never says anything that proves anything. He is polite, watchful and bored.
// - The ad itself is only described as "photos and a price list"; nothing in it is shown.
// - The armchair stays ambiguous (`ambiguous: hotel.lookout_hall_lobby_lot`): a man watching the
//   elevators could be waiting for a friend. Asking Nina whether she feels safe `resolves` it: he sits
//   where he can see the elevator. The card path shows the same; the key handoff shows who he is.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hotel_lobby_night
# ambience: lobby_night
# show: dana:calm
Twenty to two in the morning at the Harborview Inn. You are on nights for {org_name}.
Dana slides her glasses down and turns the desk screen a little toward you.
That's the third man since midnight to ask me for room 414. # speaker: dana
Not by name. He just holds up his phone and says "four-fourteen". # speaker: dana
+ ["Could be a party up there. What makes it feel wrong to you?" # score: observe +1 # why: An open question keeps an innocent explanation alive and asks your colleague for what she has actually seen.]
  Nobody stays. Twenty minutes, half an hour, then they're gone. # speaker: dana
  And nobody ever comes back down with anyone. # speaker: dana
+ ["I'll head up now and knock on 414, just to ask them politely what's going on up there." # score: safety -2 # score: trust -1 # why: Knocking with no reason anyone inside can accept tells whoever runs the room that staff are watching, and the person in it is the one who pays.]
  Dana takes her glasses off. # show: dana:guarded
  And say what? They haven't broken a rule I can name. # speaker: dana
+ [Start a list of times and faces on an incident sheet # score: observe +1 # score: document +2 # why: Notes written as things happen are what a later referral is built from, and starting them costs nothing and alerts nobody.]
  Good. I've got the times for the first two on the key log. # speaker: dana
+ ["Let's give the control room a heads-up about 414 now." # score: collaboration +1 # why: Early word to the control room is never wrong, but so far there is only a pattern of visitors, and they will ask for more.]
  They'll want more than "men keep visiting", I'd guess. # speaker: dana
- You write down the time. # requires: log
  -> lobby

// ---------------------------------------------------------------- observe

=== lobby ===
# phase: observe
# hide: dana
You walk a slow loop of the lobby, the way you do every hour.
- (around)
* [Read the booking on the desk screen # observe: desk_screen # reveals: hotel.hourly_or_day_by_day_stay]
  Room 414, booked by an S. Ward. One guest on the form.
  Paid in cash, one night at a time, four nights now. Each extension is paid by nine the next evening.
  -> around
* [Scroll back through the fourth-floor camera # observe: cctv_monitor # reveals: hotel.heavy_foot_traffic_room]
  The fourth-floor camera, from ten at night on.
  {variant == 2: Four different men walk to 414, each with a phone in his hand.|Five different men walk to 414, one at a time.} Each is back at the elevator in under forty minutes.
  -> around
* [Look at the key cards on the small table # observe: keycards # reveals: hotel.room_location_and_keys_requests]
  A fan of key cards in Harborview sleeves, all marked 414 in pen.
  Dana checks the key log for you: six cards cut for a one-guest room, all asked for on the first night.
  -> around
* [Glance at the armchair facing the elevators # observe: lobby_armchair # reveals: nothing # ambiguous: hotel.lookout_hall_lobby_lot]
  A man in a navy sweater sits in the armchair with two phones on his knee. # show: shawn:calm
  He looks up each time the elevator opens, and back down when he sees it is not for him.
  Someone waiting for a friend to come down, or someone keeping watch on who goes up. From here, both look the same.
  -> around
* [Check on the traveler on the sofa # observe: sofa_traveller # reveals: nothing]
  A student with a huge backpack, asleep with a shuttle voucher in her hand.
  The first airport shuttle leaves at four thirty. She will be fine where she is.
  -> around
* [Look over at the guest by the window # observe: window_caller # reveals: nothing]
  A guest in a coat paces by the window with his phone, a small suitcase at his feet.
  You catch "the flight got moved to six". He checked in at one, tired and polite.
  -> around
+ [Go back to the desk]
- -> buyer

// ---------------------------------------------------------------- talk

=== buyer ===
# phase: talk
# show: dana:calm
# show: greg:calm
The main doors slide open. A man in a fleece vest walks straight to the desk.
He doesn't look at Dana. He holds his phone out to you, screen first.
She said to ask at the front. Four-fourteen? # speaker: greg # indicator: hotel.buyer_asks_adult_services
On the screen is an escort ad: photos and a price list, and the name of the hotel. # discuss: This man may be about to buy sex from someone who is not free to say no. What is your job with him, and what is not?
+ ["It's at the end of the fourth floor, past the ice machine." # critical: facilitate_buyer # score: safety -3 # why: Giving him the way to the room is helping him buy, and a room number is the one thing he came to the desk for.]
  -> directed
+ [Say you can't share guest details, and note his face and the time # score: safety +1 # score: document +2 # why: A flat no gives him nothing and starts no argument, and his description and the time are exactly what a report needs.]
  -> refused
+ ["I know what that ad is. Leave now, or I call the police." # score: safety -2 # score: document -1 # why: A threat tells him, and anyone he texts, that the desk is watching 414, and he walks away before you have anything useful on him.]
  -> threatened
+ ["Not here, no. But there's a motel out on Route 9 where nobody asks any questions." # critical: facilitate_buyer # score: safety -2 # why: Sending a buyer somewhere else does not protect anyone. It moves the harm out of your sight and helps it carry on.]
  -> directed

=== directed ===
He nods, pockets the phone and heads for the elevators without another word.
Dana stares at you over her glasses. # show: dana:guarded
-> key_handoff

=== refused ===
He shrugs, as if he expected that.
-> key_handoff

=== threatened ===
He backs off a step with his hands up.
Relax. Wrong hotel, I guess. # speaker: greg # show: greg:impatient
He does not leave. He walks over to the armchair instead.
-> key_handoff

=== key_handoff ===
The man in the armchair stands up, takes a key card from the table and hands it over without a word. # indicator: hotel.companion_holds_id_money_keys
The visitor goes up. The man in the armchair sits back down and types something on one of his phones. # hide: greg
Twenty-five minutes later the desk phone rings. Dana answers, then hands it to you.
It's the guest in 416. A lot of banging next door, she says, and now a woman crying.
-> corridor

=== corridor ===
# bg: hotel_corridor_night
# ambience: hotel_corridor
# hide: dana
# hide: shawn
You take the stairs to the fourth floor. The corridor lights are on full for the night.
Room 414 has its Do Not Disturb sign out, and a pile of used towels at its foot.
As you reach it, the door opens and the man in the fleece vest steps out, head down, walking fast toward the elevator.
+ [Step in front of him and tell him he isn't leaving until police have talked to him # critical: detain_or_rescue # score: safety -3 # why: Blocking a man in a corridor can turn into a fight, and holding anyone is not your job. His description and the time already say what you need.]
  He pushes past your shoulder and takes the stairs two at a time. # show: greg:impatient # hide: greg
  -> knock
+ [Let him pass, note the time, and knock on 414 at once # score: safety +2 # score: trust +1 # why: The noise call is about whoever is in the room, so you go straight to them, on a reason that is true and ordinary.]
  -> knock
+ [Let him pass, watch which way he goes and what he's carrying, then knock # score: document +2 # score: safety +1 # why: A fuller description helps police later, but the person in the room waits a minute longer after a call about crying.]
  He goes down in the elevator. Nothing in his hands but the phone.
  -> knock

=== knock ===
You knock twice.
Hotel security. We had a call about noise. I'm just checking everyone's OK. # speaker: officer
The door opens as far as the chain. A woman in a hotel bathrobe looks at you, and then past you, down the corridor. # show: nina:guarded
We're fine. I dropped the TV remote. My boyfriend's downstairs, he'll be right back. # speaker: nina # indicator: hotel.confused_rehearsed_guest
{variant == 2: She says it fast, like a line she has said before. Her eyes go to the phone in her hand.|She says it fast, like a line she has said before. She keeps one hand on the door.}
Behind her, on the dresser, are three phones charging and a stack of cash held with a hair tie. # indicator: hotel.paraphernalia_cash_devices
-> at_door

=== at_door ===
# discuss: She says she is fine. What can you offer that does not depend on her telling you the truth tonight?
+ ["Was that man who just left a client of yours? How much did he pay you tonight, and who ends up with the money?" # critical: interrogate_victim # score: trust -2 # why: Questions about buyers and money are an investigator's questions. At a chained door, with the man downstairs watching the elevator, they can only cost her.]
  -> shut
+ ["Is somebody trafficking you? You can tell me, I won't tell him." # critical: labelling_question # critical: promise_cannot_keep # score: trust -2 # why: A label almost always gets a "no", and a secret you cannot keep is a promise she has heard broken before.]
  -> shut
+ ["OK. Do you feel safe in there tonight? That's all I need to know." # resolves: hotel.lookout_hall_lobby_lot # score: trust +1 # score: safety +1 # why: One safety question, with no label and no pressure, leaves her room to say more. She may well say no, and that is her answer to give.]
  -> safe_question
+ ["Would it be all right if I stepped in and had a quick look round?" # score: trust -1 # score: choice -1 # why: Asking to come in turns a welfare check into a search. She has every reason to refuse, and now she knows you suspect the room.]
  -> asked_in
+ [Nod, and hand her the desk's card with {hotline_name} on it # score: trust +2 # score: choice +1 # why: It asks for nothing and assumes nothing, and the number goes with her whatever she decides tonight.]
  -> card

=== shut ===
Her face closes. # show: nina:anxious
I said we're fine. Please go. He can see the elevator from down there. # speaker: nina
The door shuts. The chain rattles on the other side.
-> downstairs

=== asked_in ===
No. # speaker: nina # show: nina:anxious
There's nothing to see. Please, just go. # speaker: nina
The door shuts.
-> downstairs

=== safe_question ===
She looks at you a long moment.
I'm fine. But he sits where he can see the elevator. If he finds out I talked to security, that's not fine. # speaker: nina # indicator: hotel.lookout_hall_lobby_lot
You hold out the card with {hotline_name} on it. She takes it, folds it small and puts it in the bathrobe pocket.
-> downstairs

=== card ===
She glances down the corridor before she takes it.
Quick. He watches the elevator from downstairs. # speaker: nina # indicator: hotel.lookout_hall_lobby_lot
I'm not some victim, you know. I'm a grown woman. # speaker: nina
She folds the card small and puts it in the bathrobe pocket anyway.
-> downstairs

// ---------------------------------------------------------------- act

=== downstairs ===
# phase: act
# bg: hotel_lobby_night
# ambience: lobby_night
# hide: nina
# show: dana:calm
# show: shawn:calm
{
- variant == 2:
  -> raised_voices
- else:
  -> back_in_lobby
}

=== back_in_lobby ===
When the elevator opens on the lobby, the man in the armchair is already looking at you.
Everything all right up there? # speaker: shawn
# requires: hotline
+ ["Noise call. Somebody dropped something. Quiet now." # score: safety +2 # why: True, dull and the same as any noise call. It gives him no reason to move her tonight.]
  -> report_choice
+ ["I know what you're running out of that room. It's over." # critical: confront_controller # score: safety -3 # why: He can move her within the hour, and she is the one who answers for what security said.]
  -> moved_on
+ [Walk past him to the desk without a word # score: safety +1 # why: Saying nothing starts no argument, but it can read as watchful, and he notices.]
  He watches you all the way to the desk. # show: shawn:guarded
  -> report_choice

=== report_choice ===
Dana passes you the key log and the times from the camera. # show: dana:calm
# discuss: She is an adult and she said she is fine. Who should hear about 414 tonight, and who decides what happens next?
+ [Radio {escalation_first} and call {hotline_name} together, with your notes # score: report +2 # score: document +1 # action: hotline # why: A pattern like this, with an adult who declined help, is what the hotline is for: trained staff decide on next steps, and she keeps the number you gave her.]
  -> referred
+ [Call police now and ask them to come over and open up 414 while the visitors are still coming # score: choice -2 # score: safety -1 # action: police # why: An adult who said she is fine, with no one in immediate danger, decides about police for herself. A raid tonight could see her arrested, and she may never call that number.]
  -> police_sent
+ [Put it in the shift log, so the day manager can decide about the booking # score: report -1 # action: log # why: A note for the morning keeps a record, but a room being sold from tonight needs people who can act on it sooner.]
  -> logged

=== referred ===
The call taker at {hotline_name} asks good questions, and you have the answers written down.
They will bring in local partners. They thank you for not going into the room.
# ending: hotline_referral; The hotline had the pattern, and she had the number
-> file_report(-> epilogue_referred)

=== police_sent ===
Two officers come up the drive twenty minutes later. The armchair is empty by the time they reach the desk. # hide: shawn
They knock on 414. She tells them she is fine. They take her name and leave.
# ending: police_knock; Police knocked, and she told them she was fine
-> file_report(-> epilogue_police)

=== logged ===
You write it up for the morning: times, faces, the key cards, the man in the armchair.
# ending: logged; 414 went into the morning log
-> file_report(-> epilogue_logged)

=== moved_on ===
He smiles and stands. # show: shawn:impatient
I'm waiting for a friend, officer. Is that against the rules now? # speaker: shawn
He makes a call by the side door. Ten minutes later a woman with her hair pulled back comes down in a hoodie, carrying a bag, and goes out with him to a car. She doesn't look at the desk. # hide: shawn
# requires: hotline
+ [Radio {escalation_first} and, with them, call {hotline_name} with the plate and the times # score: report +1 # action: hotline # why: The chance to help her here has gone, but the plate and the pattern can still reach people who can find her.]
  # ending: moved_on; He moved her out that night
  -> file_report(-> epilogue_moved)
+ [Let it go. She walked out on her own two feet, so where she goes now is her own business # score: report -2 # myth: myth.would_ask_for_help # why: Walking out next to him is not the same as being free to leave. A pattern this clear still goes to people who can follow it.]
  # ending: moved_on; He moved her out that night
  -> file_report(-> epilogue_moved)

=== raised_voices ===
When the elevator opens on the lobby, the armchair is empty. The second elevator is on its way up. # hide: shawn
The desk phone rings. Dana listens, and goes pale.
It's 416 again. Shouting in 414. A woman saying "let go of me". # speaker: dana # show: dana:anxious
# requires: emergency
+ [Call {emergency_number}: room 414, a woman shouting "let go" # score: safety +3 # score: report +2 # action: emergency # why: A woman shouting "let go" behind a door is immediate danger. The emergency call comes first, and you can be the witness from the corridor.]
  -> called_emergency
+ [Go up to the fourth floor and listen outside 414 first, so that you can tell the call taker exactly what is happening # score: safety -2 # score: report -1 # why: Every minute on the stairs is a minute without help on the way. Dana has already heard enough: call, then go as far as the corridor.]
  -> went_to_listen
+ [Take the master key card from the desk and run up to open 414 # critical: detain_or_rescue # myth: myth.security_rescues # score: safety -3 # why: Opening a door on a fight puts you, and her, in the middle of it. Call first, then go only as far as the corridor.]
  -> ran_up
+ [Radio {escalation_first} and ask what they want you to do # critical: no_emergency_call # score: safety -2 # why: The control room will tell you to call the emergency number, and those are the minutes that matter.]
  -> radio_first

=== called_emergency ===
You give the call taker the room, the floor, and what Dana heard, and you stay on the line.
From the fourth-floor corridor you hear the door of 414 bang open. The man in the navy sweater takes the stairs down, fast. # show: shawn:impatient # hide: shawn
Police arrive within minutes. She is sitting on the floor inside the door, holding the bathrobe closed.
She tells them she fell. They give her the number of a victim advocate, and she keeps it.
# ending: emergency; Police came, and she was safe for the night
-> file_report(-> epilogue_emergency)

=== went_to_listen ===
By the time you reach the fourth floor, the door of 414 is open and the man in the navy sweater is taking the far stairs down. # show: shawn:impatient # hide: shawn
You call {emergency_number} from the corridor. She is sitting on the floor inside the door.
Police arrive a few minutes later. She tells them she fell. They leave her the number of a victim advocate.
# ending: emergency_late; Police came, after a delay
-> file_report(-> epilogue_emergency)

=== ran_up ===
You reach the fourth floor as the man in the navy sweater comes out of 414. He shoulders past you. # show: shawn:impatient # hide: shawn
Only now do you call {emergency_number}, out of breath, and you didn't see which way he went.
# ending: emergency_late; Police came, after a delay
-> file_report(-> epilogue_emergency)

=== radio_first ===
The control room answers after a few seconds. The first thing you hear is: call {emergency_number}, now.
By the time you do, the man in the navy sweater has gone out the side door. # hide: shawn
# ending: emergency_late; Police came, after a delay
-> file_report(-> epilogue_emergency)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_referred ===
Three nights later, the booking for 414 is not extended. Nobody tells you where she went.
-> aftermath

=== epilogue_police ===
By morning 414 is empty. The key cards are still on the small table.
-> aftermath

=== epilogue_logged ===
The day manager reads the log, and decides not to extend the booking.
-> aftermath

=== epilogue_moved ===
414 is stripped by housekeeping in the morning. There is nothing left in it but the card, torn in two, in the bin.
-> aftermath

=== epilogue_emergency ===
The next night, Dana takes the fan of 414 key cards off the small table and cancels every one.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to police. An officer calls the next day to go over the camera times with you.
- report_action == "police":
  Police have your report. With an adult who said she was fine and no one in danger, the hotline was the better first call.
- report_action == "hotline":
  {escalation_first} reads your report and confirms that it went to {hotline_name} with the camera times.
- report_action == "supervisor":
  {escalation_first} reads your report. A pattern this clear should have gone on to {hotline_name}.
- report_action == "log":
  Your report goes into the shift log. A log entry alone did not reach anyone who could help her.
- else:
  Nothing about tonight goes into the log.
}
Dana asks whether the Harborview could stop handing out more key cards than a room has guests. You say you'll ask.
Your shift ends at six.
-> END
