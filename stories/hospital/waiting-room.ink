# grammar: 1
# id: hospital.waiting_room
# title: Night shift: the waiting room
# setting: hospital
# summary: A snowy night in the emergency department. A young woman has a hand that needs care, and the man with her answers every question for her. Back the nurses, keep things calm, and pass on what you see.
# minutes: 10
# situation: sex_trafficking
# minor: no
# variants: 2
# content_note: This story involves the possible sexual exploitation of an adult woman who is a hospital patient. An infected hand is mentioned but not shown. On one path a man pulls a woman by the wrist. You can step out at any time.
# focus: Backing the clinical team's private time with a patient, and knowing when to stop if the companion refuses
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
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Security backs the clinical team. The nurse does the private talk; the officer never interviews
//   the patient, never reads the triage screen, and never hears her health history. Ines tells the
//   officer only what safety needs: that the team has concerns, not what they are.
// - Kayla is an adult who says no to police. The exact report is the control room (supervisor),
//   who decide with the care team whether to refer. Police only if she is in immediate danger.
// - variant 1: Dion is smooth and chatty; the parking-pass pretext works; a crown tattoo shows at
//   the cooler. variant 2: Dion is short-tempered, refuses to leave the bay, and the right move is
//   to stop, not push, and report; she asks what day it is. When he pulls her, a phone call does
//   not make him let go in variant 2.
// - The cash at the triage window stays ambiguous (`ambiguous: hospital.companion_holds_documents_pays`):
//   people without insurance ask about the bill first. Offering him a parking pass `resolves` it: on
//   the bench, her ID is in his wallet and he wants nothing posted to an address. In variant 2 he
//   refuses the pass, and the wallet stays out of sight: the look is settled in variant 1 only.

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
* ["Want me to go over and ask him what's going on?" # score: safety -2 # myth: myth.security_rescues # why: Questioning the companion warns him that staff have noticed, and she may pay for it later. Watching and backing the nurse keeps her safer.]
  No. If something is wrong, that just tells him we've noticed. # speaker: ines # show: ines:anxious
  Just keep an eye out. I'll call her in when a bay is free. # speaker: ines
* ["OK. I'll watch, and write it down." # score: observe +1 # score: document +1 # why: Quiet watching and plain notes build the picture without anyone noticing you doing it.]
  Thanks. I'll call her in when a bay is free. # speaker: ines # show: ines:relieved
* ["When you call her in, do you want me close by?" # score: collaboration +1 # score: safety +1 # why: Offering to back the nurse keeps the care team in charge. Writing down what you see would have helped too.]
  Yes. Not too close. I'll wave. # speaker: ines # show: ines:relieved
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
* [Look at the triage window # observe: triage_window # reveals: nothing # ambiguous: hospital.companion_holds_documents_pays]
  You can't see the screen from here, and you don't try to.
  The man is back at the window with a fold of bills in his hand. He wants to know what it costs, in cash, up front.
  Nobody pays anything at triage here. Ines tells him so, twice.
  Plenty of people without insurance worry about the bill first. Whose papers and whose money, you can't tell from here.
* [Look at the information posters # observe: info_posters # reveals: nothing]
  Flu shots. Hand washing. Free interpreters, in twelve languages.
  One new poster: "We see every patient on their own for part of their visit."
* [Walk on toward the seats]
- -> seats

=== seats ===
You move on along the rows of seats.
You can stop by one more thing without it looking odd.
* [Look at the pair on the far seats # observe: waiting_seats # reveals: hospital.dress_wrong_for_weather]
  She wears a thin summer dress and canvas shoes soaked through with snow. No coat.
  He wears a heavy winter coat, a scarf and boots. A phone buzzes in each of his hands.
* [Look at the vending machine # observe: vending_machine # reveals: nothing]
  A boy in a soccer uniform and his dad argue over chips. The boy hops on one foot.
  The dad catches your eye and shrugs: what can you do.
* [Go back to the podium]
- -> chime

=== chime ===
A chime sounds over the speakers, and a voice asks for the owner of a blue car. # sound: pa_chime
The young woman says something to the man. He shakes his head without looking at her.
She stands anyway and walks to the water cooler, near your podium.
He gets up too, and stays two steps behind her. # indicator: hospital.companion_wont_leave # requires: supervisor
-> cooler

// ---------------------------------------------------------------- talk

=== cooler ===
# phase: talk
She fills a paper cup. Her hand shakes.
{variant == 1: Her sleeve slides back. On the inside of her wrist is a small tattoo: a crown over the letters D and J. # indicator: hospital.branding_tattoos}
She speaks very quietly, looking at the water, not at you. # discuss: What could you say that is ordinary in front of him, and still useful to her?
{variant == 2: Sorry. What day is it today? # speaker: kayla # indicator: hospital.disoriented_time_place|Sorry. Is there a restroom that locks? # speaker: kayla}
Behind her, the man's phone buzzes again. He looks down at it.
* ["You don't know where you are? Is someone keeping you somewhere?" # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: He is two steps away. She cannot answer freely, and now he knows staff suspect him. Answer simply and keep things ordinary.]
  -> cooler_alarm
* [Answer her, and add that the phone by the podium is free # score: trust +2 # score: safety +1 # why: An ordinary answer shows no suspicion in front of him, and naming the free phone tells her, quietly, where a private call could be made.]
  {variant == 2: It's Saturday. The fourteenth.|By triage. It locks.} # speaker: officer
  Phone by the podium's free too, if you need it. # speaker: officer
  She nods once, very small. # show: kayla:guarded
* [Just answer her question # score: trust +1 # why: A plain answer is kind and safe. It tells her nothing about where private help might be, but it costs her nothing either.]
  {variant == 2: It's Saturday.|By triage.} # speaker: officer
  She nods. # show: kayla:guarded
* [Smile. "Long night, huh? The snow gets everyone turned around." Then go back to your podium. # score: trust -1 # why: Brushing off her question may tell her nobody is listening. A plain answer costs nothing.]
  She looks at the floor and nods. # show: kayla:guarded
- -> dion_arrives

=== cooler_alarm ===
Kayla's face goes white. She drops the cup. # show: kayla:anxious
The man is beside her in a second. He smiles at you, but not with his eyes. # show: dion:impatient
Keeping her? I'm her boyfriend. She gets muddled. # speaker: dion # indicator: hospital.relationship_claim_doesnt_fit
Come on. We'll find a drugstore. We don't need this place. # speaker: dion # indicator: hospital.rush_to_leave_ama
-> leaving

=== dion_arrives ===
The man steps up beside her and takes the cup out of her hand. # show: dion:calm
{variant == 2: Sit down. I said wait.|There you are, babe. Come and sit down.} # speaker: dion
He looks at you.
She's my girlfriend. # speaker: dion # indicator: hospital.relationship_claim_doesnt_fit
Ten minutes ago, he told Ines he was her cousin.
How long's the wait? She only needs something for the hand. We don't need all the tests. # speaker: dion # indicator: hospital.rush_to_leave_ama
* ["Funny. The nurse said you were her cousin." # critical: confront_controller # score: safety -2 # why: Catching him out in public warns him and puts her at risk of his anger later. Note the mismatch and pass it on instead.]
  -> caught_out
* ["About forty minutes, with the snow." # score: safety +1 # score: trust +1 # why: An honest, friendly answer shows no suspicion, which keeps her here and keeps the chance of private time with the nurse open.]
  Forty minutes. Great. # speaker: dion
* ["No idea. Ask at the window." # score: safety +1 # score: trust -1 # why: Neutral, and it shows no suspicion. It also sends him back to the triage window to push Ines again.]
  He doesn't move for a moment.
- He steers her back to the far seats.
  -> call_in

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
I'll just see Kayla on her own for a few minutes. We do that with every patient. # speaker: ines
{variant == 2: No. I stay. She doesn't understand doctors.|She'd rather I stay, wouldn't you, babe? I do all her talking.} # speaker: dion
Kayla looks at him before she nods. Then she looks at the floor. # indicator: hospital.patient_defers_fearful
Ines glances at you.
* [Step in: "I'll sit in with Kayla and ask her a few questions myself while you're busy." # critical: interrogate_victim # score: collaboration -2 # score: trust -1 # why: The private talk is the clinical team's job. A uniform asking her questions is an interview, and it is not yours to run. Back the nurse and keep him occupied instead.]
  -> officer_in
* ["Same for everyone, sir. Can I get you a parking pass while you wait?" # resolves: hospital.companion_holds_documents_pays # score: safety +2 # score: collaboration +1 # why: You back the nurse's routine rule with a real, ordinary task, so Kayla may get private time with her nurse and nobody shows suspicion.]
  -> pass_offer
* [Stand where he can see you, and let Ines handle it # score: collaboration +1 # why: A calm presence backs the nurse without a word. It leaves her to win the argument on her own, though.]
  -> no_private
* ["Sir, step outside. We know what's going on here." # critical: confront_controller # score: safety -2 # why: Accusing him in front of her warns him and can put her in danger. Back the nurse's routine rule in a calm voice instead.]
  -> bay_blowup

=== pass_offer ===
{
- variant == 2:
  He doesn't look at you.
  I said I stay. You deaf? # speaker: dion # show: dion:impatient # indicator: hospital.companion_wont_leave
  Kayla's eyes go to the floor again. Ines's jaw tightens. # show: kayla:anxious
  -> pretext_failed
- else:
  -> bench
}

=== pretext_failed ===
* ["It's hospital policy, sir. Every patient, every time. You'll have to wait outside." # score: safety -2 # why: He has refused. Pushing now turns a routine rule into a fight over her, and she is the one who leaves with him.]
  -> insisted
* [Let it go. Nod to Ines and step back where you can see the bay # score: safety +2 # score: collaboration +1 # why: When the companion refuses, stop. The care team will find another moment; your job now is to watch and report, not to win.]
  Ines lets the curtain fall to. He stays. You stand by the sink, where you can see both ends of the corridor.
  -> no_private
* [Offer him a coffee from the machine instead # score: safety +1 # score: trust -1 # why: Not a fight, but a second try right after the first failed can look like exactly what it is.]
  Coffee? I'm good. # speaker: dion # show: dion:guarded
  He looks at you a little longer than before. Ines lets the curtain fall to.
  -> no_private

=== insisted ===
He stands up, slowly.
What's this? She's fine. Babe, we're going. # speaker: dion # show: dion:impatient
Kayla gets down from the bed without a word. # show: kayla:anxious
-> leaving_bay

=== officer_in ===
Ines frowns, but she cannot argue in front of them. # show: ines:guarded
You step inside the curtain. The man stays just outside it. You can see his boots under the hem.
Kayla sits on the edge of the bed with her arms crossed.
I'm fine. I cut it on a glass. I don't want to say anything else. # speaker: kayla # show: kayla:anxious
Ines treats the hand. The man walks in as soon as you walk out.
-> no_private_end

=== no_private ===
He stands at the head of the bed and answers every question for Kayla. # indicator: hospital.companion_speaks_for_patient
When Ines asks how she cut her hand, he says a glass. Kayla says nothing at all.
-> no_private_end

=== no_private_end ===
# phase: act
Ines cleans the wound and says Kayla should stay for antibiotics through an IV.
No. Pills. We're going home. # speaker: dion # show: dion:impatient # indicator: hospital.rush_to_leave_ama
Kayla signs the form to leave against advice. She does not read it. # discuss: She is an adult and she is leaving. What can you still do that helps?
Ines folds the discharge sheet small before she hands it over. Something is written on the back.
At the door, Kayla looks back along the corridor, just once. # hide: ines
* [Write down the times, the green coat and the gray bandage, and radio the control room # score: document +2 # score: choice +1 # action: supervisor # why: She is an adult and she can leave. Exact notes, and the control room knowing now, give the people who can act something real to work with.]
  You write it as they go. The control room saves the footage from the waiting room and the parking lot.
* [Say nothing. It's their choice to leave. # score: document -1 # why: It is her choice, but what you saw still matters. Plain notes, and a word to the control room, could help her next time someone notices.]
  They walk out into the snow.
* [Call police about him before they get far # score: choice -2 # score: safety -1 # action: police # why: She is an adult, not in immediate danger, and she has not asked for police. A stop tonight could get her arrested and make her less likely to come back.]
  You make the call. By the time a patrol car comes, they are long gone.
- # hide: kayla
  # hide: dion
  # ending: no_private; He never left her side
  Kayla never got a private minute tonight. Ines's note is on the back of her discharge sheet.
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
He puts a wallet on his knee. A woman's ID card is tucked inside, next to a thick roll of bills. # indicator: hospital.companion_holds_documents_pays
How much is all this? I'll pay cash. Don't send anything to an address. # speaker: dion
He checks both phones, one after the other, and hums.
* ["So how do you two know each other, then? Been together long?" # score: safety -1 # score: trust -1 # why: It sounds like small talk, but it is a question about her, and he has already given two answers. It tells him someone is counting.]
  Why? # speaker: dion # show: dion:guarded
  He puts the wallet away.
* [Keep it ordinary: the snow, the roads, and no, nothing to pay # score: safety +1 # score: trust +1 # why: Small talk keeps him calm and busy without a hint of suspicion, so Kayla's private time stays private.]
  He grumbles about the roads. You agree they are terrible.
* [Finish the pass and hand it over without a word # score: safety +1 # why: Quiet and safe. A little small talk would have kept him settled longer.]
  He takes it and goes back to his phones.
* ["Give me her ID. I'll keep it safe at the podium for her." # critical: take_documents # score: choice -2 # score: safety -1 # why: Her ID is hers. Taking it, even kindly meant, looks like control and warns him. Pass your concern to the care team instead.]
  -> bench_grab
- He stays on the bench, with both phones. Down the corridor, Ines comes out from behind the curtain and catches your eye.
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
You walk down to the nurse station, out of earshot of the bench. Abe, the charge nurse, is there with Ines.
She keeps her voice low. # show: ines:guarded
I'll only tell you what you need for safety. # speaker: ines
She's staying tonight for the hand. The team has concerns I can't go into. They're enough that Abe has called social work. # speaker: ines # indicator: hospital.repeat_sexual_health_visits
She didn't say much. She was flat, like she'd switched off. She asked me twice if he'd be told what she said. # speaker: ines
She said if she doesn't go back, he knows where her mom lives. # speaker: ines
She doesn't want the police. She's an adult, so that's her call unless things change. # speaker: abe
From you: keep him calm and away from the bay, tell the control room, write it down. # speaker: abe
* ["She didn't seem that upset to me. Are we sure about this?" # score: collaboration -1 # score: observe -1 # myth: myth.trauma_hostile_or_flat # why: Going flat, switching off, is a common response to trauma and fear. How calm she looks tells you nothing about what has happened to her.]
  Abe looks at you over his glasses.
  Flat isn't fine. Flat is often the opposite. # speaker: abe
  -> plan
* ["Got it. Control room, him, and my notes." # score: collaboration +2 # score: choice +1 # action: supervisor # why: You do the security part of the plan and nothing more: the care team leads, and her no to police stands while she is not in danger.]
  -> plan
* ["What did she tell you, exactly? I'll need it for my report." # score: collaboration -2 # score: trust -1 # why: What she told her nurse stays with the care team. Your report is what you saw and heard; theirs is the rest.]
  That stays with us. Write what you saw. # speaker: ines # show: ines:guarded
  -> plan
* [Slip behind the curtain and tell Kayla: "You're safe now. He'll never come near you again. I promise." # critical: promise_cannot_keep # score: trust -2 # why: You cannot control what he does, or what happens after tonight. A promise that breaks teaches her not to trust help. Be honest about what you can do.]
  -> promised

=== promised ===
Kayla stares at you. # show: kayla:anxious
You can't promise that. Nobody can. # speaker: kayla
When the social worker arrives, Kayla says she has changed her mind. She will stay for the IV, but she doesn't want to talk. # show: kayla:guarded
Abe gives you a long look and says nothing.
Soon after, the man walks down the corridor from the bench. # show: dion:impatient
Abe meets him and tells him Kayla is being admitted. Visiting is in the morning.
The man argues for a minute. Then he leaves. # hide: dion
-> stayed_quiet

=== plan ===
You radio the control room in a low voice. You give the bay number and a plain description of the man.
The control room tells {escalation_first}. A second officer starts walking over, slowly.
-> dion_back

=== dion_back ===
The man is off the bench and coming down the corridor. # show: dion:impatient
Where is she? We're going. # speaker: dion
She's being admitted. She needs antibiotics through an IV tonight. # speaker: abe
{variant == 2: She doesn't need your IV. Kayla! Shoes! Now! # speaker: dion|She doesn't want to stay. Kayla! Get your shoes on! # speaker: dion} # indicator: hospital.rush_to_leave_ama
He starts toward bay four.
* ["She doesn't want to see you. She's told us everything." # critical: confront_controller # score: safety -3 # why: This tells him she talked, which can put her in real danger tonight and later. Keep it routine: she is being treated and visiting is in the morning.]
  -> told_him
* [Let Abe do the talking. Stand a few steps behind him, where you can be seen # score: safety +1 # score: collaboration +1 # why: Backing the charge nurse, without crowding, keeps it clinical and calm. He may push past a nurse more easily than past two people, though.]
  -> calm_out
* [Step to the side of the corridor and say, low: "Visiting's in the morning. I'll walk you out." # score: safety +2 # score: trust +1 # why: A calm voice, some distance and an easy way out let him save face, and keep him from her without a fight.]
  -> calm_out

=== calm_out ===
He stops. He looks at the curtain, then at you. The second officer comes round the corner. # show: dion:guarded
{variant == 2: You people. I'll be outside. All night if I have to. # speaker: dion|Fine. I'll be back first thing. # speaker: dion}
He walks out through the waiting room. The control room watches him all the way to a dark van in the parking lot. # hide: dion
-> stayed_end

=== stayed_end ===
Behind the curtain, the social worker sits down with Kayla. You are not in the room, and you don't need to be.
# ending: stayed; She stayed for treatment
At two in the morning, Kayla goes up to the ward. The IV is running. The social worker goes with her.
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
* [Grab his arm and wrestle him off her # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: A struggle can hurt her, you and other patients, and make him more dangerous. Call the emergency number, keep people clear, and watch.]
  -> grabbed
* [Dial {emergency_number} where he can see you # score: safety +3 # score: report +2 # action: emergency # why: Someone is being forced out against her will right now. That is an emergency: call first, keep your distance, and be the best witness you can.]
  -> called
* [Shout at him to let go of her # score: safety -1 # why: It is not a grab, but it is not help either. Shouting can make him pull harder. The emergency call is what brings help.]
  He doesn't even look round. You dial {emergency_number}, late.
  -> called
* [Radio {escalation_first} and wait to be told what to do # critical: no_emergency_call # score: safety -2 # why: When someone is being forced somewhere right now, the emergency call comes first. Tell your supervisor straight after.]
  -> radioed

=== called ===
You give the hospital's name and say what you see. Abe and Ines move other patients back.
{
- variant == 2:
  He hears you say "police". He looks at you, and keeps pulling. # hide: dion # hide: kayla
  He gets her through the doors and into a dark van. You read the plate to the dispatcher as it turns out of the lot.
  Twenty minutes later, police stop the van on the highway ramp.
  # ending: emergency; Police stopped the van
  You don't hear more than that tonight.
- else:
  He hears you say "police". He stops, lets go of her wrist and walks out fast into the snow. # sound: door_slide # hide: dion
  Kayla stands against the wall, holding her bad hand to her chest. She is shaking. # show: kayla:anxious
  Ines takes her back to the bay. When the police arrive, you tell them what you saw. Kayla talks with the social worker first.
  # ending: emergency; Police came, and she stayed
  You don't hear what she decides. Your part tonight was the call.
}
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
The police take your statement. The parking-lot camera shows a dark van, and a plate too blurred to read.
# ending: taken; It went wrong in the corridor
Kayla's IV stand is still in bay four.
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
* [Step in front of the doors: she isn't leaving until the nurse says so # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Blocking adults from leaving is detaining them. It puts you and her at risk and can make things worse for her later. Let them go, and be a good witness.]
  You plant yourself in front of the doors.
  Move. You've got no right to keep us here. # speaker: dion
  He is right. Kayla stares at the floor, shaking. You step aside, and they walk out into the snow.
* [Hold the door: "Come back any time. Day or night." # score: trust +1 # why: Honest and kind, and it tells her the door stays open. It leaves nothing on record for the next shift.]
  Kayla doesn't answer. She hears it, though.
* [Watch them out to the lot, and give the control room the van and its plate # score: document +2 # score: safety +1 # action: supervisor # why: You cannot stop adults from leaving. A record and a word to the control room give the people who can act something to work with.]
  Through the glass you see them get into a dark van. You note the make and the plate.
  The control room saves the footage from the waiting room and the parking lot.
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
Saying no tonight does not mean no forever. Many people need several chances before they reach out.
-> aftermath

=== epilogue_noprivate ===
Three weeks later, Ines tells you a woman with the same first name came to another hospital across town.
{report_action == "supervisor": The control room there had your description of the van.|Nobody there knew about tonight.}
-> aftermath

=== epilogue_left ===
Ines puts a note in Kayla's record: left before treatment, with a man who answered for her.
-> aftermath

=== epilogue_emergency ===
Two days later, Abe tells you only that Kayla is safe for now. He can't tell you more, and that is right.
-> aftermath

=== epilogue_taken ===
Nobody knows where the van went. Ines can't stop thinking about the IV stand.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to the police. An officer calls you the next day to check two details.
- report_action == "police":
  Your report goes to the police, although she was in no immediate danger and had said no to them.
- report_action == "hotline":
  Your report goes to {escalation_first} and to {hotline_name}, a step ahead of what she and the care team had agreed.
- report_action == "supervisor":
  At handover, {escalation_first} reads your report and talks it through with the care team.
- report_action == "log":
  Your report goes into the shift log. Nobody calls about it.
- else:
  Nothing about tonight goes into the log. By your next shift, the details are fading.
}
Your shift ends at seven, and the snow has stopped.
-> END
