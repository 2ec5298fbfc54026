# grammar: 1
# id: hospital.night_visitor
# title: Night shift: the worried husband
# setting: hospital
# summary: Three in the morning in the emergency department. A new nurse is worried about an older man who answers every question for his wife, and about the young man who drove them in. She asks you what to do.
# minutes: 10
# situation: none
# minor: no
# variants: 2
# content_note: This story is about an older woman with dementia who has had a fall at home, her husband, who cares for her, and a nurse's worry about bruises on her arms. The bruises are mentioned but not shown. You can step out at any time.
# focus: A nurse's worry about an older patient: what security notices, what it passes on, and what belongs to the care team
# character: bea; Bea; An agency nurse on her first night in this department, in green scrubs, with curly red hair.
# character: walter; Walter; A man in his eighties with glasses and a brown cardigan, holding a red folder.
# character: june; June; A woman in her eighties with short gray curls, in a lilac coat over a nightgown.
# character: jaylen; Jaylen; A young man in his twenties in a dark hoodie and a cap, with tattoos on his hands and neck.
# distractor: not.any_tattoo
# distractor: not.late_arrival
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Not trafficking. One weak sign (Walter holds June's ID and bank card) has an ordinary reason,
//   but the looks do not hand it over: the folder, the young man and the car stay open until a
//   friendly question, or his own words, settle them. The folder is tagged `ambiguous:
//   hospital.companion_holds_documents_pays`, and the friendly question `resolves` it: he keeps her
//   cards since she lost her purse. The sign stays in the debrief as a weak one, with its reason.
// - Bruises on a dependent older patient are an adult-safeguarding question, and that belongs to
//   the care team. Security never reads her record and never rules on the bruises, in either
//   direction. The good outcome is Bea taking her worry to the charge nurse, who decides on a
//   safeguarding referral. Security's own exact answer is a middle rung: note it in the log.
// - variant 1: Walter is calm and polite. variant 2: Walter is worn out and short with people.
//   In variant 2 the charge nurse does refer; in variant 1 she talks to the family herself first.

VAR told_charge_nurse = false

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: bea:anxious
It is three in the morning. The emergency department is quiet for once.
You are on the security podium for {org_name}. The TV is on with the sound off. Someone is snoring in the back row.
Bea, an agency nurse on her first night here, comes over. She has a training card in her hand, folded in half.
Can I ask you something? It's the couple from bay two. # speaker: bea
The husband won't let her answer anything. He's got all her papers in a folder. # speaker: bea
And she has bruises on both arms. # speaker: bea
And the young guy who came in with them keeps watching the doors. Tattoos on his neck, hood up. # speaker: bea
She unfolds the card. It is a list of warning signs for trafficking. Three of them are underlined.
That's the list from the training, isn't it? Should we be doing something? # speaker: bea
* ["Maybe. One sign on its own proves nothing. Let's look before we decide." # score: observe +1 # score: culture +1 # why: Looking before deciding is fair to the family. It leaves Bea's worry about the bruises with you, though, and that belongs with her charge nurse.]
  OK. That makes sense. # speaker: bea # show: bea:relieved
* ["Tell your charge nurse about the bruises. I'll go and look at the rest." # score: collaboration +2 # score: observe +1 # why: Bruises on a patient are for the care team to weigh, and the charge nurse knows the safeguarding route. Looking at the rest yourself keeps your judgement your own.]
  OK. I'll catch her when she's off the phone. # speaker: bea # show: bea:relieved
  ~ told_charge_nurse = true
* ["Sounds like trafficking to me. I'll get that young guy out of the building first." # score: culture -2 # score: safety -1 # myth: myth.one_flag_or_nationality # why: Tattoos and a hood say nothing about what a person is doing. Acting on looks alone treats a visitor as a suspect. Look and listen first.]
  Oh. Right now? Shouldn't we check first? # speaker: bea # show: bea:guarded
  You agree to take a look first.
* ["Old folks at three in the morning? Nah. People bring their parents in at all hours." # score: observe -1 # why: Waving a worry away without looking is not judgement. A calm look is how you find out whether anything needs passing on.]
  I'd still feel better if someone looked. # speaker: bea # show: bea:guarded
  You agree to take a look.
- You note the time and what Bea asked. # requires: log
  -> waiting

// ---------------------------------------------------------------- observe

=== waiting ===
# phase: observe
# show: jaylen:calm
# hide: bea
You walk the waiting room on the way through to the treatment area. Look, but don't stare.
* [Look at the young man in the seats # observe: waiting_seats # reveals: nothing]
  He sits with his knees up, a cap on and his hood over it. Tattoos run across his knuckles and up his neck.
  Every minute or so he looks past you at the doors, then at his phone. He doesn't look at the treatment area at all.
* [Look at the entrance doors # observe: entrance_doors # reveals: nothing]
  An old hatchback waits in the drop-off bay with its hazard lights on, which is not allowed after ten minutes.
  A disabled parking placard hangs from the mirror. There is a folded walker on the back seat.
* [Go through to the treatment area]
- -> bays

=== bays ===
# bg: hospital_family_room
# hide: jaylen
# show: walter:calm
# show: june:anxious
Bay two is needed for an ambulance, so the nurses have moved the couple to the quiet relatives' room off the corridor to wait for June's X-ray.
The door is ajar. An older man stands by an armchair, a red folder left on its seat. His wife stands beside the sofa in her coat, looking at the dark window.
You can stop for one thing without it looking odd.
* [Look at the red folder on the armchair # observe: bay_chair # reveals: nothing # ambiguous: hospital.companion_holds_documents_pays]
  It is open. Her ID card and her bank card sit in the front pocket, behind a tab in neat capitals: JUNE.
  A husband keeping her cards safe, or a man keeping them from her. You can't see whose idea that was. You don't open it further.
* [Look at the noticeboard by the door # observe: noticeboard # reveals: nothing]
  A rota for the family-room kettle, a leaflet for a caregivers' support group, and a card: "Worried about a patient's safety at home? Ask the nurse in charge."
* [Look at the belongings bag by the armchair # observe: belongings_bag # reveals: nothing]
  A nightgown, one slipper, a handbag and a glasses case.
  A small photo is tucked in the handbag: a wedding, a long time ago.
* [Knock and go in]
- -> bay_talk

// ---------------------------------------------------------------- talk

=== bay_talk ===
# phase: talk
# show: bea:calm
Bea comes in with a blood-pressure cuff. # discuss: What have you actually seen tonight, and which of it is yours to weigh?
How did you fall, June? # speaker: bea
{variant == 2: Is my mother coming? She said she'd come.|Is it Tuesday? I have to pick the children up from school.} # speaker: june
The man answers before June can go on.
{variant == 2: She fell at the bathroom door. I've told three people already. Can we just get on?|She fell getting up for the bathroom. I heard the bump from the bedroom.} # speaker: walter
June's sleeve rides up. There are dark bruises on her forearm.
* [Say nothing. Wait by the door while Bea works # score: trust +1 # why: Staying out of the way lets the nurse do her job and frightens no one. It leaves you knowing nothing more, which is fine; it is not your question to answer.]
  -> quiet
* ["Is there anything that would make the wait easier for you both?" # resolves: hospital.companion_holds_documents_pays # score: trust +2 # score: safety +1 # why: A friendly, open question treats them as people, not suspects, and lets them explain what they choose to in their own words.]
  -> friendly
* ["Sir, please step away from her. I need to speak to her on her own." # score: trust -2 # score: safety -1 # why: June has dementia and her husband is her comfort. A private word is for the care team to arrange, not for security to demand on a hunch.]
  -> step_away
* [Lean in to June: "Are you being trafficked? Is this man keeping you somewhere?" # critical: labelling_question # score: trust -2 # score: culture -1 # why: A labelling question confuses and frightens anyone, and most of all someone with dementia. It accuses her husband on nothing. Questions about her safety belong to the care team.]
  -> labelled

=== friendly ===
I'm on security tonight. Anything you need, a blanket, water, just ask. # speaker: officer
Walter takes off his glasses and rubs his eyes. # show: walter:relieved
{variant == 2: Sorry. I'm short with everybody tonight. It's been a long one.|That's kind. Thank you.} # speaker: walter
I do her talking because she gets muddled with strangers, and then she gets scared. # speaker: walter
I keep her cards in the folder too, since she lost her purse on the bus. Twice. # speaker: walter # indicator: hospital.companion_holds_documents_pays
The bruises are her pills. She bruises if you look at her. # speaker: walter
June looks at you and smiles for the first time. # show: june:calm
That's Walter. My husband. He snores. # speaker: june
-> bruises

=== quiet ===
You stand by the door. Bea takes June's blood pressure and talks to her about the snow.
Walter watches you once or twice, then stops watching. # show: walter:guarded
She gets muddled with strangers. I do her talking. # speaker: walter
-> folder

=== bruises ===
Walter looks at you as if he is waiting to be told whether he's believed.
* ["Thanks. The nurses will take good care of her." # score: trust +1 # score: collaboration +1 # why: Kind, and it keeps the bruises where they belong: with the nurses, who can ask the right questions and see her record. You neither accept nor reject his account.]
  He nods and sits down by June.
* ["OK, that explains it. Thanks." # score: trust +1 # score: collaboration -1 # why: Friendly, but you have just cleared the bruises on his word. Whether they add up is the care team's call, with her record in front of them.]
  He nods and sits down by June.
* ["Can I check her medicines list?" # score: collaboration -2 # score: trust -1 # why: Her medicines are private health information, and checking his story is not security's job. Bea will ask for what the care team needs.]
  Walter's hand stops on the folder. # show: walter:guarded
  It's for the nurse. # speaker: walter
- -> folder

=== step_away ===
Walter looks at you as if you've slapped him. # show: walter:guarded
June grabs his sleeve with both hands. # show: june:anxious
Walter? Walter, where are you going? Don't go! # speaker: june
Her voice gets louder and louder. Bea has to calm her down for ten minutes. # show: bea:anxious
When June is quiet again, Walter speaks very carefully.
She has dementia. I'm her husband. I'm her caregiver. # speaker: walter
-> folder

=== labelled ===
June stares at you. # show: june:anxious
Trafficked? What's that? Walter, what does she mean? # speaker: june
Walter stands up. His hands are shaking. # show: walter:guarded
I'm her husband. I have been for fifty-one years. She has dementia. # speaker: walter
How dare you frighten her like that. # speaker: walter
Bea looks at the floor. # show: bea:guarded
-> folder

=== folder ===
Bea needs June's medicines list. Walter opens the red folder on his knee.
* [Let Walter find the list for Bea himself # score: choice +1 # why: The papers are June's, and he is the one who cares for her. Leaving them in his hands respects them both; you could also have given them privacy.]
  He finds it in seconds. It is color-coded.
  She has a lot of pills. I keep them straight. # speaker: walter
* [Step out into the corridor while they go through it # score: trust +1 # score: collaboration +1 # why: Her medicines are between her, her husband and her nurse. Stepping out gives them privacy and costs you nothing.]
  You wait in the corridor. Through the door you hear Walter reading out the names, slowly, for Bea to write.
* ["I'll take the folder and check it, to be safe." # critical: take_documents # score: choice -2 # score: trust -1 # why: Taking someone's papers is never your role, and here there was no reason at all. He needs that folder to care for her. Let the nurse ask for what she needs.]
  -> took_folder
- -> grandson

=== took_folder ===
Walter holds on to the folder. # show: walter:guarded
That's my wife's whole life in there. You can't just take it. # speaker: walter
You take it anyway. At the podium you find nothing you have any use for.
Ten minutes later, you bring it back. Walter doesn't look at you. He asks Bea for the name of the person in charge.
-> grandson

=== grandson ===
The door from the corridor opens. The young man from the seats walks in with two paper cups. # sound: door_close # show: jaylen:calm
His hood is still up. He heads straight for the couple.
* [Nod hello and step aside # score: culture +1 # score: trust +1 # why: He is doing nothing but walking in with two cups. Treating visitors the same, whatever they look like, is fair and keeps trust.]
  -> grandson_nod
* [Hold the door and ask who he's here for, as you would any visitor after midnight # score: safety +1 # score: culture -1 # why: A visitor check at night is routine, and fair if you ask everyone. Asking only the young man with tattoos, with his family watching, is how it feels like profiling.]
  -> grandson_asked
* [Step in front of him. "Hold on. Who are you? Hands where I can see them." # score: culture -2 # score: trust -1 # myth: myth.one_flag_or_nationality # critical: profiling # why: You stopped him because of how he looks, not what he did. That is profiling. It hurt him and his family, and it teaches people to distrust security.]
  -> grandson_stopped

=== grandson_nod ===
Thanks. # speaker: jaylen
He hands a cup to Walter.
Tea, two sugars, Grandpa. Like you like it. # speaker: jaylen
The car's on hazards out front. I'll move it when we know about Grandma. # speaker: jaylen
June holds out her hand to him.
There's my boy. # speaker: june
-> wrap_up

=== grandson_asked ===
He stops. He looks at the cups, then at you.
My grandparents. I drove them. # speaker: jaylen # show: jaylen:guarded
Walter half stands.
That's our grandson. # speaker: walter
He gives Walter a cup and sits on the arm of the sofa, his back to you.
-> wrap_up

=== grandson_stopped ===
He stops. Tea spills over his knuckles. # show: jaylen:guarded
I'm her grandson. I drove them here. # speaker: jaylen
That's our grandson! # speaker: walter
The young man puts the cups down carefully and pulls his hood back. He doesn't say anything else.
An orderly in the corridor has seen it all through the little window in the door. Nobody says anything.
-> wrap_up

// ---------------------------------------------------------------- act

=== wrap_up ===
# phase: act
# bg: hospital_triage_bay
# hide: walter
# hide: june
# hide: jaylen
# show: bea:calm
Back at the nurse station, Bea writes up her notes. She looks up at you.
So. Should we be reporting anything? # speaker: bea # discuss: What is yours to report here, and what is Bea's?
* ["I'll log what I saw. The bruises are your charge nurse's call, not ours." # score: collaboration +2 # score: report +1 # action: log # why: Security notes what it saw; the care team weighs the bruises, with her record, and decides whether to refer. Each part goes to the people whose job it is.]
  ~ told_charge_nurse = true
  OK. I'll tell her now, before I lose my nerve. # speaker: bea # show: bea:relieved
* ["I don't think so. Her dementia, her pills, a husband who cares for her: it all had an ordinary answer." # score: culture +1 # score: collaboration -1 # why: You were fair to the family, but you cleared the bruises on his word. Whether they are explained is for the care team to decide, through their safeguarding route.]
  Bea looks at her card, then folds it away.
  I suppose. # speaker: bea # show: bea:guarded
* ["I'll radio the control room: possible trafficking in the relatives' room." # score: culture -1 # score: trust -1 # action: supervisor # why: Nothing you saw points to trafficking. Calling it that puts a family on file for a label, and it does not get the bruises looked at by the people who can.]
  Trafficking? Really? # speaker: bea # show: bea:guarded
* ["Better safe than sorry. I'll call the trafficking hotline about them." # score: culture -1 # score: collaboration -1 # action: hotline # why: A report needs a reason. Nothing here points to trafficking, and the worry that is real, the bruises, has its own route through the care team.]
  Really? On what, though? # speaker: bea # show: bea:guarded
  You look at your notes. There isn't much to say.
- -> ending_pick

=== ending_pick ===
{
- took_folder || labelled:
  -> complaint_end
- step_away || grandson_stopped:
  -> upset_end
- told_charge_nurse:
  -> referred_end
- else:
  -> settled_end
}

=== referred_end ===
At four, the charge nurse sits down with June and Walter in the relatives' room. You are not in the room.
{variant == 2: Later, Bea tells you only that the charge nurse has made a safeguarding referral, and that Walter said, "Good. I can't do this on my own much longer."|Later, Bea tells you only that the charge nurse talked to the family and to June's doctor, and has asked the safeguarding team to see June before she goes home.}
# ending: referred; The care team took the worry forward
The charge nurse thanks Bea for asking. She doesn't tell either of you what she decided about the bruises, and she doesn't need to.
-> file_report(-> epilogue_referred)

=== settled_end ===
At four, June and Walter's daughter arrives, still in her work uniform.
The X-ray shows no break. The doctor wants June home in her own bed by the morning.
# ending: settled; The family went home
Bea never mentions the bruises to anyone. Maybe there was nothing to mention. Nobody whose job it was got to ask.
-> file_report(-> epilogue_settled)

=== upset_end ===
At four, June and Walter's daughter arrives. Walter talks to her quietly and nods toward you.
The X-ray shows no break. They leave at six, without saying goodbye.
Jaylen keeps his hood up all the way to the car.
# ending: upset; The family felt accused
Whatever the bruises were, the family now sees security as the enemy.
-> file_report(-> epilogue_upset)

=== complaint_end ===
At four, June and Walter's daughter arrives. Walter asks for the charge nurse.
The X-ray shows no break. Before they leave, the daughter fills in a complaint form about security.
# ending: complaint; A complaint in the morning
Walter will think twice before bringing June here again.
-> file_report(-> epilogue_complaint)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_referred ===
{variant == 2: A few weeks later, Bea mentions that June now goes to a day center twice a week, and Walter gets to sleep.|Bea is back the next week. She says she asks the charge nurse first now.}
-> aftermath

=== epilogue_settled ===
Bea is back the next week. She has put the training card away.
-> aftermath

=== epilogue_upset ===
Bea mentions it at handover. "I started it," she says. "I saw a list and stopped seeing the people."
-> aftermath

=== epilogue_complaint ===
{escalation_first} asks to see you about the complaint. It is a fair one.
-> aftermath

=== aftermath ===
{
- report_action == "log":
  Your log entry is two lines: a nurse's question, and where you sent it.
- report_action == "none":
  Nothing goes in the log. If the same family comes in again, nobody on security will know Bea asked.
- report_action == "supervisor":
  {escalation_first} reads your report. A note would have done; the care team already had it.
- else:
  {escalation_first} reads your report and calls you in. Nothing in it pointed to trafficking, and a family is now on file for a label.
}
Your shift ends at seven.
-> END
