# grammar: 1
# id: transit.farm_bus
# title: Evening shift: the crew for the overnight bus
# setting: transit
# summary: A crew of farm workers waits at Bay 4 for the overnight bus with the man who runs the crew. One of them holds his hand as if it hurts, and the bus leaves in fifteen minutes.
# minutes: 12
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: This story is about a crew of adult farm workers traveling between jobs with their crew leader. It touches on who holds their papers and tickets, money owed, an untreated hand injury and fear of deportation. No violence is shown. You can step out at any time.
# focus: A seasonal crew on the move: what would tell a legal arrangement from control, and what to do with fifteen minutes
# character: june; June; The ticket agent at window 2, in her fifties, with a cardigan over her uniform and a first-aid kit under the counter. Your colleague tonight.
# character: royce; Royce; A man in his forties in a tan canvas work jacket, with a clear plastic folder he keeps on the bench beside him.
# character: daniel; Daniel; A young man of about twenty-two in a dusty hooded sweatshirt and work boots, with a phone that has no case.
# character: luis; Luis; A man in his thirties in a thin T-shirt, with his right hand wrapped in a second T-shirt and held against his chest.
# distractor: not.speaks_other_language
# distractor: not.outside_contractor
# distractor: not.tired_or_shy
# teaches: myth.only_foreigners
# teaches: myth.trauma_story_changes
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Seasonal crews really do travel like this: a contractor books the bus, carries the visa paperwork
//   and buys the food. None of the looks settles anything. What separates a legal arrangement from
//   control is whether a worker could have his papers back if he asked, whether he owes a debt he
//   cannot pay down, and whether he could leave. Only a question to Daniel, away from Royce, tells.
//   The folder of papers on the bench is the look tagged `ambiguous`; the two questions about his own
//   ID and about leaving `resolve` it.
// - Daniel is a US citizen; Royce holds his driver's license. Luis is on a work visa tied to this
//   crew; Royce has told him that leaving the job, or seeing a doctor, means deportation.
// - Royce is plausible and, when questioned, hostile. He never says anything a court could use.
// - Variant 1: Royce goes to the snack kiosk himself, and lets Luis have first aid at window 2.
//   Variant 2: Royce sends Daniel to the kiosk and stays on the bench; he refuses the first aid, and
//   the right move is then to stop and report.
// - Daniel's story changes when Royce comes back; Luis is flat and answers in as few words as he
//   can. The debrief explains both (myth.trauma_story_changes, myth.trauma_hostile_or_flat).
// - No one is in immediate danger and nobody has asked for police. The exact report is the hotline
//   referral through the control room (`hotline`), best made before the bus leaves, with the coach
//   and its arrival time. Police for adults who have not asked overrides them, and can expose Luis
//   to exactly what he fears.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: bus_station_hall
# ambience: bus_station
# show: june:calm
Twenty to eight in the evening at Crossways Bus Terminal. The sky over the bays is going dark blue.
You are on the evening shift for {org_name}. June waves you over to window 2.
There's a work crew on the Bay 4 benches. Nine of them off the six-ten from the south, for the seven fifty-five overnight. # speaker: june
One of them's been holding his hand like it's broken since they got off. Nobody's asked me for a thing. # speaker: june
+ ["That hand needs looking at. I'll take the first-aid kit over right now." # score: safety +1 # why: Care for an injury is part of the job, and offering it is right. Going in first, before you have seen anything, means you will not know what you are walking into.]
  Give it a minute. The man in charge doesn't like people near them. # speaker: june # show: june:guarded
+ [Nod, and note the time, the bay and the bus # score: observe +1 # score: document +1 # why: Writing down when and where, before anything has happened, is what a useful report is built from, and it shows nobody anything.]
  I'll walk past them on my round. # speaker: officer
  Fine. I'll be here. # speaker: june
+ ["Farm crews have work visas and a contractor. If the paperwork's right, that's the end of it for us." # score: observe -1 # myth: myth.only_foreigners # why: A visa and a contractor make the job legal, not the way the crew is treated. Closing the question on paperwork stops you looking at what would tell the two apart.]
  Maybe. # speaker: june # show: june:guarded
  You'll walk past anyway, though. # speaker: june
+ ["I'll go and check their IDs." # score: safety -1 # score: trust -1 # why: Checking a crew's papers is not security's job at a bus station, and it makes nine tired workers into suspects. It tells whoever runs them that someone is looking.]
  On what grounds? They've got tickets. I sold them. # speaker: june # show: june:guarded
  Just walk past. See what you see. # speaker: june
- You note the time: seven forty. # requires: log
  -> hall

// ---------------------------------------------------------------- observe

=== hall ===
# phase: observe
# hide: june
You take the long way around the hall.
- (around)
* [Look at the bags on the bench by Bay 4 # observe: bench_bags # reveals: transit.group_with_handler # ambiguous: transit.companion_holds_documents_ticket]
  A big wheeled suitcase with a tan work jacket over the handle, and next to it on the seat, a clear plastic folder. Under the bench, the crew's bags: a backpack or a grocery bag each.
  Through the plastic you can see a stack of bus tickets, and under a rubber band, a stack of passports and a couple of driver's licenses.
  Crew bosses on contracts often carry the paperwork for everyone. From here you can't tell whose idea it was.
  -> around
* [Look at ticket window 2 # observe: ticket_window # reveals: transit.ticket_bought_by_other]
  June turns her screen so you can see the booking.
  Nine tickets, one card, one name on the card. He bought them all at noon by phone. The eight others don't have a ticket in their hands. # speaker: june
  Church trips do the same, and school teams. # speaker: june
  -> around
* [Look at the Bay 4 doors and the crew in front of them # observe: bay_doors # reveals: transit.restricted_monitored_movement]
  The crew sits in a row in front of the glass, in work boots and dusty jeans. Most have their eyes shut. Through the doors a cleaner is sweeping out the coach.
  One of the men stands up and looks toward the restrooms. The man in the tan jacket says something without looking up, and he sits back down.
  A foreman who doesn't want to lose anyone before the bus? Or something else? You can't hear what was said.
  -> around
* [Look at the young traveler on the far bench # observe: far_bench # reveals: nothing]
  A young woman with a backpack and a laptop is on the phone: no, Mom, the connection's at nine, she'll text from the bus.
  -> around
* [Look at the departure board # observe: departure_board # reveals: nothing]
  HARLAN · OVERNIGHT · 7:55 · BAY 4 · ON TIME. Below it, two local buses and a late one to the airport.
  Fifteen minutes.
  -> around
* [Look at the restrooms corridor # observe: restrooms # reveals: nothing]
  Two of the crew stand by the water fountain, talking in Spanish and laughing at something on a phone. One refills a plastic bottle for the other.
  -> around
+ [Walk on toward Bay 4]
- -> bay_four

// ---------------------------------------------------------------- talk

=== bay_four ===
# phase: talk
# show: royce:calm
# show: luis:guarded
# show: daniel:guarded
You walk past the Bay 4 benches at the pace you walk past everything.
The man in the tan jacket nods to you.
Evening. # speaker: royce
The man beside him has his right hand wrapped in a T-shirt and pressed to his chest. When he sees your uniform he pulls the hand inside his jacket and looks at the floor, and stays that way until you have gone by. # indicator: transit.fear_of_uniforms
{
- variant == 2:
  Behind you, the man in the jacket peels bills from a roll and hands them to a young man in a dusty sweatshirt.
  Nine of the chicken. Get the receipt. It all goes in the book. # speaker: royce
  Nobody talks to anybody, Danny. # speaker: royce
  The young man walks to the snack kiosk. You are standing by its menu board.
- else:
  Behind you, the man in the jacket gets up and walks to the snack kiosk.
  Nobody talks to anybody. I'll get the food. It all goes in the book. # speaker: royce
  You stop under the departure board. A minute later, a young man in a dusty sweatshirt is standing next to you, reading it.
}
He speaks without turning his head. # show: daniel:anxious
The seven fifty-five. Where does it really go? # speaker: daniel # indicator: transit.unsure_destination_or_contact
He told us Cedar Falls. That's where we picked last year. The board says Harlan. # speaker: daniel
+ [Read him the board: "Harlan, Bay 4, gets in about six tomorrow morning." # score: trust +1 # why: A straight answer to a straight question. It gives him something true and asks nothing back, though it leaves him to take the next step.]
  -> answered
+ ["Harlan. Is somebody meeting you there?" # score: trust +1 # score: observe +1 # why: A true answer, then one light question about what happens at the other end. It asks about his trip, not about his boss, and he can answer it or not.]
  -> asked_meeting
+ ["Why do you ask? Is he taking you somewhere you don't want to go?" # critical: labelling_question # score: trust -2 # why: A question that names what you suspect asks him to accuse his boss to a stranger in uniform, with his boss thirty feet away. The safe answer is no.]
  -> labelled
+ ["Ask your boss. He'd know." # score: trust -1 # why: It sends him back to the one person he did not ask. He asked you, quietly, and that was a risk for him.]
  -> sent_back

=== labelled ===
He takes half a step away. # show: daniel:anxious
No. No, it's a job. I just wanted to know. # speaker: daniel
-> royce_back

=== sent_back ===
He nods as if that was the answer he expected.
Yeah. # speaker: daniel
-> royce_back

=== answered ===
Six in the morning. # speaker: daniel
He says it again under his breath, as if he is trying to remember it.
-> ask_more

=== asked_meeting ===
I don't know. He knows. We get off where he gets off. # speaker: daniel
-> ask_more

=== ask_more ===
{variant == 2: At the kiosk, the clerk starts bagging nine boxes of chicken.|At the kiosk, Royce is counting out bills. He looks back at the benches, then at you.}
+ ["Got your own ticket and ID on you?" # resolves: transit.companion_holds_documents_ticket # score: observe +1 # score: safety -1 # why: It asks for the fact that matters, but as a check. He may feel inspected, and his boss can see you asking him something.]
  -> own_id
+ [Hand him a station leaflet with the hotline number on it, and say nothing else # score: choice +1 # score: safety -1 # why: It leaves the choice entirely with him, but a leaflet passed in full view of his boss is something he will have to explain, and you learn nothing about whether he is free.]
  -> leaflet
+ ["If you wanted to go somewhere else tonight instead, could you?" # resolves: transit.companion_holds_documents_ticket # score: trust +1 # score: observe +1 # score: safety +1 # why: One question about whether he is free to leave, asked about him and not about his boss. It is the question that tells a hard job from a trap, and it is his to answer or not.]
  -> could_leave
+ ["How much does he take out of your pay, and how long has this been going on? I need the whole picture." # critical: interrogate_victim # score: trust -2 # why: Questions about what is being done to him are for people trained to ask them, at his pace. In a bus station, with his boss watching, it turns a brave minute into an interview.]
  -> pressed

=== could_leave ===
He almost laughs.
With what? He's got my license. Everybody's papers, in the folder. # speaker: daniel # indicator: transit.companion_holds_documents_ticket
He says we get them back when the debt's paid. The bus, the camp, the food. It all goes in his book, and it never gets smaller. # speaker: daniel # indicator: transit.discreet_disclosure_to_staff
I was born in Bakersfield. I'm not from anywhere else. And I still can't get on a different bus. # speaker: daniel
-> royce_back

=== own_id ===
He shakes his head.
He keeps them. It's easier, he says. # speaker: daniel # indicator: transit.companion_holds_documents_ticket
-> royce_back

=== pressed ===
He looks at the kiosk, and back at you. # show: daniel:anxious
I don't know. I have to go. # speaker: daniel
-> royce_back

=== leaflet ===
He folds it once and pushes it into his back pocket without looking at it.
-> royce_back

=== royce_back ===
# show: royce:impatient
{
- variant == 2:
  Danny! Food. Now. # speaker: royce
  The man in the tan jacket is up from the bench and halfway to the kiosk. He takes one of the bags from Daniel and stands beside you.
- else:
  Royce comes back with two plastic bags of food and stops beside you.
}
Problem, officer? # speaker: royce
Daniel looks at the floor. # show: daniel:guarded
{
- could_leave || own_id || asked_meeting:
  No problem. I was asking about the restroom. We go to the farm. It's good work. # speaker: daniel # indicator: transit.scripted_inconsistent_story
- else:
  No problem. I was asking about the restroom. # speaker: daniel
}
These guys don't talk to people. They're here to work. # speaker: royce # indicator: transit.not_allowed_to_speak_or_separate
I've got their tickets and their paperwork, so nobody loses anything between here and the job. All legal, every one. # speaker: royce # discuss: Royce is back. What have you seen, what would you still want to know, and what is safe to do with him standing here?
+ ["Long way to come for a job. Who's the crew working for?" # score: observe +1 # score: safety -1 # why: A fair question, and any traveler might be asked it, but it is asked of the man in charge about his crew, and he hears the interest behind it.]
  -> royce_bristles
+ ["Bus is on time. Bay 4." # score: safety +2 # why: With the man in charge standing there, an ordinary answer is the safest thing you can give Daniel. He has already told you what you needed to report.]
  -> let_go
+ ["Daniel was asking me where the bus really goes. Somebody meeting them in Harlan?" # critical: suspicion_in_front_of_controller # score: safety -2 # why: It tells the man in charge exactly what Daniel said to you. Whatever happens to Daniel on that bus, you have made it more likely.]
  -> exposed
+ ["Those passports belong to them, not to you. They should each be carrying their own." # critical: confront_controller # score: safety -2 # score: trust -1 # why: Challenging him in front of the crew puts them in the middle, and Daniel is the one who was seen talking to you.]
  -> confronted

=== let_go ===
Royce looks at you a moment longer, then nods.
Let's go, Danny. # speaker: royce
They walk back to the benches. Royce hands out the food. # hide: daniel
-> act

=== royce_bristles ===
Royce's face goes flat.
Why? You immigration? # speaker: royce # show: royce:impatient
No? Then it's not your business who they work for. They've got contracts. You want to see a contract, call my lawyer. # speaker: royce
Danny. Bench. # speaker: royce
Daniel goes without looking at you. # hide: daniel
-> act

=== confronted ===
Royce laughs, once.
You a cop? Immigration? No? Then back off. # speaker: royce # show: royce:impatient
He walks to the bench, picks up the folder and zips it inside his jacket.
Bags, guys. We're going out to the bay. Now. # speaker: royce
The crew stands up together. Daniel does not look at you. # hide: daniel
-> act

=== exposed ===
Royce smiles at Daniel, not at you.
Danny gets confused. Long day. # speaker: royce
He keeps his hand on Daniel's shoulder all the way back to the bench. # hide: daniel
-> act

// ---------------------------------------------------------------- act

=== act ===
# phase: act
# requires: hotline
# show: june:calm
You go back to window 2. June slides the first-aid kit onto the counter without being asked.
{confronted: Out at Bay 4, the crew stands by the coach door in a line, Royce at the end of it.|On the Bay 4 benches, the crew eats with their heads down. The man with the hurt hand eats with his left.}
Twelve minutes. # speaker: june # discuss: The bus leaves in twelve minutes. What matters most before it goes, and what can wait?
+ [Take the kit to Bay 4 now. The radio can wait until the bus is gone. # score: safety +1 # score: trust +1 # score: report -1 # why: The injury is real and help now matters, but once the bus has gone, the coach and the people on it are a great deal harder for anyone to find.]
  -> first_aid
+ [Walk over, pick up the folder, and give every man his own passport and license back # critical: take_documents # score: safety -2 # myth: myth.security_rescues # why: It feels like justice, but taking the papers out of someone's control is not security's to do. It starts a fight with Royce in front of the crew, and they board the bus with him anyway.]
  -> took_folder
+ [Radio {escalation_first} first: the coach, the time, the folder of papers, what Daniel said. Then the hand. # score: report +2 # score: collaboration +1 # action: hotline # why: The report is what can still follow the crew after the bus leaves, and it takes a minute. The hand waits a minute longer, not the whole night.]
  -> radio_first
+ [Call the police to hold the bus and check everyone's papers # score: choice -2 # score: safety -1 # action: police # why: These are adults in no immediate danger who have asked for nothing. A papers check by police is the very thing Royce tells them to fear, and it happens in front of him.]
  -> police_called
+ [Log it: a legal crew with a contractor # score: report -2 # score: observe -1 # action: log # myth: myth.only_foreigners # why: A contract and visas make the job legal, not the way the crew is held. A log entry alone means nobody who could follow the bus will hear about it.]
  -> logged

=== radio_first ===
You step behind the partition and key the radio. Nine workers and a crew leader, the seven fifty-five to Harlan, Bay 4, coach number on the board. The leader holds every passport and license in a clear folder. One worker, an adult, said he gets his back when a debt is paid, and asked you where the bus really goes. Another has an untreated hand injury.
The voice on the radio reads it back and says the referral to {hotline_name} will go in with the coach details and the arrival time, while the bus is still on the road.
-> first_aid

=== first_aid ===
You take the first-aid kit from June and walk over to Bay 4, the way you would for anyone.
There's first aid at window 2, if anybody wants that hand looked at before the bus. # speaker: officer
{
- confronted || royce_bristles || exposed || variant == 2:
  -> refused
- else:
  -> allowed
}

=== allowed ===
# show: royce:impatient
Royce looks at the clock.
Make it quick. Luis. Go. # speaker: royce
Luis follows you to the window. Royce stays on the bench where he can see the window, not the counter.
June unwraps the T-shirt. The cut runs across his palm. The edges are red, the hand is swollen to the wrist, and it is warm.
She washes it with saline and covers it. It needs a doctor, not a bandage, and soon. # speaker: june
Luis watches her hands, not her face. He speaks slowly, choosing his English words with care. # show: luis:guarded
The boss says a clinic costs. It comes off the pay. # speaker: luis
At a hospital they ask for papers. He says then it's immigration, and they send me back, and my family still owes the man who found me the job. # speaker: luis
He says it flatly, as if he is reading out the weather. # discuss: Luis has told you more than he meant to, in a flat voice, with Royce watching. What does he need from you in the next minute?
+ [Wave Daniel over from the bench, so he can explain Luis's options to him in Spanish # critical: companion_as_interpreter # score: safety -2 # why: Daniel is on the same crew, under the same man, and Royce is watching. He cannot be a neutral interpreter, and now two of them have been seen talking to you.]
  -> interpreted
+ ["Nobody's going to deport you for getting a hand seen. I'll make sure of that." # critical: promise_cannot_keep # score: trust -2 # why: You cannot make that promise come true. If it turns out wrong, he learns that helpers say what they cannot back up.]
  -> promised
+ ["Stay here with us tonight. Don't get on that bus. We'll work the rest out." # score: choice -2 # score: safety -1 # myth: myth.security_rescues # why: It decides for him, in eight minutes, with no plan for where he sleeps or what Royce does next. It is not yours to decide, and he cannot safely say yes.]
  -> stay_offer
+ ["Get a clinic to see it in Harlan. The number on the back is yours, for whenever." # score: choice +2 # score: trust +1 # why: Care he can use, a way to get help if he chooses, and no deadline. What happens next stays his decision.]
  -> card_given

=== card_given ===
June writes {hotline_phone} on the back of a wound-care leaflet. It looks like the instructions for the bandage.
It's {hotline_name}.{hotline_languages: They can help in {hotline_languages}.}{hotline_not_police: They're not the police.} # speaker: officer
Luis folds the leaflet into his wallet, behind a photo of two children.
Thank you for the hand. # speaker: luis
He walks back to the bench. # hide: luis
-> departure

=== promised ===
Luis's face goes still.
You don't know that. # speaker: luis
He takes his hand back before June has finished taping it. # hide: luis
-> departure

=== interpreted ===
Daniel comes over, looks at Royce, and says something short to Luis.
Luis shakes his head. He says he's fine. He fell at the farm. # speaker: daniel
Royce stands up from the bench. Both of them go back to it. # hide: luis
-> departure

=== stay_offer ===
Luis looks at the bench, then at the coach.
And then what? He has my passport. My visa is with this job. # speaker: luis
He goes back to the bench before June has finished. # hide: luis
-> departure

=== refused ===
# show: royce:impatient
Royce doesn't get up.
He's fine. We've got a kit at the camp. Sit down, Luis. # speaker: royce
Luis, who had half stood, sits.
+ [Hand Luis a pack of gauze with the hotline leaflet folded inside it # score: trust +1 # score: safety -2 # why: It might reach him, but Royce is watching, and a leaflet found in that gauze is something Luis will have to answer for.]
  -> slipped
+ ["OK. The kit's at window 2 if anybody wants it before the bus." Walk back to June # score: safety +2 # why: Royce has said no. Stopping keeps Luis out of trouble for having been offered, and the report, not a private word, is what can help him now.]
  -> stopped
+ ["It's station policy. Every injury gets seen before boarding." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Inventing a rule after a no shows Royce that you want Luis alone. He will know it, and Luis will feel it later.]
  -> pushed
+ ["If that gets infected, it's on you." # score: safety -1 # score: trust -1 # why: It is true, and it changes nothing: it tells Royce you are watching his crew, and Luis still cannot go.]
  -> warned

=== stopped ===
You take the kit back to window 2. Behind you, Luis is eating with his left hand again.
-> departure

=== pushed ===
Royce stands.
There's no such policy. You want to keep us here, get a cop. We're boarding. # speaker: royce
He walks the crew to the coach door early. Luis goes with them, hand inside his jacket.
-> departure

=== slipped ===
Luis takes the gauze. Royce holds out his hand for it, and Luis gives it to him.
You don't see what Royce does with the leaflet.
-> departure

=== warned ===
Royce shrugs.
Noted, officer. # speaker: royce
-> departure

=== departure ===
# hide: royce
# hide: luis
# hide: daniel
The Bay 4 doors slide open. The driver scans nine tickets from Royce's folder, and the crew climbs aboard. # sound: door_slide
{
- radio_first:
  -> referred
- else:
  -> radio_late
}

=== radio_late ===
The coach pulls out of Bay 4 at seven fifty-six.
+ [Radio {escalation_first} now, with everything you saw and heard # action: hotline]
  -> referred_late

=== referred ===
At seven fifty-six the coach pulls out, and it is still on the road to Harlan when {escalation_first} calls back to say the referral has gone in.
# ending: referred; The control room had it before the bus left
-> file_report(-> epilogue)

=== referred_late ===
You give {escalation_first} what you saw and heard. They ask for the coach number. You read it off the board, where it has already changed to the next departure.
They will make the referral to {hotline_name}, and say it would have helped to have it while the bus was still at the bay.
# ending: referred_late; The control room heard after the bus had gone
-> file_report(-> epilogue)

=== police_called ===
Two police officers arrive at seven fifty-two and walk to Bay 4.
Royce meets them halfway with the folder open: contracts, visas, tickets, a company card. He is calm and helpful.
They ask the crew, in front of him, whether anyone has a problem. Nobody does. Luis keeps his hand inside his jacket. # show: royce:calm
The coach leaves twenty minutes late, with all nine on it. # hide: royce # hide: luis # hide: daniel
# ending: police_override; Police checked the crew in front of Royce, and the bus left late
-> file_report(-> epilogue)

=== took_folder ===
# show: royce:impatient
You walk to the bench and pick up the folder.
Royce is on his feet at once.
That's theft. That's my paperwork. You want the cops here? I'll call them. # speaker: royce
The crew stares at the floor. Nobody reaches for a passport. Royce takes the folder back out of your hands, and you let him.
He walks the crew out to the coach door early. # hide: royce # hide: luis # hide: daniel
# ending: folder_taken; The folder went back to Royce, and the crew boarded
-> file_report(-> epilogue)

=== logged ===
You write two lines in the shift log. At seven fifty-six the coach pulls out of Bay 4. # hide: royce # hide: luis # hide: daniel
# ending: logged; It went into the log
-> file_report(-> epilogue)

// ---------------------------------------------------------------- epilogue (after the report)

=== epilogue ===
{
- report_action == "emergency":
  Your report goes to the police as an emergency, although nobody was in immediate danger.
- report_action == "police":
  Your report goes to the police. Nobody on the crew asked for them.{allowed: Luis told you what he fears from a papers check.}
- report_action == "hotline":
  Your report goes to {escalation_first}, and from there to {hotline_name}, with the coach, the route and the arrival time. What happens in Harlan, you will probably never hear.
- report_action == "supervisor":
  Your report goes to {escalation_first}, who asks why it stopped with them. Papers held against a debt, and a worker who asked where the bus was going: post orders say the hotline referral.
- report_action == "log":
  Your report goes into the shift log. Nobody outside the station reads it.
- else:
  Nothing about tonight goes into the log.
}
June puts the first-aid kit back under the counter.
{
- allowed:
  At least the hand's clean. Somebody in Harlan needs to see it. # speaker: june
- else:
  That hand's going to Harlan the way it came. # speaker: june
}
Your shift ends at midnight.
-> END
