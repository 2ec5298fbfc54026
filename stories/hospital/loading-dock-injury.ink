# grammar: 1
# id: hospital.loading_dock_injury
# title: Early shift: the loading dock
# setting: hospital
# summary: Six in the morning at the staff entrance. The contract cleaners arrive in one crowded van, and one of them is hurt at work. The driver wants no hospital and no paperwork. Get the worker care, back the nurse, and pass on what you see.
# minutes: 10
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: This story involves the possible forced labour of an adult man who works as a contract cleaner. A chemical burn to his hand is described but not shown. On one path a man pulls another man by the arm. You can step out at any time.
# focus: First aid for a chemical burn, a professional interpreter, and a driver who wants no paperwork
# character: gwen; Gwen; A security officer in her sixties, finishing the night shift at the staff entrance booth.
# character: teo; Teo; A contract cleaner in his thirties, slight, in thin gray overalls.
# character: kurt; Kurt; A man in his fifties in a navy fleece and a cap, who drives the cleaners' van.
# character: ines; Ines; The triage nurse, in her forties, hair in a bun, in blue scrubs.
# character: interpreter; Interpreter; A calm voice on the hospital's phone interpreting line.
# distractor: not.speaks_other_language
# distractor: not.accent
# distractor: not.nationality
# teaches: myth.only_women
# teaches: myth.only_sex
# teaches: myth.not_in_nice_places

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - The worker speaks little English. The interpreter is always the hospital's phone line, never the driver.
// - First aid for a chemical burn: soaked clothing off, lots of running water at once, no delay;
//   the clinicians lead from there. Teo is an adult who says no to police: the control room is the
//   exact report. Kurt deflects and never explains his business; nobody narrates his contradictions.
// - variant 1: Kurt is jolly and matey. variant 2: Kurt is brisk and cold. The signs stay the same.
// - The empty glove boxes stay ambiguous (`ambiguous: hospital.occupational_injury_no_gear`): the
//   night crew may just have used the last pair. Backing the phone interpreter `resolves` it: in his
//   own words, Teo says there have been no gloves for weeks.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hospital_staff_entrance
# ambience: hospital_loading_bay
# show: gwen:calm
It is ten to six on a freezing morning. The sky over the loading bay is still dark.
You are taking over the staff entrance booth for {org_name}. Gwen has been here all night.
She hands you the radio and the logbook. # sound: page_turn
The cleaning contractor's van comes at six. Same van takes them away at ten at night. # speaker: gwen
Same faces, both ends of the day. Every day of the week, far as I can tell. # speaker: gwen # indicator: hospital.contract_staff_exploitation
Not our business, maybe. But I've been doing this a long time. # speaker: gwen
* ["Thanks, Gwen. I'll watch the arrivals and write down what I see." # score: observe +1 # score: document +1 # why: One sign proves nothing, but plain notes made as things happen build the picture a good report needs.]
  Good. Watch the driver more than the workers. # speaker: gwen # show: gwen:relieved
* ["Do they ever come in on their own, or always in the van?" # score: observe +1 # why: A fair question to a colleague who has watched for months. Writing down what you see yourself would build the picture faster.]
  Always the van. Always him. # speaker: gwen
* ["The hospital checks its contractors. Nothing like that happens in a place like this." # score: observe -1 # myth: myth.not_in_nice_places # why: Forced labour turns up in hospitals, hotels and offices, often through a subcontractor nobody looked at closely. Staying alert costs nothing.]
  Checks the company, maybe. Not who sleeps where. # speaker: gwen # show: gwen:guarded
* ["I'll stop the van at the barrier and check everyone's ID." # score: safety -2 # score: trust -1 # why: An ID check aimed only at the workers frightens them, tells the driver he has been noticed, and treats the people who may need help as suspects.]
  Singling them out? They're the ones I'm worried about. # speaker: gwen # show: gwen:anxious
  Just watch. And write it down. # speaker: gwen
- Gwen picks up her bag and heads home. You note the time. # requires: log # hide: gwen
  -> arrival

// ---------------------------------------------------------------- observe

=== arrival ===
# phase: observe
# show: kurt:calm
At six on the dot, a silver minivan swings into the loading area and stops by the smoking spot. # sound: door_slide
The driver gets out first. A navy fleece, a cap, a big ring of keys.
You have time for one good look while they get out.
* [Look at the minivan # observe: minivan # reveals: hospital.contract_staff_exploitation]
  Nine people climb out of a van with seven seats.
  There are pillows and blankets on the back seats, and bread bags on the floor.
  The workers move slowly. Their clothes look slept in.
* [Look at the time clock by the staff door # observe: time_clock # reveals: hospital.contract_staff_exploitation]
  The driver swipes nine badges through the clock, one after another, from a bundle on his key ring.
  Not one worker touches the clock. Then he puts the bundle back in his pocket.
* [Look at the staff notice board # observe: notice_board # reveals: nothing]
  The cleaning agency's rota, a lost-and-found note, and a safety poster.
  "Gloves and goggles for ALL chemical work." It is the hospital's standard poster.
* [Stay in the booth]
- The workers file in through the staff door. The driver stays by the van and lights a cigarette.
  -> rounds

=== rounds ===
At twenty to seven you walk your round of the loading area.
* [Look at the cleaning carts by the wall # observe: cleaning_carts # reveals: nothing # ambiguous: hospital.occupational_injury_no_gear]
  Two carts, mops and buckets. A big jug of floor stripper, the strong kind, with a red warning label about burns.
  The glove box on each cart is empty. There are no goggles on either cart.
  The night crew may have used the last pair and nobody has restocked yet. Or there were never any. An empty box can't tell you which.
* [Look at the smoking spot # observe: smoking_spot # reveals: nothing]
  Two porters share a flask of tea and laugh at something on a phone. They talk in a language you don't speak.
  One of them waves you over to show you a video of his kid's first steps.
* [Head back to the booth]
- -> injury

=== injury ===
At five to seven, the loading-bay door bangs open. # sound: door_close
A worker walks out fast, holding his right hand and wrist away from his body. # show: teo:anxious # indicator: hospital.occupational_injury_no_gear
His sleeve is soaked. The skin on his hand is bright red. He keeps trying to wipe it on his overalls.
The driver drops his cigarette and hurries over. # show: kurt:impatient
{variant == 2: Inside. Now. It's nothing.|Hey, hey, mate. Back inside. It's nothing, yeah?} # speaker: kurt
The worker stops. He looks from the driver to you and back. # requires: supervisor
-> first_aid

// ---------------------------------------------------------------- talk

=== first_aid ===
# phase: talk
The worker needs help now. What do you do first? # discuss: Before any questions: what does this worker need right now, and who should give it?
* [Ask the driver what happened first # score: safety -1 # why: Every second counts with a chemical burn, and the driver's version is not the worker's. Water first, questions never.]
  -> eyewash_late
* [Sleeve off, hand under running water, now. Then radio for a nurse # score: safety +3 # why: A chemical keeps burning while it is on the skin. Wet clothing off, lots of running water straight away, then the clinical team takes over. His health comes before anything else.]
  You point at the deep sink inside the staff door, peel the wet sleeve back off his arm, and hold your own hand under the tap to show him. He copies you.
  The water runs. His shoulders drop a little.
  -> eyewash
* [Radio the emergency department for a nurse, and keep him calm and still until she gets here # score: safety +1 # why: Calling the clinical team is right, but every second the chemical stays on his skin matters. Water first, radio while it runs.]
  The nurse is on her way. He stands there, still wiping his hand on his overalls.
  -> eyewash_late
* [Tell the driver to sort it out with his own site manager # score: safety -2 # score: trust -1 # why: A worker with a fresh chemical burn was standing in front of you. Leaving his care to the man who brought him means he may get none.]
  -> sent_away

=== eyewash_late ===
He burned it at home. On the stove. Yesterday. # speaker: kurt # indicator: hospital.inconsistent_injury_story
The sleeve is still dripping. It smells sharp, like the jug on the cart.
You get the wet sleeve off him and his hand under the tap at the sink. Minutes have gone.
-> eyewash

=== eyewash ===
The doors from the emergency department open. Ines comes out with a wheelchair. # show: ines:calm
{eyewash_late: Ines looks at the hand and then at the driver.|Ines looks at the hand. She keeps the water running.}
Keep it under. Lots of water. He needs to come in now. # speaker: ines
No hospital. I take him to the drugstore. It was the stove, at home. # speaker: kurt # indicator: hospital.inconsistent_injury_story
I'm his supervisor. I'll sort it. # speaker: kurt
The worker looks at the driver before he does anything at all. # show: teo:guarded # indicator: hospital.patient_defers_fearful
It's fifty steps away. He's coming in. # speaker: ines
{variant == 2: Fine. But I pay cash. No forms.|OK, OK. But no paperwork, yeah? I pay cash.} # speaker: kurt # indicator: hospital.companion_holds_documents_pays
* ["Let's get him inside." # score: safety +1 # score: collaboration +1 # why: Calm support for the nurse gets him to care fast, and shows no suspicion to a driver who is already on edge.]
  -> triage
* ["Before anyone goes anywhere, I need your name, your company, and ID for everyone in that van." # score: safety -2 # score: trust -2 # why: Demanding ID from the whole crew turns a medical moment into an investigation. It warns the driver and frightens the workers. Get him care, and note what you see.]
  -> crew_check

=== crew_check ===
The driver's face closes. # show: kurt:impatient
Forget it. He's fine. He goes back to work. # speaker: kurt
He takes the worker by his good elbow and walks him toward the staff door. The worker goes with him.
-> leaving_choice

=== sent_away ===
{variant == 2: See? I'll handle it.|Cheers, boss. I'll sort him out.} # speaker: kurt
He burned it at home, on the stove. It's old. # speaker: kurt # indicator: hospital.inconsistent_injury_story
He walks the worker back to the van and gives him a bottle of water to pour over his hand.
Five minutes later the van pulls out, with the worker in the front seat. # sound: door_slide # hide: teo # hide: kurt
-> sent_away_end

=== sent_away_end ===
# phase: act
The van's tail lights turn out of the gate.
* [Radio the control room: contractor hurt, no first aid, the plate # score: document +2 # action: supervisor # why: You missed the chance to get him care, but a plain record of the injury and the van means someone can still follow it up.]
  You write it down. The control room logs a contractor injury with no first aid given.
* [Leave it. He's their worker, not yours, and the driver said he'd handle it. # score: document -1 # why: An injured person on your site is your concern. A plain note costs little and could help him later.]
  The loading area goes quiet again.
- # ending: van_left; The van drove away
  The glove boxes on the carts are still empty.
  -> file_report(-> epilogue_vanleft)

=== triage ===
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: ines:calm
# show: teo:guarded
# show: kurt:calm
Ines wheels him through the waiting room to the triage window. The driver walks beside them.
She reads his name off the stitching on his overalls: Teo.
He's my nephew. He doesn't speak English. I'll translate. # speaker: kurt # indicator: hospital.relationship_claim_doesnt_fit
The driver takes a plastic wallet from his fleece. Inside are several passports. He picks out one and puts it on the counter. # indicator: hospital.companion_holds_documents_pays
Teo looks at the passport, then at the floor. # requires: supervisor
{variant == 2: Cash. How much. We're busy.|How much do I owe you, hon? Cash is fine, yeah?} # speaker: kurt
We'll get a phone interpreter for Teo. # speaker: ines
No need. I translate. It's quicker. # speaker: kurt # indicator: hospital.companion_speaks_for_patient
* [Say nothing, and let Ines decide # score: collaboration +1 # why: The interpreter is the nurse's call, and she is making it. A word of routine backing from you might have ended the argument sooner.]
  Ines picks up the phone anyway.
  -> interpreter_call
* [Back Ines: "We use the phone line for everyone." # resolves: hospital.occupational_injury_no_gear # score: culture +2 # score: safety +1 # why: A professional interpreter who knows nobody here lets Teo speak for himself. A driver who translates decides what he says.]
  -> interpreter_call
* ["Fine. He can translate. It'll be quicker." # critical: companion_as_interpreter # score: culture -2 # why: Every word goes through the man who may control him, so Teo cannot say anything the driver doesn't like. A phone interpreter is free and quick.]
  -> kurt_translates

=== kurt_translates ===
Ines hesitates. Then she asks how it happened.
The driver talks to Teo for a long time, quietly. Teo answers with one word.
He says the stove. At home. # speaker: kurt
Ines dresses the burn. The driver answers every other question too.
No tests. No letter to the company. We go. # speaker: kurt # indicator: hospital.rush_to_leave_ama
-> back_to_work_end

=== back_to_work_end ===
# phase: act
By half past seven, Teo is back in the van with a white dressing on his hand. # sound: door_slide # hide: teo # hide: kurt
# ending: back_to_work; Back in the van
He never said a word for himself.
-> file_report(-> epilogue_backtowork)

=== interpreter_call ===
Ines dials. A calm voice answers and speaks to Teo in his own language.
He listens. For the first time this morning, he answers in full sentences.
He says it was the cleaning liquid. The strong one. This morning. # speaker: interpreter # indicator: hospital.occupational_injury_no_gear
He says there are no gloves. There haven't been any for weeks. # speaker: interpreter # indicator: hospital.occupational_injury_no_gear
The driver laughs. # show: kurt:guarded
He's confused. Long night. # speaker: kurt # indicator: hospital.inconsistent_injury_story
Ines stands up.
Thanks. Now I'll see Teo on his own for a few minutes. We do that with every patient. It's policy. # speaker: ines
{variant == 2: No. I stay. I'm responsible for him.|Nah, I'll stay. I'm responsible for the kid.} # speaker: kurt
Ines looks at you.
* [Stay where you are and let Ines ask him again # score: safety +1 # score: collaboration -1 # why: Calm, and it keeps you out of a stand-off. It leaves Ines alone against him, though, when a routine task from you could have given her the room.]
  -> no_room
* [Keep it routine: "Hurt on site means an incident form. Podium?" # score: safety +2 # score: collaboration +1 # why: A real, routine task keeps him calmly busy and away from the bay, so Teo gets private time with his nurse, and nobody shows suspicion.]
  -> podium
* ["You're holding his passport. Hand it to me. It's his, not yours." # critical: take_documents # score: safety -2 # score: choice -1 # why: Taking a passport is not your role, even from the driver, and the stand-off warns him. Teo may pay for it later. Keep things routine and report what you saw.]
  -> passport_grab
* ["If he's not allowed to work here, immigration will want to know about this." # critical: threaten_arrest_or_immigration # score: safety -2 # score: trust -2 # why: This is the threat controllers use to keep workers quiet. Teo hears that talking could get him deported. Keep immigration out of it and back the nurse.]
  -> threat_said

=== passport_grab ===
The driver puts the wallet back inside his fleece and zips it up. # show: kurt:impatient
Who do you think you are? # speaker: kurt
He's done here. Come on. # speaker: kurt
Teo gets up out of the wheelchair, holding his hand to his chest. # show: teo:anxious
-> leaving_choice

=== threat_said ===
The interpreter is still on the line. Ines turns the phone away, but Teo heard the word.
His face goes white. He says something, fast. # show: teo:anxious
He says he doesn't want trouble. He wants to go back to work. # speaker: interpreter
{variant == 2: You heard him.|See? He's a good lad. He wants to work.} # speaker: kurt # show: kurt:calm
-> leaving_choice

=== podium ===
The driver looks at the bay. Then at you. Then he shrugs.
Ten minutes. # speaker: kurt
Ines wheels Teo through the doors to the treatment area. # hide: teo # hide: ines # sound: door_slide
At the podium, the driver fills in the form slowly. A company name, but no address, and no office number. # indicator: hospital.contract_staff_exploitation
Agency stuff. Ask the agency. # speaker: kurt
He sits down on the bench by the podium with his phone, and stays there.
-> nurse_word

=== no_room ===
Ines asks again. The driver folds his arms and stays.
She treats the burn with him at her shoulder, answering for Teo. # indicator: hospital.companion_speaks_for_patient
No tests. No letter to the company. We go. # speaker: kurt # indicator: hospital.rush_to_leave_ama
-> leaving_choice

// ---------------------------------------------------------------- act

=== nurse_word ===
# phase: act
# show: ines:guarded
Ines waves you through the treatment doors, out of the driver's sight. She keeps her voice low. # discuss: What will you write down, and what should you leave to the clinical team to ask him?
I'll only tell you what you need for safety. # speaker: ines
The burn will heal, but it needs checking tomorrow. He has older marks on his other hand, too. Never treated. # speaker: ines # indicator: hospital.delayed_care_old_injuries
He didn't say much. He asked twice whether he'd lose the job, and once about his passport. # speaker: ines
He's scared of police, and of being sent home. He wants his hand fixed and that's all, for now. # speaker: ines
The charge nurse has called social work. They can tell him about {hotline_name}.{hotline_languages: They can help in {hotline_languages}.}{hotline_not_police: They're not the police.} It's his choice. # speaker: ines
From you: keep the driver out of the department. Tell the control room. Write it down. # speaker: ines
* ["Ask whether she wants me at the podium or at these doors" # score: collaboration +1 # why: Letting the nurse place you backs the plan. The control room still needs to hear it from you.]
  Podium. Where he can see you. # speaker: ines
  -> plan
* [Nod, and radio the control room from here # score: collaboration +2 # score: choice +1 # action: supervisor # why: You do the security part of the plan and nothing more. Teo's story stays with the people he chose to tell, and the choice of what happens next stays his.]
  -> plan
* ["I'll keep the driver here until the police come. He's not leaving." # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Holding someone is not your role, and Teo said he is scared of police. A stand-off puts everyone at risk. Report it and let Teo choose.]
  -> hold_driver
* [Go to Teo's bay and ask Ines to put the interpreter on: "Nobody will tell immigration. I promise. You're safe now." # critical: promise_cannot_keep # score: trust -2 # why: You cannot control what other agencies do. A promise that breaks teaches Teo not to trust help. Be honest about what you can and cannot do.]
  -> promised

=== promised ===
Ines frowns, but she puts the phone on speaker. # show: ines:anxious
The interpreter passes on your words. There is a long pause.
He says people promised him things before. That's how he got here. # speaker: interpreter
When the social worker comes, Teo says he only wants his hand fixed. He will not talk about anything else.
The driver comes back at eight and waits by the entrance. Teo walks out to the van with him. # sound: door_slide
# ending: no_help; He chose not to talk
Teo has a dressing on his hand and a card in his pocket. The rest is his choice.
-> file_report(-> epilogue_nohelp)

=== hold_driver ===
The driver comes back in, rubbing the cold out of his hands. # sound: door_slide # show: kurt:calm
You step in front of him and tell him he has to wait for the police.
He looks at you for a second. Then he turns and walks straight back out. # show: kurt:impatient
Ten minutes later the van has gone, with eight workers still inside the building. # hide: kurt
Nobody knows how they will get home tonight.
-> driver_gone_end

=== driver_gone_end ===
Teo stays for his dressing. He talks to social work, through the interpreter.
# ending: driver_gone; The van left without him
Tonight the other eight will wait by the staff door for a van that may not come.
-> file_report(-> epilogue_drivergone)

=== plan ===
You radio the control room in a low voice. You give a plain description of the driver and the van's plate.
The control room tells {escalation_first}, who will decide with the care team who else needs to know, and when. Nobody calls the agency.
-> kurt_back

=== kurt_back ===
When you come back out, the driver is on his feet. # show: kurt:impatient
{variant == 2: Where is he? We go. Now.|Right, where's my guy? Time to go.} # speaker: kurt
He starts toward the doors to the treatment area.
* ["Visitors wait out here, sir." # score: safety +1 # score: trust -1 # why: True, and it holds him off. Said flatly, it sounds like a wall, and he may wait right at the doors.]
  -> calm_wait
* ["He's still being treated. The nurse will say when." # score: safety +2 # score: trust +1 # why: Calm words, some distance and an easy way out keep him away from the bay without a fight, and tell him nothing Teo said.]
  -> calm_wait
* ["He's not going anywhere with you. We know about the passports." # critical: confront_controller # score: safety -3 # why: This tells the driver that Teo talked. Teo, and the other workers, may pay for it. Keep it routine: he is being treated.]
  -> told_him

=== calm_wait ===
He stops and looks at the doors. Then at his phone. # show: kurt:guarded
I've got a building to clean. Tell him I'll pick him up tonight. # speaker: kurt
He walks out to the van. The control room watches it leave. # sound: door_slide # hide: kurt
Behind the doors, a social worker sits down with Teo and the interpreter. You are not in the room, and you don't need to be.
# ending: stayed; He stayed and talked to social work
At nine, Ines tells you one thing: Teo has agreed to talk to someone again, tomorrow.
-> file_report(-> epilogue_stayed)

=== told_him ===
The driver goes very still.
Then he pushes through the doors to the treatment area. # sound: door_slide
A moment later he comes back out with Teo, gripping his good arm. # show: teo:anxious
-> danger

=== danger ===
# phase: act
The driver pulls Teo toward the entrance doors. Teo plants his feet and pulls back. # requires: emergency # show: kurt:impatient
No. No. Please. # speaker: teo
Teo does not want to go. The driver is not letting go.
* [Shout at the driver to let him go # score: safety -1 # why: It is not a grab, but it is not help either. Shouting can make him pull harder. The emergency call brings help.]
  He doesn't let go. You call {emergency_number}, late.
  -> called
* [Call {emergency_number} from the podium, loud and clear # score: safety +3 # score: report +2 # action: emergency # why: Someone is being forced out against his will right now. That is an emergency: call first, keep your distance, and be the best witness you can.]
  -> called
* [Grab the driver and wrestle him off Teo # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: A struggle can hurt Teo, you and the patients around you, and make the driver more dangerous. Call the emergency number and watch.]
  -> grabbed
* [Radio {escalation_first} and wait to be told what to do # critical: no_emergency_call # score: safety -2 # why: When someone is being forced somewhere right now, the emergency call comes first. Tell your supervisor straight after.]
  -> radioed

=== called ===
You step back and call {emergency_number}. You give the hospital's name and say what you see.
{variant == 2: The driver hears the word "police" and keeps pulling, all the way to the doors. There Teo sits down on the floor, and the driver lets go and runs for the van. # hide: kurt # sound: door_slide|The driver hears the word "police". He lets go of Teo and walks out fast. # hide: kurt # sound: door_slide}
Teo sits down on the floor by the seats, his hand held to his chest. # show: teo:anxious
Ines kneels beside him, not too close. The interpreter is back on the line.
When the police arrive, you tell them what you saw, and the plate of the van.
# ending: emergency; Police came, and Teo stayed
Teo talks to the social worker first, through the interpreter. Your part was the call.
-> file_report(-> epilogue_emergency)

=== grabbed ===
You grab the driver's arm. He swings round, and Teo's burned hand hits the doorframe. Teo cries out.
The driver lets go of him and shoves his way out to the van. # sound: door_slide # hide: kurt
Only then does someone call {emergency_number}.
-> taken_end

=== radioed ===
You key your radio. It takes {escalation_first} a few seconds to answer.
The first thing you hear back is: call {emergency_number}, now.
By the time you dial, the driver has Teo out through the doors and into the van. # sound: door_slide # hide: kurt # hide: teo
-> taken_end

=== taken_end ===
The police take your statement. The van's plate is in your notes from this morning.
# ending: taken; It went wrong at the doors
The cleaning carts stand by the staff door all day. Nobody comes for them.
-> file_report(-> epilogue_taken)

=== leaving_choice ===
# phase: act
Ines steps in front of Teo, calm but firm. # show: ines:anxious
That burn needs treating. If you leave now, it could get much worse. # speaker: ines
No forms. We go. # speaker: kurt # indicator: hospital.rush_to_leave_ama
Teo looks back once. Then he follows the driver.
* [Hold the door: "That hand needs seeing. Come back any time." # score: trust +1 # why: Honest and kind, and he hears that the door stays open. Nothing reaches the control room, though.]
  Teo looks at you for a second. Then at the van.
* [Let them go; radio the van, the plate and the time to the control room # score: document +2 # score: safety +1 # action: supervisor # why: You cannot stop adults from leaving. Exact notes, saved footage and a word to the control room give the people who can act something to work with.]
  You write as they go: times, the navy fleece, the gray overalls, the silver van and its plate.
  The control room saves the footage from the loading area and the entrance.
* [Step in front of the doors so they can't leave # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Blocking adults from leaving is detaining them. It puts you and Teo at risk, and can make things worse for him later. Be a good witness instead.]
  You plant yourself in front of the doors.
  Move. You can't keep us here. # speaker: kurt
  He is right. Teo stares at the floor. You step aside, and they walk out.
- # hide: kurt
  # hide: teo
  # ending: left_untreated; They left before he was treated
  The wheelchair stands empty by the triage window.
  -> file_report(-> epilogue_left)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_vanleft ===
At ten that night, the van comes back for the crew. One of them has a white cloth tied round his hand.
-> aftermath

=== epilogue_backtowork ===
That night, the van collects the crew at ten, as always. Teo climbs in last.
-> aftermath

=== epilogue_nohelp ===
A week later, Teo is still on the crew. He nods to you at the staff door one morning. Just once.
Saying no today does not mean no forever. Many people need several chances before they reach out.
-> aftermath

=== epilogue_drivergone ===
The agency sends a different van the next morning, with a different driver.
-> aftermath

=== epilogue_stayed ===
Teo is not on the crew the next morning. Nobody tells you where he is, and that is as it should be.
-> aftermath

=== epilogue_emergency ===
Two days later, police and the hospital's contracts team start asking questions about the agency, quietly. Nobody wants the other eight moved somewhere worse overnight.
-> aftermath

=== epilogue_taken ===
The van never comes back to the loading dock. The agency's phone number no longer works.
-> aftermath

=== epilogue_left ===
Ines puts a note in Teo's record: left before treatment, with the man who held his passport.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to the police. An officer calls you the next day to check the van's plate.
- report_action == "police":
  Your report goes to the police, although no one was in immediate danger and nobody had asked for them.
- report_action == "hotline":
  Your report goes to {escalation_first} and to {hotline_name}. Advocates there can work with Teo{hotline_languages: in his own language}{hotline_consent_based:, with his consent}.
- report_action == "supervisor":
  At handover, {escalation_first} reads your report and says they will take it from here, with the care team.
- report_action == "log":
  Your report goes into the shift log. Nobody calls about it.
- else:
  Nothing about this morning goes into the log. By tomorrow, the details are fading.
}
Your shift ends at two in the afternoon.
-> END
