# grammar: 1
# id: store.directed_shoplifting
# title: Day shift: razors to order
# setting: store
# summary: A young man keeps taking razors and perfume from a department store, and someone waits outside every time. Follow store policy, keep everyone safe, and notice whether he is stealing for someone else.
# minutes: 10
# situation: labour_trafficking
# minor: no
# content_note: This story involves a young adult man who may be forced to steal by someone who controls him. It mentions threats, and on one path a man shouts threats through a door. No violence is shown. You can step out at any time.
# focus: Seeing a shoplifter as a possible victim, keeping the man outside unaware, and a private talk with the right words
# variants: 2
# character: ren; Ren; The store's loss-prevention lead, a woman in her fifties with short gray hair and a radio on her belt. Your colleague today.
# character: jordan; Jordan; A thin young man of about twenty in a gray tracksuit, with a bandage on his left hand.
# character: wes; Wes; A broad man in his thirties in a black jacket and cap, who waits outside by a silver car.
# character: gloria; Gloria; The fitting-room attendant, in her sixties, with glasses and a tape measure round her neck.
# distractor: not.cheap_clothes
# distractor: not.any_tattoo
# distractor: not.tired_or_shy
# teaches: myth.offender_not_victim
# teaches: myth.only_women
# teaches: myth.only_foreigners
# teaches: myth.ask_directly
# teaches: myth.movement_required
# teaches: myth.trauma_story_changes

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Observation is a short walk: one look per stop, three stops, like night-lobby.ink.
// - If the man outside sees the stop (door_stop, loud_stop), he comes in after Jordan (office_seen).
// - Variant 1: Jordan is slow and flat, Wes waits in the car. Variant 2: Jordan is jumpy and sharp,
//   Wes waits leaning on the car. Same signs, same choices.
// - While the watcher is outside, "let him go today and report" is defensible (`requires: supervisor`,
//   a middle rung); once Jordan has been stopped and spoken to in the office, the situation calls for
//   the hotline referral with the supervisor (`requires: hotline`), as post orders say for an adult.
// - The phone-checking at the cosmetics counter stays ambiguous (`ambiguous`): a young man waiting on a
//   lift checks his phone too. Naming the phone in the office (`resolves`) settles it: someone is
//   waiting on him, and will be angry.
// - Disclosure is partial and slow: one question gets a debt and a fear, not the whole story.
//   His account of the hand changes (a trauma response the debrief explains).
// - Calling the emergency number does not make Wes leave; he stays until police come.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: store_sales_floor
# ambience: store_floor
# show: ren:calm
Tuesday, five past nine in the morning. You are on the day shift for {org_name} at Brook and Hale, a department store.
The doors opened five minutes ago.
Ren, the loss-prevention lead, walks over with a tablet.
Razors and perfume again. That's three times this week. # speaker: ren
Same young man every time. Grey tracksuit. In just after we open, gone ten minutes later. # speaker: ren
He came in two minutes ago. He's at cosmetics now. # speaker: ren
You know the policy. I make any stop, not you. # speaker: ren
I have to see him take it, keep him in sight, and see him walk past the last till without paying. # speaker: ren
Then I ask him to come to the office. Nobody grabs anybody. # speaker: ren
+ ["Got it. I'll watch him, and whoever is around him." # score: observe +1 # why: People who steal to order rarely work alone. Watching who waits, who calls and who watches is how you notice that someone may be directing him.]
  Good. That's what I need. # speaker: ren
+ ["Another thief. Let's make sure he's charged this time." # score: observe -1 # myth: myth.offender_not_victim # why: Deciding he is just an offender before you know anything can blind you to signs that someone is making him steal. Keep an open mind and watch.]
  Maybe. Let's see what we see first. # speaker: ren # show: ren:guarded
- I'll be on the cameras in the office. Talk to me on the radio. # speaker: ren
She walks off toward the back of the store. # hide: ren
-> floor

// ---------------------------------------------------------------- observe

=== floor ===
# phase: observe
# show: jordan:guarded
You pick up a price gun and drift toward cosmetics. Walk slowly. Look, but don't stare.
You have time for one good look before he moves on.
+ [Look at the young man at the cosmetics counter # observe: cosmetics_counter # reveals: retail.regular_same_clothes_unwell # ambiguous: retail.directed_shoplifting_orc]
  He is about twenty, and thin. It is the same gray tracksuit as in Monday's footage, with the same stain on the knee.
  He coughs into his sleeve. It is a deep, wet cough. His face is gray and damp.
  He checks his phone every few seconds, and each time he looks toward the front doors.
  Ren's notes say he only ever comes in at odd times: right after opening, or just before close.
+ [Ask Ren on the radio what the ceiling camera shows # observe: cctv_dome # reveals: retail.directed_shoplifting_orc]
  Ren answers quietly.
  He's reading a list on his phone. Razors, then the big perfume, then razors again. # speaker: ren
  His phone just lit up. He read it, put back a small box and took a big one. # speaker: ren
  It's like someone is shopping through him. # speaker: ren
+ [Look at the line at the registers # observe: tills # reveals: nothing]
  An older man pays for six packs of batteries and a bag of toffees, all in coins. # sound: till_beep
  He tells the cashier they're for his grandson's remote-control car. Nothing else here.
- {variant == 2: He glances up at you, then away, fast. His knee jiggles.|He doesn't look up. He moves slowly, as if every step costs him something.}
He turns his back to the counter. When he turns round, his hands are empty and the front of his top is fuller.
He picks two T-shirts off a rail and heads for the fitting rooms. # hide: jordan
-> front

=== front ===
He's in the fitting rooms. Gloria's got the counter. Check the front before he comes out. # speaker: ren
You walk the long way round, past the restrooms and up to the front doors. One stop won't look odd.
+ [Look at the restroom corridor # observe: restroom_corridor # reveals: retail.hotline_signage_removed]
  By the restroom door there is a small sticker for {hotline_name}. Or there was.
  Someone has scratched out the number with a key. Only the top line is left: "Is someone making you do things you don't want to?"
  The cleaning log on the door says: new sticker, Friday. It is the third one this month.
+ [Look out of the front window at the car park # observe: car_park_window # reveals: retail.watcher_outside]
  A silver hatchback sits in the pick-up bay with its engine running.
  {variant == 2: A broad man in a cap leans on its hood, smoking. He isn't waiting for a lift. He is watching the doors.|A broad man in a cap sits at the wheel. He isn't reading or on a call. He is watching the doors.}
  He checks his phone, then his watch, then the doors again.
+ [Look at the exit gates # observe: exit_gates # reveals: nothing]
  The gates beep as a woman with a stroller walks through. # sound: door_slide
  She stops, laughs, and pulls a baby vest out of her bag. She paid for it, but the tag is still on.
  A cashier takes it off for her. Nothing else here.
- -> fitting

=== fitting ===
# bg: store_fitting_rooms
# show: gloria:calm
The fitting rooms are at the back, next to the loss-prevention office.
Gloria is folding tops at her counter. The curtain of the end cubicle is drawn. Paper rustles behind it.
You can take one look while he is inside.
+ [Have a word with Gloria at her counter # observe: attendant_counter # reveals: retail.discreet_help_seeking]
  Gloria keeps folding. She talks without looking up.
  He asked me what town this is. Can you believe that? # speaker: gloria
  Then he asked if the staff toilet has a lock. Somewhere nobody walks in. # speaker: gloria
  I said it's staff only. He said sorry, like he meant it. # speaker: gloria
+ [Look through the window of the loss-prevention office # observe: lp_office_window # reveals: retail.matching_tattoos_group]
  On Ren's screen is Monday's footage, stopped on one frame.
  Three young men at a till: this one in the gray tracksuit, and two others.
  Ren has zoomed in on their hands. Each has the same small mark on the back of the right hand: a black crown over two letters.
  A tattoo on its own means nothing. The same mark on three young men who come in together is worth writing down.
+ [Glance at the full-length mirror # observe: mirror # reveals: retail.directed_shoplifting_orc]
  The mirror shows the gap under the end cubicle's curtain.
  Empty razor boxes lie on the floor. A shopping bag sits open next to them. Its inside is lined with silver foil.
  Foil can stop the exit gates from picking up the tags. Someone showed him how to do this.
- The curtain slides back. He comes out and hands Gloria the two T-shirts. # show: jordan:guarded
He mumbles that they didn't fit.
The shopping bag is under his arm now, zipped shut. He walks toward the front of the store.
I saw him take them at cosmetics. He hasn't paid. I'll stop him once he's past the last till. # speaker: ren
Gloria picks up the T-shirts and turns back to her folding. # hide: gloria
-> stop

// ---------------------------------------------------------------- talk

=== stop ===
# phase: talk
# bg: store_sales_floor
# requires: supervisor
# show: jordan:guarded
He walks past the last till without stopping. Ren comes out from the back and follows, ten steps behind. # show: ren:calm # discuss: A theft is happening. Have you seen anything that suggests someone else is directing it?
Outside, the man by the silver car straightens up and watches the doors. # indicator: retail.watcher_outside
His phone buzzes. He reads it and walks faster.
I'll stop him just outside the doors, like always. # speaker: ren
+ [Go out to the car and ask the man what he's waiting for # critical: confront_controller # score: safety -2 # why: Challenging the man who may control Jordan warns him and puts Jordan, and you, at risk. Note the car and the plate through the window and keep the stop calm and out of sight.]
  -> car_confront
+ [Shout "Stop right there!" and step in front of the doors # critical: suspicion_in_front_of_controller # score: safety -2 # why: A loud stop in the doorway, in full view of the man outside, tells him Jordan was caught and that staff are onto him. Jordan may pay for that later. Keep stops quiet and out of sight.]
  -> loud_stop
+ [Let Ren stop him outside the doors, as usual # score: safety -1 # why: The usual spot is fine for most stops. Today someone outside is watching the doors, and a stop he can see may put Jordan in danger later. Move the stop out of his sight, or skip it.]
  -> door_stop
+ [Radio Ren: "Stop him inside, behind the display, where the car can't see." # score: safety +2 # score: collaboration +1 # why: A stop out of sight of the man outside keeps him from learning that Jordan was caught, and gives you a private moment to offer help. It is still a risk: if Jordan is late, the man may notice anyway.]
  -> quiet_stop
+ [Radio Ren: "Don't stop him today. He's being watched. Let him go, and we'll get the plate and tell the control room." # score: safety +1 # score: document +1 # action: supervisor # why: With the man who may control him watching, not intervening is the safe, sourced choice: nobody is tipped off and nobody is hurt. The cost is that Jordan leaves without hearing that help exists.]
  -> let_go

=== let_go ===
Ren pauses on the radio. # show: ren:guarded
Your call. It's only razors. # speaker: ren
Jordan walks through the gates. The alarm stays silent: the foil works. He gets into the silver car without looking back. # hide: jordan # sound: door_slide
# phase: act
You stand at the front window with a price gun, as if checking a sign, and read the plate as the car pulls out.
Ren saves the footage from nine o'clock on. You radio {escalation_first}: a young man stealing to order, the same man watching every time, the car, the plate, three visits this week.
They'll pass it to the police team that handles retail crime, and talk to you about the hotline at handover. # speaker: ren
# ending: let_go; Let go, and reported
-> file_report(-> epilogue_let_go)

=== quiet_stop ===
Good call. # speaker: ren
Ren speeds up and draws level with him between the last till and the gates, behind a tall display.
Excuse me. I'm from the store. I think there's something in your bag you haven't paid for. Will you come to the office with me? # speaker: ren
He stops. He looks at the doors, then at the floor.
OK. I'm Jordan. # speaker: jordan
Through the window, the man by the car is still watching the doors. He saw nothing.
-> office

=== door_stop ===
The young man goes through the gates. Ren steps out after him onto the sidewalk.
Excuse me. I'm from the store. Will you come back inside with me? # speaker: ren
In the pick-up bay, the man by the silver car has seen it all. He pulls out his phone. # show: jordan:anxious
He comes back in with Ren. He is white in the face.
-> office_seen

=== loud_stop ===
Stop right there! # speaker: officer
Shoppers turn. The young man freezes in the doorway. # show: jordan:anxious
In the pick-up bay, the man by the silver car has seen it all. He pulls out his phone.
Ren reaches you, breathing hard, and speaks to him quietly.
I'm from the store. Come to the office with me, please. # speaker: ren
He goes with her without a word. He doesn't look at you.
-> office_seen

=== car_confront ===
You walk out through the gates to the silver car. # sound: door_slide
The man looks at you, then past you at the doors.
Waiting for my cousin. That a problem? # speaker: wes # show: wes:impatient
He says something short into his phone. Then he drives out of the bay, fast. # hide: wes
Inside, the young man has seen it all through the glass. He drops the bag by the gates and walks straight out the other way. # show: jordan:anxious
Ren stops at the doors. Policy says she does not chase. # show: ren:guarded
-> car_gone

// ---------------------------------------------------------------- the office

=== office ===
# bg: store_fitting_rooms
# ambience: store_backoffice
# requires: hotline
# show: gloria:calm
# show: ren:calm
Ren walks Jordan to the loss-prevention office, past the fitting rooms. Gloria watches them go.
In the office, Ren offers him the chair nearest the door. She leaves the door open a crack.
He puts the bag on the desk himself. Inside are eight packs of razor blades and two big boxes of perfume. The bag is lined with foil. # indicator: retail.directed_shoplifting_orc
There is a dirty bandage on his left hand. He keeps it out of sight, and he won't look up. # indicator: retail.injuries_avoids_eye_contact
His phone buzzes in his pocket. He flinches. It buzzes again.
I write up every stop. That's policy. What happens next is partly up to the store manager. # speaker: ren
But I'd like to hear from you first. # speaker: ren
Ren looks at you. You speak first.
+ ["You're on camera. Police are on their way and you'll be charged, unless you tell us who's in that car." # critical: threaten_arrest_or_immigration # myth: myth.offender_not_victim # score: safety -2 # score: trust -2 # why: People who control others use this exact threat to keep them quiet. Hearing it from you proves them right. Tell him he is not being rushed, and that you can listen.]
  -> talk_threat
+ ["You look worried about that phone more than about us." # resolves: retail.directed_shoplifting_orc # score: trust +2 # score: safety +1 # why: Naming what you can see, not what you suspect, lets him talk about the person texting him without being asked to accuse anyone. He can ignore it if he wants.]
  -> talk_open
+ ["Tell us who's in the car, and I promise there'll be no police and no charges." # critical: promise_cannot_keep # score: trust -2 # why: Charges are not yours to drop, and you may have to pass on what you learn. A promise that breaks teaches him that helpers lie too. Be honest about what you can and can't do.]
  -> talk_promise
+ [Say nothing yet. Let Ren finish the store's part, and get him a cup of water # score: trust +1 # score: safety +1 # why: Silence and a glass of water take the heat out of the room and let him settle. It is slower: the man outside is counting minutes, and Jordan may say nothing before he has to go.]
  -> talk_slow
+ ["Are you being trafficked? Is someone making you steal?" # critical: labelling_question # myth: myth.ask_directly # score: trust -2 # why: A question that puts a label on him almost always gets a "no", and it can sound like an accusation. A gentle question about his safety, and a quiet offer of help, work better.]
  -> talk_label

=== talk_slow ===
You fill a paper cup at the cooler and put it by his good hand. Ren writes. Nobody speaks for a while.
He drinks half of it. His phone buzzes. He looks at it, and then at you.
-> talk_open

=== talk_open ===
He is quiet for a long time. # show: jordan:guarded
{variant == 2: Worried? He'll lose it. I've been in here ten minutes. # speaker: jordan # indicator: retail.directed_shoplifting_orc|He'll be angry. I'm not meant to be long. # speaker: jordan # indicator: retail.directed_shoplifting_orc}
I owe him. For the room and that. # speaker: jordan
That is all he says. He turns the phone face down.
+ ["What happened to your hand?" # score: trust -1 # why: It sounds caring, but it points at an injury he is hiding and asks him to explain it. He changes the subject; the first aid kit on the desk would have said the same thing without a question.]
  -> hand_asked
+ ["Who is he? What's his name, and how many of you are there?" # critical: interrogate_victim # score: trust -2 # score: safety -1 # why: Questions about the man, names and numbers are an investigation. That is the police's job, it frightens him, and anything he says under pressure can hurt a case later. Listen, and offer options.]
  -> talk_pressed
+ [Push the first aid kit across the desk, and wait # score: trust +1 # score: safety +1 # why: Offering care for the hand without asking about it respects what he has chosen not to say, and leaves the next move to him.]
  -> hand_kit

=== hand_asked ===
I shut it in a car door. # speaker: jordan
{variant == 2: He looks at the wall. Or a door. Whatever.|He doesn't look up.}
-> talk_more

=== hand_kit ===
He takes a clean bandage out of the kit and holds it without opening it.
-> talk_more

=== talk_more ===
If I go back with nothing, I lose my place. There's others. # speaker: jordan # indicator: retail.directed_shoplifting_orc
He knows where my mom lives. My little sister walks to school on her own. # speaker: jordan
He stops. He has said more than he meant to. # show: jordan:anxious
-> offer

=== talk_pressed ===
Jordan's face shuts. # show: jordan:anxious
I don't know his name. I don't know anything. # speaker: jordan
{variant == 2: Why, so you can tell him I talked? # speaker: jordan|He stares at the desk.}
-> offer_closed

=== talk_label ===
Jordan stares at you. # show: jordan:anxious
{variant == 2: Trafficked? What, like in films? No. I took some razors. Call the police if you want. # speaker: jordan|No. No. It's not like that. I just took some stuff. # speaker: jordan}
He folds his arms and looks at the wall. His phone buzzes again. He doesn't touch it.
-> offer_closed

=== talk_threat ===
Jordan goes very still. # show: jordan:anxious
He said you'd do that. # speaker: jordan
He said the police would lock me up and nobody would believe a word. # speaker: jordan
After that he says nothing. Ren gives you a long look. # show: ren:guarded
-> offer_closed

=== talk_promise ===
Jordan looks at you, then at Ren. # show: jordan:guarded
I can't promise that. It's not up to me, or you. # speaker: ren
Jordan almost laughs.
Right. # speaker: jordan
He looks at the wall after that. Whatever he was going to say, he keeps it.
-> offer_closed

// ---------------------------------------------------------------- act

=== offer ===
# phase: act
His phone buzzes again. He turns it face down on the desk. # discuss: If he is being made to steal, how does that change what you say to him and who you call?
Can I use your phone? Not mine. He reads mine. # speaker: jordan # indicator: retail.discreet_help_seeking
+ ["You need to stay right here until the police come. It's for your own good." # critical: detain_or_rescue # score: choice -2 # score: safety -1 # myth: myth.security_rescues # why: Holding him against his will for his own good takes his choice away, as the man outside does, and store policy does not allow it. Offer help he can choose to use.]
  -> held
+ [Ask Ren to call the police and report the theft, and leave it at that # score: collaboration -1 # score: choice -1 # myth: myth.offender_not_victim # why: Treating him only as a thief misses the signs that he is made to steal. The store reports thefts by its own policy, but your part is to pass on what you saw about the man outside, and to make sure Jordan hears that help exists.]
  -> charged
+ [Hand him the desk phone: "{hotline_name}. Call now, or take the number, or neither. Your choice." # score: peer_support +2 # score: choice +2 # action: hotline # why: Trained advocates he can reach on his own terms, with real options and no pressure, give him a way forward that does not depend on you. Ren still tells the control room, per policy.]
  -> made_call
+ [Tell him honestly: Ren has to pass the stop to the control room, who will ask whether he wants a referral to {hotline_name}. Ask if he wants them to call him, or not # score: collaboration +2 # score: choice +1 # action: hotline # why: Honest about what happens next and within policy, and it leaves him the choice. It is slower than letting him call now, and it asks him to trust a process he has never seen.]
  -> referral

=== referral ===
Jordan thinks about it for a long time.
Not on my phone. He reads it. # speaker: jordan # indicator: retail.discreet_help_seeking
Ren radios {escalation_first}. The control room agrees to make the referral with {hotline_name} and to give Jordan a time to call back from the store's phone.
-> notes ->
# ending: referral; Referred, with his say
He leaves by the staff entrance. You add the time, and which way he walked.
-> file_report(-> epilogue_card)

=== offer_closed ===
# phase: act
Ren writes up the stop. The room is quiet apart from the buzzing phone.
Ren's write-up goes to the control room, and they will decide with her about a referral, per policy.
+ [Slow down. Write the number for {hotline_name} on a strip of receipt roll, and leave it by his hand # score: peer_support +1 # score: trust +1 # action: hotline # why: Even after a bad start, a calm, honest offer with no pressure leaves him a way to reach help when he is ready.]
  -> card_taken
+ [Ask Ren to call the police and report the theft, and leave it at that # score: collaboration -1 # score: choice -1 # myth: myth.offender_not_victim # why: Treating him only as a thief misses the signs that he is made to steal. The store reports thefts by its own policy, but your part is to pass on what you saw about the man outside, and to make sure Jordan hears that help exists.]
  -> charged

=== made_call ===
He looks at the desk phone for a long moment.
What do I say? # speaker: jordan
Whatever you want. You can just say you're at a shop and you need some advice. # speaker: officer
I have to write up what I saw today, and I'll pass it on the right way. If I ever thought you were in danger right then, I'd call for help, and I'd tell you first. # speaker: officer
Ren turns the desk phone toward him. You write {hotline_phone} on a sticky note and put it by the phone. # show: ren:calm
I'm writing this stop up as possible forced theft, with what we saw outside, and passing it to the control room. The goods are back. # speaker: ren
He picks up the receiver with his good hand and dials.
You and Ren step outside so he can talk in private. You stand where you can see the office door. # show: jordan:relieved
Twenty minutes later he is still on the phone. He has asked Gloria for a glass of water.
-> notes ->
# ending: made_call; He made the call
The advocate asks the store to call a taxi to a meeting place. Jordan leaves by the staff entrance, away from the pick-up bay.
-> file_report(-> epilogue_call)

=== card_taken ===
You tear off a strip of receipt roll and write {hotline_phone} and {hotline_text} on it, like a note about opening hours.
He looks at it. Then he folds it small and pushes it into his sock. # show: jordan:guarded
-> notes ->
Ren logs the goods as recovered. The manager says no charges today, only a letter banning him from the store.
He walks out through the front doors. Outside, the silver car is waiting. He gets in. # sound: door_slide # hide: jordan
# ending: took_number; He took the number, and went back
You add the time he left, and which way the car turned.
-> file_report(-> epilogue_card)

=== notes ===
You start your notes while it is fresh.
+ [Write the facts: times, the car and its plate, his words as he said them, and ask Ren to keep the footage # score: document +2 # why: Plain facts and exact words, with saved footage, give police and advocates something they can use, without you deciding what it all means.]
  You write down his words as he said them, and nothing you guessed. Ren saves the footage from nine o'clock on.
+ [Write: "Known shoplifter, probably in a gang. Dealt with." # score: document -1 # why: Labels and guesses can follow him for years and tell the people who can help very little. Write what you saw and heard, in his own words, and keep the footage.]
  Ren reads it and raises an eyebrow, but says nothing.
- ->->

=== held ===
You stand in the doorway. Jordan stands up, shaking. # show: jordan:anxious
I can't stay. You don't get it. I can't. # speaker: jordan
We can't keep him here. That's not our policy, and it's not the law. # speaker: ren # show: ren:guarded
You step aside. Jordan walks out through the store, fast, and gets into the silver car. # hide: jordan # sound: door_slide
# ending: back_to_car; He went back to the car
You catch the plate as it turns. Nobody told him where help is.
-> file_report(-> epilogue_car)

=== charged ===
Ren calls the police and reports a theft. She hangs up and looks at you. # show: ren:guarded
Forty minutes, they said. # speaker: ren
Jordan sits with his head down. His phone buzzes, and buzzes, and stops.
When the police arrive, they take him for shoplifting. You tell them about the car, but it has gone from the bay.
# ending: charged; Booked as a shoplifter
At the door he looks back at you once. Nobody told him where help is.
-> file_report(-> epilogue_charged)

=== car_gone ===
# phase: act
Ren picks up the bag from the floor by the gates.
+ [Write down the car, the plate, the man, the times and which way both of them went, and ask Ren to save the footage # score: document +2 # why: You cannot undo the warning, but exact facts and saved footage give the people who can act something real to work with.]
  You saw the plate as the car pulled out. You write it down, with the time and the man's cap and jacket.
  Ren saves the footage from nine o'clock on.
+ [Go after the young man down the street # score: safety -2 # myth: myth.security_rescues # why: Chasing him breaks policy, frightens him and may put you both near the man who just drove off. Let him go, and write down what you saw.]
  You get as far as the corner. He is gone. You did not see which way.
  Ren is waiting at the doors when you get back. She doesn't say anything.
- # ending: car_gone; The car drove away
Ren puts the goods back in stock. The man outside knows the store is watching now.
-> file_report(-> epilogue_gone)

=== office_seen ===
# bg: store_fitting_rooms
# ambience: store_backoffice
# show: gloria:calm
# show: ren:calm
Ren walks him quickly to the loss-prevention office, past the fitting rooms.
He puts the bag on the desk. Razor blades and perfume, in a bag lined with foil. # indicator: retail.directed_shoplifting_orc
There is a dirty bandage on his left hand. He won't look up. # indicator: retail.injuries_avoids_eye_contact
His phone buzzes, and buzzes, and buzzes.
He saw. He saw you stop me. # speaker: jordan
-> handler_arrives

=== handler_arrives ===
# phase: act
Out on the sales floor there is shouting. Gloria hurries into the office and pulls the door shut behind her. # show: gloria:anxious
That man from outside. He's coming this way. # speaker: gloria
Heavy steps stop outside the office. A fist bangs on the door. # requires: emergency
Jordan, out. Now. Or you know what happens. # speaker: wes
Jordan shrinks back against the wall. His hands are shaking. # show: jordan:anxious
Ren turns the lock on the office door. # show: ren:anxious
+ [Radio {escalation_first} and wait to be told what to do # critical: no_emergency_call # score: safety -2 # why: When someone is being threatened right now, the emergency call comes first. Tell your supervisor straight after.]
  -> radioed
+ [Open the door and tell him to leave the store # critical: confront_controller # score: safety -3 # why: Facing an angry man who is making threats puts you, Ren and Jordan in danger, and it can make him more violent. Keep the door shut and call the emergency number.]
  -> opened_door
+ [Dial {emergency_number}. The door stays locked # score: safety +3 # score: report +2 # action: emergency # why: A man is threatening someone right now and trying to reach him. That is an emergency: call first, keep the door shut, and let the police deal with him.]
  -> called_emergency

=== called_emergency ===
You call {emergency_number} and speak low. You give the store, the office and what the man is shouting.
Ren radios the tills to keep customers away from the back. # show: ren:calm
He hears you on the phone through the door. He doesn't leave. He bangs harder, then kicks the door once, and shouts that Jordan is his cousin and he's taking him home.
Jordan slides down the wall until he is sitting on the floor.
You crouch a good distance away and keep your voice low.
You're not in trouble with me. The police are coming because of him, not you. # speaker: officer
Eight minutes later two police officers walk the man in the cap out to the sidewalk. He is still saying he's Jordan's cousin. You give them the plate from the window.
A police officer and a support worker talk with Jordan in the office. You are not in the room. # show: jordan:guarded
# ending: emergency; The door stayed shut
Before he leaves, Jordan asks Gloria for a glass of water. It is the first thing he has asked anyone for. # hide: gloria
-> file_report(-> epilogue_emergency)

=== opened_door ===
You open the door. The man in the cap fills the doorway.
You need to leave the store. # speaker: officer
He shoves past you. He takes Jordan by the arm and walks him out through the store. # show: jordan:anxious
Jordan does not fight. He does not look back.
Only now does Ren call {emergency_number}. By the time the police come, the car has gone. # hide: jordan
# ending: taken_away; He was walked out
Your shoulder aches where he shoved you. You write down everything you can remember.
-> file_report(-> epilogue_taken)

=== radioed ===
You key your radio. It takes {escalation_first} a few seconds to answer.
The first thing you hear back is: call {emergency_number}, now.
While you dial, the banging stops. Through the window, you see the man go back out to the car.
Ten minutes later Jordan says he has to go. You can't stop him. He walks out to the car park. # hide: jordan
# ending: went_back_out; He went back out to the car
The police arrive to an empty pick-up bay.
-> file_report(-> epilogue_taken)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_call ===
A week later, there is no sign of the silver car. The razors stay on the shelf.
-> aftermath

=== epilogue_let_go ===
On Thursday, the razors go again, from the store across the road. The control room has your plate and your times, and so does the police retail-crime team.
Letting him go was safe today. Whether anyone reaches Jordan depends on the next person who sees him.
-> aftermath

=== epilogue_card ===
The next Tuesday, Jordan doesn't come in. Nobody knows if that is good news.
Saying no today does not mean no for ever. Many people need several chances before they reach out.
-> aftermath

=== epilogue_car ===
Two days later, another young man in a gray tracksuit is at the cosmetics counter at five past nine.
-> aftermath

=== epilogue_charged ===
Jordan is due in court next month for theft. Your note about the silver car sits in a different file.
-> aftermath

=== epilogue_gone ===
The silver car doesn't come back to Brook and Hale. The store across the road reports a run of razor thefts.
-> aftermath

=== epilogue_emergency ===
The next day Ren asks if you've heard anything. You haven't. That is normal. Your part was the call.
-> aftermath

=== epilogue_taken ===
The police have the plate. Nobody at Brook and Hale sees Jordan again.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to the police. An officer rings the next day to check the plate with you.
- report_action == "police":
  Your report goes to the police. Jordan is an adult, and nobody asked him whether he wanted that.
- report_action == "hotline":
  Later that week, {escalation_first} says an advocate from {hotline_name} has been in touch with the store about your report. Nobody tells you more. Advocates keep a person's contact private.
- report_action == "supervisor":
  At the end of the shift, {escalation_first} reads your report and says they will pass it on.
- report_action == "log":
  Your report goes into the store's incident log as a theft. Nobody calls about it.
- else:
  Nothing about the man outside goes into the log. By next week, the details are fading.
}
Later, Ren asks why his story about the hand kept changing. Fear and shame do that: a changing or flat account is a common trauma response, not a sign of lying.
Your shift ends at five.
-> END
