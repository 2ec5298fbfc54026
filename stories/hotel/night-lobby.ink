# grammar: 1
# id: hotel.night_lobby
# title: Night shift: the lobby
# setting: hotel
# summary: A quiet night at a city hotel. A friendly guest pays cash for two more nights, and the young woman with him hardly says a word.
# minutes: 10
# variants: 2
# situation: sex_trafficking
# minor: no
# content_note: This story involves the possible sexual exploitation of an adult. No violence is shown, though on one path a man pulls a woman by the arm. You can step out at any time.
# focus: A cluster of signs at the front desk, a companion who stays close, and when to step in or stand back
# character: dana; Dana; The night auditor at the front desk, in her fifties, with reading glasses on a cord. Your colleague tonight.
# character: mara; Mara; A guest in her twenties in a thin gray top, with no coat.
# character: victor; Victor; A man in his forties in a good wool coat, with an easy smile.
# character: kos; Kos; A man in his thirties in a dark jacket, sitting in the lobby armchair that faces the elevators.
# distractor: not.speaks_other_language
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# distractor: not.young_couple
# teaches: myth.would_ask_for_help
# teaches: myth.security_rescues
# teaches: myth.ask_directly
# teaches: myth.all_or_none_sex_work
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Global tags must stay above the INCLUDE lines, or inkjs stops treating them as global.
// - Choice tags go inside the square brackets; tags after the bracket land on the next line instead.
// - Observation is a walk with one look per stop. A free-order hub of six or more hotspots
//   multiplies the number of paths far beyond what the story checker can play.
// - Victor is present for most of this story. The sourced rule (reference §2.1 step 4: controller
//   present, do not intervene, report) is the top-scored choice at the car; the desk's sign-in-person
//   rule is an author adaptation (§2.4) and scores less. In variant 2 Victor refuses it, and the
//   right move is to stop (§2.4 "if the companion refuses, stop").
// - Mara gives a rehearsed line and very little else. She does not hand over the cluster.
// - On the paths with no private word, the exact report is the control room (supervisor rung).
// - The plastic bag stays ambiguous (`ambiguous: hotel.few_possessions_long_stay`): it could be a
//   change of clothes for a night away. Asking Mara whether she is OK to talk `resolves` it: in the
//   same flat voice, she says everything she has is in the bag.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hotel_lobby_night
# ambience: lobby_night
# show: dana:calm
It's 1:10 a.m. You are on the night shift for {org_name} at the Harbour Lane Hotel.
Dana, the night auditor, waves you over to the desk.
Quiet night, mostly. A young couple checked in at midnight. Their anniversary. Very sweet. # speaker: dana
Then there's 412. # speaker: dana
Men have been going up since about ten. A new one every half hour or so. # speaker: dana # indicator: hotel.heavy_foot_traffic_room
Each one is back down in twenty minutes. # speaker: dana
She turns over a sticky note from housekeeping. # sound: page_turn
Do Not Disturb on 412 and 414 for three days now. They take fresh towels at the door and won't let anyone in to clean. # speaker: dana # indicator: hotel.dnd_refuses_service
It's probably nothing. I don't want to make a fuss over paying guests. # speaker: dana
* ["Could be nothing. Let's keep our eyes open and write down what we see." # score: observe +1 # score: document +1 # why: One sign proves nothing, but noting plain facts as they happen builds the picture a good report needs.]
  Deal. I'll keep a note of the times. # speaker: dana # show: dana:relieved
* ["I'll go up and knock on 412. See what's going on." # score: safety -2 # myth: myth.security_rescues # why: A knock at one in the morning with no welfare reason warns whoever is in control, and the person inside may pay for it. Watching quietly and reporting keeps everyone safer.]
  At this hour? And say what? # speaker: dana # show: dana:anxious
  If something is wrong up there, a knock just tells them we've noticed. # speaker: dana
  Let's watch, and write it down. # speaker: dana
* ["If anyone up there needed help, they'd come down and ask." # score: observe -1 # myth: myth.would_ask_for_help # why: People under someone's control often can't or won't ask for help. Staying alert to the signs is how help usually starts.]
  Would they, though? # speaker: dana # show: dana:guarded
  If I were scared of someone, I'm not sure I'd walk up to a desk and say so. # speaker: dana
  Let's just keep our eyes open. # speaker: dana
- You jot down the time and what Dana told you. # requires: supervisor
  -> patrol

// ---------------------------------------------------------------- observe

=== patrol ===
# phase: observe
# show: kos:calm
You start your round of the lobby. Walk slowly. Look, but don't stare.
First, the back of the desk. You have time for one good look before Dana needs the space.
* [Check the registration list on the desk screen # observe: desk_screen # reveals: hotel.hourly_or_day_by_day_stay]
  Rooms 412 and 414 are both booked under one name: V. Marsh.
  Six nights so far. Each night paid in cash the morning before, one night at a time.
* [Check the parking lot camera on the CCTV monitor # observe: cctv_monitor # reveals: hotel.plates_hidden_reverse_parked]
  A dark gray hatchback sits in the loading bay.
  It is backed in, nose out, its rear tight to the wall. You can't read the license plate.
  Dana scrolls back through the evening. At ten, the same car stopped by the side door, and two young women got out. Neither is on the guest list.
  It was the same last night, and the night before. They get picked up around four. # speaker: dana # indicator: hotel.repeat_dropoff_nonguests
* [Walk on into the lobby]
- -> lobby_floor

=== lobby_floor ===
Out on the lobby floor, a few people are still up.
You can stop by one thing without it looking odd.
* [Look at the man in the armchair # observe: lobby_armchair # reveals: hotel.lookout_hall_lobby_lot]
  He is in his thirties. His coat is still on, and a phone lies face down on his knee.
  His chair faces the elevators, not the TV.
  Evening. Just waiting for a friend. # speaker: kos
  Dana said he came in at nine and hasn't ordered a thing. Each time the elevator opens, he looks up.
* [Look at the traveler asleep on the sofa # observe: sofa_traveller # reveals: nothing]
  A traveler sleeps with their head on a big backpack. Their jacket is worn thin at the elbows.
  A ticket for the 5:10 airport shuttle pokes out of a pocket.
* [Look at the guest on the phone by the window # observe: window_caller # reveals: nothing]
  A guest walks up and down by the window, talking on the phone in another language. Now and then they laugh.
  A conference badge hangs from their neck. They wave to you between sentences.
* [Check the side door to the parking lot # observe: side_door # reveals: hotel.side_door_entry]
  The side door is propped open with a rubber wedge. Cold air creeps in.
  Dana mentioned it keeps getting wedged. Some of tonight's visitors to the fourth floor came in this way and never passed the desk.
  You kick the wedge free and let the door close. That part is routine. You note the time.
* [Head back to the desk]
- -> arrival

=== arrival ===
You are back beside the desk when the elevator chimes. # sound: lift_chime
A man and a young woman step out. # show: victor:calm # show: mara:guarded
He wears a good wool coat and a wide smile. She wears a thin gray top and no coat.
She carries a plastic shopping bag. She sets it down by the elevator and follows him.
At the desk he lays out a wallet, two ID cards and a stack of key cards.
In the armchair, the man lowers his phone.
{variant == 2: When the elevator opens, Mara's eyes go to the armchair before anything else.}
* [Glance at the things on the counter # observe: keycards # reveals: hotel.companion_holds_id_money_keys]
  Two ID cards, his and hers, next to his wallet. Key cards for both rooms.
  Everything sits on his side of the counter. Her hands are empty.
* [Glance at the bag by the elevator # observe: plastic_bag # reveals: nothing # ambiguous: hotel.few_possessions_long_stay]
  One thin plastic bag. A hairbrush and a folded top show at the top.
  A change of clothes for a night away, or all she has with her. From here you can't tell.
* [Step up beside Dana]
- -> desk

// ---------------------------------------------------------------- talk

=== desk ===
# phase: talk
{variant == 2: Evening. We're in a hurry. # speaker: victor # show: victor:impatient|Dana! My favorite night owl. # speaker: victor}
Evening, Mr. Marsh. # speaker: dana
Victor, please. Both rooms again tonight. Cash, as always. # speaker: victor # indicator: hotel.cash_prepaid_multiple_rooms
And two more key cards for 414. People keep losing them. # speaker: victor # indicator: hotel.room_location_and_keys_requests # discuss: Who does the talking, and who holds the key cards and the ID? Could any one of these signs have an ordinary explanation?
Oh, and is anything free on the first floor? Near the side door would be great. Easier for the car. # speaker: victor
The young woman stands a step behind him, arms wrapped tight around herself. # indicator: hotel.guest_injured_deprived
It is close to freezing outside. Her eyes keep closing, then snapping open.
Dana smiles past him at her.
Is everything all right with your room? # speaker: dana
{variant == 2: She's fine. She's my cousin. She doesn't talk much. # speaker: victor|All perfect. This is Mara, my girlfriend. She's a bit shy. # speaker: victor}
Mara looks at the floor. She has not said a word. # show: mara:anxious # requires: supervisor
* [Smile at Mara. "Cold night to be out without a coat." # score: trust +1 # score: safety -1 # why: A friendly word is ordinary hotel talk, but it puts her on the spot with him listening, and he answers for her. Ordinary service to both of them, aimed at no one, is safer.]
  {variant == 2: She doesn't feel the cold. # speaker: victor|She never feels the cold, this one. # speaker: victor}
  Mara pulls her arms tighter around herself and says nothing.
  -> car_moment
* ["Evening. Dana will look after you. I'm just on my rounds." # score: safety +1 # why: Calm, ordinary service shows no suspicion. That keeps everyone safe and keeps the chance of a private word open for later.]
  -> car_moment
* ["Who are all the men going up to 412? What's going on up there?" # critical: confront_controller # score: safety -2 # why: Challenging the man who may control her warns him, and she may pay for it later, out of sight. Keep to routine service and report what you saw.]
  -> confront
* [Turn to Mara. "Is he forcing you to be here? You can tell me." # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: She cannot answer freely with him beside her, and now he knows you suspect him. Wait for a private, routine moment instead.]
  -> asked_in_front

=== confront ===
Victor's smile stays exactly where it is. # show: victor:impatient
Friends. Business contacts. Is having friends a crime now? # speaker: victor
Mara's eyes go to him, then back to the floor.
You know what? Forget the extra night. # speaker: victor
-> checking_out

=== asked_in_front ===
Mara's eyes go straight to Victor.
No. No. I'm fine. # speaker: mara
Victor laughs and rests a hand on her shoulder. # show: victor:impatient
Forcing her? She's my girlfriend, buddy. We're on vacation. # speaker: victor
Actually, forget the extra night. # speaker: victor
-> checking_out

=== car_moment ===
Dana counts the cash and codes the key cards. There is no free room on the first floor.
Is that gray car in the loading bay yours? The bakery truck comes at five. It'll need moving. # speaker: dana
Sure thing. Come on, Mara. # speaker: victor
He reaches for her elbow. She turns toward the side door. # show: mara:guarded # discuss: He is right here, and he keeps her close. What could a private word give her, and what could it cost her once he is alone with her again?
* [Stay at the desk and let them go. Watch the car on the camera. # score: safety +2 # score: document +1 # why: With the man who may control her standing beside her, the safest thing is not to intervene and to report. The camera shows you the car without anyone seeing you watch.]
  -> let_go
* ["Dana, this is a cash booking. Doesn't every guest sign the registration card in person?" # score: safety +1 # score: collaboration +1 # why: A rule that applies to every guest might give Mara a minute on her own, and Dana owns the desk. But it is asked in front of him, he can say no, and if he does you must drop it.]
  -> pretext
* [Follow them out to the parking lot to get a good look at the car # critical: suspicion_in_front_of_controller # score: safety -2 # why: Following a possible controller puts you at risk and tells him you are watching him, and she may pay for that later. The camera can show you the car, so stay where you are.]
  -> follow

=== pretext ===
That's right. Every adult on a cash booking signs in person. Hotel rule. # speaker: dana
She picks Mara's ID card out of the pile on his side of the counter, and slides a registration card and a pen toward her. # indicator: hotel.companion_holds_id_money_keys
{variant == 2: -> pretext_refused}
Victor looks at the card. Then at you. Then the smile comes back. # show: victor:calm
Fine. You go and move the car, Mr. Marsh. This only takes a minute. # speaker: dana
Two minutes. # speaker: victor
Her English isn't great, though. Don't let her sign anything till I'm back. I'll translate. # speaker: victor
* ["No need. Her English will do for one card. We'll manage." # score: safety +1 # score: culture -1 # why: Plain English is quick, and he may be back any second, so it is a fair call. But Mara may not follow what you offer, and an interpreter would let her ask and decide for herself.]
  Suit yourself. # speaker: victor
  -> plain_english
* ["We use a phone interpreter for that. It's quick." # score: culture +2 # score: safety +1 # why: A professional interpreter who knows no one here lets Mara speak for herself. A companion who translates decides what she says.]
  Suit yourself. # speaker: victor
  -> interpreter
* ["OK. We'll wait till you're back, and you can translate for her." # critical: companion_as_interpreter # score: culture -2 # why: If he translates, every word goes through him, and she cannot say anything he would not like. Offer a professional interpreter line instead.]
  -> wait_translate

=== pretext_refused ===
Victor puts his hand flat on the card. # show: victor:impatient
She'll sign it in the morning. We're tired. # speaker: victor
He looks at Dana, then at you, a second longer than he needs to.
Dana looks at you. # show: dana:anxious
* [Say nothing, and leave it to Dana # score: safety +1 # score: collaboration -1 # why: Staying quiet does not push him, which is right. But Dana is looking to you and has to make the call alone, with him watching both of you. A calm "the morning's fine" settles it for you both.]
  Dana hesitates, then puts the card away. # show: dana:calm
  Morning, then. # speaker: dana
  -> let_go
* ["Sorry, sir, it has to be tonight. She can stay here while you move the car." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Once he refuses, insisting makes the rule look like what it is. He now knows staff want her alone, and she may pay for that out of sight. When the companion says no, stop.]
  Victor laughs, without smiling. # show: victor:impatient
  Since when? You know what, we'll find somewhere with less paperwork. # speaker: victor
  -> checking_out
* ["Of course. The morning's fine." Let it go. # score: safety +2 # score: choice +1 # why: He said no. Pushing a routine rule against a possible controller tells him staff are suspicious, and she may pay for it. Stop, and report what you saw.]
  Dana puts the card away. # show: dana:calm
  -> let_go

=== victor_steps_out ===
Victor heads out through the side door, keys in hand. # sound: door_close # hide: victor
On the way past, he catches the eye of the man in the armchair. The man shifts so he can see the desk. # show: kos:guarded # indicator: hotel.lookout_hall_lobby_lot
->->

=== interpreter ===
-> victor_steps_out ->
Dana shows Mara a card that says "I speak..." in forty languages. Mara points to one line. # requires: hotline
Dana dials the interpreter service and puts the phone on speaker, turned low.
A calm voice greets Mara in her own language. Her shoulders drop a little.
You stand so Mara has her back to the armchair. To anyone watching, this is paperwork.
* ["This is just the card. You can sign it or not. If you want anything else while you're here, tell me or Dana." # score: trust +1 # score: choice +1 # why: Keeping it to the paperwork, with an open door, asks nothing of her and keeps the cover story true. It also leaves her to take the first step, which she may not dare to do.]
  -> talk_quiet
* ["My name's on this badge. I work nights here. Are you OK to talk for a minute, while he's outside?" # resolves: hotel.few_possessions_long_stay # score: trust +2 # score: safety +1 # why: Saying who you are and asking whether it is safe to talk puts her in control of the next minute, and the question itself asks nothing about him.]
  -> talk_open
* ["Are you being trafficked? You can tell me." # critical: labelling_question # score: trust -2 # myth: myth.ask_directly # why: Most people in her position would say no to that word, and it can sound like an accusation. Gentle, open safety questions and a quiet offer of help work better.]
  -> talk_label
* ["Whatever you tell me stays at this desk. No police. I promise." # critical: promise_cannot_keep # score: trust -2 # why: You may have to pass on what you learn, and you cannot control what others do. Be honest about what you can and cannot do instead.]
  -> talk_promise
* ["If you don't tell me what's going on, you could get arrested." # critical: threaten_arrest_or_immigration # score: safety -2 # score: trust -2 # why: People who control others often use this exact threat. It makes her less safe and less likely to trust anyone. Tell her she is not in trouble.]
  -> talk_threat

=== talk_quiet ===
The interpreter passes it on. Mara signs the card slowly, in careful capitals.
She pushes the pen back. For a second she looks as if she might say something. # show: mara:guarded
Then she looks at the side door instead.
-> offer

=== talk_open ===
The interpreter passes on your words. Mara listens, then glances over her shoulder. # show: mara:guarded
OK. Quick. # speaker: mara
I'm fine. Victor is my manager. He books the hotels for work. # speaker: mara # indicator: hotel.confused_rehearsed_guest
We move every few nights. I keep everything in the bag. It's easier. # speaker: mara # indicator: hotel.few_possessions_long_stay
She says it flatly, like the weather, and signs the card.
Ten minutes ago, he called her his girlfriend. # discuss: Her story doesn't match his, and she sounds calm. What might that mean, and what would you do with it right now?
* [Point it out gently: "He said you were his girlfriend." # score: trust -1 # myth: myth.trauma_story_changes # why: Catching someone out makes it an interview. A changing story is often fear or coaching, not lying, and it is for trained people to hear the rest. Move on to what might help.]
  Mara's face goes still. # show: mara:anxious
  Manager. Girlfriend. What's the difference? # speaker: mara
  She looks at the side door.
  -> offer
* [Let it go. Nod, and move on to what might help her. # score: trust +1 # score: safety +1 # why: A flat voice and a story that doesn't match are common when someone is afraid or has been told what to say. Pointing it out puts her on the spot, with a minute to spare.]
  -> offer

=== talk_label ===
The interpreter pauses, then asks it. Mara goes very still. # show: mara:anxious
No. No. Nothing like that. # speaker: mara
I'm fine. I'll wait for Victor. # speaker: mara
-> step_away

=== talk_promise ===
The interpreter passes on your promise. Mara looks at you for a long moment. # show: mara:guarded
Everyone promises. # speaker: mara
She says nothing else. You will have to write tonight up, so the promise is already broken.
-> step_away

=== talk_threat ===
The interpreter hesitates before passing it on.
Mara's face closes. # show: mara:anxious
Police? # speaker: mara
She backs away from the desk and waits by the elevator, next to her bag.
-> threat_out

=== plain_english ===
-> victor_steps_out ->
You lean on the counter and speak slowly. # requires: hotline
Mara follows some words and not others.
Sorry. My English, not so good. # speaker: mara
She looks at the side door, then at the armchair.
-> plain_offer

=== wait_translate ===
-> victor_steps_out ->
Mara stands at the counter holding the pen. She doesn't write. She doesn't look at you.
Five minutes later the side door opens, and Victor is back. # sound: door_close # show: victor:calm
He leans in close and talks to her quietly, in a language you don't know.
He talks for a long time. She answers with one word.
She says the room is great and she's very happy. # speaker: victor
He taps the card where she should sign. She signs.
-> went_up

=== let_go ===
They go out through the side door together. Cold air follows them in. # sound: door_close # hide: victor # hide: mara
On the monitor, the gray hatchback pulls out of the bay. It parks again by the back fence, nose out.
Ten minutes later they are back. # show: victor:calm # show: mara:guarded
-> went_up

// ---------------------------------------------------------------- act

=== offer ===
# phase: act
Outside, a car door slams. He will be back any second. # sound: door_close
Dana still has Mara's ID card from the registration check. # discuss: You may have a minute alone with her. What would help her most, and what could put her at risk once he is back?
* ["If you ever want help, the desk is open all night. Come down and ask for me." # score: choice +1 # score: trust +1 # why: No pressure, and nothing for him to find, which is a fair trade. But it makes the hotel her only door, and she may never get a minute to come down alone.]
  -> desk_offer
* ["You don't have to go back to him. Come with me now, and I'll get you somewhere safe." # critical: detain_or_rescue # score: safety -2 # score: choice -2 # myth: myth.security_rescues # why: Pulling her away on your own plan can put her in danger the moment he returns, and it takes the choice from her. Offer help she can use when she decides.]
  -> rescue_try
* [Take a hotel map, mark a star by the coffee shop, and write a number beside it # score: peer_support +2 # score: choice +2 # why: A discreet way to reach trained advocates, with no pressure, lets Mara decide in her own time, and an ordinary map won't mark her out if he sees it.]
  -> map_taken
* ["Dana, keep her ID in the safe. Then he can't take it off her." # critical: take_documents # score: choice -2 # score: safety -1 # why: Her ID belongs to her. Keeping it, even to protect her, does what a controller does and leaves her to face him without it. Give it back to her.]
  -> keep_id
* ["Who are the men going up to 412? Tell me everything." # score: trust -2 # score: safety -1 # critical: interrogate_victim # why: Asking her about the men is an investigative interview, which belongs to trained people, and it frightens her into silence. You already have enough to report.]
  -> push_details

=== desk_offer ===
The interpreter passes it on. Mara nods, once, without looking up.
Dana slides the ID card across the counter to Mara herself.
-> back_declined

=== map_taken ===
You take a hotel map from the stand.
Beside it you write {hotline_phone} and {hotline_text}, like a note about opening times.
It's {hotline_name}. They help people{hotline_not_police:, and they're not the police}.{hotline_hours: They answer {hotline_hours}.} Yours if you want it. # speaker: officer
Dana slides the ID card across the counter to Mara herself. # show: dana:calm
I write a note of every shift. If I ever thought you were in danger right then, I'd call for help, and I'd tell you what I was doing. # speaker: officer
The interpreter passes it on. Mara looks at the map for a long moment.
Then she folds it small and pushes it up her sleeve.
If I make trouble, he calls my mother. He knows her address. # speaker: mara
She says it as if she were telling you the time.
Maybe. I don't know. # speaker: mara
The side door opens. Victor is back, bringing the cold in with him. # sound: door_close # show: victor:calm
All done, babe? # speaker: victor
He holds out his hand. Mara gives him her ID card.
They take the elevator up together, her bag in her hand. # sound: lift_chime # hide: victor # hide: mara
She did not ask for help. She did not say anything was wrong. But she has a number now, and the choice is hers.
# ending: card_taken; She took the map
In the armchair, the man picks up his phone.
-> file_report(-> epilogue_card)

=== rescue_try ===
You come round the desk and step in close, one hand held out to her.
Mara steps back fast. Her face is white. # show: mara:anxious
No. No. He will... # speaker: mara
The side door bangs open. Victor is back. He sees you close to her, and he sees her face. # sound: door_close # show: victor:impatient
We're leaving. Now. # speaker: victor
He walks her out through the side door into the parking lot. You stop in the doorway.
-> danger

=== keep_id ===
Dana hesitates, the card still in her hand. # show: dana:anxious
Are you sure? # speaker: dana
Mara's eyes go wide. # show: mara:anxious
No. Please. I need it. He will ask. # speaker: mara
The side door opens. Victor is back. # sound: door_close # show: victor:calm
Where's her ID? # speaker: victor
Security is holding on to it. # speaker: dana
His smile thins. He looks at Mara, and she looks at the floor. # show: victor:impatient
Then we'll check out. Hand it over. # speaker: victor
The hotel can't keep a guest's ID. Dana has to give it back. Victor takes it, not Mara.
Twenty minutes later they leave by the side door with the plastic bag. # sound: door_close # hide: victor # hide: mara
The armchair by the elevators is empty too. # hide: kos
# ending: left_together; They checked out before dawn
By three, both rooms are empty.
-> file_report(-> epilogue_left)

=== push_details ===
Mara steps back from the counter. # show: mara:anxious
I don't know them. I don't know anything. # speaker: mara
I'll wait for Victor. # speaker: mara
She goes to stand by her bag at the elevator, arms folded tight.
-> back_declined

=== step_away ===
# phase: act
She goes to stand by her bag at the elevator, arms folded tight.
-> back_declined

=== plain_offer ===
# phase: act
Outside, a car door slams. He will be back any second. # sound: door_close
* [Slide her ID card back to her, and say slowly that the desk is open all night if she needs anything # score: choice +1 # why: Her ID goes back to her own hand, and the offer is plain and safe. But the desk is the only door it opens, and he is never far from it.]
  Mara takes the card and holds it tight against her chest.
  OK. Thank you. # speaker: mara
* ["Is he hurting you? Is he a bad man? You can tell me." # score: trust -2 # score: safety -1 # why: Pressing, leading questions she can barely follow feel like pressure, and she may worry about what he will hear. Slow down, get an interpreter, and offer help without asking her to explain.]
  Mara steps back from the counter. # show: mara:anxious
  No. No problem. No problem. # speaker: mara
* [Write the number on a hotel map. Point: "Help. Your choice." # score: peer_support +1 # score: choice +1 # why: A quiet, written resource with no pressure still gives her an option. An interpreter would have let her ask what it was and decide with all the facts.]
  You draw a small star by the coffee shop and write {hotline_phone} beside it: {hotline_name}.
  Mara reads it. Then she reads it again.
  She slides the map back across the counter.
  No. Thank you. It's OK. # speaker: mara
  You leave the map by the pen, in case.
- She goes to stand by her bag at the elevator, arms folded tight.
-> back_declined

=== back_declined ===
The side door opens, and Victor comes back in. # sound: door_close # show: victor:calm
All sorted? # speaker: victor
Mara nods. They take the elevator up together. # sound: lift_chime # hide: victor # hide: mara
# ending: declined; She said no, for now
The man in the armchair goes back to his phone. The night carries on.
-> file_report(-> epilogue_declined)

=== threat_out ===
# phase: act
When Victor comes back, Mara goes straight to him and whispers. # sound: door_close # show: victor:impatient
He looks across at you for a long second. Then he smiles.
Change of plan, Dana. We'll check out. # speaker: victor
Twenty minutes later they leave by the side door with the plastic bag. The armchair is empty too. # sound: door_close # hide: victor # hide: mara # hide: kos
# ending: left_together; They checked out before dawn
By three, both rooms are empty.
-> file_report(-> epilogue_left)

=== checking_out ===
# phase: act
He sweeps the cards, the IDs and the cash back into his wallet.
We'll be gone before breakfast. Come on. # speaker: victor
He steers Mara to the elevator. She picks up her plastic bag on the way. # sound: lift_chime # hide: victor # hide: mara
In the armchair, the man is already on his phone. # indicator: hotel.lookout_hall_lobby_lot
Twenty minutes later they are back down. Victor heads for the side door. Mara follows with the bag. # show: victor:impatient # show: mara:anxious
* [Go to the side-door window for a look at the plate as they pull out # score: document +1 # score: safety -1 # why: The plate is worth having, but Victor sees you at the glass and knows the hotel is watching, which Mara may pay for. The parking lot camera can give you the plate.]
  You stand at the glass. Victor sees you as he opens the car door, and stops for a moment to look back.
  You get the plate as the car swings out of the bay.
* [Step in front of the side door so they can't leave # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Blocking adults from leaving is detaining them. It puts you and her in danger and can make things worse for her later. Let them go, and be a good witness.]
  You plant yourself in front of the door.
  Move, buddy. You've got no right. # speaker: victor
  He is right, and you know it. Mara stares at the floor. Her hands are shaking.
  You step aside. They walk out to the gray hatchback and drive away.
  You never saw the plate.
* [Keep back by the desk and write: times, clothes, the car # score: document +2 # score: safety +1 # why: You cannot stop adults from leaving, but exact times, descriptions and saved footage give the people who can act something real to work with.]
  You keep your distance and write as they go: times, clothes, the gray hatchback.
  Dana saves the camera footage from ten o'clock on. On the parking lot camera, the rear plate catches the light as the car swings out. You write it down.
- The armchair by the elevators is empty now. # hide: victor # hide: mara # hide: kos
# ending: left_together; They checked out before dawn
By three, both rooms are empty.
-> file_report(-> epilogue_left)

=== went_up ===
# phase: act
Victor scoops up the wallet, the IDs and the new key cards.
Mara picks up her plastic bag. They step into the elevator together. # sound: lift_chime
The doors close. The man in the armchair settles back with his phone. # hide: victor # hide: mara
Dana lets out a breath. So. What do we do with all that? # speaker: dana # show: dana:anxious
* [Keep it in your notebook for now, and write it up properly at the end of the shift # score: document +1 # score: report -1 # why: Your notes are good, but the control room can only act, or keep the camera footage, if they hear about it tonight. Post orders say to tell them now.]
  You write down the time, and everything you saw, in order.
* [Call {emergency_number} and ask for a patrol car to knock on 412 # score: choice -1 # score: safety -1 # why: Nobody is in immediate danger that you can see. Police at the door tonight could end in her arrest and warn whoever controls her. The control room decides with you what goes further.]
  The call taker asks what is happening right now. You tell them what you saw. They log it and say a car will come when one is free.
* [Radio the control room now, and ask them to keep the footage # score: report +2 # score: document +1 # action: supervisor # why: A cluster of signs, with the man who may control her close by, is what post orders send to the control room. They decide with you what goes further, and the footage is kept.]
  You give them rooms 412 and 414, the car and the man in the armchair.
  The control room answers at once. They mark the footage from ten o'clock on, and they will talk to the manager on duty about who else to tell.
  They ask you not to go up to the fourth floor, and to note who comes and goes.
- Twenty minutes later, another man lets himself in at the side door with a key card and takes the elevator to the fourth floor. # indicator: hotel.side_door_entry
# ending: no_contact; The elevator doors closed
Mara never got to speak for herself. You have your notes, and the rest of the night.
-> file_report(-> epilogue_nocontact)

=== follow ===
# phase: act
You let them get a few steps ahead, then follow them out through the side door. # sound: door_close
The parking lot is cold and badly lit. Victor glances back and sees you.
Problem, boss? # speaker: victor # show: victor:impatient
His voice is light. His face is not.
Mara stops and looks back at the hotel. # show: mara:anxious
My bag. My bag is inside. # speaker: mara
Leave it. We're going. # speaker: victor
-> danger

=== danger ===
He grabs Mara by the upper arm and pulls her toward his car. # requires: emergency # show: victor:impatient # show: mara:anxious
She leans back, away from him.
No. Wait. Please. # speaker: mara
She does not want to go. He is not letting go.
* [Run over and take hold of Mara's other arm # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: A tug of war can hurt her and you, and it can make him more dangerous. Call the emergency number, stay back, and watch.]
  -> pulled
* [Get behind the pillar and dial {emergency_number}: a man is forcing a woman toward a gray hatchback # score: safety +3 # score: report +2 # action: emergency # why: Someone is being forced toward a car against her will right now. That is an emergency, so call first, keep your distance, and be the best witness you can.]
  -> called_emergency
* [Shout "Let her go! I'm calling the police!" and dial {emergency_number} as you walk toward them # score: report +2 # action: emergency # score: safety -1 # why: Calling is right. But shouting and closing in tells him to get rough or get gone before you have the plate, and puts you within reach. Call from cover, and stay back.]
  Victor's head snaps round. He pulls Mara closer to the car.
  You stop a few steps short of them, the phone at your ear, and give the call taker the hotel's name.
  -> called_common
* [Get on the radio to {escalation_first} and ask whether to call it in # critical: no_emergency_call # score: safety -2 # why: When someone is being forced somewhere right now, the emergency call comes first. Tell your supervisor straight after.]
  -> radioed

=== called_emergency ===
You step back behind a pillar and call {emergency_number}.
You give the hotel's name and say what you see: a man forcing a woman toward a gray hatchback.
-> called_common

=== called_common ===
Victor sees the phone at your ear.
{variant == 2: -> called_he_stays}
He stops. Dana is in the side doorway now, her own phone in her hand. # show: dana:anxious
Victor lets go of Mara. He gets into the car alone and drives out fast. # hide: victor
As the car swings out, its rear license plate catches the light. You read it out to the call taker, and which way he turned.
Mara stands against the wall, rubbing her arm. She is shaking. # show: mara:anxious
-> called_after

=== called_he_stays ===
He does not let go. He smiles at you across the lot. # show: victor:calm
Call who you like. She's my girlfriend. We had a fight. # speaker: victor
He stands by the car, his hand still on her arm, and talks to her quietly. She stares at the ground.
You keep the line open and tell the call taker everything as it happens. You stay where you are.
Three minutes later, a patrol car turns into the lot. The officers speak to them one at a time, apart. # hide: victor
Victor talks and talks. Mara says almost nothing. # show: mara:anxious
-> called_after

=== called_after ===
You stay a few steps back and keep your voice low.
You're not in trouble with the hotel. Would you like to wait inside, where it's warm? # speaker: officer
Mara nods, once.
Dana brings her plastic bag and a cup of water. # show: mara:guarded
By the time anyone looks, the armchair by the elevators is empty. # hide: kos
Mara talks with a police officer and a support worker in the back office. You are not in the room.
You hand over your notes: the times, the car and its plate.
# ending: emergency; You called at once
At 3:40, Mara leaves with the support worker. You don't know what happens next. Your part tonight was the call.
-> file_report(-> epilogue_emergency)

=== pulled ===
You take hold of Mara's other arm.
Mara cries out, caught between the two of you. # show: mara:anxious
Victor twists her away, and you lose your grip.
He gets her into the car and pulls out fast. # sound: door_close # hide: victor # hide: mara
Only now do you call {emergency_number}. Your hands are shaking.
You can give the color and the make. The plate went by too fast.
In the lobby, the armchair by the elevators is empty. # hide: kos
# ending: car_left; The car drove away
The police take your statement. There is no sign of the car.
-> file_report(-> epilogue_carleft)

=== radioed ===
You key your radio. It takes {escalation_first} a few seconds to answer.
The first thing you hear back is: call {emergency_number}, now.
By the time you dial, the gray car has gone. You saw the color. You did not see the plate.
In the lobby, the armchair by the elevators is empty. # hide: victor # hide: mara # hide: kos
# ending: car_left; The car drove away
The police take your statement. There is no sign of the car.
-> file_report(-> epilogue_carleft)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_card ===
Two days later, the rooms on the fourth floor are empty. Nobody knows where they went.
Housekeeping finds a hotel map in the trash can of room 414. The corner with the number has been torn off.
-> aftermath

=== epilogue_declined ===
Two nights later, the rooms on the fourth floor are empty. Nobody knows where they went.
Saying no tonight does not mean no for ever. Many people need several chances before they reach out.
-> aftermath

=== epilogue_left ===
The checkout is logged at 2:50: cash, no forwarding address.
-> aftermath

=== epilogue_nocontact ===
At seven, the Do Not Disturb sign is still hanging on 412.
-> aftermath

=== epilogue_emergency ===
The next night, Dana asks if you've heard anything. You haven't. That is normal.
-> aftermath

=== epilogue_carleft ===
The police have your description of the car, but not the plate.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to the police. An officer calls the next day to check two facts with you.
- report_action == "police":
  Your report goes to the police, although no one was in immediate danger and nobody had asked for them.
- report_action == "hotline":
  Later that week, {escalation_first} mentions that an advocate from {hotline_name} followed up on your report with the hotel. Nobody tells you more.
- report_action == "supervisor":
  At the morning handover, {escalation_first} reads your report and says they will take it from there.
- report_action == "log":
  Your report goes into the shift log. Nobody calls about it.
- else:
  Nothing about tonight goes into the log. By the next shift, the details are already fading.
}
Your shift ends at seven.
-> END
