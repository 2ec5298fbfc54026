# grammar: 1
# id: hotel.kitchen_porter
# title: Late shift: the dishwasher
# setting: hotel
# summary: The restaurant kitchen is closing at the back of the hotel. The dishwasher the chef can't do without, sent by a staffing agency, stops you by the dumpsters with a question.
# minutes: 12
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: This story involves a young adult kitchen worker placed at the hotel by a staffing agency. It touches on who holds his papers and his pay, where he sleeps, and a loan his family took out. No violence is shown. You can step out at any time.
# focus: A worker everyone likes, a chef who vouches for him and the agency's driver: what the hotel should hear, who should hear it first, and what to say in front of the driver
# character: sol; Sol; A young man of about twenty in a wet apron and kitchen clogs, carrying two trash bags.
# character: ruth; Ruth; The head chef, a woman in her fifties in kitchen whites, loud and warm, with a cigarette behind her ear.
# character: wade; Wade; A man in his forties in a fleece vest with a staffing-agency lanyard and a ring of keys. He drives the agency's white minibus.
# distractor: not.outside_contractor
# distractor: not.tired_or_shy
# distractor: not.speaks_other_language
# teaches: myth.initial_consent
# teaches: myth.only_underground
# teaches: myth.trauma_story_changes
# teaches: myth.locked_up

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Sol is an adult kitchen porter placed by a staffing agency (Apex). He came on a lawful seasonal
//   work visa the agency arranged. The agency holds his passport and his bank card, takes his pay,
//   charges him for the bed in a crowded house, and his mother signed for the recruitment loan back
//   home. Some nights he sleeps in the boiler room. Together these are a reason to refer, not proof,
//   and working through an agency is not a sign of anything on its own.
// - Ruth, the head chef, is warm and no part of it. She vouches for him, and her praise ("every
//   shift, never a word of complaint") describes the very signs. Her kindness is also a risk: if she
//   rings the agency, or the hotel cancels the contract tonight, the agency hears first and Sol pays.
// - Wade, the agency driver, is plausible, denies everything and never says anything a court could
//   use. In variant 2 he is short with the officer.
// - Variant 1: Wade is inside doing timesheets, Sol has a minute alone and says a little: the
//   passport, the loan, the nights in the boiler room, and asks that the chef is not told. His story
//   changes from "a form for the bank" (the debrief explains why: myth.trauma_story_changes).
//   Variant 2: Wade waits in the van with the engine running; the errand pretext fails, and the
//   right move is then to stop and report what was seen.
// - No one is in immediate danger and Sol has not asked for police. The exact report is the hotline
//   referral made with the control room (`hotline`). The hotel's own chain (the chef, the duty
//   manager, HR) has to hear in time, but through the control room and the referral, not tonight
//   from the chef. Police for an adult who has not asked is an override and can expose him to
//   immigration action.
// - The silver car stays ambiguous (`ambiguous: hotel.lookout_hall_lobby_lot`): a man watching the
//   kitchen door could be someone keeping an eye on the workers. Asking Ruth about her ride
//   `resolves` it the ordinary way: it is her husband, come to pick her up.

