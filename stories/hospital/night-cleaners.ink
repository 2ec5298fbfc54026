# grammar: 1
# id: hospital.night_cleaners
# title: Night shift: the cleaners' storeroom
# setting: hospital
# summary: Four in the morning in the emergency department. A nurse has found one of the contract cleaners asleep in a storeroom, and the crew lead wants her back on the floor.
# minutes: 12
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: This story is about contract cleaners on a hospital night shift. It touches on a debt to a recruitment agency, long hours, and a crew lead who keeps the workers' phones. No violence is shown. You can step out at any time.
# focus: A contract crew, a debt and a crew lead with an answer for everything: what is yours to do in a hospital, and which channel hears it
# character: ines; Ines; The triage nurse, in her forties, hair in a bun, in blue scrubs.
# character: toni; Toni; A nursing assistant in her fifties in a navy hospital fleece, with a lunch bag on her knees.
# character: dalia; Dalia; A contract cleaner in her thirties in a green work smock, her hair tied back, with a badge clipped to her pocket.
# character: jo; Jo; The cleaning crew's lead, a woman in her forties in a black fleece, with a clipboard and a ring of keys.
# distractor: not.outside_contractor
# distractor: not.tired_or_shy
# distractor: not.speaks_other_language
# teaches: myth.initial_consent
# teaches: myth.trauma_hostile_or_flat
# teaches: myth.traffickers_men

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Dalia is an adult cleaner employed by an outside agency that supplies the hospital's cleaning
//   contractor. The crew shares badges, comes and goes together in the agency's van, works six to
//   six, and Jo keeps their phones "so they work". Dalia owes the agency for her "placement" and says
//   she cannot leave until it is paid. Together these are a reason to report, not proof.
// - Jo is plausible: the hospital really is slow to print contractor badges, and there really is a
//   no-phones rule near the treatment bays. She may owe the agency too. She denies, she never
//   confesses, and nobody in the story points out her contradictions.
// - Hospital role: security never reads clinical records or the patient board, and does not rule on
//   safeguarding. Concerns about contract staff go to the control room, which brings in the hospital's
//   safeguarding lead and the facilities manager who holds the cleaning contract.
// - Variant 1: Jo turns down the nurse's welfare check, so Dalia is never alone with anyone. At the
//   van she asks the officer to tell no one. She is an adult in no immediate danger: the control room
//   (a middle rung) is the exact report, and they decide with the officer, per policy, on a referral.
// - Variant 2: Jo lets the welfare check go ahead. Dalia says a little more, slowly, and asks for
//   help that is not the police: the hotline referral, with the control room, is the exact report.
// - Red herrings: Toni, asleep in the waiting room on a double shift she chose; the shared lockers,
//   which every member of staff has this winter.
// - Toni stays ambiguous until asked (`ambiguous: hospital.contract_staff_exploitation`): asleep
//   with her badge hidden, she could be another worn-out member of the crew. Asking whether she is
//   all right `resolves` it the ordinary way: hospital staff, on a double shift she chose.
// - Dalia's flat voice and her story changing ("I wanted the hours") are trauma responses, and the
//   debrief says so (myth.trauma_hostile_or_flat, myth.trauma_story_changes).

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: ines:calm
It is ten to four in the morning. Snow is falling past the doors of the emergency department.
You are on the night shift for {org_name}. The post orders at the podium say that any concern about contract staff goes to {escalation_first}, who brings in the hospital's safeguarding lead and the facilities manager who holds the contract.
Ines, the triage nurse, leans out of the triage window.
One of the contract cleaners is asleep in the supply storeroom behind the treatment doors. Sitting up on a box of paper towels. # speaker: ines
Can you look in on her? I can't leave the window. # speaker: ines
+ [Write down the time and what Ines said, then take the long way around through the waiting room # score: document +1 # why: A note made at the time is worth a lot later, and a look around costs a few minutes. Those minutes are the cleaner's, asleep where her crew may find her first.]
  Ines nods and goes back to her screen.
+ ["On my way. If she's unwell, she's yours." # score: collaboration +1 # score: safety +1 # why: Checking on her is your job, and anything medical is the nurse's. Going now means you reach her before anyone else does.]
  Thanks. # speaker: ines
+ ["Sleeping on shift is the contractor's business. I'll wake her and find her crew lead." # score: safety -1 # score: trust -1 # why: It treats her as a problem to hand back. If someone is controlling the crew, the crew lead is the last person who should hear it first.]
  She's not in trouble with me. I just want to know she's OK. # speaker: ines # show: ines:guarded
+ ["Can you check her file and see if she's been in as a patient?" # score: collaboration -2 # why: Security does not ask for, or look at, anyone's health records. Ines would be right to say no, and asking makes it harder to work together later.]
  That's not something I can share, and you know it. # speaker: ines # show: ines:guarded
  Just go and look, please. # speaker: ines
- You note the time: three fifty-one. # requires: log
  -> waiting_room

// ---------------------------------------------------------------- observe

=== waiting_room ===
# phase: observe
# hide: ines
On the way to the treatment doors you take in the waiting room.
- (around)
* [Check the door log on the podium screen # observe: security_podium # reveals: hospital.contract_staff_exploitation]
  The access log is security's own screen. Six badges belong to the cleaning contractor tonight.
  Badge C-114 opened the staff door at 5:58 pm. At 3:12 am it opened the storeroom, and a minute later the pharmacy corridor, at the other end of the building.
  All six contractor badges came in within a minute of each other. {variant == 2: All six went out together yesterday morning at 6:04.|All six went out together at 6:02 this morning, and the morning before.}
  -> around
* [Look at the cleaning cart by the vending machine # observe: vending_machine # reveals: hospital.contract_staff_exploitation]
  A contractor's cart is parked by the vending machine. A schedule is clipped to the handle: six first names, every night this week and last, six to six.
  One set of initials at the bottom signs for all six.
  -> around
* [Read the staff notices by the water cooler # observe: info_posters # reveals: nothing]
  A memo from facilities: lockers are two to a locker until the new locker room opens in January, for everyone, employed and contract staff alike.
  Next to it is the hotline poster, and a flyer for the staff flu clinic.
  -> around
* (seats) [Look at the woman asleep in the end seat # observe: waiting_seats # reveals: nothing # ambiguous: hospital.contract_staff_exploitation]
  A woman in a navy fleece sleeps sitting up in the last row, a lunch bag on her knees and her shoes off. A lanyard is tucked into her collar, so you cannot read the badge.
  Someone waiting for a patient, staff on a long break, or another of the night crew with nowhere else to rest. From here you can't tell.
  -> around
* {seats} [Ask the woman in the end seat whether she's all right # resolves: hospital.contract_staff_exploitation]
  # show: toni:calm
  She opens her eyes and laughs at herself.
  Caught me. Second shift, my own choice. The overtime's paying for Christmas. # speaker: toni
  My car's in the staff lot. I'm gone at seven. # speaker: toni
  She shows you her badge without being asked: a nursing assistant, the hospital's own staff. # hide: toni
  -> around
+ [Go through the treatment doors to the storeroom]
- -> storeroom

// ---------------------------------------------------------------- talk

=== storeroom ===
# phase: talk
# bg: hospital_triage_bay
# show: dalia:anxious
The supply storeroom is at the end of the corridor past bay 4. The door is half open.
A woman in a green work smock is asleep sitting up on a box of paper towels, her head against the shelves. The badge on her pocket says M. HART. # indicator: hospital.malnourished_poor_hygiene
When your radio clicks, she jolts awake and is on her feet before she knows where she is. # indicator: hospital.hypervigilant_startle
Sorry. Sorry. Don't tell Jo. # speaker: dalia
+ ["Hey. It's OK. There's water at the nurses' station." # score: trust +1 # why: Kind and easy. It meets a need, but it does not tell her whether she is in trouble, which is what she is afraid of.]
  -> woke
+ ["You can't sleep in here. And that badge isn't yours, is it?" # score: trust -2 # score: observe +1 # why: The badge is worth noting, but opening with two rules tells her you are one more person checking up on her. She will answer the rule, not you.]
  -> woke_guarded
+ [Stay in the doorway, voice low: "You're not in trouble. I'm just checking on you." # score: trust +2 # score: safety +1 # why: She can see the way out, and she hears first that nothing bad is coming. It does not ask her for anything yet.]
  -> woke
+ ["Did somebody make you work two shifts? Are you being kept here against your will?" # critical: labelling_question # score: trust -2 # why: A question that names her situation for her gets a no and closes the door. She has every reason not to say yes to a stranger in uniform.]
  -> woke_guarded

=== woke_guarded ===
# show: dalia:guarded
She pulls her smock straight.
No. Nobody makes me. I'm just tired. # speaker: dalia
-> two_shifts

=== woke ===
She sits back down on the box, slowly. Her voice is flat, as if she were reading the words off a card.
-> two_shifts

=== two_shifts ===
Two shifts. I wanted the hours. It's fine. # speaker: dalia
# discuss: She says it's fine. What have you seen so far, and what would you still want to know?
+ ["Two shifts is a lot. Have you eaten?" # score: trust +1 # score: observe +1 # why: An ordinary, caring question that she can answer safely. It does not check whether talking could cost her anything.]
  Not since the van. Jo has the money for food. # speaker: dalia
  -> phones
+ ["Is it all right to talk for a minute, or will someone be looking for you?" # score: trust +1 # score: safety +2 # why: Checking that it is safe to talk comes first. It tells her you know someone might mind, without saying who.]
  Jo will look. At half past four she counts us. # speaker: dalia
  -> phones
+ [Hand her a cup of water from the cooler, and wait # score: trust +1 # why: Something for her and nothing asked of her. Waiting leaves the next word to her, and she may not take it.]
  She drinks it all at once.
  -> phones
+ ["Two shifts? What are they paying you for that?" # critical: interrogate_victim # score: trust -2 # why: Asking about her pay out of the blue is questioning her about what may be done to her. It is not your job, and it puts her on guard.]
  She looks at the floor. # show: dalia:guarded
  Enough. It's fine. # speaker: dalia
  -> phones

=== phones ===
She looks at the radio on your belt.
You can't call anybody from here. Jo keeps our phones, so we work. At six she gives them back. # speaker: dalia # indicator: hospital.companion_holds_documents_pays
The badge is Maria's. We share. The hospital is slow with the badges. # speaker: dalia
-> jo_arrives

=== jo_arrives ===
# show: jo:impatient
Keys jingle in the corridor. A woman in a black fleece with a clipboard stops at the storeroom door.
Dalia. There you are. # speaker: jo
Dalia is on her feet at once, and looks at Jo before she looks at anything else. # indicator: hospital.patient_defers_fearful
When you say you found her resting, Jo answers for her. # indicator: hospital.companion_speaks_for_patient
She's on a double. She wanted the hours, didn't you? We're two short tonight. # speaker: jo
The badges are because facilities takes six weeks to print them, ask anyone. And the phones are the hospital's own rule, no phones by the bays. I just keep them safe. # speaker: jo
Dalia nods. She doesn't say anything. # discuss: Jo has an ordinary answer for the badges and the phones. What does that tell you, and what doesn't it?
+ ["Thanks. I'll put in the log that she was found and is OK." # score: safety +1 # score: document +1 # why: Routine and honest, and the log entry is useful later. Jo now knows there is a record, which may make her careful in ways that are hard for Dalia.]
  -> pretext
+ ["One badge, one person: that's the hospital's rule. Why is she wearing someone else's?" # score: safety -1 # score: trust -1 # why: A fair question about a real rule, asked in front of the person who hands the badges out. Jo has an answer ready, and Dalia is the one who was talking to you.]
  Jo smiles. # show: jo:guarded
  Take it up with facilities. I've asked them four times. # speaker: jo
  -> pretext
+ ["Give Dalia her phone back." # critical: confront_controller # score: safety -2 # why: Challenging the person in control puts Dalia between you and her. Jo can make tonight and tomorrow harder for her, and you will not see it.]
  Jo's face goes still. # show: jo:guarded
  She can have it at six, like everybody. Dalia, come on. # speaker: jo
  -> pretext
+ ["She's fine. I found her resting, that's all." # score: safety +2 # score: trust +1 # why: Short, true and dull. It keeps Dalia out of trouble for the nap, and gives Jo nothing to take out on her.]
  -> pretext

=== pretext ===
# show: ines:calm
Ines comes down the corridor with a blood-pressure cuff over her arm.
+ [Ask Ines to offer Dalia the routine welfare check that anyone found unwell on shift gets, which is done alone, and keep Jo company at the desk # score: trust +1 # score: safety +1 # score: collaboration +1 # why: The nurse offers a real, routine check, and the privacy comes with it. It may not work: Jo can say no, and then you stop.]
  -> pretext_offered
+ [Leave it there. Note the names and the times, and let them get back to work # score: safety +1 # score: document +1 # why: Nothing shown, nothing risked, and the facts are on paper. Dalia gets no private minute tonight.]
  -> back_to_work
+ ["Jo, give us a minute. I'd like a word with Dalia on her own." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Asking the crew lead to leave shows her exactly what you suspect. Whatever Dalia says next, Jo will want to know it.]
  Jo doesn't move. # show: jo:impatient
  Anything she says, she can say with me here. We're a team. # speaker: jo
  -> stopped
+ ["Dalia, come and sit in the security office till six. You can rest there." # score: safety -1 # score: choice -1 # why: A kind thought, but it takes her away from her crew in front of the crew lead, and it decides for her. She will pay for the missing hours, not you.]
  Dalia shakes her head at once. # show: dalia:anxious
  No. I work. # speaker: dalia
  -> stopped

=== pretext_offered ===
Ines asks Dalia, the way she would ask anyone, to come to bay 4 for five minutes: a blood-pressure check is routine for anyone found unwell on shift.
{
- variant == 1:
  Jo steps between them, friendly and firm.
  She's not a patient. She's tired, that's all. We're two short, and the floor by the bays isn't going to mop itself. # speaker: jo # show: jo:impatient
  Dalia picks up her mop.
  + ["It's hospital policy. Anyone found unwell on shift gets checked." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Pressing the point after Jo has said no makes it about Jo. She hears that you are looking at her crew, and Dalia was the one found asleep.]
    Then write it up. She's fine. # speaker: jo # show: jo:guarded
    Jo walks Dalia back down the corridor. # hide: ines
    -> stopped
  + [Slip her the staff card # score: choice +1 # score: safety -1 # why: The staff wellbeing card has the hotline on the back: hers to use or throw away. With Jo a step away, she may see it, and Dalia has nowhere private to keep it.]
    Dalia closes her hand around the card without looking at it. Jo is already walking. # hide: ines
    -> stopped
  + ["Sure. Thanks anyway, Ines." # score: safety +2 # why: The pretext failed, so you stop. Pushing now would show Jo what you think, and Dalia would be the one to pay for it.]
    Ines shrugs and goes back to the window. # hide: ines
    -> stopped
  + ["Then I'll need your full name and the agency's number for my report." # score: safety -1 # score: document +1 # why: Names belong in the report, but asking Jo for them now tells her there is a report, and what it is about.]
    Jo writes a first name and a phone number on the back of her clipboard paper and tears it off for you. # show: jo:guarded
    -> stopped
- else:
  Jo looks at her clipboard, then at the time.
  Five minutes. I've got the van to load anyway. # speaker: jo
  Jo goes off toward the staff entrance, her keys jingling. # hide: jo
  -> staff_room
}

=== back_to_work ===
Jo walks Dalia back down the corridor toward the bays. Dalia does not look back.
You write down the names, the badge number and the time: four twenty-two.
-> before_six

=== stopped ===
# hide: jo
# hide: dalia
Dalia and Jo go back down the corridor toward the bays. You write down the names, the badge number and the time: four twenty-two.
-> before_six

=== staff_room ===
# show: dalia:guarded
In bay 4, Ines draws the curtain for the check. You wait outside it, where you can see the corridor.
After a few minutes Ines puts her head out. Dalia has asked for the officer who said she wasn't in trouble. Ines asks nothing about her health in front of you, and goes to find her something to eat. # hide: ines
For a while Dalia says nothing at all.
I signed the paper. For the placement. Nobody made me. # speaker: dalia
It was four thousand. Now it's more. The house, the van, the uniform. Until it's paid, I can't leave. # speaker: dalia # indicator: hospital.contract_staff_exploitation
If there's trouble, they call my mother. They tell her I ran with the money. # speaker: dalia
The house? I don't know the street. The van takes us. # speaker: dalia # indicator: hospital.disoriented_time_place
# discuss: Dalia has said more than she did an hour ago. What does she need from you now, and what would be too much?
+ ["You don't have to tell me any of it. If you want, there are people whose whole job is helping with this." # score: trust +1 # score: choice +2 # why: It takes the pressure off and puts a real option in front of her. What happens next is her choice.]
  -> dalia_asks
+ [Tell her what you will do with what she said: pass it to the control room, who bring in the hospital's safeguarding lead # score: trust +1 # score: collaboration +1 # why: Being open about where her words go is honest and respectful. It says nothing yet about what she wants.]
  -> dalia_asks
+ ["Start at the beginning. Who runs the agency, and how much do you owe?" # critical: interrogate_victim # score: trust -2 # why: Her story is not yours to take down. Pressing for names and sums makes her relive it for you, and she has said what she can.]
  Dalia looks at the curtain and stops talking. # show: dalia:anxious
  -> dalia_asks
+ ["I'll make sure nobody goes near your mother." # critical: promise_cannot_keep # score: trust -1 # why: You cannot promise that. If it fails, she learns that help lies, and her mother is still where she was.]
  Dalia looks at you for a long time. # show: dalia:anxious
  You can't. # speaker: dalia
  -> dalia_asks
+ ["Earlier you said you wanted the hours. Which is it?" # myth: myth.trauma_story_changes # score: trust -2 # why: Stories change when it starts to feel safer to tell the truth. Catching her out tells her she is not believed.]
  Dalia shrugs. Her face goes still. # show: dalia:guarded
  I want the hours. Forget it. # speaker: dalia
  -> dalia_asks

=== dalia_asks ===
Ines comes back with crackers and a carton of juice. Dalia eats them in three bites. # show: ines:calm
When Ines goes to draw the curtain back, Dalia speaks to the floor.
Is there somebody, not police? Somebody for the debt? # speaker: dalia
At six Jo gives the phones back. Tell them, but not Jo. # speaker: dalia
-> before_six

// ---------------------------------------------------------------- act

=== before_six ===
# phase: act
# bg: hospital_staff_entrance
# ambience: hospital_loading_bay
# hide: ines
# hide: toni
It is ten to six. You walk to the staff entrance for the shift change. The agency's silver minivan is already at the barrier with its side door open.
Jo is at the time clock, handing out phones from a plastic bag and taking the badges back, one by one. # show: jo:calm
{
- staff_room > 0:
  -> act_asked
- else:
  -> at_the_van
}

=== at_the_van ===
# show: dalia:anxious
Dalia is last. She takes her phone and stops beside you at the booth while the others climb in.
Please don't tell. I owe the agency for the placement. Until it's paid, I can't leave. # speaker: dalia # indicator: hospital.contract_staff_exploitation
If there's trouble, they go to my mother. # speaker: dalia
+ ["OK. I heard you." # score: trust +1 # why: It tells her she was heard and does not argue. It also lets her think nothing will be passed on, which may not be true.]
  -> act_declined
+ ["I can't keep this to myself. I'll tell my control room. I won't tell Jo." # score: trust +2 # score: choice +1 # why: Honest about the limits of what you can keep quiet, and clear about where it goes. She keeps what she tells anyone next.]
  -> act_declined
+ [Nod, and say nothing # score: safety +1 # why: Nothing Jo can see. Dalia does not learn what you will do with what she said.]
  -> act_declined
+ ["You don't have to get in that van. Stay here with me, and we'll sort this out tonight." # critical: detain_or_rescue # myth: myth.security_rescues # score: choice -2 # why: Deciding for an adult who is in no immediate danger is a rescue she did not ask for. Jo is ten feet away, and Dalia has nowhere to go at six in the morning.]
  Dalia steps away from you. # show: dalia:guarded
  No. I go. # speaker: dalia
  -> act_declined

=== act_declined ===
# requires: supervisor
Dalia gets in. The side door slides shut. # hide: dalia # sound: door_slide
# discuss: Dalia asked you to tell no one. What can you still do, and who decides what happens next?
+ [Call {hotline_name} yourself from the booth, before the van goes # score: collaboration -1 # score: choice -1 # action: hotline # why: The hotline may be where this ends up, but she asked you not to act, and your post orders send it to the control room and the hospital's safeguarding lead first.]
  -> hotline_alone
+ [Email the facilities manager in the morning that the contract crew is sharing badges # score: report -1 # action: log # why: The badge rule may get fixed. Nobody who can act hears about the phones, the schedule or the debt.]
  -> badges_only
+ [Radio {escalation_first}: shared badges, the phones, the schedule and her words. Ask for the safeguarding lead and the facilities manager # score: report +2 # score: collaboration +1 # action: supervisor # why: An adult who asked you not to act, and a cluster of signs someone should weigh. The control room hears it now, with the hospital's own channels, and decides with you, per policy, on a referral.]
  -> told_control
+ [Call the police before the van leaves: a debt you can't walk away from has to be a crime # score: choice -2 # action: police # why: Dalia is an adult in no immediate danger who asked you not to. Police at the van tell Jo and the agency exactly who talked.]
  -> police_called
+ [Walk to the van and tell Jo the crew's phones stay with their owners from tonight on # critical: confront_controller # score: safety -2 # why: Challenging the crew lead at the van, with the crew inside, puts them between you and her. Observe, document, report.]
  -> confronted

=== act_asked ===
# requires: hotline
# show: dalia:guarded
Dalia takes her phone from Jo and holds it with both hands.
She looks at you once, across the barrier, then gets into the van. # hide: dalia
+ [Radio {escalation_first} and leave the rest to them # score: choice -1 # action: supervisor # why: The control room has to know, but Dalia asked for help tonight. Leaving out what she asked for makes her wait for someone else to decide.]
  -> control_only
+ [Call the police for her, since it's the safest thing # score: choice -2 # score: trust -1 # action: police # why: She asked for someone who is not the police. An adult in no immediate danger decides that for herself.]
  -> police_called
+ [Catch Jo at the time clock and tell her, as kindly as you can, that Dalia will stay after her next shift to see the hospital's safeguarding team # score: safety -2 # score: trust -1 # why: What Dalia does next is hers to tell. Said to the crew lead, it reaches the agency before anyone can help.]
  -> told_jo
+ [Radio {escalation_first}: she asked for help and agreed to a referral to {hotline_name}, with nothing to Jo # score: report +2 # score: choice +1 # action: hotline # why: She asked. The referral goes where she agreed, through the channel your post orders name, and the hospital's safeguarding lead can meet her on her next shift.]
  -> hotline_with_her

// ---------------------------------------------------------------- act outcomes

=== told_control ===
You keep it short: six contractor badges shared between the crew, one van in and out at six, the phones held by the crew lead, a schedule of twelve-hour nights, and a debt to the agency. The worker, an adult, asked you not to act.
{escalation_first} takes the details. They will call the hospital's safeguarding lead at eight, and the facilities manager, who can check the contractor through the hospital's contract-compliance route. They will decide with you whether it goes to {hotline_name}.
The van pulls out. # hide: jo
# ending: control_room; The control room had it, and Dalia kept her choice
-> file_report(-> epilogue)

=== hotline_alone ===
You call {hotline_name} from the booth and tell them what you saw and what Dalia said.
When you are done, {escalation_first} is on the radio asking why the safeguarding lead will hear it third. # hide: jo
# ending: hotline_alone; The hotline heard it, but not through the hospital
-> file_report(-> epilogue)

=== badges_only ===
The van pulls out of the barrier. You write a short email about the badges, and save it for the morning. # hide: jo
# ending: badges_only; Only the badges were reported
-> file_report(-> epilogue)

=== police_called ===
{
- staff_room > 0:
  By the time a patrol car comes, the van has gone. The officer asks you for the agency's name, and you do not have it.
- else:
  A patrol car reaches the barrier as the van is leaving. Jo shows a business card for the agency and a copy of the cleaning contract, and the van goes.
}
# hide: jo
# ending: police_called; Police came, and the van left
-> file_report(-> epilogue)

=== hotline_with_her ===
{escalation_first} takes it down and asks whether Dalia agreed. You say she did, and that she asked for no police and nothing to Jo.
They will make the referral to {hotline_name} with the safeguarding lead this morning. {hotline_consent_based: It works with the person's consent.} The safeguarding lead will ask Ines to offer Dalia another welfare check at the start of her next shift. # hide: jo
The van pulls out. You do not see Dalia's face.
# ending: hotline_with_her; The referral went where Dalia asked, through the hospital's channels
-> file_report(-> epilogue)

=== control_only ===
{escalation_first} takes the details and says they will talk to the safeguarding lead in the morning.
What Dalia asked for is not in what you said. # hide: jo
# ending: control_room; The control room had it, and Dalia kept her choice
-> file_report(-> epilogue)

=== told_jo ===
# show: jo:guarded
Jo listens, nods, and says she'll let the agency know.
The van pulls out. Dalia is not on the schedule the next night, or the one after. # hide: jo
# ending: told_jo; The crew lead heard it first
-> file_report(-> epilogue)

=== confronted ===
# show: jo:impatient
Jo hears you out with her arms folded.
They're adults. They hand them in because they want to keep their jobs. You want to make a complaint, talk to the agency. # speaker: jo
She gets in, and the van pulls out fast. Through the back window you see Dalia with her head down. # hide: jo
# ending: confronted; The crew lead was warned
-> file_report(-> epilogue)

// ---------------------------------------------------------------- epilogue (after the report)

=== epilogue ===
{
- report_action == "emergency" || report_action == "police":
  {escalation_first} reads your report. Police went to the agency's van. Dalia is an adult who was in no immediate danger, and she had {staff_room > 0: asked for help that was not the police|asked you to tell no one}.
- report_action == "hotline":
  {escalation_first} reads your report and confirms it went to {hotline_name}, with the safeguarding lead copied.
- report_action == "supervisor":
  {escalation_first} reads your report and passes it to the safeguarding lead and the facilities manager before the day shift starts.
- report_action == "log":
  Your report goes into the shift log. Nobody outside security reads it this week.
- else:
  Nothing about tonight goes into the log.
}
At seven, Toni walks out to her car in the staff lot, her lunch bag under her arm.
Your shift ends at eight.
-> END
