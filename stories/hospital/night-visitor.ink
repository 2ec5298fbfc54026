# grammar: 1
# id: hospital.night_visitor
# title: Night shift: the worried husband
# setting: hospital
# summary: Three in the morning in the emergency department. A new nurse is worried about an older man who answers every question for his wife. Look and listen before you decide what it means.
# minutes: 10
# situation: none
# minor: no
# variants: 2
# content_note: This story is about an older woman with dementia who has had a fall at home, and her family. Bruises are mentioned but not shown. Nobody is in danger.
# focus: Calibrated judgement: finding the ordinary explanation with a friendly question, without treating a family as suspects
# character: bea; Bea; An agency nurse on her first night in this department, in green scrubs, with curly red hair.
# character: walter; Walter; A man in his eighties with glasses and a brown cardigan, holding a red folder.
# character: june; June; A woman in her eighties with short grey curls, in a lilac coat over a nightdress.
# character: jaylen; Jaylen; A young man in his twenties in a dark hoodie and a cap, with tattoos on his hands and neck.
# distractor: not.any_tattoo
# distractor: not.late_arrival
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Nothing is wrong here. There are no indicator tags, on purpose. Every worry has an ordinary
//   explanation the officer can find by looking, or by one friendly question.
// - variant 1: Walter is calm and polite. variant 2: Walter is worn out and short with people,
//   which can look suspicious to a biased eye. It is just a hard night.

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
Can I ask you something? It's the couple in bay two. # speaker: bea
The husband won't let her answer anything. He's got all her papers in a folder. # speaker: bea
She doesn't know what day it is. And she has bruises on both arms. # speaker: bea
And the young guy who came in with them keeps watching the doors. Tattoos on his neck, hood up. # speaker: bea
She unfolds the card. It is a list of warning signs for trafficking. Three of them are underlined.
That's the list from the training, isn't it? Should we be doing something? # speaker: bea
* ["Maybe. But one sign on its own proves nothing. Let's look and listen before we decide anything." # score: observe +1 # score: culture +1 # why: Signs are prompts to look more closely, not proof. Checking for ordinary explanations first is fair to the family and keeps your judgement sharp.]
  OK. That makes sense. # speaker: bea # show: bea:relieved
* ["Sounds like trafficking to me. I'll get that young guy out of the building first." # score: culture -2 # score: safety -1 # myth: myth.one_flag_or_nationality # why: Tattoos and a hood say nothing about what a person is doing. Acting on looks alone treats a visitor as a suspect. Look and listen first.]
  Oh. Right now? Shouldn't we check first? # speaker: bea # show: bea:guarded
  You agree to take a look first.
* ["Old folks at three in the morning? Nah. Nothing to see." # score: observe -1 # why: This time there may be nothing, but waving a worry away without looking is not judgement. A calm look is how you find out.]
  I'd still feel better if someone looked. # speaker: bea # show: bea:guarded
  You agree to take a look.
- You note the time and what Bea said. # requires: none
  -> waiting

// ---------------------------------------------------------------- observe

=== waiting ===
# phase: observe
# show: jaylen:calm
# hide: bea
You walk the waiting room on the way through to the treatment area. Look, but don't stare.
* [Look at the young man in the seats # observe: waiting_seats # reveals: nothing]
  He sits with his knees up, a cap on and his hood over it. Tattoos run across his knuckles and up his neck.
  He is watching the doors because a car is parked in the drop-off bay with its lights flashing. His car.
  His phone lights up on his knee. The picture on it is him in a suit, with an older couple in their best clothes.
* [Look at the entrance doors # observe: entrance_doors # reveals: nothing]
  An old hatchback waits in the drop-off bay, hazard lights on. A blue badge for disabled parking hangs from the mirror.
  There is a folded walking frame on the back seat. Nothing else here.
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
* [Look at the red folder on the armchair # observe: bay_chair # reveals: nothing]
  On the cover, in neat capitals: JUNE. CARE PLAN. MEDICINES. APPOINTMENTS.
  Clipped to the front is a carer's card from the council, in the name of Walter Hughes.
* [Look at the whiteboard by the door # observe: patient_board # reveals: nothing]
  A nurse has written a note for the next shift: June H., 84, moved from bay two. Fall at home. Known dementia. On blood thinners.
  Someone has added: "Husband is main carer. Daughter aware, on her way."
* [Look at the belongings bag by the armchair # observe: belongings_bag # reveals: nothing]
  A nightdress, one slipper, a handbag and a glasses case.
  Tucked in the handbag is a small photo of a wedding. The groom has Walter's ears.
* [Knock and go in]
- -> bay_talk

// ---------------------------------------------------------------- talk

=== bay_talk ===
# phase: talk
# show: bea:calm
Bea comes in with a blood-pressure cuff. # discuss: What have you actually seen tonight, and which of it has an ordinary explanation?
How did you fall, June? # speaker: bea
{variant == 2: Is my mother coming? She said she'd come.|Is it Tuesday? I have to fetch the children from school.} # speaker: june
The man answers before June can go on.
{variant == 2: She fell at the bathroom door. I've told three people already. Can we just get on?|She fell getting up for the bathroom. I heard the bump from the bedroom.} # speaker: walter
June's sleeve rides up. There are dark bruises on her forearm, old and new.
* [Introduce yourself in a friendly way, and ask, "Is there anything that would make the wait easier for you both?" # score: trust +2 # score: safety +1 # why: A calm, friendly, open question keeps a frightened patient settled, treats them as people rather than suspects, and lets them explain in their own words.]
  -> friendly
* ["Sir, please step away from her. I need to speak to her on her own." # score: trust -2 # score: safety -1 # why: June has dementia and her husband is her comfort. Pulling him away on a hunch frightened her and treated him as a suspect. A friendly question would have found the answer.]
  -> step_away
* [Lean in to June: "Are you being trafficked? Is this man keeping you somewhere?" # critical: labelling_question # score: trust -2 # score: culture -1 # why: A labelling question confuses and frightens anyone, and most of all someone with dementia. It accused her husband on no real evidence. Friendly, open questions work better.]
  -> labelled

=== friendly ===
I'm on security tonight. Anything you need, a blanket, water, just ask. # speaker: officer
Walter takes off his glasses and rubs his eyes. # show: walter:relieved
{variant == 2: Sorry. I'm short with everybody tonight. It's been a long one.|That's kind. Thank you.} # speaker: walter
I do her talking because she gets muddled with strangers, and then she gets scared. # speaker: walter
The bruises are the blood thinners. She bruises if you look at her. The doctors know. # speaker: walter
June looks at you and smiles for the first time. # show: june:calm
That's Walter. My husband. Fifty-one years. He snores. # speaker: june
Walter laughs, a tired laugh.
She taught at the primary school on Mill Lane for thirty years. She still thinks she has to get the children in. # speaker: walter
Our grandson drove us. I can't see well enough at night now. Our daughter's on her way from her shift. # speaker: walter
You fetch a blanket from the cupboard. Walter tucks it round June's knees, very carefully, the way you would with something precious.
June pats his hand and closes her eyes.
-> folder

=== step_away ===
Walter looks at you as if you've slapped him. # show: walter:guarded
June grabs his sleeve with both hands. # show: june:anxious
Walter? Walter, where are you going? Don't go! # speaker: june
Her voice gets louder and louder. Bea has to calm her down for ten minutes. # show: bea:anxious
When June is quiet again, Walter speaks very carefully.
She has dementia. I'm her husband. I'm her carer. It's all on the board, if anyone reads it. # speaker: walter
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
Bea needs June's medicines list. Walter opens the red folder.
Inside are June's ID card, her bank card, her medicine list and a letter about Walter managing her affairs.
* [Let Walter find the list and hand it to Bea himself # score: choice +1 # score: collaboration +1 # why: The papers are June's and Walter is her carer. Letting him handle them, while the nurse gets what she needs, respects them both.]
  He finds it in seconds. It is colour-coded.
  She has a lot of tablets. I keep them straight. # speaker: walter
* ["I'll take the folder to the podium and check those papers, to be safe." # critical: take_documents # score: choice -2 # score: trust -1 # why: Taking someone's papers is never your role, and here there was no reason at all. Walter needs that folder to care for June. Let the nurse ask for what she needs.]
  -> took_folder
- -> grandson

=== took_folder ===
Walter holds on to the folder. # show: walter:guarded
That's my wife's whole life in there. You can't just take it. # speaker: walter
You take it anyway. At the podium, the papers are exactly what the cover says.
Ten minutes later, you bring it back. Walter doesn't look at you. He asks Bea for the name of the person in charge.
-> grandson

=== grandson ===
The door from the corridor opens. The young man from the seats walks in with two paper cups. # sound: door_close # show: jaylen:calm
His hood is still up. He heads straight for the couple.
* [Nod hello and step aside so he can pass # score: culture +1 # score: trust +1 # why: He was doing nothing but bringing his grandparents tea. Treating visitors the same, whatever they look like, is fair and keeps trust.]
  -> grandson_nod
* [Step in front of him. "Hold on. Who are you? Hands where I can see them." # score: culture -2 # score: trust -1 # myth: myth.one_flag_or_nationality # critical: profiling # why: You stopped him because of how he looks, not what he did. That is profiling. It hurt him and his family, and it teaches people to distrust security.]
  -> grandson_stopped

=== grandson_nod ===
Cheers. # speaker: jaylen
He hands a cup to Walter.
Tea, two sugars, Grandad. Like you like it. # speaker: jaylen
Grandad can't drive at night any more, so I brought them. Is Nan OK? # speaker: jaylen
June holds out her hand to him.
There's my boy. # speaker: june
-> wrap_up

=== grandson_stopped ===
He stops. Tea spills over his knuckles. # show: jaylen:guarded
I'm her grandson. I drove them here. # speaker: jaylen
That's our grandson! # speaker: walter
The young man puts the cups down carefully and pulls his hood back. He doesn't say anything else.
A porter in the corridor has seen it all through the little window in the door. Nobody says anything.
-> wrap_up

// ---------------------------------------------------------------- act

=== wrap_up ===
# phase: act
# bg: hospital_triage_bay
# hide: walter
# hide: june
# hide: jaylen
# show: bea:calm
Back at the nurse station, Bea writes up June's notes. She looks up at you.
So. Should we be reporting anything? # speaker: bea
* ["I don't think so. Everything we saw had an ordinary answer: her dementia, her blood thinners, a husband who's her carer. If the care team sees something new, they have their safeguarding route." # score: culture +1 # score: collaboration +1 # why: You weighed what you saw against what you learned and found ordinary explanations. Calibrated judgement protects families from suspicion and keeps real concerns credible.]
  You go through it with her, one worry at a time.
  He answers for her because she has dementia and gets frightened. It's on the board. # speaker: officer
  He holds her papers because he's her carer. There's a council card on the folder. # speaker: officer
  The bruises are from her blood thinners. The young man is their grandson, with the car. # speaker: officer
  Bea looks at her card, then folds it away.
  That's a relief, honestly. I saw the list and I stopped looking at the people. # speaker: bea # show: bea:relieved
  The list is a reason to look closer. It isn't an answer. # speaker: officer
  I'll keep an eye on her anyway. That's just nursing. # speaker: bea
* ["Better safe than sorry. I'll call the trafficking hotline about them." # score: culture -1 # why: A report needs a reason. Every worry here had an ordinary answer you could find. Reporting anyway treats a carer as a suspect. If the care team sees something new, they use their safeguarding route.]
  Really? On what, though? # speaker: bea # show: bea:guarded
  You look at your notes. There isn't much to say.
- -> ending_pick

=== ending_pick ===
{
- took_folder || labelled:
  -> complaint_end
- step_away || grandson_stopped:
  -> upset_end
- else:
  -> settled_end
}

=== settled_end ===
At four, June and Walter's daughter arrives, still in her work uniform.
The X-ray shows no break. The doctor wants June home in her own bed by the morning.
Jaylen brings the car round to the doors and leaves the engine running so it's warm.
Walter shakes your hand on the way out. Jaylen carries the red folder. June waves to everyone, as if she is leaving a party.
# ending: settled; A long night, and nothing to report
The relatives' room is empty again. It was a family having a hard night.
-> file_report(-> epilogue_settled)

=== upset_end ===
At four, June and Walter's daughter arrives. Walter talks to her quietly and nods toward you.
The X-ray shows no break. They leave at six, without saying goodbye.
Jaylen keeps his hood up all the way to the car.
# ending: upset; The family felt accused
Nothing was wrong. The only harm tonight was the suspicion.
-> file_report(-> epilogue_upset)

=== complaint_end ===
At four, June and Walter's daughter arrives. Walter asks for the charge nurse.
The X-ray shows no break. Before they leave, the daughter fills in a complaint form about security.
# ending: complaint; A complaint in the morning
Nothing was wrong. Walter will think twice before bringing June here again.
-> file_report(-> epilogue_complaint)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_settled ===
A week later, a card arrives at the nurse station. "Thank you for being so kind to June. Walter."
-> aftermath

=== epilogue_upset ===
Bea mentions it at handover. "I started it," she says. "I saw a list and stopped seeing the people."
-> aftermath

=== epilogue_complaint ===
{escalation_first} asks to see you about the complaint. It is a fair one.
-> aftermath

=== aftermath ===
{
- report_action == "none":
  You write "nothing to report" in the log, with a line about helping a family from bay two.
- report_action == "log":
  Your note goes in the shift log. It is accurate, but there was nothing to record.
- else:
  {escalation_first} reads your report and calls you in. Every worry in it had an ordinary answer, and a family is now on file for nothing.
}
Your shift ends at seven.
-> END
