# grammar: 1
# id: hotel.housekeeping_check
# title: Day shift: the fourth-floor check
# setting: hotel
# summary: A room on the fourth floor has had Do Not Disturb up for three days. You go with the housekeeping supervisor to check on it, and meet the outside cleaning crew who use it.
# minutes: 10
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: This story involves the possible forced labour of adult cleaning workers, with debt, very long hours and a crew leader who keeps their pay and bank cards. One worker has an injured wrist in a bandage. No violence is shown. You can step out at any time.
# focus: An outside cleaning crew, a crew leader who stays close, and an adult who asks you to do nothing
# character: grace; Grace; The hotel's housekeeping supervisor, in her fifties, in a navy tunic with a lanyard. Your colleague today.
# character: renata; Renata; The crew leader from an outside cleaning company, in her forties, in a teal company fleece, with two phones on a clip at her belt.
# character: sefa; Sefa; A contract room attendant in her thirties, in a lilac tunic with long sleeves. She speaks very little English.
# character: ines; Ines; A contract room attendant in her twenties, in the same lilac tunic. She grew up two towns over.
# distractor: not.speaks_other_language
# distractor: not.accent
# distractor: not.cheap_clothes
# teaches: myth.traffickers_men
# teaches: myth.only_sex
# teaches: myth.would_ask_for_help
# teaches: myth.locked_up
# teaches: myth.only_foreigners

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - The walk has three stops with one look each, like night-lobby.ink, to keep the paths few.
// - variant 1: Renata is brisk and cool. variant 2: Renata is warm and chatty, which is harder to read.
//   Only lines change between variants, never the choices or the tags.
// - The interpreter is a phone line. Their words are given to the person they translate for.
// - Renata stays on the floor throughout: she does not leave on cue. The safety sign-off is a real,
//   routine hotel process, not an invented rule. Leaving it and reporting is a defensible choice.
// - The crew is mixed: Sefa came from abroad, Ines is local and answered a job-app ad. Labour
//   exploitation is not only something that happens to foreign workers.
// - Sefa says little: one sign at a time, and a fear of being sent home while the debt stays.
// - The cart stays ambiguous (`ambiguous: hotel.staff_contractor_exploitation`): a bread roll and a
//   pencil tally could be anyone's lunch and room count. Telling Sefa she can skip any question
//   `resolves` it: in the linen room she says the tally is her debt, paid off forty a day.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hotel_corridor_day
# ambience: hotel_corridor
# show: grace:calm
It's 10:40 on a Tuesday morning. You are on the day shift for {org_name} at the Mill Street Hotel.
Grace, the housekeeping supervisor, has asked you up to the fourth floor.
The service elevator opens, and she is waiting with her clipboard. # sound: lift_chime
Thanks for coming. I need a second person for a welfare check. # speaker: grace
Room 414. Do Not Disturb has been up for three days. # speaker: grace
Hotel rule: after three days, housekeeping goes in, with security there. # speaker: grace
She lowers her voice.
Floors four and five are cleaned by an outside company now. Brightstar Cleaning. # speaker: grace
Their crew leader is Renata. She runs the attendants very tightly. # speaker: grace
Some of them are from abroad. Some are local kids who found the job on an app. # speaker: grace
{variant == 2: She's all smiles with me. But her crew go quiet when she walks in.|She barely speaks to me. Her crew never stop for a break.} # speaker: grace
* ["We'll use the master key and walk straight in. Quicker that way." # score: safety -1 # score: trust -1 # why: Walking in without knocking can frighten anyone inside and turns a welfare check into a raid. Knock, say who you are, and give people a moment.]
  We knock first and say who we are. Every time. # speaker: grace # show: grace:guarded
  People might be asleep, or ill, or scared. # speaker: grace
* ["Your check, Grace. You knock; I'll stand back." # score: collaboration +1 # score: safety +1 # why: A welfare check led by housekeeping, with clear words at the door, is routine. It keeps things calm for whoever is inside and shows no one is being singled out.]
  Good. That's how we always do it. # speaker: grace # show: grace:relieved
* ["A crew run by a woman? She's just a strict boss. That's not our business." # score: observe -1 # myth: myth.traffickers_men # why: Women can control and exploit workers too, and forced labour happens inside ordinary businesses. Keep an open mind and watch what people do.]
  Maybe. # speaker: grace # show: grace:guarded
  But I've run housekeeping here for twenty years. Something about this crew bothers me. # speaker: grace
- I'll get fresh towels. Meet me at 414 in five minutes. # speaker: grace # requires: log
She heads off. You walk the floor first. # hide: grace
-> lift_lobby

// ---------------------------------------------------------------- observe

=== lift_lobby ===
# phase: observe
The corridor is bright and quiet. Somewhere behind a door, a vacuum hums.
By the service elevator there is time for one good look before you move on.
* [Read the sign-in sheet by the service elevator # observe: service_lift # reveals: hotel.staff_contractor_exploitation]
  It is Brightstar's sheet, not the hotel's. Six names.
  Every day for two weeks, all six signed in at 6:02 in the morning. All six signed out at 10:10 at night.
  Every line is in the same handwriting. A note at the top says: "R. signs for crew."
  Sixteen hours a day, with no day off, written by one hand.
* [Look through the open linen-room door # observe: linen_room # reveals: nothing]
  Shelves of folded sheets and towels. A small radio plays low.
  Marco from the hotel laundry is restocking pillowcases and humming along. He gives you a wave.
  It smells of clean cotton.
- -> cart_stop

=== cart_stop ===
Halfway along, a housekeeping cart stands at the open door of 410.
Inside the room, someone is making a bed very fast. You slow down for one look.
* [Look at the housekeeping cart # observe: housekeeping_cart # reveals: nothing # ambiguous: hotel.staff_contractor_exploitation]
  Towels, sprays and a trash bag. Tucked behind the sprays: half a bread roll wrapped in a napkin, and a note in pencil.
  The note is a column of numbers, 40, 40, 40, each one crossed out, and a bigger number at the bottom that keeps getting smaller.
  Someone's packed lunch and a tally of rooms, maybe. Or something else. A cart can't tell you whose it is.
* [Read the report on the cart's clipboard # observe: room_sheet # reveals: hotel.guest_withholds_id_details]
  It is the hotel's room report, printed this morning.
  Next to 414 it says: "Booked by Brightstar Cleaning. Staff rate. Guests: 4. Names: not given."
  There is no home address and no car on the booking. Nobody has shown an ID.
  Someone has written "ask again" in pen, and crossed it out.
* [Glance at the tray outside 412 # observe: room_tray # reveals: nothing]
  Two plates, two cups and a folded newspaper, left out for collection.
  A note on the tray says, "Thank you! Lovely eggs."
  A late breakfast for two.
- -> end_stop

=== end_stop ===
You reach the end of the corridor. Sunlight comes in through the tall window.
Grace catches up with you, an armful of fresh towels on her hip. There is a moment for one last look. # show: grace:calm
* [Look out of the window at the service yard # observe: end_window # reveals: hotel.staff_contractor_exploitation]
  Four floors down, a white minibus waits by the staff entrance. {variant == 2: Its side windows are tinted.|It has no company name on the side.}
  That's theirs. It brings them at six and takes them at ten at night. # speaker: grace
  At lunch it takes two or three away, and brings different ones back. They're not on our staff list. # speaker: grace
  The driver never gets out.
* [Look at the door of 414 # observe: dnd_door # reveals: hotel.dnd_refuses_service]
  The Do Not Disturb sign hangs from the handle. A neat pile of used towels sits at the foot of the door.
  Every morning that pile comes out, and someone takes the fresh towels in at the door. # speaker: grace
  But nobody lets us in to clean. # speaker: grace
- Together you walk back to the door of 414.
-> knock

// ---------------------------------------------------------------- talk

=== knock ===
# phase: talk
Grace knocks three times.
Housekeeping and security. Welfare check. # speaker: grace
A pause. Low voices. Then the door opens the width of a hand. # show: renata:guarded # requires: supervisor
A woman in a teal company fleece looks out. Two phones hang from a clip at her belt. # discuss: Who answers the door, who holds the phones, and who stays quiet? What would you still want to know?
{variant == 2: Oh, hello, Grace! It's only us. It's our rest room. The company books it.|It's our rest room. The company books it.} # speaker: renata
{variant == 2: The girls are having a little break. Nothing to check, honestly.|We're on a break. You don't need to come in.} # speaker: renata
* ["Grace, let's get the duty manager up here before we go in." # score: collaboration +1 # score: safety -1 # why: A manager's authority can help with a contractor, but the wait gives whoever is inside time to tidy the room and move people. The routine words usually work at once.]
  Grace sighs, and radios for the duty manager. Renata shuts the door while you wait.
  Behind it: low voices, a zip, a phone call. Ten minutes later the manager arrives, and Grace knocks again.
  -> inside
* ["Who have you got in there? Are you keeping people shut in that room?" # critical: confront_controller # score: safety -2 # why: Accusing the crew leader warns her, and the workers may pay for it later. Keep to the routine words of a welfare check, then report what you see.]
  -> confronted
* ["It's routine. Every room gets one after three days." # score: safety +2 # why: Calling it routine, the same for every room, lets you see that people are safe without accusing anyone. Nobody inside is put at risk.]
  -> inside
* [Say "No problem, sorry to bother you," and walk away # score: observe -1 # score: safety -1 # why: A welfare check exists so that someone makes sure the people inside are safe. Calm, routine words usually get you through the door, and if they don't, that is worth reporting.]
  -> walked_away

=== inside ===
Renata looks at the towels, then at your uniform. She opens the door. # show: renata:calm
{variant == 2: Of course, of course. Come in. Excuse the mess, we're like a family in here.|Fine. Quickly. They have floor five after this.} # speaker: renata
The curtains are closed. Four thin mattresses cover the floor between the two beds.
Along the wall, clothes are packed in plastic carrier bags. There are no suitcases. # indicator: hotel.few_possessions_long_stay
On the desk: a row of cheap phones, a stack of bank cards in a rubber band, and an envelope of cash with names down the side. # indicator: hotel.paraphernalia_cash_devices
The attendants' staff badges and room key cards lie in a pile next to Renata's bag. # indicator: hotel.companion_holds_id_money_keys
Two attendants in lilac tunics sit on a mattress, sharing bread from a bag. # show: sefa:anxious # show: ines:guarded
The older one holds her right wrist in her lap. It is wrapped in a grubby bandage. # indicator: hotel.guest_injured_deprived
{variant == 2: Her face is gray with tiredness.|Her eyes keep closing, then snapping open.}
Renata claps her hands once. # show: renata:impatient # requires: supervisor
Sefa. Ines. Break's over. Floor five. # speaker: renata
Sefa gets up slowly, holding her wrist. Grace catches your eye.
* [Nod to Grace. "Has everyone on this crew done the chemical-safety sign-off with you yet?" # score: safety +1 # score: collaboration +1 # why: A routine sign-off that every attendant does might give Sefa a private moment, and Grace owns it. But it is asked in front of Renata, and if she says no, you must drop it.]
  -> pretext
* [Turn to Sefa. "Is she making you work like this? You can tell me." # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: Sefa cannot answer freely in front of the woman who controls her work and pay, and now Renata knows you suspect her. Wait for a private, routine moment.]
  -> asked_in_front
* [Let Grace swap the towels, thank everyone and step out. Report it from the corridor. # score: safety +2 # score: document +1 # why: With the crew leader in the room, not intervening and reporting is the safe choice. Sefa does not get a private word today, but nobody is tipped off.]
  -> let_go

=== pretext ===
Not Sefa or Ines. I do it with every attendant who works our floors, one at a time. # speaker: grace
Sefa first, then Ines. Ten minutes each, in the linen room. # speaker: grace
Renata looks at her phones, then at her watch.
{variant == 2: Ten minutes! Fine. But Sefa has hardly any English, poor thing. I'll come and translate.|Ten minutes. Sefa has no English. I'll translate.} # speaker: renata
Ines gets up too. # show: ines:calm
I can help. I speak English. We're from the same town. # speaker: ines
* ["Let's start with Ines, in English, and book Sefa an interpreter for this afternoon." # score: culture +1 # score: safety -1 # why: Nobody translates for Sefa, which is right, but her turn is put off to a time Renata now knows about and can plan around. The phone line works today.]
  Grace nods and takes Ines to the linen room first. Ines answers every question brightly and signs.
  When it is Sefa's turn, Renata is back from floor five, tapping her watch.
  -> interpreter
* ["OK, Renata. You come and translate for her." # critical: companion_as_interpreter # score: culture -2 # why: If the crew leader translates, every word goes through the person who controls Sefa's work and pay. Use a professional interpreter line instead.]
  -> renata_translates
* ["Thanks, both of you. For this form we use the phone interpreter." # score: culture +2 # score: safety +1 # why: A professional interpreter who knows no one here lets Sefa speak for herself. Her crew leader, or a co-worker, would hear everything she says.]
  -> interpreter
* ["Ines, you translate. That's kind of you." # score: culture -2 # score: safety -1 # critical: companion_as_interpreter # why: Ines works under the same crew leader and may be under the same pressure, so what Sefa says could reach Renata. A neutral, professional interpreter keeps it private.]
  -> ines_translates

=== renata_busy ===
Renata does not go anywhere. She waits by the service elevator with her phones, where she can see the linen-room door. # show: renata:guarded
Ines goes back into 414 to wait her turn. # hide: ines
->->

=== interpreter ===
Suit yourself. # speaker: renata
-> renata_busy ->
In the linen room, Grace shows Sefa a card that says "I speak..." in forty languages. Sefa points to one line.
Grace dials the hotel's interpreter line and puts the phone on speaker, turned low.
A calm voice greets Sefa in her own language. Her shoulders drop a little. # show: sefa:guarded
Sefa sits on a stool by the shelves, her back to the door. You stand to one side, so the doorway stays clear. # requires: hotline
* ["Are you a victim of trafficking? You can tell us." # critical: labelling_question # score: trust -2 # myth: myth.ask_directly # why: Most people in her position would say no to that word, and it can sound like an accusation. Open questions about her work, and a quiet offer of help, work better.]
  -> talk_label
* [Say nothing and let Grace start the form # score: safety +1 # why: Keeping it routine protects Sefa, but she does not know why security is in the room, or that she can skip questions, so she is less likely to say anything.]
  -> talk_open
* ["Grace does the form. You can skip any question, mine too." # resolves: hotel.staff_contractor_exploitation # score: trust +2 # score: safety +1 # why: Saying plainly why you are there, and that she can skip anything, gives Sefa control of the conversation without making it sound like an investigation.]
  -> talk_open
* ["Nothing you say will leave this room. No police, no immigration. I promise." # critical: promise_cannot_keep # score: trust -2 # why: You will have to report what you saw, and you cannot control what others do. Be honest about what you can and cannot do.]
  -> talk_promise
* ["If you don't tell us what's going on, you could lose your right to work here." # critical: threaten_arrest_or_immigration # score: safety -2 # score: trust -2 # why: People who control workers often use this exact threat. It makes her less safe and less likely to trust anyone. Tell her she is not in trouble.]
  -> talk_threat

=== talk_open ===
The interpreter passes it on. Sefa looks at the door, then nods.
Grace goes through the safety sheet first, as promised. Gloves. The red spray. The blue spray. Sefa signs.
Then you ask one open question: how is the work going for her here?
Hard. Many rooms. # speaker: sefa
She looks at the door. For a while she says nothing.
Renata keeps the bank cards. For the debt. # speaker: sefa # indicator: hotel.staff_contractor_exploitation
Through the interpreter, she says the pencil note on the cart is hers. Forty comes off what she owes for each day. The bread is from a guest's tray.
{variant == 2: She touches the bandage. At the house, she says. Then: no, a mattress, at work. She isn't sure which is better to say.|She touches the bandage. It hurts when she lifts. She has not seen a doctor.}
She sits up straight. # show: sefa:anxious
If I make trouble, they send me home. And my family still owes. # speaker: sefa
Please. Don't tell Renata I talked. # speaker: sefa
-> offer

=== talk_label ===
The interpreter pauses before asking it. Sefa goes very still. # show: sefa:anxious
No. No. I clean rooms. That's all. # speaker: sefa
Can I go now? Renata is waiting. # speaker: sefa
Grace signs off the safety sheet and lets her go.
-> declined_out

=== talk_promise ===
The interpreter passes on your promise. Sefa looks at you for a long moment.
Renata also made promises. # speaker: sefa
She signs the safety sheet and says nothing more. You will have to write today up, so your promise is already broken.
-> declined_out

=== talk_threat ===
The interpreter hesitates, then passes it on.
Sefa's face closes. She stands up. # show: sefa:anxious
Lose my work? Please, no. I did nothing wrong. # speaker: sefa
She walks out of the linen room and straight to Renata at the service elevator. # hide: sefa
-> crew_moved

=== renata_translates ===
Renata follows Sefa into the linen room and stands at her shoulder. # show: renata:calm
Grace reads out the first question. Renata talks to Sefa in a low voice, for a long time.
Sefa answers with one word.
{variant == 2: She says she loves it here. The wrist is from playing volleyball, silly girl.|She says everything is fine. The wrist is an old injury.} # speaker: renata
Renata taps the sheet where Sefa should sign. Sefa signs, without looking up.
-> went_back

=== ines_translates ===
-> renata_busy_alone ->
In the linen room, Ines and Sefa talk quietly in their own language.
Ines's answers come back short and bright.
She says everything is good. Good pay, good boss. # speaker: ines
Sefa keeps her eyes on the floor. Then Renata's voice comes down the corridor, calling their names. Ines goes pale. # show: ines:anxious
That's Renata. We have to go. # speaker: ines
They leave together. # hide: ines
-> declined_out

=== renata_busy_alone ===
Renata waits by the service elevator, where she can see the linen-room door. # show: renata:guarded
Ines follows Sefa into the linen room. # show: ines:guarded
->->

=== asked_in_front ===
Sefa's eyes go straight to Renata.
No. No problem. # speaker: sefa
{variant == 2: Renata laughs and squeezes Sefa's shoulder.|Renata's face does not move.} # show: renata:impatient
{variant == 2: She loves it here. Don't you, Sefa?|She is fine. We're busy.} # speaker: renata
Right. Everyone, floor five. Now. # speaker: renata
-> crew_moved

=== confronted ===
Renata's face goes polite and blank. # show: renata:impatient
Shut in? They're on a break. Would you like to see their contracts? # speaker: renata
She closes the door. You hear her on the phone, speaking fast.
-> crew_moved

// ---------------------------------------------------------------- act

=== offer ===
# phase: act
Grace glances at her watch. Renata will want Sefa back on floor five soon.
Sefa has told you enough to worry you. She has also asked you not to do anything. # discuss: She is an adult and has asked you to do nothing. What can you still offer her, and what do you still write down and pass on?
* ["The number on the staff-toilet poster is for people in your situation. It's there whenever you want it." # score: peer_support +1 # score: choice +1 # why: It points her to help without giving her anything Renata could find. But she may not know which poster, or be able to read it, and nothing is put in her hand.]
  -> poster_only
* ["You're coming with us now. We'll get you away from Renata today." # critical: detain_or_rescue # score: safety -2 # score: choice -2 # myth: myth.security_rescues # why: Taking her away on your plan could cost her the job her family relies on and put her at risk when Renata finds out. Offer help she can use when she decides.]
  -> rescue_try
* ["OK. Your choice. Grace has a number you can keep." # score: choice +2 # score: peer_support +2 # why: A discreet way to reach trained advocates, with no pressure, lets Sefa decide in her own time. Respecting her no keeps her trust, and her safety, intact.]
  -> resource_given
* ["I'll fetch your bank cards and phones from 414 right now and lock them in the security office." # critical: take_documents # score: safety -2 # score: choice -1 # why: Taking other people's cards, even to protect them, does what a controller does, and Renata would know at once who talked. Write down who held them and let the authorities act.]
  -> take_cards
* ["We need more than that. How much is the debt? Where is the house? Who else lives there?" # score: trust -2 # score: safety -1 # critical: interrogate_victim # why: Digging for details is investigating, which is not your job, and it pushes her to say more than is safe. You already have enough to report.]
  -> push_details

=== resource_given ===
The interpreter passes it on, slowly. Sefa listens without looking up.
It is for {hotline_name}. They help workers{hotline_not_police:, and they're not the police}.{hotline_languages: They can help in {hotline_languages}.} Call if and when you want. # speaker: officer
Grace writes {hotline_phone} on a towel-count slip, the kind every attendant keeps in her apron. It looks like a note about towels.
The same number is on the poster inside the staff-toilet door, in many languages. # speaker: grace
You tell Sefa one more true thing, and the interpreter passes it on.
I have to write a report about what I saw in room 414. That part is my job. What you do is your choice. # speaker: officer
Sefa folds the slip very small and tucks it into her sock. # show: sefa:guarded
Maybe. Not today. # speaker: sefa
She thanks the interpreter, and Grace. Then she walks back to the service elevator on her own. # sound: lift_chime # hide: sefa
She did not ask for help, and nobody is in danger this minute. But she knows where help is now, and the choice is hers.
# ending: resource_kept; She kept the number
-> file_report(-> epilogue_resource)

=== poster_only ===
The interpreter passes it on. Sefa nods, once, and looks at the door.
-> declined_out

=== rescue_try ===
You step towards her. Sefa backs against the shelves. # show: sefa:anxious
No. No. I can't. Renata has our papers. My family... # speaker: sefa
Grace puts a hand out, palm down, between you. # show: grace:anxious
Let her go. She's frightened. # speaker: grace
Sefa slips past you and hurries to the service elevator. # hide: sefa
-> crew_moved

=== take_cards ===
Sefa's eyes go wide. # show: sefa:anxious
No! If the cards go, she knows I talked. # speaker: sefa
You go to 414 anyway. Renata is there, packing the phones into her bag. # show: renata:impatient
Those are company property. Touch them and I call the police, and my lawyer. # speaker: renata
The duty manager arrives. The hotel cannot take a contractor's property, and you have no right to it. You step back.
-> crew_moved

=== push_details ===
The interpreter passes on the questions, one at a time.
Sefa stands up. Her voice goes flat. # show: sefa:anxious
I don't know. I want to go back to work now. # speaker: sefa
-> declined_out

=== declined_out ===
# phase: act
Sefa is almost at the door.
* [Follow her to the service elevator. "Please. You really should talk to us." # score: choice -2 # score: safety -1 # why: Pressing an adult who has said no takes her choice away, and being seen with security could cost her with Renata. Let her go and leave the door open.]
  Sefa walks faster. At the elevator she presses the button again and again, without looking at you.
* [Point to the poster inside the staff-toilet door, and say slowly: "Help. Your choice." # score: peer_support +1 # score: choice +1 # why: A quiet, written resource, offered with no pressure, still gives her an option after the talk has closed.]
  Sefa looks at the poster. At the row of flags. At the number.
  She doesn't nod. But she looks for a long moment before she goes.
- Sefa goes back to floor five. # hide: sefa # hide: ines # sound: lift_chime
# ending: declined; She went back to work
Grace lets out a long breath.
We did what we could. Let's write it all down. # speaker: grace
-> file_report(-> epilogue_declined)

=== crew_moved ===
# phase: act
Within the hour, the white minibus pulls into the service yard below. # requires: hotline
From the window at the end of the corridor, you watch the crew come out of the staff entrance with their plastic bags.
Renata walks behind them, a phone at her ear. In the middle, one woman holds her wrist against her chest.
* [Hurry down to the staff entrance to read the plate up close # score: document +1 # score: safety -1 # why: A plate read up close is useful, but Renata sees you arrive, and the crew know security was watching. The window and the yard camera would have given you the same.]
  You reach the staff entrance as the last of the crew climbs in. Renata turns and looks straight at you.
  You read the plate and write it down. The minibus pulls out slowly.
* [Run down to the yard and stand in front of the minibus # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Blocking adults from leaving is detaining them. It puts you and the workers in danger and can make things worse for them later. Let them go and be a good witness.]
  By the time you reach the yard, they are all on board.
  You step in front of the minibus. The driver leans on the horn. Renata gets out.
  You have no right to hold us. Move. # speaker: renata
  She is right. You step aside. The minibus pulls out fast, and you never see the plate.
* [Stay at the window and write down the time, the minibus and who gets on # score: document +2 # score: safety +1 # why: You cannot stop adults from leaving, but exact times, descriptions and saved footage give the people who can act something real to work with.]
  You write as they board, and radio the control room to save the yard camera. Six women, Renata last. The driver stays in his seat.
  As the minibus turns out of the yard, you read the plate and write it down.
  The control room saves the yard camera from six this morning.
- By noon, room 414 is empty. Only the pile of used towels is left by the door. # hide: renata # hide: sefa # hide: ines
# ending: crew_moved; The crew was moved out by noon
-> file_report(-> epilogue_moved)

=== let_go ===
# phase: act
Grace swaps the towels. You thank them and step back into the corridor.
Renata shuts 414 behind her and walks Sefa and Ines to the service elevator. # hide: renata # hide: sefa # hide: ines # sound: lift_chime
Grace looks at you. Well? # speaker: grace
* [Write it up for the end-of-week contractor review # score: document +1 # score: report -1 # why: Your notes are accurate, but a week is a long time for someone working sixteen-hour days with a wrist that needs a doctor. The control room should hear it today.]
  You write down the time, and what you saw on the desk.
* [Radio the control room now # score: report +2 # score: document +1 # action: supervisor # why: With the crew leader there the whole time, passing it to the control room is the post-order step. They decide with you, and the manager, whether it goes to the hotline.]
  You give them room 414, the mattresses, the cards on the desk, the sign-in sheet and the bandaged wrist.
  The control room logs it and asks you to send the sign-in sheet and the times. They will talk to the manager about the contractor.
- # ending: no_contact; Sefa never got a private word
-> file_report(-> epilogue_nocontact)

=== went_back ===
# phase: act
Renata leads Sefa out of the linen room and back to the service elevator. # hide: renata # hide: sefa # hide: ines # sound: lift_chime
Whatever Sefa might have wanted to say went through Renata first.
Grace tears the signed sheet off her pad, and puts it in her folder without reading it again.
# ending: no_contact; Sefa never got a private word
-> file_report(-> epilogue_nocontact)

=== walked_away ===
# phase: act
You step back. The door closes. # sound: door_close # hide: renata
Grace stares at you over the towels. # show: grace:guarded
I'll ask the duty manager to come up and do it with me, then. # speaker: grace
Later, from the window, you see the white minibus leave the yard. You don't know who was on it.
# ending: no_check; The door stayed closed
-> file_report(-> epilogue_nocheck)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_resource ===
Three weeks later, Brightstar's contract with the hotel ends early. Nobody says why.
Grace tells you the towel-count slips went missing from one apron. She smiles when she says it.
-> aftermath

=== epilogue_declined ===
The next morning, the crew is back on floor five. Sefa keeps her head down when you pass.
Saying no today does not mean no for ever. Many people need several chances before they reach out.
-> aftermath

=== epilogue_moved ===
Brightstar sends a new crew the next day. None of the faces are the same.
-> aftermath

=== epilogue_nocontact ===
The next morning, the Do Not Disturb sign is back on 414.
-> aftermath

=== epilogue_nocheck ===
The duty manager does the welfare check that afternoon. The room is empty, and tidy, and smells of bleach.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to the police. An officer calls the next day to check a few facts with you, and asks for the yard camera footage.
- report_action == "police":
  Your report goes to the police, although no one was in immediate danger and nobody had asked for them.
- report_action == "hotline":
  A week later, {escalation_first} says an advocate from {hotline_name} followed up with the hotel about the contractor. Nobody tells you more.
- report_action == "supervisor":
  At handover, {escalation_first} reads your report and says they will take it from there.
- report_action == "log":
  Your report goes into the shift log. Nobody calls about it.
- else:
  Nothing about today goes into the log. By the end of the week, the details are already fading.
}
Your shift ends at six.
-> END
