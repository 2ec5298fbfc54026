# grammar: 1
# id: hotel.family_suite
# title: Day shift: the family suite
# setting: hotel
# summary: A family with two young children is on the fourth floor for a week, with the woman who looks after the children. Housekeeping has a question for you.
# minutes: 12
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: This story involves an adult woman who works for a family as a live-in nanny, and touches on control of her documents, her pay and her time. No violence is shown. You can step out at any time.
# focus: A polite employer and a worker who says she is happy: notice the pattern, keep her safe, and let the referral do the work
# character: dot; Dot; A housekeeping supervisor in her fifties with a clipboard and a radio. Your colleague today.
# character: lena; Lena; A woman in her forties in a gray cardigan, carrying a child's backpack and a baby monitor.
# character: claire; Claire; A guest in her forties in a linen blazer, friendly and busy, with a phone always in her hand.
# distractor: not.nationality
# distractor: not.accent
# distractor: not.cheap_clothes
# teaches: myth.not_in_nice_places
# teaches: myth.locked_up
# teaches: myth.would_ask_for_help
# teaches: myth.trauma_story_changes

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Lena is an adult domestic worker. Her employer keeps her passport and her key card, she is on
//   call day and night, sleeps in the children's room, is never alone, and her wages are "sent home"
//   by the employer. Together these are a reason to refer, not proof. She never says "trafficked".
// - Claire is polite, generous with her time and entirely plausible. She never says anything a
//   court could use. In variant 2 she does not let Lena go anywhere alone, and the linen-room
//   pretext fails: the right move is then to stop and report.
// - No one is in immediate danger and Lena has not asked for police. The exact report is the
//   hotline referral with the supervisor (`hotline`). Police for an adult who has not asked is an
//   override of her choice, and can expose her to immigration action.
// - Lena's story changes between "I'm very happy" in front of Claire and what she says alone. The
//   debrief explains why (myth.trauma_story_changes), and she voices fear for her visa and her son.
// - The breakfast tray stays ambiguous (`ambiguous: hotel.guest_injured_deprived`): a plate wiped
//   clean could be tidying or someone living on the children's leftovers. "Long night?" `resolves`
//   it: Lena says she eats what the children leave.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hotel_corridor_day
# ambience: hotel_corridor
# show: dot:calm
Twenty past ten on a weekday morning, fourth floor. You are on the day shift for {org_name}.
Dot, the housekeeping supervisor, waves you over to the service elevator.
The family in 414 and 412. The Whitlocks, with two little ones and a nanny. Here all week. # speaker: dot
{variant == 2: I've never once seen the nanny without one of the parents beside her.|The nanny was in the corridor at two this morning with the baby, and down at the buffet at six for the tray.} # speaker: dot
It's probably nothing. It's just that I've never seen her sit down. # speaker: dot
+ ["Does she ever come down on her own? To eat, or go out?" # score: observe +1 # why: An open question asks for the one fact that matters most, without putting a label on anyone.]
  Not that I've seen. # speaker: dot
+ ["Let's not guess yet. I'll keep an eye out today and write down what I see, with the times." # score: observe +1 # score: document +1 # why: Quiet watching, with notes made as things happen, is what a useful report is built from, and it tips nobody off.]
  Fine by me. My crew's on this floor till two. # speaker: dot
+ ["Nannies work long hours, that's the job. A family in a suite like that isn't our concern unless they complain about something." # score: observe -1 # myth: myth.not_in_nice_places # why: Long hours can be just a hard job, but closing the question because of the room rate means you stop looking at the very things that would tell the two apart.]
  Maybe. # speaker: dot # show: dot:guarded
  I'd still like you to walk the floor. # speaker: dot
+ ["Let's knock now and do a welfare check on the suite." # score: safety -1 # score: trust -1 # why: There is no welfare concern yet that would justify it. A knock on the door tells the family that someone is watching the nanny, and she is the one who pays for that.]
  On what grounds? They'll ask. # speaker: dot # show: dot:guarded
  Let's just see how the morning goes. # speaker: dot
- You note the time and the room numbers. # requires: log
  -> corridor

// ---------------------------------------------------------------- observe

=== corridor ===
# phase: observe
# hide: dot
You walk the corridor slowly, the way you do every morning.
- (around)
* [Look at the door of 414 # observe: dnd_door # reveals: hotel.dnd_refuses_service]
  The Do Not Disturb sign has been up since Monday, Dot's sheet says. Housekeeping has been turned away every day.
  Used towels are left at the foot of the door each morning, and fresh ones are taken in at the door.
  -> around
* [Look at the breakfast tray outside 412 # observe: room_tray # reveals: nothing # ambiguous: hotel.guest_injured_deprived]
  Two small plates of pancake crusts and a sippy cup. The room-service slip is for two children's breakfasts, and nothing else.
  A third plate has the children's leftovers scraped onto it, and it has been wiped clean with a crust.
  Someone ate what the children left, or someone just tidied up. From here you can't tell.
  -> around
* [Read the room report on the housekeeping cart # observe: room_sheet # reveals: hotel.guest_withholds_id_details]
  A crib for 412, extra pillows for 420. Behind it is the front desk's copy of the booking for 412 and 414.
  Mr. and Mrs. Whitlock, two children, and "+1 staff". Where the fifth guest's name and ID should be, someone has written: held by guest.
  -> around
* [Check the sign-in sheet by the service elevator # observe: service_lift # reveals: nothing]
  Dot's crew, a plumber at ten past nine, the florist at half past.
  Nobody from the fourth-floor rooms has signed for anything.
  -> around
* [Look out of the window at the end of the corridor # observe: end_window # reveals: nothing]
  The service yard, a white minibus from the laundry company, and a delivery driver on his phone.
  -> around
+ [Wait by the service elevator]
- -> first_talk

// ---------------------------------------------------------------- talk

=== first_talk ===
# phase: talk
# show: lena:calm
The door of 412 opens. A woman in a gray cardigan comes out with a child's backpack on one shoulder and a baby monitor clipped to her pocket.
She walks to the service elevator and presses the button, and looks at the floor.
+ ["Good morning. We check in with everyone on this floor now and then. Everything all right in the suite?" # score: trust +1 # why: Saying why you are there is honest and routine. It is a little official, and a question about the suite is one she may feel she has to answer for the family.]
  -> routine
+ ["Are you the nanny for 414? Are they treating you all right, and do they pay you properly?" # critical: interrogate_victim # score: trust -2 # why: Questions about her pay and treatment, asked in a corridor by a stranger in uniform, are questions she cannot safely answer, and they tell her you think something is wrong with her employers.]
  -> pried
+ [Hold the elevator door for her when it comes, and wait # score: trust +2 # score: safety +1 # why: A small, ordinary courtesy with no questions attached lets her decide whether to say anything at all.]
  -> held_door
+ ["Can I see your key card, please? This floor is for guests only." # score: trust -2 # score: choice -1 # why: An access check makes her a suspect, and if her employer holds her key card, it puts her in a spot she did not make.]
  -> carded

=== held_door ===
She looks up at you, surprised.
Thank you. # speaker: lena
-> after_open

=== routine ===
Yes. Everything is fine, thank you. # speaker: lena
-> after_open

=== pried ===
She takes a step back from the elevator. # show: lena:anxious
They are very good to me. # speaker: lena
She looks at the door of 414, not at you.
-> after_open

=== carded ===
She pats her cardigan pockets, then stops. # show: lena:anxious
Mrs. Whitlock has it. I can go and ask. # speaker: lena
She looks back at 414 as if she has done something wrong.
-> after_open

=== after_open ===
The elevator is slow. She shifts the backpack and stifles a yawn.
+ ["Long night?" # resolves: hotel.guest_injured_deprived # score: trust +1 # why: A light, human question leaves room for her to say as much or as little as she likes. It is friendly but offers nothing she could use later.]
  -> long_night
+ ["There's coffee on in the linen room most mornings. Dot's crew won't mind." # score: trust +2 # score: peer_support +1 # why: Pointing to a quiet place with people who are kind gives her somewhere to be, without asking anything of her.]
  -> coffee
+ ["If anyone is keeping you here against your will, you can tell me right now." # critical: labelling_question # score: trust -2 # myth: myth.ask_directly # why: Nobody answers a question like that in a hotel corridor, with her employer a door away. It makes her deny it, and makes you someone to avoid.]
  -> asked_direct

=== coffee ===
She almost smiles.
I don't get much time. The little one wakes a lot. I sleep in with the children, so I'm there when they need me. # speaker: lena # indicator: hotel.guest_injured_deprived
Maybe five minutes. Maybe. # speaker: lena
-> claire_out

=== long_night ===
Every night is long. # speaker: lena
I sleep in with the children, so I'm there when they need me. # speaker: lena # indicator: hotel.guest_injured_deprived
I eat with them, what they leave. There isn't time to order. # speaker: lena
-> claire_out

=== asked_direct ===
No. No, nothing like that. # speaker: lena # show: lena:anxious
She presses the button again.
-> claire_out

=== claire_out ===
# show: claire:calm
The door of 414 opens. A woman in a linen blazer comes out with a phone in her hand.
Lena? Noah's asking for you. # speaker: claire
Then she sees you, and smiles.
Is everything all right, officer? Lena's been with us six years. She's one of the family. # speaker: claire
{variant == 2: She puts a hand lightly on Lena's arm.|She holds the door open for Lena.}
We keep all the passports in the room safe when we travel, hers too, and her key card's on mine. You know what hotels can be like. # speaker: claire # indicator: hotel.companion_holds_id_money_keys
I'm very happy with the family. They are very good to me. # speaker: lena # indicator: hotel.confused_rehearsed_guest
She says it to Claire, not to you, in the voice of something said many times before. # requires: hotline
# discuss: What have you seen so far, and what would you still want to know? What is safe to do with Claire standing here?
+ ["Sensible, with the safe. Does Lena have a key card of her own, for when you're out?" # score: observe +1 # score: safety -1 # why: You learn something real, but the question is about Lena, asked of her employer, and Claire may wonder why security cares.]
  -> key_question
+ ["Shouldn't Lena be keeping her own passport?" # critical: confront_controller # score: safety -2 # score: trust -1 # why: Challenging the employer in front of Lena puts her in the middle. Claire stays polite, and Lena is the one who goes back into the room with her.]
  -> confronted
+ ["Glad to hear it. Enjoy the rest of your stay." # score: safety +2 # score: observe +1 # why: With her employer beside her, Lena cannot speak freely. An ordinary goodbye gives Claire no reason to keep Lena closer, and you have seen what you need to report.]
  -> let_them_go
+ ["Lena, would you like to come down for a coffee with me? Just a short break." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Asking her away in front of her employer shows your concern and makes her refuse. A private moment has to look like nothing at all.]
  -> asked_away

=== let_them_go ===
You thank them and walk on toward the window. Behind you the door of 414 closes. # hide: claire # hide: lena # sound: door_close
-> linen_room

=== key_question ===
Claire laughs.
She's never out without us. Where would she go? # speaker: claire
Come on, Lena. # speaker: claire
The door closes behind them. # hide: claire # hide: lena # sound: door_close
-> linen_room

=== confronted ===
Claire's smile doesn't move.
She's welcome to it any time she asks. She never asks. # speaker: claire # show: claire:impatient
Lena goes into the suite without a word. Claire follows and closes the door. # hide: claire # hide: lena # sound: door_close
Ten minutes later the Do Not Disturb sign on 412 goes up too.
-> linen_room

=== asked_away ===
Lena looks at Claire before she answers. # show: lena:anxious
No, thank you. I'm busy with the children. # speaker: lena
Claire smiles and guides her back inside. # show: claire:impatient # hide: claire # hide: lena # sound: door_close
-> linen_room

// ---------------------------------------------------------------- act

=== linen_room ===
# phase: act
# show: dot:calm
Dot is folding pillowcases in the linen room. You tell her what you saw.
The passport, the key card, the night shifts. # speaker: dot
Monday, the one time my crew got into 412: four big suitcases for the family, and her things in a plastic grocery bag under the crib. # speaker: dot # indicator: hotel.few_possessions_long_stay
She's not locked in. She walks around all day. But she can't actually go anywhere, can she. # speaker: dot # discuss: Lena walks the corridors freely and says she is happy. What does that tell you, and what doesn't it?
+ ["Dot, is there a reason she might come down here alone later? I'd like her to have a number." # score: trust +1 # score: safety -1 # why: A quiet word could give Lena a way out she chooses herself, but any plan to get her alone risks being noticed, and the report still has to be made.]
  -> pretext
+ ["Call the police. Holding someone's passport is a crime." # score: choice -2 # score: safety -1 # action: police # why: She is an adult in no immediate danger who has not asked for police. Calling them anyway takes the decision from her, and can expose her to immigration action or to her employer's anger.]
  -> police_called
+ [Radio the control room: what you saw and heard, and a request to refer it to {hotline_name} with them # score: report +2 # score: collaboration +1 # action: hotline # why: Several signs together, an adult who has not asked for help and no immediate danger: a referral through the control room puts it with people trained to follow it up, without forcing Lena's hand.]
  -> referred
+ ["Log it. People who pay for a suite aren't trafficking their nanny." # score: report -2 # score: observe -1 # action: log # myth: myth.not_in_nice_places # why: Money and a nice room say nothing about how a worker is treated. A log entry alone means nobody who could help will hear about it.]
  -> logged

=== pretext ===
{
- variant == 2:
  -> pretext_fails
- else:
  -> pretext_works
}

=== pretext_works ===
Dot rings 414 to say the crib sheets are ready to collect from the linen room.
Twenty minutes later, Lena comes in on her own, the baby monitor still on her pocket. # show: lena:guarded
Dot puts a mug in her hands and goes to count towels in the corridor.
Lena drinks half of it standing up.
Mrs. Whitlock pays my wages to her account. She says she sends it home for me. # speaker: lena
My visa is with the family. If I make trouble, it's finished, and my son's school is paid from this. # speaker: lena # discuss: Earlier Lena said she was very happy. What changed, and does it make her less believable?
+ ["Come down to the office with me now, and we'll call them together. I'll sit with you." # score: trust +1 # score: choice -1 # why: Offering to stay with her is kind, but it asks her to decide now, with ten minutes before she is missed. Her timing may not be yours.]
  -> office_now
+ ["You don't have to decide anything today. This is a number you can call, if and when you want." # score: trust +2 # score: choice +2 # why: Offering a way to get help, with no deadline and no pressure, leaves the choice with Lena, which is where it belongs.]
  -> card_given
+ ["I'll talk to Mrs. Whitlock and get your passport back for you today." # critical: promise_cannot_keep # score: trust -2 # score: safety -1 # why: You cannot make that happen, and trying would tell her employer that Lena talked to you. A promise you can't keep teaches her that helpers let her down.]
  -> promised
+ ["How much do they owe you? Since when?" # critical: interrogate_victim # score: trust -2 # why: Questions about the exploitation are for the people trained to ask them, at her pace. Pressing her for figures makes a short, brave moment into an interview.]
  -> pressed

=== card_given ===
You write {hotline_phone} on the back of a receipt from Dot's crib-sheet pad. It looks like a laundry note.
It's for {hotline_name}.{hotline_not_police: They're not the police.}{hotline_languages: They can help in {hotline_languages}.} # speaker: officer
Lena folds it small and puts it inside her phone case.
Thank you for the coffee. # speaker: lena
She takes the crib sheets and goes back up. # hide: lena # sound: lift_chime
-> radio_after_talk

=== office_now ===
Lena shakes her head and puts the mug down.
Not today. She will wonder where I am. # speaker: lena # show: lena:anxious
You give her the number on a crib-sheet receipt anyway. She takes it, and goes. # hide: lena # sound: lift_chime
-> radio_after_talk

=== promised ===
Lena's face goes still.
Please don't. Please don't say anything to her. # speaker: lena # show: lena:anxious
She puts the mug down and takes the crib sheets, and goes without the number. # hide: lena # sound: lift_chime
-> radio_after_talk

=== pressed ===
Lena looks at the door.
I don't know. I have to go. # speaker: lena # show: lena:anxious
She goes without the number. # hide: lena # sound: lift_chime
-> radio_after_talk

=== pretext_fails ===
Dot rings 414 to say the crib sheets are ready to collect from the linen room.
Lena comes down twenty minutes later. Claire is with her, the phone still in her hand. # show: lena:guarded # show: claire:calm
We'll take those, thanks. We're heading out to the zoo. # speaker: claire
+ [Hand the sheets over and wish them a good day at the zoo # score: safety +2 # why: The employer has said no to any time alone. Stopping here keeps Lena out of trouble; the referral, not the private word, is what helps her now.]
  -> pretext_stopped
+ [Fold the receipt with the number into the sheets, where Lena might find it # score: trust +1 # score: safety -2 # why: It might reach her, but Claire is carrying the sheets. If she finds a hotline number in them, Lena is the one who will answer for it.]
  -> slip_hidden
+ ["Actually, housekeeping needs Lena to sign for them herself. It'll only take a minute." # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: Inventing a rule after a no shows that you want Lena alone. Claire now knows it, and Lena will feel it later.]
  -> pushed

=== pretext_stopped ===
They go toward the elevator together, Claire a half step behind Lena. # hide: claire # hide: lena # sound: lift_chime
-> radio_after_talk

=== slip_hidden ===
Claire tucks the sheets under her arm without looking. # hide: claire # hide: lena # sound: lift_chime
You don't know who will unfold them.
-> radio_after_talk

=== pushed ===
Claire looks at you for a long moment.
I'll sign. I'm the one who's paying for the room. # speaker: claire # show: claire:impatient
She signs Dot's sheet and walks Lena to the elevator. # hide: claire # hide: lena # sound: lift_chime
-> radio_after_talk

=== radio_after_talk ===
# show: dot:calm
Dot comes back in and closes the door.
+ [Radio the control room and ask for the referral to {hotline_name} # action: hotline]
  -> referred

=== referred ===
You give the control room the room numbers, the times, the passport and the key card, the night shifts, and what Lena said, in her words.
The control room logs it and says they will make the referral to {hotline_name} with you after the shift.
# ending: referred; The control room and the hotline have it
-> file_report(-> epilogue_referred)

=== police_called ===
Two police officers arrive within the hour and go up to 414.
Claire meets them at the door, calm and helpful. She shows them the passports in the safe, and her own business card.
Lena tells them she is very happy with the family. # show: lena:anxious
By the afternoon, the Whitlocks have checked out a day early. # hide: claire # hide: lena
# ending: police_override; Police came, and the family checked out early
-> file_report(-> epilogue_police)

=== logged ===
You write two lines in the shift log and go back to your round.
# ending: logged; It went into the log
-> file_report(-> epilogue_logged)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_referred ===
{variant == 2: The Whitlocks check out on Saturday. Dot says Lena carried all four bags.|On Saturday, the last morning, Lena comes to the linen room for coffee on her own. She stays five minutes, and doesn't mention the slip.}
Saying nothing today does not mean nothing is wrong. Many people need several chances before they reach out.
-> aftermath

=== epilogue_police ===
Dot says the children's room was left spotless.
-> aftermath

=== epilogue_logged ===
The Whitlocks check out on Saturday. Nobody outside the hotel hears about Lena.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to the police, although nobody was in immediate danger.
- report_action == "police":
  Your report goes to the police. Lena did not ask for them, and they will come to the family first.
- report_action == "hotline":
  A week later, {escalation_first} says {hotline_name} has the report, with the family's details from the booking. Nobody tells you more, and that is as it should be.
- report_action == "supervisor":
  {escalation_first} reads your report and asks why it stopped with them. With this many signs, post orders say the hotline referral.
- report_action == "log":
  Your report goes into the shift log. Nobody calls about it.
- else:
  Nothing about today goes into the log.
}
Your shift ends at four.
-> END