VAR padlocked = false

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hotel_carpark_dusk
# ambience: carpark_evening
Twenty past nine on a Thursday in June. The last of the light is going over the parking lot.
You are on the late shift for {org_name}. The restaurant kitchen is closing, and its staff door opens onto the side of the lot, by the dumpsters and the smokers' shelter.
The same young dishwasher has carried the trash out on every late shift you have worked since April.
The day officer left a line in the pass-down log: Boiler room by the kitchen door found unlocked again at 5 am. Blanket and a grocery bag inside. Maintenance says not theirs.
+ [Ask maintenance to padlock the boiler room tonight # score: safety +1 # score: observe -1 # why: A boiler room is a dangerous place to sleep, so the lock matters. But locking it before you know who was in there moves the problem somewhere you can't see it.]
  ~ padlocked = true
  Maintenance says they'll put one on before midnight.
+ [Put the boiler room on your rounds, and write down what you find and when # score: observe +1 # score: document +1 # why: Looking first and noting the times builds a record without deciding anything yet about whoever has been using it.]
  You add it to your rounds.
+ ["Someone's been sleeping back there. I'll get the police to come by and move whoever it is along." # score: safety -1 # score: trust -1 # why: Treating whoever sleeps there as a trespasser, before you know who it is, can push a person who may have nowhere else to go into more trouble.]
  The control room says to look first, and call if there's a problem.
+ ["Not mine to worry about." # score: observe -1 # why: A bed made up in a boiler room is worth a look. Whoever sleeps there may be a guest's problem, a staff problem, or a person in trouble, and you won't know which from the log.]
  You turn the page.
- You note the time: 9:20. # requires: log
  -> lot

// ---------------------------------------------------------------- observe

=== lot ===
# phase: observe
You walk the side of the lot toward the kitchen door.
- (around)
* [Look at the smokers' shelter by the dumpsters # observe: smokers_shelter # reveals: hotel.few_possessions_long_stay]
  The staff shelter: a bench, a sand bucket, an ashtray.{padlocked: The boiler-room door beside it has a new padlock.}
  Behind it, in the gap by the boiler-room wall, a grocery bag is tucked out of sight. A toothbrush, a phone charger, a folded work shirt, a blanket rolled tight.
  -> around
* [Look at the silver car with a driver waiting # observe: waiting_car # reveals: nothing # ambiguous: hotel.lookout_hall_lobby_lot]
  A man sits in a silver station wagon with the engine off, parked nose to the kitchen door. He was there when you came out.
  Each time the kitchen door opens, he looks up from his phone.
  -> around
* [Look at the white minibus # observe: minibus # reveals: nothing]
  A white minibus with a staffing agency's magnetic sign on the door: Lakeline Hospitality Staffing. The hotel uses agencies for the kitchen and for housekeeping, like most hotels in town.
  {variant == 2: The engine is running. A man in a fleece vest sits at the wheel with a clipboard, facing the kitchen door.|It is locked and empty, parked across two staff bays.}
  -> around
* [Look through the entrance doors at the desk # observe: entrance_doors # reveals: hotel.guest_withholds_id_details]
  On the end of the desk, the contractor sign-in binder lies open.
  The Lakeline kitchen lines have first names only, no surnames. In the column for ID, one hand has written "held by agency" for all six, every day this week, in at 7 am and out at 10 pm or later.
  -> around
* [Look at the luggage cart # observe: luggage_trolley # reveals: nothing]
  Sports bags with a youth soccer club's crest on them. A parent is wheeling the cart in one bag at a time, arguing cheerfully with someone on the phone about breakfast.
  -> around
+ [Walk over to the kitchen door]
- -> bins

// ---------------------------------------------------------------- talk

=== bins ===
# phase: talk
# show: sol:guarded
The kitchen door bangs open. A young man in a wet apron and kitchen clogs drags two trash bags to the dumpster and heaves them in. The lid sticks, and he has to force it down.
He sees your uniform and stops. He wipes his hands on the apron, and looks back at the door before he speaks.
Excuse me. Does the hotel keep the staff's papers? # speaker: sol
+ ["HR keeps a file on everyone the hotel hires, and the agencies keep their own. Is there something you need from yours?" # score: trust +1 # why: Honest and useful. It also answers a question he may not have been asking, and he may take the answer and go.]
  -> hr_answer
+ ["Has somebody taken your passport?" # score: trust -2 # score: observe +1 # why: It puts your words in his mouth before he has said anything, and a closed question like that nearly always gets a quick no.]
  -> passport_asked
+ ["Which papers do you mean?" # score: trust +1 # score: observe +1 # why: A short, open question lets him say what he meant, or nothing at all. It doesn't guess for him.]
  -> which_papers
+ ["No idea, sorry. Ask your manager." # score: trust -1 # score: observe -1 # why: He took a chance asking a uniform anything. Sending him to his manager may send him to the very people he is worried about.]
  -> brushed

=== which_papers ===
He thinks about it for too long.
For the bank. A form. It's not important. # speaker: sol
-> ruth_out

=== hr_answer ===
The agency. OK. # speaker: sol
He nods, as if that was the answer he expected.
Thank you. # speaker: sol
-> ruth_out

=== passport_asked ===
He takes a step back. # show: sol:anxious
No. Nobody. I have everything. # speaker: sol
Sorry. Wrong question. # speaker: sol
-> ruth_out

=== brushed ===
OK. Sorry. # speaker: sol
He turns back to the dumpster and folds the lid down.
-> ruth_out

=== ruth_out ===
# show: ruth:calm
The door bangs again. The head chef comes out in her whites, lights a cigarette and sits down in the smokers' shelter.
There he is! Don't you go stealing my dishwasher, officer. Best one I've had in twenty years. # speaker: ruth
Every shift, never late, never a word of complaint. I swear he lives here. # speaker: ruth
Sol smiles at the ground.
+ ["He's lucky to have you, Chef." # score: trust +1 # why: Warm and ordinary, and nothing in it for Sol to worry about. It also tells you nothing new.]
  -> ruth_talks
+ ["Every shift? Doesn't he ever get a day off?" # score: observe +1 # score: safety -1 # why: Ruth will answer happily and you learn something real. But Sol hears you asking about him, and a chef who likes him may repeat it to the agency.]
  -> ruth_days
+ ["Chef, between us, I think that agency might be taking advantage of him. Will you keep an eye on it and let me know?" # score: safety -2 # score: trust -1 # why: Ruth is no part of it, but now she has your suspicion, said in front of Sol. A chef who is angry on his behalf can call the agency tonight, and he is the one who pays for it.]
  -> ruth_told
+ ["Is that your ride in the silver car? Long night in there?" # resolves: hotel.lookout_hall_lobby_lot # score: observe +1 # score: trust +1 # why: An easy question about her evening, not about Sol, lets a chatty chef talk, and it settles who the man in the car is.]
  -> ruth_ride

=== ruth_ride ===
That's my Walt. Twenty-six years, and he's never once been late to pick me up. # speaker: ruth
She waves at the silver car. The man in it waves back.
-> ruth_talks

=== ruth_days ===
Day off? Not since April. The agency has them seven days. I told Hal it isn't right, but it's their contract. # speaker: ruth
-> ruth_talks

=== ruth_told ===
Ruth's face goes hard.
Taking advantage? I'll call them in the morning and tell them what I think of them. # speaker: ruth # show: ruth:impatient
Sol looks from her to you, and his face shuts. # show: sol:anxious
-> ruth_talks

=== ruth_talks ===
Sixty covers and a wedding party tonight, and he's been on since seven this morning. # speaker: ruth
The agency drives them in at seven and out when the last pan is done. He lives in their house with seven others. # speaker: ruth # indicator: hotel.staff_contractor_exploitation
I save him a plate every night. He won't eat in the staff room. Says they dock him for the break. # speaker: ruth # indicator: hotel.guest_injured_deprived
The agency does everything for us. I'm lucky, Chef. # speaker: sol # indicator: hotel.confused_rehearsed_guest
It comes out smooth and quick, like a line from a form.
Ruth stubs out the cigarette.
Right. Pans. Don't keep him long, officer. # speaker: ruth
She goes back in. # hide: ruth # sound: door_close
{
- variant == 2:
  -> watched
- else:
  -> alone
}

=== alone ===
Sol stays by the dumpster. The lot is quiet. Through the kitchen window you can see a man in a fleece vest with an agency lanyard at the restaurant office, going through timesheets with the manager.
His phone buzzes. He answers in another language, quietly, says a few words and hangs up.
My mother. # speaker: sol
# discuss: Sol is alone for a minute or two. What could you say that would leave the next step with him?
+ ["Is now an OK time to talk? Nobody's in trouble." # score: trust +1 # score: safety +1 # why: Checking it is safe before anything else is right. It also asks him to decide now, with the driver a window away.]
  -> opens_up
+ ["Nobody should be sleeping in a boiler room. I'll have a quiet word with the agency about your bed tomorrow." # score: safety -2 # score: trust -1 # why: Going to the agency on his behalf tells them exactly who talked. He hasn't asked you to, and he is the one who goes home in their van.]
  -> agency_word
+ ["You asked about papers. I'm out here most nights, if you ever want to finish that question." # score: trust +2 # score: choice +1 # why: It picks up his own words, asks for nothing, and leaves it to him whether and when to say more.]
  -> opens_up
+ ["Who has your passport, Sol? Is it the driver? How much do you owe them?" # critical: interrogate_victim # score: trust -2 # why: Three questions about the exploitation, fast, with the driver a window away. Questions like those are for trained people, at his pace, and they make a short private minute into an interview.]
  -> pressed

=== pressed ===
He looks at the window of the restaurant office. # show: sol:anxious
I don't know. I have to finish. # speaker: sol
He goes back inside before you can say anything else. # hide: sol # sound: door_close
-> wade_out

=== agency_word ===
Sol goes very still.
No. Please. Don't say anything to them. # speaker: sol # show: sol:anxious
He picks up the empty crate and goes back inside. # hide: sol # sound: door_close
-> wade_out

=== opens_up ===
He looks at the kitchen door, then at the minibus.
The agency keeps my passport. For the visa, they say. # speaker: sol
My mother signed for the loan, for the ticket and the visa. If I make trouble, they send me home, and the loan is still hers. # speaker: sol # indicator: hotel.staff_contractor_exploitation
Some nights the house is full. Then I sleep there. Nobody minds. # speaker: sol
He nods at the boiler room.{padlocked: Then he sees the new padlock, and looks away.} Then he looks at you properly for the first time.
Don't tell Chef. Please. She'll call them, and they'll know it was me. # speaker: sol # show: sol:anxious
# discuss: A few minutes ago he told the chef he was lucky. What changed, and does it make him less believable?
+ [Write {hotline_phone} on the back of a trash-pickup checklist and hand it to him without a word # score: choice +1 # why: A resource he can hide, with no pressure. But he doesn't know what you will do next, and may think nobody else will hear.]
  -> number_silent
+ ["I do have to tell my control room what I saw. I won't go to the agency or to Chef. And here's a number you can call yourself, when you want." # score: trust +2 # score: choice +1 # why: Honest about what you must pass on and who won't hear it, and a way to get help that stays his to use.]
  -> number_given
+ ["It stays between us. I promise." # critical: promise_cannot_keep # score: trust -2 # why: You can't keep that: what you saw has to go to the control room. When he finds out, he learns that helpers say what he wants to hear.]
  -> promised
+ ["Come inside with me now, and we'll call people who can help from the security office. The driver won't see." # score: trust +1 # score: choice -1 # why: Kind, and it offers a door that shuts. But it asks him to decide tonight, with the van about to leave, and his timing may not be yours.]
  -> office_now

=== number_given ===
You write {hotline_phone} on the back of a trash-pickup checklist. It looks like every other piece of paper by the dumpster.
It's {hotline_name}.{hotline_not_police: They're not the police.}{hotline_languages: They can help in {hotline_languages}.} # speaker: officer
He folds it small and puts it inside his phone case.
-> wade_out

=== number_silent ===
You write {hotline_phone} on the back of a trash-pickup checklist and hold it out.
He reads it, folds it small and puts it inside his phone case.
-> wade_out

=== promised ===
He nods, but his eyes go back to the office window.
OK. # speaker: sol
-> wade_out

=== office_now ===
He shakes his head.
Not tonight. Wade counts us in the van. # speaker: sol # show: sol:anxious
You give him the number on a trash-pickup checklist anyway. He takes it.
-> wade_out

=== watched ===
The minibus is still idling, its headlights on the kitchen door. Sol ties the last bag.
The van's horn taps once. Sol flinches at the sound, then goes back to the knot as if nothing happened.
# discuss: The driver is watching from the van. What, if anything, can you safely do for Sol right now?
+ ["Sol, give me a hand with this dumpster lid around the side? It keeps sticking." # score: trust +1 # score: safety -1 # why: A small, routine errand could give him a minute out of the van's sight. But the driver is watching, and if he says no, you have to let it go.]
  -> pretext
+ [Nod goodnight to Sol, and let him go to the van # score: safety +2 # why: With the driver watching, an ordinary goodnight keeps Sol out of trouble. What you have seen already is enough to report.]
  -> let_go
+ ["Is the agency making you sleep out here, Sol? You can tell me." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Asked where the driver can see him answering, it shows what you suspect. He can't answer it safely, and he may pay for the conversation later.]
  -> asked_watched

=== let_go ===
Sol lifts a hand and walks to the van.
-> wade_out

=== asked_watched ===
No. No. I live at the house. # speaker: sol # show: sol:anxious
The horn again, longer. He goes.
-> wade_out

=== pretext ===
Sol looks at the van before he answers.
The driver's window comes down. # show: wade:impatient
He's done. Sol. Van. # speaker: wade
+ [Drop a hotline card by the dumpster where Sol will walk past it # score: trust +1 # score: safety -1 # why: It might reach him. But the driver is watching the dumpster, and if he finds a hotline card on Sol, Sol is the one who answers for it.]
  -> card_dropped
+ ["It'll take two minutes. He can help me, then go." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Pushing after a no shows the driver that you want Sol alone. He will wonder why, and Sol will feel it in the van.]
  -> pushed
+ [Let it go. Wave Sol off, and finish your rounds # score: safety +2 # why: The driver has said no to any time alone. Stopping here keeps Sol out of trouble; the report, not a private word, is what helps him tonight.]
  -> stopped

=== stopped ===
Sol lifts a hand and walks to the van.
-> wade_out

=== pushed ===
Sol is already walking to the van.
The driver watches you over the top of his open door. # show: wade:impatient
-> wade_out

=== card_dropped ===
Sol steps over the card without looking down. It is still there when the van's headlights swing across it.
-> wade_out

// ---------------------------------------------------------------- the driver

=== wade_out ===
{
- variant == 2:
  The driver gets out of the van as Sol climbs into the back row. # show: wade:guarded
  On his lanyard, with the van keys, is a thick stack of bank cards held with a rubber band. He thumbs through them and passes one in through the window.
- else:
  The staff door opens. A man in a fleece vest comes out with a clipboard, keys swinging. # show: wade:calm
  Sol. Van. Five minutes. # speaker: wade
  Sol flinches at the voice. {pressed || agency_word: He comes back out with the last bag, fast,|He picks up the empty crate, fast,} and doesn't look at either of you. # show: sol:guarded
  On the man's lanyard, with the van keys, is a thick stack of bank cards held with a rubber band. He thumbs through them, pulls one out and hands it to Sol.
}
Yours. Food for tomorrow. Back to me Friday. # speaker: wade # indicator: hotel.companion_holds_id_money_keys
{variant == 2: He walks over to you, keys swinging.|Then he turns to you.}
{variant == 2: Something you want to ask my guy, you ask me.|Help you, officer?} # speaker: wade
+ [Say nothing. Look at the cards, then at him # score: safety -1 # why: Silence reads as a challenge. It tells him you noticed, and gives you nothing back.]
  -> wade_stare
+ ["Does Sol have a bed tonight? Someone's been sleeping in the boiler room." # score: observe +1 # score: safety -1 # why: A fair safety question, and you get an answer. But it tells the driver that security has noticed Sol, and Sol may be the one who is asked why.]
  -> wade_bed
+ ["Whose cards are those?" # critical: confront_controller # score: safety -2 # why: A challenge to the man who holds them. He has an answer ready, and Sol is the one sitting in his van afterwards.]
  -> wade_confronted
+ ["Just doing my rounds. The dumpster lid's sticking again, so I'm putting in a ticket for maintenance. Have a good night." # score: safety +2 # score: observe +1 # why: Dull, true and complete. The driver has no reason to think about Sol tonight, and you have seen the cards.]
  -> wade_fine

=== wade_fine ===
Good luck with that lid. # speaker: wade
-> van_leaves

=== wade_confronted ===
{variant == 2: Mine to look after. You're hotel security, not the labor board. Got a problem with my crew, call my office. # speaker: wade # show: wade:impatient|The crew's. I keep them safe; they lose everything. Ask the office, they'll tell you the same. # speaker: wade # show: wade:impatient}
He puts the stack in his pocket. Sol is already in the van.
-> van_leaves

=== wade_bed ===
{variant == 2: He's got a bed at the house, same as all of them. You're hotel security, not the labor board. # speaker: wade # show: wade:impatient|He's got a bed at our house. Nobody's sleeping in any boiler room. Ask anyone. # speaker: wade}
He looks at Sol a moment too long.
-> van_leaves

=== wade_stare ===
He smiles as if you had said something funny, and walks to the van. # show: wade:impatient
-> van_leaves

=== van_leaves ===
# hide: wade
# hide: sol
Six of them climb into the minibus. Sol sits in the back row, with his head against the window.
You note the plate as it pulls out of the staff bay.
# requires: hotline
-> notes

// ---------------------------------------------------------------- act

=== notes ===
# phase: act
Back in the security office, you open your notebook.
# discuss: What goes in your notes, and what stays out? Who might read them one day?
+ [Take photos of the boiler room, the bag behind the shelter and the van's plate, and add them to the notes # score: document +1 # score: choice -1 # why: The plate is useful. Photographing a man's few belongings, where he sleeps, is more than a report needs, and it is not yours to decide that he won't mind.]
  -> ruth_asks
+ [Times, places, the plate, and what each person said, in their words. Nothing you didn't see or hear # score: document +2 # why: Facts and quotes, written while they are fresh, are what the people who follow this up can use. Labels and guesses are not.]
  -> ruth_asks
+ [Write "Agency driver is trafficking the kitchen crew." Everyone should know what this is # score: document -1 # score: safety -1 # why: A conclusion, not an observation. It can't be checked, and if the agency or the hotel reads it first, it warns the people it names.]
  -> ruth_asks
+ [One line: "Agency worker may be sleeping in boiler room." The rest can wait # score: document +1 # score: observe -1 # why: True and careful. It also leaves out the cards, the papers, the hours and the loan, which are what make this more than a maintenance note.]
  -> ruth_asks

=== ruth_asks ===
# show: ruth:guarded
Ruth knocks on the office door in her coat, her car keys in her hand.
What's going on with that agency? Is Sol in trouble? # speaker: ruth
I'll call Hal, he's duty manager tonight. He can get HR to pull that contract in the morning. # speaker: ruth
# discuss: The hotel hires the agency, and Ruth wants to act tonight. Who should hear about this first, and why?
+ ["Call Hal tonight, Chef. The hotel hires that agency, so the hotel should be the one to deal with it." # score: collaboration +1 # score: safety -2 # why: The hotel does need to know, in time. But a call tonight reaches the agency by morning, and Sol is the one they will move or punish first.]
  -> hotel_first
+ ["Taking someone's passport is a crime. I'm calling the police." # score: choice -2 # score: safety -1 # action: police # why: He is an adult in no immediate danger who has not asked for police. Calling them anyway takes the decision from him, and can expose him to immigration action or to the agency's anger.]
  -> police_called
+ [Ask {escalation_first} to make the hotline referral with you tonight. Ruth hears only that it's in good hands # score: report +2 # score: collaboration +1 # action: hotline # why: Post orders put the control room first, and the referral puts it with people trained to follow it up. The control room decides with them when the hotel is told, so the agency doesn't hear first.]
  -> referred
+ [Radio {escalation_first} and ask them to get the general manager to suspend the agency's contract first thing # score: collaboration +1 # score: safety -1 # action: supervisor # why: The control room first is right, and the hotel does have to act on its contractor in time. But pulling the contract before anyone trained has looked at it tells the agency first, and it moves its crew before anyone can help them.]
  -> contract_pulled
+ ["It's the agency's business, Chef, not ours." Then log it # score: report -2 # action: log # myth: myth.only_underground # why: Labor trafficking happens in ordinary hotel kitchens, through agencies the hotel barely knows. A log entry alone reaches nobody who can act.]
  -> logged

=== referred ===
You radio {escalation_first} and read them your notes: the times, the sign-in binder, the cards on the lanyard, the plate, {variant == 2: and what the chef told you.|and what Sol said, in his words.}
{escalation_first} logs it and says they will make the referral to {hotline_name} with you after the shift, and decide with them when to tell the hotel.
Ruth, it's with the people whose job this is. The best thing you can do is keep saving him a plate. # speaker: officer
Ruth looks at you for a long moment, then nods. # show: ruth:calm
# ending: referred; Passed to the control room, and on to the hotline
-> file_report(-> epilogue)

=== hotel_first ===
Ruth calls Hal from the office phone. Hal calls HR at home. HR emails Lakeline at seven the next morning to say the contract is under review.
# ending: agency_heard_first; The agency heard it from the hotel first
-> file_report(-> epilogue)

=== contract_pulled ===
You radio {escalation_first}. They pass it to the general manager, as you asked.
By nine the next morning the hotel has suspended the Lakeline contract. At noon a Lakeline van comes to empty its crew's lockers.
# ending: contract_pulled; The contract was pulled before anyone could follow it up
-> file_report(-> epilogue)

=== police_called ===
A patrol car comes by at half past eleven. By then the minibus is gone.
The next afternoon an officer visits the agency's office. Wade shows them the contracts and the crew's visas, all in order, all in the agency's safe.
# ending: police_override; Police went to the agency, and the agency moved first
-> file_report(-> epilogue)

=== logged ===
You write two lines in the shift log and go back to your rounds.
Ruth goes home in the silver car. # hide: ruth
# ending: logged; It went into the log
-> file_report(-> epilogue)

// ---------------------------------------------------------------- epilogue (after the report)

=== epilogue ===
{
- report_action == "hotline":
  Two weeks later, {escalation_first} tells you {hotline_name} has it, and that the hotel's contract manager has been brought in, quietly. That is all you hear.
- report_action == "supervisor":
  {escalation_first} reads your report and asks why it stopped with them. With this many signs, post orders say the hotline referral.
- report_action == "police" || report_action == "emergency":
  {escalation_first} reads your report. Sol is an adult, nobody was in immediate danger, and he did not ask for police.
- report_action == "log":
  Your report goes into the shift log. Nobody outside the building reads it.
- else:
  Nothing about tonight goes into the log.
}
{
- hotel_first || police_called || contract_pulled || ruth_told:
  On Monday the Lakeline crew in the kitchen are all new faces. Ruth asks the agency where Sol has gone. They say he has been moved to another client.
- number_given || number_silent || office_now:
  On Saturday night Sol carries the trash out as usual. He nods to you. The phone case is the same.
- variant == 2:
  On Saturday night Sol carries the trash out as usual, and the minibus idles with its lights on the kitchen door.
- else:
  On Saturday night Sol carries the trash out as usual. He doesn't look at you.
}
Your shift ends at six.
-> END
