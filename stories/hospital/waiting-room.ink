# grammar: 1
# id: hospital.waiting_room
# title: Night shift: the waiting room
# setting: hospital
# summary: A snowy night in the emergency department. A young woman has a hand that needs care, and the man with her answers every question for her. Back the nurses, keep things calm, and pass on what you see.
# minutes: 10
# situation: sex_trafficking
# minor: no
# variants: 2
# content_note: This story involves the possible sexual exploitation of an adult woman who is a hospital patient. Injuries are mentioned but not shown. On one path a man pulls a woman by the wrist. You can step out at any time.
# focus: Backing the clinical team's private time with a patient, and keeping the companion calmly occupied
# character: ines; Ines; The triage nurse tonight, in her forties, hair in a bun, in blue scrubs.
# character: abe; Abe; The charge nurse, in his fifties, broad, with glasses and a steady voice.
# character: kayla; Kayla; A patient in her twenties in a thin summer dress, with a bandage on her left hand.
# character: dion; Dion; A man in his thirties in a heavy green winter coat, with a phone in each hand.
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# distractor: not.any_tattoo
# teaches: myth.would_ask_for_help
# teaches: myth.security_rescues
# teaches: myth.hotline_means_police

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Security backs the clinical team. The nurse does the private talk; the officer never interviews the patient.
// - variant 1: Dion is smooth and chatty. variant 2: Dion is short-tempered. The signs stay the same.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: ines:calm
It is ten to eleven on a Saturday night in February. Snow has been falling since six.
You are on the security podium in the emergency department, working for {org_name}.
The waiting room is half full. Ines, the triage nurse, taps on her window and waves you over.
Quick word. The young woman on the far seats, with the bandaged hand. # speaker: ines
I asked her three questions. He answered all three. # speaker: ines # indicator: hospital.companion_speaks_for_patient
He says he's her cousin. She didn't look at me once. # speaker: ines
Could be nothing. Some people just hate hospitals. # speaker: ines
* ["Thanks. I'll keep an eye out, quietly, and write down what I see. Call me when you take her in." # score: observe +1 # score: collaboration +1 # why: Quiet watching and plain notes build the picture, and offering to back the nurse keeps the care team in charge.]
  Will do. I'll call her in when a bay is free. # speaker: ines # show: ines:relieved
* ["Want me to go over and ask him what's going on?" # score: safety -2 # myth: myth.security_rescues # why: Questioning the companion warns him that staff have noticed, and she may pay for it later. Watching and backing the nurse keeps her safer.]
  No. If something is wrong, that just tells him we've noticed. # speaker: ines # show: ines:anxious
  Just keep an eye out. I'll call her in when a bay is free. # speaker: ines
* ["If she needed help, she'd have told you at triage." # score: observe -1 # myth: myth.would_ask_for_help # why: People under someone's control often can't ask for help, least of all with that person beside them. Staying alert is how help starts.]
  With him sitting right there? I'm not sure I would. # speaker: ines # show: ines:guarded
  Just keep an eye out. I'll call her in when a bay is free. # speaker: ines
- You note the time and what Ines said. # requires: log
  -> walk

// ---------------------------------------------------------------- observe

=== walk ===
# phase: observe
# show: kayla:guarded
# show: dion:calm
You walk the room slowly, the way you do every hour. Look, but don't stare.
First, the front of the room. You have time for one thing before the next ambulance arrives.
* [Look at the screen behind the triage window # observe: triage_window # reveals: hospital.companion_holds_documents_pays]
  Ines turns the screen a little so you can see it. Her name is Kayla.
  He gave her date of birth wrong, then read the right one off an ID card.
  The card came out of his own wallet. He also asked how much to pay, in cash, up front.
  Nobody pays anything at triage here.
* [Look at the information posters # observe: info_posters # reveals: nothing]
  Flu jabs. Hand washing. Free interpreters, in twelve languages.
  One new poster: "We see every patient on their own for part of their visit."
  It is a routine rule for everyone. Nothing here needs you.
* [Walk on toward the seats]
- -> seats

=== seats ===
You move on along the rows of seats.
You can stop by one more thing without it looking odd.
* [Look at the pair on the far seats # observe: waiting_seats # reveals: hospital.dress_wrong_for_weather]
  She wears a thin summer dress and canvas shoes soaked through with snow. No coat.
  He wears a heavy winter coat, a scarf and boots. A phone buzzes in each of his hands.
  The bandage on her hand is grey and frayed. It was not put on today.
* [Look at the vending machine # observe: vending_machine # reveals: nothing]
  A boy in a football kit and his dad argue over crisps. The boy hops on one foot.
  A twisted ankle from the five-a-side, by the sound of it. Nothing else here.
* [Go back to the podium]
- -> chime

=== chime ===
A chime sounds over the speakers, and a voice asks for the owner of a blue car. # sound: pa_chime
The young woman jumps so hard that her bag slides off her knee. # show: kayla:anxious # indicator: hospital.hypervigilant_startle
Nobody else in the room looks up.
She says something to the man. He shakes his head without looking at her.
She stands anyway and walks to the water cooler, near your podium.
He gets up too, and stays two steps behind her. # indicator: hospital.companion_wont_leave # requires: supervisor
-> cooler

// ---------------------------------------------------------------- talk

=== cooler ===
# phase: talk
She fills a paper cup. Her hand shakes, and her sleeve slides back.
On the inside of her wrist is a small tattoo: a crown over the letters D and J. # indicator: hospital.branding_tattoos
She speaks very quietly, looking at the water, not at you. # discuss: Several signs are adding up. How could you give her a safe, private chance to talk without pushing her?
{variant == 2: Sorry. What day is it today?|Sorry. What city is this?} # speaker: kayla # indicator: hospital.disoriented_time_place # requires: supervisor
Behind her, the man's phone buzzes again. He looks down at it.
* [Answer her plainly and kindly, as if she had asked the time. Add that the water, the phone by the podium and the restrooms are free for anyone. # score: trust +2 # score: safety +1 # why: A calm, ordinary answer shows no suspicion in front of him, and naming the free phone and restrooms quietly tells her where private help might be.]
  {variant == 2: It's Saturday. The fourteenth.|You're in Northgate. This is Northgate General.} # speaker: officer
  Water's free, and so is the phone by the podium. The restroom by triage locks, if you need a minute. # speaker: officer
  She nods once, very small. Her eyes go to the restroom door. # show: kayla:guarded
* ["You don't know where you are? Is someone keeping you somewhere?" # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: He is two steps away. She cannot answer freely, and now he knows staff suspect him. Answer simply and keep things ordinary.]
  -> cooler_alarm
* [Smile. "Long night, huh? The snow gets everyone turned around." Then go back to your podium. # score: trust -1 # why: Brushing off an odd question may tell her nobody is listening. A plain answer and a mention of the free phone costs nothing.]
  She looks at the floor and nods. # show: kayla:guarded
- -> dion_arrives

=== cooler_alarm ===
Kayla's face goes white. She drops the cup. # show: kayla:anxious
The man is beside her in a second. He smiles at you, but not with his eyes. # show: dion:impatient
Keeping her? I'm her boyfriend. She gets muddled. # speaker: dion # indicator: hospital.relationship_claim_doesnt_fit
Come on. We'll find a chemist. We don't need this place. # speaker: dion # indicator: hospital.rush_to_leave_ama
-> leaving

=== dion_arrives ===
The man steps up beside her and takes the cup out of her hand. # show: dion:calm
{variant == 2: Sit down. I said wait.|There you are, babe. Come and sit down.} # speaker: dion
He gives you a wide, easy smile.
She's my girlfriend. She gets a bit muddled in new places. # speaker: dion # indicator: hospital.relationship_claim_doesnt_fit
Ten minutes ago, he told Ines he was her cousin.
How long's the wait? She only needs something for the hand. We don't need all the tests. # speaker: dion # indicator: hospital.rush_to_leave_ama
* ["About forty minutes tonight, with the snow. The nurse will call her soon." # score: safety +1 # why: An honest, friendly answer shows no suspicion, which keeps her safe and keeps the chance of private time with the nurse open.]
  Forty minutes. Great. # speaker: dion
  He steers her back to the far seats.
  -> call_in
* ["Funny. The nurse said you were her cousin." # critical: confront_controller # score: safety -2 # why: Catching him out in public warns him and puts her at risk of his anger later. Note the mismatch and pass it on instead.]
  -> caught_out

=== caught_out ===
His smile does not move.
Cousin, girlfriend. What's it to you? # speaker: dion # show: dion:impatient
Kayla looks at him, then at the floor. # show: kayla:anxious # indicator: hospital.patient_defers_fearful
You know what? We're going. We'll sort her hand out ourselves. # speaker: dion
-> leaving

=== call_in ===
Twenty minutes later, Ines opens the door to the treatment area.
Kayla? Bay four, please. # speaker: ines
Kayla stands. The man stands with her and keeps a hand on her back.
You follow at a distance, as Ines asked.
-> bay

=== bay ===
# bg: hospital_triage_bay
# show: ines:calm
# show: kayla:guarded
# show: dion:calm
The corridor is quiet. Ines holds back the curtain of bay four.
I'll just see Kayla on her own for a few minutes. We do that with every patient. It's policy. # speaker: ines
{variant == 2: No. I stay. She doesn't understand doctors.|She'd rather I stay, wouldn't you, babe? I do all her talking.} # speaker: dion # indicator: hospital.companion_wont_leave
Kayla looks at him before she nods. Then she looks at the floor. # indicator: hospital.patient_defers_fearful
Ines glances at you.
* [Back Ines in a calm, ordinary voice: "It's the same for everyone, sir. Have a seat on the bench with me. I'll sort you a parking pass so you don't get a ticket in this snow." # score: safety +2 # score: collaboration +2 # why: You back the nurse's routine rule and keep him calmly busy, so Kayla gets private time with her nurse and nobody shows suspicion.]
  -> bench
* [Step in: "I'll sit in with Kayla and ask her a few questions myself while you're busy." # score: collaboration -2 # score: trust -1 # why: The private talk is the clinical team's job. A uniform asking questions can feel like an interview to her. Back the nurse and keep him occupied instead.]
  -> officer_in
* ["Sir, step outside. We know what's going on here." # critical: confront_controller # score: safety -2 # why: Accusing him in front of her warns him and can put her in danger. Back the nurse's routine rule in a calm voice instead.]
  -> bay_blowup
* [Stay back. It's between him and the nurse. # score: choice -1 # score: safety -1 # why: Ines needed you to back a routine rule. Without it, Kayla never gets a private word with her nurse.]
  -> no_private

=== officer_in ===
Ines frowns, but she cannot argue in front of them. # show: ines:guarded
You step inside the curtain. The man stays just outside it. You can see his boots under the hem.
Kayla sits on the edge of the bed with her arms crossed.
I'm fine. I cut it on a glass. I don't want to say anything else. # speaker: kayla # show: kayla:anxious
Ines treats the hand. The man walks in as soon as you walk out.
-> no_private_end

=== no_private ===
Ines waits a moment, then lets the curtain fall back.
Fine. He can stay. # speaker: ines # show: ines:guarded
He stands at the head of the bed and answers every question for Kayla. # indicator: hospital.companion_speaks_for_patient
When Ines asks how she cut her hand, he says a glass. Kayla says nothing at all.
-> no_private_end

=== no_private_end ===
# phase: act
Ines cleans the wound and says Kayla should stay for antibiotics through a drip.
No. Tablets. We're going home. # speaker: dion # show: dion:impatient # indicator: hospital.rush_to_leave_ama
Kayla signs the form to leave against advice. She does not read it. # discuss: She is an adult and she is leaving. What can you still do that keeps her safer?
At the door she looks back along the corridor, just once. # hide: ines
* [Stay back, note the time, their clothes and which way they go, and ask the control room to save the camera footage # score: document +2 # score: safety +1 # why: Adults can leave, and a scene would only make things worse for her. Exact notes and saved footage give the people who can act something real to work with.]
  You write it down as they go: times, clothes, the green coat, the grey bandage.
  The control room saves the footage from the waiting room and the car park.
* [Say nothing. It's their choice to leave. # score: document -1 # why: It is her choice, but what you saw still matters. Plain notes and saved footage could help her next time someone notices.]
  They walk out into the snow.
- # hide: kayla
  # hide: dion
  # ending: no_private; He never left her side
  Kayla never got a private minute tonight. You have your notes.
  -> file_report(-> epilogue_noprivate)

=== bay_blowup ===
His face goes hard. # show: dion:impatient
What's going on? Her hand's going on. Forget it. # speaker: dion
He takes Kayla by the wrist and turns her toward the exit.
-> danger

=== bench ===
Fine. Five minutes. # speaker: dion
He sits on the corridor bench with a heavy sigh. Ines draws the curtain. # hide: kayla
You sit at the other end of the bench and fill in the parking pass. Slowly.
He puts a wallet on his knee. Her ID card is tucked inside, next to a thick roll of notes. # indicator: hospital.companion_holds_documents_pays
How much is all this? I'll pay cash. Don't send anything to an address. # speaker: dion
He pats a paper bag from a chemist in his coat pocket.
She's got pills she needs. I keep them for her. She gets sick without them. # speaker: dion # indicator: hospital.substance_dependence_control
{variant == 2: He checks both phones, one after the other, and swears under his breath.|He checks both phones, one after the other, and hums.}
* [Keep it ordinary. Talk about the snow and the roads, and tell him honestly there's nothing to pay tonight. # score: safety +1 # score: trust +1 # why: Small talk keeps him calm and busy without a hint of suspicion, so Kayla's private time stays private.]
  He grumbles about the roads. You agree they are terrible.
* ["Give me her ID and those pills. I'll keep them safe at the podium for her." # critical: take_documents # score: choice -2 # score: safety -1 # why: Her ID and medicine are hers. Taking them, even kindly meant, looks like control and warns him. Pass your concern to the care team instead.]
  -> bench_grab
- Then one of his phones rings. He looks at the screen and stands.
  I have to take this. Outside. # speaker: dion
  He walks off toward the ambulance doors, phone to his ear. # hide: dion
  -> station

=== bench_grab ===
He closes the wallet and stands up.
Her stuff is none of your business. # speaker: dion # show: dion:impatient
He pulls back the curtain. Ines has only just started.
Get your shoes on. We're going. # speaker: dion
Kayla gets down from the bed without a word. # show: kayla:anxious
-> leaving_bay

// ---------------------------------------------------------------- act

=== station ===
# phase: act
# show: abe:calm
Ines comes out from behind the curtain and walks to the nurse station. Abe, the charge nurse, is with her.
She keeps her voice low. # show: ines:guarded
She didn't say much. I'll only tell you what you need for safety. # speaker: ines
The cut is more than a week old and it's infected. There are older marks too, healing at different stages. # speaker: ines # indicator: hospital.delayed_care_old_injuries
Our records show a pattern of visits at other hospitals that worries us. That's all I'll say about that. # speaker: ines # indicator: hospital.repeat_sexual_health_visits
She says the tattoo wasn't her idea. She doesn't know the address where she's staying. They move a lot. # speaker: ines # indicator: hospital.branding_tattoos
She needs a drip for the infection, so she's staying tonight. And she wants to talk to social work. # speaker: ines
She doesn't want the police. She's an adult, so that's her call unless things change. # speaker: abe
I'm calling social work now. From you we need three things. Keep him calm and away from the bay. Tell the control room. Write it down. # speaker: abe
* ["Understood. I'll tell the control room and {escalation_first}, keep him away from the bay, and write up what I saw. No police unless she wants them or things change." # score: collaboration +2 # score: choice +1 # action: supervisor # why: Doing the security part of the plan, and nothing more, lets the care team lead and respects her choice as an adult, while staying honest that danger would change things.]
  -> plan
* [Slip behind the curtain and tell Kayla: "You're safe now. He'll never come near you again. I promise." # critical: promise_cannot_keep # score: trust -2 # why: You cannot control what he does, or what happens after tonight. A promise that breaks teaches her not to trust help. Be honest about what you can do.]
  -> promised

=== promised ===
Kayla stares at you. # show: kayla:anxious
You can't promise that. Nobody can. # speaker: kayla
When the social worker arrives, Kayla says she has changed her mind. She will stay for the drip, but she doesn't want to talk. # show: kayla:guarded
Abe gives you a long look and says nothing.
Soon after, the man comes back in from the car park, snow on his shoulders. # sound: door_slide # show: dion:impatient
Abe meets him in the corridor and tells him Kayla is being admitted. Visiting is in the morning.
The man argues for a minute. Then he leaves. # hide: dion # indicator: hospital.rush_to_leave_ama
-> stayed_quiet

=== plan ===
You step away and radio the control room in a low voice. You give the bay number and a plain description of the man.
The control room tells {escalation_first}. A second officer starts walking over, slowly.
-> dion_back

=== dion_back ===
The ambulance doors slide open. The man is back, snow on his shoulders. # sound: door_slide # show: dion:impatient
Where is she? We're going. # speaker: dion
She's being admitted. She needs antibiotics through a drip tonight. # speaker: abe
She doesn't want to stay. Kayla! Get your shoes on! # speaker: dion # indicator: hospital.rush_to_leave_ama
He starts down the corridor toward bay four.
* [Stand calmly in the corridor, a step to the side, and speak low: "She's with the doctors now. The ward will tell you about visiting in the morning. Let's head back to the waiting room." # score: safety +2 # score: trust +1 # why: A calm voice, some distance and an easy way out let him save face, and keep him away from her without a fight.]
  -> calm_out
* ["She doesn't want to see you. She's told us everything." # critical: confront_controller # score: safety -3 # why: This tells him she talked, which can put her in real danger tonight and later. Keep it routine: she is being treated and visiting is in the morning.]
  -> told_him

=== calm_out ===
He stops. He looks at the curtain, then at you. The second officer comes round the corner. # show: dion:guarded
Nobody raises their voice.
Fine. I'll be back first thing. # speaker: dion
He walks out through the waiting room. The control room watches him all the way to a dark van in the car park. # hide: dion
-> stayed_end

=== stayed_end ===
Behind the curtain, the social worker sits down with Kayla. You are not in the room. That is how it should be.
# ending: stayed; She stayed for treatment
At two in the morning, Kayla goes up to the ward. The drip is running. The social worker goes with her.
-> file_report(-> epilogue_stayed)

=== stayed_quiet ===
Kayla goes up to the ward at two. The social worker leaves a card with her anyway.
# ending: stayed_no_sw; She stayed, but said no to social work
She kept the card. She didn't say anything else.
-> file_report(-> epilogue_quiet)

=== told_him ===
He goes very still. Then he shoves past you.
Kayla! Now! # speaker: dion
He pulls back the curtain and takes her by the wrist. # show: kayla:anxious
-> danger

=== danger ===
# phase: act
He pulls Kayla toward the exit. She leans back, away from him. # requires: emergency # show: dion:impatient # show: kayla:anxious
No. My hand. Please, wait. # speaker: kayla
She does not want to go. He is not letting go.
* [Step back, call {emergency_number} now, and keep other patients out of the way while you watch # score: safety +3 # score: report +2 # action: emergency # why: Someone is being forced out against her will right now. That is an emergency: call first, keep your distance, and be the best witness you can.]
  -> called
* [Grab his arm and wrestle him off her # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: A struggle can hurt her, you and other patients, and make him more dangerous. Call the emergency number, keep people clear, and watch.]
  -> grabbed
* [Radio {escalation_first} and wait to be told what to do # critical: no_emergency_call # score: safety -2 # why: When someone is being forced somewhere right now, the emergency call comes first. Tell your supervisor straight after.]
  -> radioed

=== called ===
You step back and call {emergency_number}. You give the hospital's name and say what you see.
Abe and Ines move other patients back. The man hears you say "police". He stops.
He lets go of Kayla's wrist and walks out fast into the snow. # sound: door_slide # hide: dion
Kayla stands against the wall, holding her bad hand to her chest. She is shaking. # show: kayla:anxious
Ines takes her back to the bay. You stay at the end of the corridor.
When the police arrive, you tell them what you saw. Kayla talks with the social worker first. # show: kayla:guarded
# ending: emergency; Police came, and she stayed
You don't hear what she decides. Your part tonight was the call.
-> file_report(-> epilogue_emergency)

=== grabbed ===
You grab his arm. He swings round, and Kayla is pulled with him. She cries out.
Abe and Ines get between you. The man lets go of her and shoves his way out. # sound: door_slide # hide: dion
Kayla is on the floor, holding her hand. Her wrist is hurt now too. # show: kayla:anxious
Only then does someone call {emergency_number}.
-> taken_end

=== radioed ===
You key your radio. It takes {escalation_first} a few seconds to answer.
The first thing you hear back is: call {emergency_number}, now.
By the time you dial, he has Kayla out through the ambulance doors. # sound: door_slide # hide: dion # hide: kayla
-> taken_end

=== taken_end ===
The police take your statement. The car park camera shows a dark van, and a plate too blurred to read.
# ending: taken; It went wrong in the corridor
Kayla's drip stand is still in bay four.
-> file_report(-> epilogue_taken)

=== leaving ===
He picks up her bag from the seat and walks her to the entrance doors. # show: dion:impatient
Ines calls after them. Her hand needs treating tonight. If it gets worse, come straight back. # speaker: ines
-> leaving_choice

=== leaving_bay ===
Ines follows them to the corridor door. # show: ines:anxious
Her hand needs treating tonight. If it gets worse, come straight back. # speaker: ines
-> leaving_choice

=== leaving_choice ===
# phase: act
Kayla looks back once. Then she follows him.
* [Stay back, note the time, their clothes and which way they go, and tell Ines and the control room # score: document +2 # score: safety +1 # why: You cannot stop adults from leaving. Exact notes, saved footage and a word to the care team give the people who can act something to work with.]
  You write as they go: times, clothes, the green coat, the grey bandage.
  Through the glass you see them get into a dark van. You note the make and the first letters of the plate.
* [Step in front of the doors so they can't leave # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Blocking adults from leaving is detaining them. It puts you and her at risk and can make things worse for her later. Let them go, and be a good witness.]
  You plant yourself in front of the doors.
  Move. You've got no right to keep us here. # speaker: dion
  He is right. Kayla stares at the floor, shaking. You step aside, and they walk out into the snow.
- # hide: dion
  # hide: kayla
  # ending: left_ama; They left before she was treated
  The seats where they sat are empty. Her paper cup is still on the floor by the cooler.
  -> file_report(-> epilogue_left)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_stayed ===
In the morning, the man comes back. The ward tells him Kayla has been discharged. It is true.
The social worker helped her leave by another door, to a place she chose.
-> aftermath

=== epilogue_quiet ===
Kayla is discharged the next afternoon. She leaves alone, on foot, with the card in her pocket.
Saying no tonight does not mean no for ever. Many people need several chances before they reach out.
-> aftermath

=== epilogue_noprivate ===
Three weeks later, Ines tells you a woman with the same name came to another hospital across town.
Nobody there knew about your notes.
-> aftermath

=== epilogue_left ===
Ines puts a note in Kayla's record: left before treatment, with a man who answered for her.
-> aftermath

=== epilogue_emergency ===
Two days later, Abe tells you only that Kayla is safe for now. He can't tell you more, and that is right.
-> aftermath

=== epilogue_taken ===
Nobody knows where the van went. Ines can't stop thinking about the drip stand.
Next time, the call comes first.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to the police. An officer calls you the next day to check two details.
- report_action == "police":
  Your report goes to the police, although no one was in immediate danger and nobody had asked for them.
- report_action == "hotline":
  Your report goes to {escalation_first} and to {hotline_name}. {hotline_consent_based: Advocates there work with the person's consent.}{hotline_not_police: They are not the police.}
- report_action == "supervisor":
  At handover, {escalation_first} reads your report and says they will take it from there.
- report_action == "log":
  Your report goes into the shift log. Nobody calls about it.
- else:
  Nothing about tonight goes into the log. By your next shift, the details are fading.
}
Your shift ends at seven, and the snow has stopped.
-> END
