# grammar: 1
# id: hospital.older_boyfriend
# title: Late shift: she says she's eighteen
# setting: hospital
# summary: A sleety night in the emergency department. A girl with a bad cough says she is eighteen, and the much older man with her says he is her boyfriend and fills in her form. Back the nurses, keep things calm, and make sure a young person gets the protection she needs.
# minutes: 10
# situation: sex_trafficking
# minor: yes
# variants: 2
# content_note: This story involves a girl who may be under eighteen, staying with a much older man, and the possibility that she is being sexually exploited. Nothing sexual is shown or described. On one path a man pulls a girl by the arm. You can step out at any time.
# focus: A young person with an older "boyfriend": back the care team's private time, keep him calmly occupied, and escalate to police and child protection even when she says no
# character: ines; Ines; The triage nurse tonight, in her forties, hair in a bun, in blue scrubs.
# character: abe; Abe; The charge nurse, in his fifties, broad, with glasses and a steady voice.
# character: jodie; Jodie; A girl who says she is eighteen and looks about fifteen, with a fringe, in a man's black jacket three sizes too big.
# character: rick; Rick; A man in his late twenties in a smart navy coat, with two phones and a roll of notes.
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# teaches: myth.initial_consent
# teaches: myth.stranger_kidnap
# teaches: myth.would_ask_for_help
# teaches: myth.adultification

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Jodie is fifteen. She says she chose to be with Rick; a child cannot consent to this, and any
//   commercial sex involving a minor is trafficking. The right report is at least the hotline
//   (police and child protection under policy) on every path; when she is taken out against her
//   will, or leaves with him, it is the emergency number.
// - Security backs the clinical team. Ines does the private talk; the officer never interviews Jodie,
//   and never asks her for details. Security never reads the triage screen or the registration form.
// - The police notice in the podium log is a real-world touch: families report missing children, and
//   sites get notices. The officer notes a possible match; they do not decide who she is.
// - Variant 1: Rick is easy-going and charming. Variant 2: Rick is short-tempered. The signs stay the same.
// - The pair on the seats stays ambiguous (`ambiguous: hospital.companion_holds_documents_pays`):
//   a man buying his companion a drink is ordinary. Asking him to the desk for the form `resolves`
//   it: he turns off her phone, which he holds, and pays cash so nothing is posted to an address.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: ines:calm
Twenty past eleven on a Thursday night in January. Sleet has turned to snow.
You are on the security podium in the emergency department, working for {org_name}.
Ines, the triage nurse, leans out of her window and waves you over.
The girl on the right-hand seats, in the big black jacket. Bad cough, a temperature, fainted in a shop. # speaker: ines
She gave her age as eighteen. Then she had to stop and think what year she was born. # speaker: ines
The man with her filled in her form and answered every question. He says he's her boyfriend. He's twenty-eight. # speaker: ines # indicator: hospital.companion_speaks_for_patient
She looks about fifteen to me. I've told Abe. We'll see her on her own when a bay is free. # speaker: ines
* ["Got it. I'll stay near the seats and take notes." # score: observe +1 # score: collaboration +1 # why: Quiet watching and plain notes build the picture, and being close by backs the nurse without taking over.]
  Good. It'll be twenty minutes or so. # speaker: ines # show: ines:relieved
* ["Want me to go and ask her for some ID? If she's under 18, we'll know." # score: safety -2 # score: trust -1 # why: Demanding ID in front of the man tells him staff are suspicious, and she may pay for that later. The care team finds out her age privately, as part of her care.]
  With him sitting right there? No. # speaker: ines # show: ines:anxious
  Just keep an eye out. # speaker: ines
* ["Does Abe want me anywhere in particular?" # score: collaboration +1 # why: Letting the charge nurse place you keeps the care team in charge. Your own notes would help them too.]
  Near the seats, he said. Not too near. # speaker: ines
* ["If she says she's eighteen, that's her business." # score: observe -1 # myth: myth.adultification # why: Young people who are being exploited are often told to say they are older. Her age changes everything about what has to happen next, so it is worth watching.]
  Maybe. But I've been doing this twenty years. # speaker: ines # show: ines:guarded
  Just keep an eye out. # speaker: ines
- You note the time and what Ines said. # requires: log
  -> walk

// ---------------------------------------------------------------- observe

=== walk ===
# phase: observe
# show: jodie:guarded
# show: rick:calm
You walk the room slowly, the way you do every hour. Look, but don't stare.
First, the front of the room. You have time for one thing before the next ambulance arrives.
* (notice) [Look at the notices in the podium logbook # observe: security_podium # reveals: hospital.minor_unaccompanied_older_partner]
  Inside the cover of the logbook are the alerts the police send round.
  One is from last week. A girl of fifteen, missing from home for three weeks. Her family think she may be with an older man she met online.
  There is a school photo: a girl with a long fringe, smiling.
  The girl on the right-hand seats has a long fringe. You cannot be sure. You note the notice's date and reference.
* [Look at the TV on the wall # observe: tv_screen # reveals: nothing]
  The news is all snow: the beltway closed, buses off, a truck stuck on the hill.
  An orderly stops to watch it and groans.
* [Look at the triage window # observe: triage_window # reveals: hospital.relationship_claim_doesnt_fit]
  You can't see the screen, and you don't try to. You can hear the man, though: he is back at the window.
  Put step-brother. Not boyfriend. Step-brother. # speaker: rick
  Five minutes ago, he told Ines he was her boyfriend.
* [Walk on toward the seats]
- -> seats

=== seats ===
You move on along the rows of seats.
You can stop by one more thing without it looking odd.
* [Look at the pair on the right-hand seats # observe: waiting_seats # reveals: nothing # ambiguous: hospital.companion_holds_documents_pays]
  He has two phones. One is in a glittery pink case. When it buzzes, he reads the screen and turns it face down on his knee.
  She has no bag and no purse. When she wants a drink from the machine, he peels a note off a roll and gives it to her.
  She brings him the change. Someone treating her, or someone who holds everything she has: from here, it could be either.
* [Look at the vending machine # observe: vending_machine # reveals: nothing]
  A boy of about fourteen and his mom argue over chips. She is still in her supermarket uniform.
  She tells him he can't eat anything before his scan. He groans at the ceiling.
* [Go back to the podium]
- -> cough

=== cough ===
The girl coughs until she has to hold on to the seat in front.
Ines brings her a cup of water and a packet of crackers from the staff room. She eats all of them, fast, and looks at the empty packet. # indicator: hospital.malnourished_poor_hygiene
The man does not look up from his phones.
Then he gets up and walks over to your podium. # show: rick:calm
-> podium

// ---------------------------------------------------------------- talk

=== podium ===
# phase: talk
{variant == 2: How much longer? We've been here an hour. # speaker: rick|Evening, boss. Any idea how long? Only she's fine really, it's just a cold. # speaker: rick}
She's my girlfriend. She's been staying at mine since Christmas. Her mom's a nightmare. # speaker: rick # indicator: hospital.minor_unaccompanied_older_partner
She's eighteen, before anyone asks. # speaker: rick
She doesn't need all the tests. Just something for the cough and we'll get off. # speaker: rick # indicator: hospital.rush_to_leave_ama # requires: police # discuss: Nobody has asked her age, and he tells you anyway. What do you make of what you have seen so far, and what is your part in what happens next?
* ["Couldn't tell you. The nurse calls people in order." # score: safety +1 # score: trust -1 # why: Neutral and honest, and it shows no suspicion. A bit of warmth would have kept him settled longer.]
  He looks at you a moment, then goes back to his seat.
  -> call_in
* ["It's busy with the snow, but she'll be called soon." # score: safety +1 # score: trust +1 # why: An honest, ordinary answer shows no suspicion, which keeps her in the building and keeps the chance of private time with the nurse open.]
  Great. # speaker: rick
  He buys a can from the machine and goes back to his seat.
  -> call_in
* ["Eighteen? She looks about fifteen to me. How old are you, mate?" # critical: confront_controller # score: safety -2 # why: Challenging him tells him staff are onto him, and the easiest way out for him is to take her away before anyone can talk to her. Note what he said and pass it on.]
  -> challenged

=== challenged ===
His smile goes. # show: rick:impatient
What's that supposed to mean? # speaker: rick
He goes back to the seats and pulls the girl up by her sleeve. # show: jodie:anxious
Come on. We'll get something from the drugstore. We don't need this place. # speaker: rick
-> leaving

=== call_in ===
Twenty minutes later, Ines opens the door to the treatment area.
Jodie? Bay four, please. # speaker: ines
Jodie stands. The man stands with her, his hand on the back of her neck.
You follow at a distance, as Ines asked.
-> bay

=== bay ===
# bg: hospital_triage_bay
# show: ines:calm
# show: jodie:guarded
# show: rick:calm
# show: abe:calm
The corridor is quiet. Ines holds back the curtain of bay four. Abe is at the nurse station with a clipboard.
I'll see Jodie on her own for a few minutes. We do that with every patient. It's policy. # speaker: ines
{variant == 2: No. I stay. Anything she needs to say, she can say in front of me. # speaker: rick|She'd rather I stay, wouldn't you, Jo? She gets nervous. # speaker: rick} # indicator: hospital.companion_wont_leave
Jodie looks at him before she nods. Then she looks at the floor. # show: jodie:anxious # indicator: hospital.patient_defers_fearful
Abe glances at you.
* [Back Ines calmly: "Abe needs your details for the form. Can you come to the desk, sir?" # resolves: hospital.companion_holds_documents_pays # score: safety +2 # score: collaboration +2 # why: You back the nurse's routine rule and keep him calmly busy, so Jodie gets private time with her nurse and nobody shows suspicion.]
  -> desk
* [Step in: "I'll sit in with Jodie and ask her a few questions myself." # critical: interrogate_victim # score: collaboration -2 # score: trust -1 # why: The private talk is the clinical team's job. A uniform asking a frightened girl questions feels like an interview, and she will not say anything.]
  -> officer_in
* ["Sir, step away from her. We know she isn't eighteen." # critical: confront_controller # score: safety -2 # why: Accusing him in front of her warns him and can put her in danger, here and later. Back the nurse's routine rule in a calm voice instead.]
  -> bay_blowup
* [Stay back. It's between him and the nurse, and he is her next of kin on the form. # score: safety -2 # why: Ines needed you to back a routine rule. Without it, Jodie never gets a private word with her nurse.]
  -> no_private

=== officer_in ===
Ines frowns, but she cannot argue in front of them. # show: ines:guarded
You step inside the curtain. The man stays just outside it. You can see his shoes under the hem.
Jodie sits on the edge of the bed with her arms crossed and coughs.
I'm eighteen. I'm fine. I just want something for my chest. # speaker: jodie
Ines listens to her chest. The man walks in as soon as you walk out.
-> no_private_end

=== no_private ===
Ines waits a moment, then lets the curtain fall back.
Fine. He can stay. # speaker: ines # show: ines:guarded
He stands at the head of the bed and answers every question for Jodie. # indicator: hospital.companion_speaks_for_patient
When Ines asks her date of birth, he says it. Jodie says nothing at all.
-> no_private_end

=== no_private_end ===
Ines says Jodie has a chest infection and needs an X-ray and antibiotics tonight.
No. Tablets. We're going. # speaker: rick # show: rick:impatient # indicator: hospital.rush_to_leave_ama
Abe catches your eye and shakes his head, very slightly. # show: abe:guarded
-> leaving

=== bay_blowup ===
His face goes hard. # show: rick:impatient
You don't know anything. Jo, shoes on. We're going. # speaker: rick
He takes her by the arm and steers her toward the exit. # show: jodie:anxious
-> leaving

=== desk ===
Fine. Five minutes. # speaker: rick
He sits at the end of the desk with a heavy sigh. Ines draws the curtain. # hide: jodie # hide: ines
Abe slides a form across to him. You stand a little way off and look at the board, not at him.
The phone in the pink case buzzes. He reads it, and turns it off. # indicator: hospital.companion_holds_documents_pays
Her mom. Again. She doesn't need that right now. # speaker: rick # indicator: hospital.minor_unaccompanied_older_partner
What do I owe for this? I'll pay cash. Don't post anything to an address. # speaker: rick
{variant == 2: He taps his pen on the desk and swears at the form.|He chats to Abe about the snow as if they were old friends.}
* [Stand a little way off and say nothing # score: safety +1 # why: Quiet and safe. A bit of ordinary talk would have kept him settled longer.]
  He fills in the form, slowly.
* [Talk about the snow, and tell him there's nothing to pay # score: safety +1 # score: trust +1 # why: Small talk keeps him calm and busy without a hint of suspicion, so Jodie's private time stays private.]
  He grumbles about the beltway. You agree it is terrible.
* [Show him the police notice: "Funny. There's a missing girl of fifteen on this who looks a lot like her." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Telling him staff suspect who she is gives him every reason to take her away now. Pass the notice to the care team and police, quietly.]
  -> notice_shown
- He stays at the desk with his phones. Down the corridor, Ines comes out from behind the curtain and catches your eye.
  -> station

=== notice_shown ===
He looks at the notice, then at you. His face does not move. # show: rick:impatient
Never seen her. # speaker: rick
He stands up, walks to bay four and pulls back the curtain. Ines has only just started.
Jo. Shoes. Now. # speaker: rick # show: jodie:anxious
-> leaving

// ---------------------------------------------------------------- act

=== station ===
# phase: act
You walk down to the far end of the nurse station, out of his earshot. # show: ines:guarded
She keeps her voice low.
I'll only tell you what you need to keep her safe. # speaker: ines
She told me she's fifteen. She's been at his flat about three weeks. Her mom doesn't know where she is. # speaker: ines # indicator: hospital.minor_unaccompanied_older_partner
She says he's her boyfriend, she chose to go, and he looks after her. She owes him for her phone and her keep. # speaker: ines
Some nights his friends come round, and he tells her to be nice to them because they help with the rent. She didn't say more, and I didn't ask. # speaker: ines
She asked me not to tell anyone. I told her I have to, and why. # speaker: ines
She's fifteen. This is child protection, and it's police. I'm calling the safeguarding team now, under our policy. # speaker: abe
She stays here tonight for the chest anyway. From you: tell {escalation_first}, keep him calm and away from the bay, and write down what you've seen. # speaker: abe # discuss: She told the nurse she chose to be with him, and she asked her not to tell. Why does that not change what happens next?
* ["She told you she chose him. Does that change anything?" # score: collaboration -1 # myth: myth.initial_consent # why: A child cannot consent to being exploited, and what she says she chose does not change what has to happen. Ask what the care team needs from you instead.]
  No. She's fifteen. It changes nothing. # speaker: abe
  -> plan
* [Radio {escalation_first}: police and child protection # score: collaboration +2 # score: report +1 # action: police # why: Doing the security part of the plan, and nothing more, lets the care team lead the child-protection response while you keep her safe.]
  -> plan
* [Slip behind the curtain and tell Jodie: "You're safe now. You'll never have to go back to him. I promise." # critical: promise_cannot_keep # score: trust -2 # why: You cannot control what happens next. A promise that breaks teaches her that helpers lie. Leave the talking to the care team, and be honest about what you can do.]
  -> promised
* [Go in and ask Jodie what his friends made her do, so the police have the details # score: trust -2 # score: collaboration -2 # critical: interrogate_victim # why: Making a child tell it again, to a uniform, can hurt her and can harm the police case. A specialist interviewer will ask what is needed later. Ask nothing beyond her safety.]
  -> asked_details

=== promised ===
Jodie stares at you. # show: jodie:anxious
You don't know him. # speaker: jodie
She pulls the blanket up and turns to face the wall. When the social worker arrives, she will not say a word. # show: jodie:guarded
Abe gives you a long look and says nothing.
-> rick_back

=== asked_details ===
Jodie's face closes. # show: jodie:anxious
I told the nurse. I'm not saying it again. # speaker: jodie
She pulls the blanket up and turns to face the wall. Ines asks you, quietly, to wait outside. # show: ines:guarded
-> rick_back

=== plan ===
You step away and radio {escalation_first} in a low voice. You give the bay number and a plain description of the man. # show: abe:calm
{walk.notice: You hand Abe the police notice from the podium log. He reads it and picks up the phone.|You tell Abe what he said at the podium, word for word.}
A second officer starts walking over, slowly.
-> rick_back

=== rick_back ===
The man is up from the desk and coming down the corridor. # show: rick:impatient
Right, where is she? We're going. # speaker: rick
She's being admitted. Her chest needs treating tonight. # speaker: abe
She doesn't want to stay. Jo! Shoes! # speaker: rick # indicator: hospital.rush_to_leave_ama
He starts down the corridor toward bay four.
* [Let Abe do the talking, and stand a few steps behind him # score: safety +1 # score: collaboration +1 # why: Backing the charge nurse without crowding keeps it calm. A quiet word from you, offering him a way out, would have given him less to push against.]
  -> calm_out
* [Step to the side, and speak low: "She's with the doctors. I'll walk you back." # score: safety +2 # score: trust +1 # why: A calm voice, some distance and an easy way out let him save face, and keep him away from her without a fight.]
  -> calm_out
* ["She's fifteen, and the police are on their way. You're not going anywhere near her." # critical: confront_controller # score: safety -3 # why: This tells him she talked and that police are coming, which can put her in real danger tonight. Keep it routine until the police arrive.]
  -> told_him

=== calm_out ===
He stops. He looks at the curtain, then at you. The second officer comes round the corner. # show: rick:guarded
Nobody raises their voice.
Whatever. She'll ring me. # speaker: rick
He walks out through the waiting room. The control room watches him all the way to a silver car in the car park, and saves the footage with the plate. # hide: rick
-> police_came

=== police_came ===
Twenty minutes later two police officers arrive, and a social worker from the child-protection team soon after.
You tell the police what you saw and heard, in plain words. Then you go back to the podium. # show: jodie:guarded
Behind the curtain, the social worker sits down with Jodie. You are not in the room, and you don't need to be.
# ending: safeguarded; She stayed, and child protection came
At two in the morning, Jodie goes up to the children's ward. The social worker goes with her.
-> file_report(-> epilogue_safeguarded)

=== told_him ===
He goes very still. Then he shoves past you.
Jo! Now! # speaker: rick
He pulls back the curtain and takes her by the arm. # show: jodie:anxious
-> danger

=== danger ===
# phase: act
He pulls Jodie toward the ambulance doors. She leans back, away from him, coughing. # requires: emergency # show: rick:impatient # show: jodie:anxious
Rick, stop, I can't breathe. Please. # speaker: jodie
She does not want to go. He is not letting go.
* [Shout at him to let go of her # score: safety -1 # why: It is not a grab, but it is not help either. Shouting can make him pull harder. The emergency call brings help.]
  He doesn't let go. You call {emergency_number}, late.
  -> called
* [Phone {emergency_number} now, from where you are # score: safety +3 # score: report +2 # action: emergency # why: A child is being dragged out against her will right now. That is an emergency: call first, keep your distance, and be the best witness you can.]
  -> called
* [Grab his arm and wrestle him off her # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: A struggle can hurt her, you and other patients, and make him more dangerous. Call the emergency number, keep people clear, and watch.]
  -> grabbed
* [Radio {escalation_first} and wait to be told what to do # critical: no_emergency_call # score: safety -2 # why: When someone is being forced somewhere right now, the emergency call comes first. Tell your supervisor straight after.]
  -> radioed

=== called ===
You step back and call {emergency_number}. You give the hospital's name and say what you see.
Abe and Ines move other patients back. The man hears you say "police". He stops.
He lets go of Jodie's arm and walks out fast into the snow. # sound: door_slide # hide: rick
Jodie sits down on the floor against the wall, coughing. Ines kneels beside her. # show: jodie:anxious
When the police arrive, you tell them what you saw, and which way he went. A social worker from the child-protection team comes soon after. # show: jodie:guarded
# ending: emergency; Police came, and she stayed
Your part tonight was the call. The rest is for the people whose job it is.
-> file_report(-> epilogue_emergency)

=== grabbed ===
You grab his arm. He swings round, and Jodie is pulled with him. She cries out.
Abe gets between you. The man lets go of her and shoves his way out of the ambulance doors. # sound: door_slide # hide: rick
Jodie is on the floor, coughing so hard she cannot speak. # show: jodie:anxious
Only then does someone call {emergency_number}.
-> hurt_end

=== radioed ===
You key your radio. It takes {escalation_first} a few seconds to answer.
The first thing you hear back is: call {emergency_number}, now.
By the time you dial, he has Jodie out through the ambulance doors. # sound: door_slide # hide: rick # hide: jodie
-> taken_end

=== hurt_end ===
The police take your statement. The car park camera shows a silver car leaving fast.
# ending: hurt; She stayed, but the struggle hurt her
Jodie stays on the children's ward. A social worker sits with her. She will not talk to anyone in a uniform.
-> file_report(-> epilogue_hurt)

=== taken_end ===
The police take your statement. The car park camera shows a silver car, and a plate too blurred to read.
# ending: taken; He took her out through the ambulance doors
Her cup of water is still on the chair in bay four.
-> file_report(-> epilogue_taken)

=== leaving ===
# phase: act
He walks her toward the entrance doors. She is coughing. She does not look at anyone. # show: rick:impatient # show: jodie:anxious
Ines calls after them. Her chest needs treating tonight. If she gets worse, come straight back. # speaker: ines
A girl who may be fifteen is walking out into the snow with the man who may be exploiting her. # requires: emergency # discuss: You cannot stop them by force. What can you do, right now, that gives her the best chance?
* [Stay back and call {emergency_number}: descriptions, the car, which way # score: safety +2 # score: report +2 # action: emergency # why: A child at risk of sexual exploitation leaving with the suspected exploiter is an emergency. Calling at once, and watching from a distance, gives police the best chance to reach her tonight.]
  -> left_called
* [Step in front of the doors and tell him she's not going anywhere with him tonight # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Blocking the doors turns it into a confrontation that can hurt her and you. Call the emergency number and be a good witness instead.]
  -> blocked
* [Let them go, and write it up properly for the morning # score: safety -2 # score: report -2 # why: Notes are good, but a child walking out with the man who may be exploiting her needs police tonight, not a report in the morning.]
  -> left_unreported

=== left_called ===
You stay inside the doors and call {emergency_number}. You give the hospital's name, the two descriptions, and the silver car they get into. # hide: rick # hide: jodie
The control room saves the car park footage. You read out the plate as it leaves.
# ending: left_called; She left with him, and police were called at once
Ines writes in Jodie's record: left before treatment, with a man who answered for her.
-> file_report(-> epilogue_left_called)

=== blocked ===
You plant yourself in front of the doors.
Move. You've got no right to keep us here. # speaker: rick
Jodie stares at the floor, shaking, coughing. People are staring. You step aside, and they walk out into the snow. # hide: rick # hide: jodie
-> left_end

=== left_unreported ===
They walk out into the snow. Through the glass you see them get into a silver car. # hide: rick # hide: jodie
-> left_end

=== left_end ===
# ending: left; She left with him
The seats where they sat are empty. The cracker packet is still on the floor.
-> file_report(-> epilogue_left)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_safeguarded ===
A week later, Abe tells you only that Jodie went home to her family, with support, and that the police are dealing with the man.
He can't tell you more, and that is right.
-> aftermath

=== epilogue_emergency ===
Two days later, Abe tells you only that Jodie is safe for now, with people whose job it is to help her.
-> aftermath

=== epilogue_hurt ===
Her wrist is sprained. Ines says she will be all right. Nobody knows if she will trust a hospital again.
Next time, the call comes first.
-> aftermath

=== epilogue_taken ===
Nobody knows where the silver car went.
Next time, the call comes first.
-> aftermath

=== epilogue_left_called ===
Police stop the silver car on the beltway forty minutes later. You only hear that Jodie is back on the children's ward.
-> aftermath

=== epilogue_left ===
{
- report_action == "emergency" || report_action == "police" || report_action == "hotline":
  Because of your report, police go to the address on the form the next morning. It is a car wash. Nobody there knows him.
- else:
  The form gives an address that turns out to be a car wash. Nobody follows it up.
}
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to the police. An officer calls you the next day to check two details.
- report_action == "police":
  At handover, {escalation_first} reads your report and confirms that police and child protection have it. The details of the man and the car go to {hotline_name} as well.
- report_action == "hotline":
  At handover, {escalation_first} reads your report. It went to {hotline_name}, but with a young person involved, police and {child_protection_name} needed it straight away.
- report_action == "supervisor":
  At handover, {escalation_first} reads your report. With a young person involved, it should have gone further, and faster.
- report_action == "log":
  Your report goes into the shift log. With a young person involved, a log entry on its own was not enough.
- else:
  Nothing about tonight goes into the log. By your next shift, the details are fading.
}
Your shift ends at seven, and the snow has stopped.
-> END
