# grammar: 1
# id: hotel.night_lobby
# title: Night shift: the lobby
# setting: hotel
# summary: A quiet night at a city hotel. A friendly guest pays cash for two more nights, and the young woman with him hardly says a word. Notice what you can, keep everyone safe, and pass it on the right way.
# minutes: 10
# variants: 2
# situation: sex_trafficking
# minor: no
# content_note: This story involves the possible sexual exploitation of an adult. No violence is shown, though on one path a man pulls a woman by the arm. You can step out at any time.
# focus: Spotting a cluster of signs, making a safe private moment, and offering help without pressure
# character: dana; Dana; The night auditor at the front desk, in her fifties, with reading glasses on a cord. Your colleague tonight.
# character: mara; Mara; A guest in her twenties in a thin grey top, with no coat.
# character: victor; Victor; A man in his forties in a good wool coat, with an easy smile.
# character: kos; Kos; A man in his thirties in a dark jacket, sitting in the lobby armchair that faces the lifts.
# distractor: not.speaks_other_language
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# distractor: not.young_couple
# teaches: myth.would_ask_for_help
# teaches: myth.security_rescues
# teaches: myth.ask_directly
# teaches: myth.all_or_none_sex_work

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Global tags must stay above the INCLUDE lines, or inkjs stops treating them as global.
// - Choice tags go inside the square brackets; tags after the bracket land on the next line instead.
// - Observation is a walk with one look per stop. A free-order hub of six or more hotspots
//   multiplies the number of paths far beyond what the story checker can play.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hotel_lobby_night
# ambience: lobby_night
# show: dana:calm
Ten past one in the morning. You are on nights for {org_name} at the Harbour Lane Hotel.
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
* ["I'll go up and knock on 412. Find out what's going on." # score: safety -2 # myth: myth.security_rescues # why: A knock at one in the morning with no welfare reason warns whoever is in control, and the person inside may pay for it. Watching quietly and reporting keeps everyone safer.]
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
* [Check the car park camera on the CCTV monitor # observe: cctv_monitor # reveals: hotel.plates_hidden_reverse_parked]
  A dark grey hatchback sits in the loading bay.
  It is backed in, nose out, its rear tight to the wall. You can't read the plate.
* [Walk on into the lobby]
- -> lobby_floor

=== lobby_floor ===
Out on the lobby floor, a few people are still up.
You can stop by one thing without it looking odd.
* [Look at the man in the armchair # observe: lobby_armchair # reveals: hotel.lookout_hall_lobby_lot]
  He is in his thirties. His coat is still on, and a phone lies face down on his knee.
  His chair faces the lifts, not the TV.
  Evening. Just waiting for a friend. # speaker: kos
  Dana said he came in at nine and hasn't ordered a thing. Each time the lift opens, he looks up.
* [Look at the traveller asleep on the sofa # observe: sofa_traveller # reveals: nothing]
  A traveller sleeps with their head on a big backpack. Their jacket is worn thin at the elbows.
  They came in off a late flight. A ticket for the 5:10 airport shuttle pokes out of a pocket.
  Nothing else here.
* [Look at the guest on the phone by the window # observe: window_caller # reveals: nothing]
  A guest walks up and down by the window, talking on the phone in another language. Now and then they laugh.
  A conference badge hangs from their neck. It is daytime wherever they are calling.
  Nothing else here.
* [Check the side door to the car park # observe: side_door # reveals: hotel.side_door_entry]
  The side door is propped open with a rubber wedge. Cold air creeps in.
  Dana mentioned it keeps getting wedged. Some of tonight's visitors to the fourth floor came in this way and never passed the desk.
  You kick the wedge free and let the door close. That part is routine. You note the time.
* [Head back to the desk]
- -> arrival

=== arrival ===
You are back beside the desk when the lift chimes. # sound: lift_chime
A man and a young woman step out. # show: victor:calm # show: mara:guarded
He wears a good wool coat and a wide smile. She wears a thin grey top and no coat.
She carries a plastic carrier bag. She sets it down by the lift and follows him.
At the desk he lays out a wallet, two ID cards and a stack of key cards.
In the armchair, the man lowers his phone.
{variant == 2: When the lift opens, Mara's eyes go to the armchair before anything else.}
* [Glance at the things on the counter # observe: keycards # reveals: hotel.companion_holds_id_money_keys]
  Two ID cards, his and hers, next to his wallet. Key cards for both rooms.
  Everything sits on his side of the counter. Her hands are empty.
* [Glance at the bag by the lift # observe: plastic_bag # reveals: hotel.few_possessions_long_stay]
  One thin carrier bag. A hairbrush and a folded top show at the top.
  Six nights at the hotel, and this looks like everything she has.
* [Step up beside Dana]
- -> desk

// ---------------------------------------------------------------- talk

=== desk ===
# phase: talk
{variant == 2: Evening. We're in a hurry. # speaker: victor # show: victor:impatient|Dana! My favourite night owl. # speaker: victor}
Evening, Mr Marsh. # speaker: dana
Victor, please. Both rooms again tonight. Cash, as always. # speaker: victor # indicator: hotel.cash_prepaid_multiple_rooms
And two more key cards for 414. People keep losing them. # speaker: victor # indicator: hotel.room_location_and_keys_requests # discuss: Who does the talking, and who holds the key cards and the ID? Could any one of these signs have an ordinary explanation?
Oh, and is anything free on the ground floor? Near the side door would be great. Easier for the car. # speaker: victor
The young woman stands a step behind him, arms wrapped tight around herself. # indicator: hotel.guest_injured_deprived
It is close to freezing outside. Her eyes keep closing, then snapping open.
Dana smiles past him at her.
Is everything all right with your room? # speaker: dana
{variant == 2: She's fine. She's my cousin. She doesn't talk much. # speaker: victor|All perfect. This is Mara, my girlfriend. She's a bit shy. # speaker: victor}
Mara looks at the floor. She has not said a word. # show: mara:anxious # requires: hotline
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
Forcing her? She's my girlfriend, mate. We're on holiday. # speaker: victor
Actually, forget the extra night. # speaker: victor
-> checking_out

=== car_moment ===
Dana counts the cash and codes the key cards. There is no free room on the ground floor.
Is that grey car in the loading bay yours? The bakery van comes at five. It'll need moving. # speaker: dana
Sure thing. Come on, Mara. # speaker: victor
He reaches for her elbow. She turns toward the side door. # show: mara:guarded
* ["Dana, this is a cash booking. Doesn't every guest sign the registration card in person?" # score: safety +2 # score: collaboration +1 # why: A routine rule that applies to every guest gives Mara a minute away from him without showing suspicion, and working through Dana keeps it ordinary.]
  -> pretext
* [Follow them out to the car park to get a good look at the car # score: safety -2 # why: Following a possible controller puts you at risk and warns him. The camera can show you the car, so stay where you are and keep things calm.]
  -> follow
* [Stay at the desk and let them go # score: choice -1 # why: There was a safe, routine way to give Mara a private minute. Without it, she never gets the chance to hear that help exists.]
  -> let_go

=== pretext ===
That's right. Every adult on a cash booking signs in person. Hotel rule. # speaker: dana
She picks Mara's ID card out of the pile to check it, and slides a card and a pen toward her. # indicator: hotel.companion_holds_id_money_keys
You go and move the car, Mr Marsh. This only takes a minute. # speaker: dana
Victor looks at the card. Then at you. Then the smile comes back. # show: victor:calm
Fine. Two minutes. # speaker: victor
Her English isn't great, though. Don't let her sign anything till I'm back. I'll translate. # speaker: victor
* ["No need to wait. We use a phone interpreter for guests. It only takes a minute." # score: culture +2 # score: safety +1 # why: A professional interpreter who knows no one here lets Mara speak for herself. A companion who translates decides what she says.]
  Suit yourself. # speaker: victor
  -> interpreter
* ["OK, we'll wait for you to translate." # critical: companion_as_interpreter # score: culture -2 # why: If he translates, every word goes through him, and she cannot say anything he would not like. Offer a professional interpreter line instead.]
  -> wait_translate
* ["No need. We'll manage in English." # score: culture -1 # why: Simple English may leave Mara unable to ask questions or follow what you offer. A phone interpreter would let her speak for herself.]
  Suit yourself. # speaker: victor
  -> plain_english

=== victor_steps_out ===
Victor heads out through the side door, keys in hand. # sound: door_close # hide: victor
On the way past, he catches the eye of the man in the armchair. The man shifts so he can see the desk. # show: kos:guarded # indicator: hotel.lookout_hall_lobby_lot
->->

=== interpreter ===
-> victor_steps_out ->
Dana shows Mara a card that says "I speak..." in forty languages. Mara points to one line.
Dana dials the interpreter service and puts the phone on speaker, turned low.
A calm voice greets Mara in her own language. Her shoulders drop a little.
You stand so Mara has her back to the armchair. To anyone watching, this is paperwork.
* ["I'm with hotel security. I'm not the police. You're not in trouble, and you don't have to answer anything. Is it OK to talk for a minute?" # score: trust +2 # score: safety +1 # why: Saying who you are, what you are not, and that she can stay silent gives Mara control. Asking if it is OK to talk puts her safety first.]
  -> talk_open
* ["Are you being trafficked? You can tell me." # critical: labelling_question # score: trust -2 # myth: myth.ask_directly # why: Most people in her position would say no to that word, and it can sound like an accusation. Gentle, open safety questions and a quiet offer of help work better.]
  -> talk_label
* ["Whatever you tell me stays at this desk. No police. I promise." # critical: promise_cannot_keep # score: trust -2 # why: You may have to pass on what you learn, and you cannot control what others do. Be honest about what you can and cannot do instead.]
  -> talk_promise
* ["If you don't tell me what's going on, you could get arrested." # critical: threaten_arrest_or_immigration # score: safety -2 # score: trust -2 # why: People who control others often use this exact threat. It makes her less safe and less likely to trust anyone. Tell her she is not in trouble.]
  -> talk_threat

=== talk_open ===
The interpreter passes on your words. Mara listens, then glances over her shoulder. # show: mara:guarded
OK. But quick. He'll be back. # speaker: mara
I'm fine. Victor is my manager. He books the hotels for work. # speaker: mara # indicator: hotel.confused_rehearsed_guest
It sounds like something she has said before. Ten minutes ago, he called her his girlfriend. You let it go.
Sorry, which city is this? We move a lot. # speaker: mara
That man in the chair is Victor's friend. He watches. # speaker: mara # indicator: hotel.lookout_hall_lobby_lot
She says it flatly, like the weather.
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
She backs away from the desk and waits by the lift, next to her bag.
-> threat_out

=== plain_english ===
-> victor_steps_out ->
You lean on the counter and speak slowly.
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
Ten minutes later they are back. # show: victor:calm # show: mara:guarded
-> went_up

// ---------------------------------------------------------------- act

=== offer ===
# phase: act
Outside, a car door slams. He will be back any second. # sound: door_close
Dana still has Mara's ID card from the registration check. # discuss: You may have a minute alone with her. What would help her most, and what could put her at risk once he is back?
* ["I'll mark a number on this map, by the coffee shop. It's {hotline_name}. They help people{hotline_not_police:, and they're not the police}.{hotline_hours: They answer {hotline_hours}.} Take it or leave it. It's your choice." # score: peer_support +2 # score: choice +2 # why: A discreet way to reach trained advocates, with no pressure, lets Mara decide in her own time, and an ordinary map won't mark her out if he sees it.]
  -> map_taken
* ["You don't have to go back to him. Come with me now, and I'll get you somewhere safe." # critical: detain_or_rescue # score: safety -2 # score: choice -2 # myth: myth.security_rescues # why: Pulling her away on your own plan can put her in danger the moment he returns, and it takes the choice from her. Offer help she can use when she decides.]
  -> rescue_try
* ["Dana, keep her ID in the safe. Then he can't take it off her." # critical: take_documents # score: choice -2 # score: safety -1 # why: Her ID belongs to her. Keeping it, even to protect her, does what a controller does and leaves her to face him without it. Give it back to her.]
  -> keep_id
* ["Who are the men going up to 412? Tell me everything." # score: trust -2 # score: safety -1 # critical: interrogate_victim # why: Digging for details is investigating, which is not your job, and it frightens her into silence. You already have enough to report.]
  -> push_details

=== map_taken ===
You take a hotel map from the stand and draw a small star by the coffee shop.
Beside it you write {hotline_phone} and {hotline_text}, like a note about opening times.
Dana slides the ID card across the counter to Mara herself. # show: dana:calm
I write a note of every shift. If I ever thought you were in danger right then, I'd call for help, and I'd tell you what I was doing. # speaker: officer
The interpreter passes it on. Mara looks at the map for a long moment.
Then she folds it small and pushes it up her sleeve.
Maybe. I don't know. # speaker: mara
The side door opens. Victor is back, bringing the cold in with him. # sound: door_close # show: victor:calm
All done, babe? # speaker: victor
He holds out his hand. Mara gives him her ID card.
They take the lift up together, her bag in her hand. # sound: lift_chime # hide: victor # hide: mara
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
He walks her out through the side door into the car park. You stop in the doorway.
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
The armchair by the lifts is empty too. # hide: kos
# ending: left_together; They checked out before dawn
By three, both rooms are empty.
-> file_report(-> epilogue_left)

=== push_details ===
Mara steps back from the counter. # show: mara:anxious
I don't know them. I don't know anything. # speaker: mara
I'll wait for Victor. # speaker: mara
She goes to stand by her bag at the lift, arms folded tight.
-> back_declined

=== step_away ===
# phase: act
She goes to stand by her bag at the lift, arms folded tight.
-> back_declined

=== plain_offer ===
# phase: act
Outside, a car door slams. He will be back any second. # sound: door_close
* [Write the number for {hotline_name} on a hotel map, point to it and say slowly, "Help.{hotline_not_police: Not police.}{hotline_hours: Day or night.} Your choice." # score: peer_support +1 # score: choice +1 # why: A quiet, written resource with no pressure still gives her an option. An interpreter would have let her ask what it was and decide with all the facts.]
  You draw a small star by the coffee shop and write {hotline_phone} beside it.
  Mara reads it. Then she reads it again.
  She slides the map back across the counter.
  No. Thank you. It's OK. # speaker: mara
  You leave the map by the pen, in case.
* ["Is he hurting you? Is he a bad man? You can tell me." # score: trust -2 # score: safety -1 # why: Pressing, leading questions she can barely follow feel like pressure, and she may worry about what he will hear. Slow down, get an interpreter, and offer help without asking her to explain.]
  Mara steps back from the counter. # show: mara:anxious
  No. No problem. No problem. # speaker: mara
- She goes to stand by her bag at the lift, arms folded tight.
-> back_declined

=== back_declined ===
The side door opens, and Victor comes back in. # sound: door_close # show: victor:calm
All sorted? # speaker: victor
Mara nods. They take the lift up together. # sound: lift_chime # hide: victor # hide: mara
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
He steers Mara to the lift. She picks up her plastic bag on the way. # sound: lift_chime # hide: victor # hide: mara
In the armchair, the man is already on his phone. # indicator: hotel.lookout_hall_lobby_lot
Twenty minutes later they are back down. Victor heads for the side door. Mara follows with the bag. # show: victor:impatient # show: mara:anxious
* [Stay back, note the time, their clothes and which way they go, and ask Dana to save the CCTV # score: document +2 # score: safety +1 # why: You cannot stop adults from leaving, but exact times, descriptions and saved footage give the people who can act something real to work with.]
  You keep your distance and write as they go: times, clothes, the grey hatchback.
  As the car swings out of the bay, its rear plate catches the light. You write it down.
  Dana saves the camera footage from ten o'clock on.
* [Step in front of the side door so they can't leave # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Blocking adults from leaving is detaining them. It puts you and her in danger and can make things worse for her later. Let them go, and be a good witness.]
  You plant yourself in front of the door.
  Move, mate. You've got no right. # speaker: victor
  He is right, and you know it. Mara stares at the floor. Her hands are shaking.
  You step aside. They walk out to the grey hatchback and drive away.
  You never saw the plate.
- The armchair by the lifts is empty now. # hide: victor # hide: mara # hide: kos
# ending: left_together; They checked out before dawn
By three, both rooms are empty.
-> file_report(-> epilogue_left)

=== went_up ===
# phase: act
Victor scoops up the wallet, the IDs and the new key cards.
Mara picks up her plastic bag. They step into the lift together. # sound: lift_chime
The doors close. The man in the armchair settles back with his phone. # hide: victor # hide: mara
You write down the time.
Twenty minutes later, another man lets himself in at the side door with a key card and takes the lift to the fourth floor. # indicator: hotel.side_door_entry
# ending: no_contact; The lift doors closed
Mara never got to speak for herself. You have your notes, and the rest of the night.
-> file_report(-> epilogue_nocontact)

=== follow ===
# phase: act
You let them get a few steps ahead, then follow them out through the side door. # sound: door_close
The car park is cold and badly lit. Victor glances back and sees you.
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
* [Step back, call {emergency_number} now, and keep watching from a safe distance # score: safety +3 # score: report +2 # action: emergency # why: Someone is being forced toward a car against her will right now. That is an emergency, so call first, keep your distance, and be the best witness you can.]
  -> called_emergency
* [Grab Mara's other arm and pull her back # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: A tug of war can hurt her and you, and it can make him more dangerous. Call the emergency number, stay back, and watch.]
  -> pulled
* [Radio {escalation_first} and wait to be told what to do # critical: no_emergency_call # score: safety -2 # why: When someone is being forced somewhere right now, the emergency call comes first. Tell your supervisor straight after.]
  -> radioed

=== called_emergency ===
You step back behind a pillar and call {emergency_number}.
You give the hotel's name and say what you see: a man forcing a woman toward a grey hatchback.
Victor sees the phone at your ear. He stops.
Dana is in the side doorway now, her own phone in her hand. # show: dana:anxious
Victor lets go of Mara. He gets into the car alone and drives out fast. # hide: victor
As the car swings out, its rear plate catches the light. You read it out to the call taker, and which way he turned.
Mara stands against the wall, rubbing her arm. She is shaking. # show: mara:anxious
You stay a few steps back and keep your voice low.
I'm with hotel security. You're not in trouble. Police are on their way. Would you like to wait inside, where it's warm? # speaker: officer
Mara nods, once.
Dana brings her plastic bag and a cup of water. # show: mara:guarded
When the police arrive, the armchair by the lifts is empty. # hide: kos
Mara talks with a police officer and a support worker in the back office. You are not in the room.
You hand over your notes: the times, the plate and the way he drove.
# ending: emergency; He drove off alone
At twenty to four, Mara leaves with the support worker. You don't know what happens next. Your part tonight was the call.
-> file_report(-> epilogue_emergency)

=== pulled ===
You take hold of Mara's other arm.
Mara cries out, caught between the two of you. # show: mara:anxious
Victor twists her away, and you lose your grip.
He gets her into the car and pulls out fast. # sound: door_close # hide: victor # hide: mara
Only now do you call {emergency_number}. Your hands are shaking.
You can give the colour and the make. The plate went by too fast.
In the lobby, the armchair by the lifts is empty. # hide: kos
# ending: car_left; The car drove away
The police take your statement. There is no sign of the car.
-> file_report(-> epilogue_carleft)

=== radioed ===
You key your radio. It takes {escalation_first} a few seconds to answer.
The first thing you hear back is: call {emergency_number}, now.
By the time you dial, the grey car has gone. You saw the colour. You did not see the plate.
In the lobby, the armchair by the lifts is empty. # hide: victor # hide: mara # hide: kos
# ending: car_left; The car drove away
The police take your statement. There is no sign of the car.
-> file_report(-> epilogue_carleft)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_card ===
Two days later, the rooms on the fourth floor are empty. Nobody knows where they went.
Housekeeping finds a hotel map in the bin of room 414. The corner with the number has been torn off.
-> aftermath

=== epilogue_declined ===
Two nights later, the rooms on the fourth floor are empty. Nobody knows where they went.
Saying no tonight does not mean no for ever. Many people need several chances before they reach out.
-> aftermath

=== epilogue_left ===
The checkout is logged at ten to three: cash, no forwarding address.
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
  Your report goes to the police. An officer rings the next day to check two facts with you.
- report_action == "police":
  Your report goes to the police, although no one was in immediate danger and nobody had asked for them.
- report_action == "hotline":
  Later that week, {escalation_first} mentions that an advocate from {hotline_name} followed up on your report with the hotel. Nobody tells you more, and that is how it should be.
- report_action == "supervisor":
  At the morning handover, {escalation_first} reads your report and says they will take it from there.
- report_action == "log":
  Your report goes into the shift log. Nobody calls about it.
- else:
  Nothing about tonight goes into the log. By the next shift, the details are already fading.
}
Your shift ends at seven.
-> END
