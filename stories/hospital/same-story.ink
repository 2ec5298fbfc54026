# grammar: 1
# id: hospital.same_story
# title: Night shift: the same story
# setting: hospital
# summary: A woman with a hurt wrist is in bay 6, and the man with her tells the triage nurse how it happened before she can. The charge nurse wants a few minutes with her alone.
# minutes: 10
# situation: not_trafficking
# minor: no
# variants: 2
# content_note: This story involves a woman who may be hurt and controlled by her partner. It mentions an injury and abuse at home without describing them. No violence is shown. You can step out at any time.
# focus: Backing the care team so a patient can speak in private, and knowing which referral fits
# character: tam; Tam; The charge nurse tonight, in blue scrubs, calm and quick. Leads the care team.
# character: kim; Kim; A woman in her thirties in a gray work fleece with a dental-office logo, holding her right wrist against her chest.
# character: shane; Shane; A man in his thirties in a quilted vest, friendly and talkative, who keeps a hand on the back of her chair.
# distractor: not.controlling_partner_alone
# distractor: not.tired_or_shy
# distractor: not.late_arrival
# teaches: myth.would_ask_for_help
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Kim is an adult hurt and controlled by her partner: domestic violence, not trafficking. She has
//   her own job, her own ID and bank card in her own bag, and nobody makes her sell sex or work for
//   someone else's gain. No force, fraud or coercion toward commercial sex or labor; no third party.
// - At most three signs show (he speaks for her, won't leave, she looks to him), as they would in
//   many settings; the debrief says why they point to abuse here and what would make it trafficking.
// - Security never hears clinical detail and never rules on what happened. The care team screens in
//   private and calls the hospital's domestic violence advocate, per policy. Security's part is the
//   routine rule that gives them the private moment, keeping Shane calm in the waiting room, and a
//   discreet way out. The exact report is the control room (`requires: supervisor`): a volatile
//   visitor kept out of the bay and a patient leaving by another door. The trafficking hotline is the
//   wrong referral; police for an adult who said no, with no one in immediate danger, is an override.
// - Variant 1: Shane goes to the waiting room at the X-ray rule; Kim talks with the advocate.
//   Variant 2: Shane argues first and says he'll wait by the doors; Kim takes only a card.
// - The belongings bag stays ambiguous (`ambiguous: hospital.companion_holds_documents_pays`): no
//   purse in it could mean he holds her money and ID. Asking Tam whether Kim has her own keys and
//   purse `resolves` it the ordinary way: her own ID, card and car. It is abuse, not trafficking.

VAR pretext_failed = false

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: tam:calm
# requires: supervisor
Half past eleven on a Sunday night at the emergency department of {org_name}.
Tam, the charge nurse, stops at the security podium with a tablet under her arm.
Bay 6. Wrist, maybe broken. Her partner answered every triage question before she could open her mouth. # speaker: tam
I want a few minutes with her alone for the routine questions. Everyone gets them. Can you help? # speaker: tam # discuss: Tam needs a private moment with a patient. What can security do that doesn't look like suspicion?
+ ["I'll ask her straight out whether he did it." # critical: labelling_question # score: trust -2 # score: collaboration -1 # why: A direct question from a uniform, in a bay he can hear, is likely to get a no and to put her at risk later. The routine screening is the care team's, in private.]
  Tam puts a hand on your arm.
  No. Please. That's mine to ask, and not with him there. # speaker: tam # show: tam:guarded
+ ["X-ray is patients only, right? I'll be close when you say it." # score: collaboration +2 # score: safety +1 # why: A routine rule, said by the clinician, gives a private moment without anyone looking suspicious. You back it up by being close, not by leading.]
  Right. Five minutes. # speaker: tam
+ ["I'll think up a reason to get him out to the front desk, like a problem with his car in the lot." # score: collaboration +1 # why: A pretext can work, but one made up by security can also fall flat and tip him off. The care team's own routine is the stronger reason.]
  Maybe. Let me try the X-ray first. # speaker: tam
- -> corridor

// ---------------------------------------------------------------- observe

=== corridor ===
# phase: observe
# bg: hospital_triage_bay
# hide: tam
You walk down the corridor toward bay 6. You can take in a few things on the way, without stopping at the bay.
- (around)
* [Glance at the bay curtain as you pass # observe: bay_curtain # reveals: hospital.companion_speaks_for_patient]
  Through the gap: a woman on the trolley holding her wrist, and a man on the chair with his hand on its back. # indicator: hospital.companion_speaks_for_patient
  The tech asks her a question. He answers it. She was carrying laundry down the stairs, he says. She's always doing too much.
  -> around
* [Look at the belongings bag by the chair # observe: belongings_bag # reveals: nothing # ambiguous: hospital.companion_holds_documents_pays]
  A clear patient bag with some of her things: a phone with a cracked case, car keys and a dental-office lanyard with her photo on it.
  No purse, no wallet, no ID. They may be in her coat, or in his pocket. From here you can't tell.
  You don't open it. It isn't yours to open.
  -> around
* [Look at the corridor bench # observe: corridor_bench # reveals: nothing]
  An older man sits on the bench in a coat over pajamas, holding a bag of his wife's clothes. She's in bay 2, he tells you. They've been married fifty-one years.
  -> around
* [Look at the folded wheelchair # observe: wheelchair # reveals: nothing]
  It has a sticker: OUT OF SERVICE, BRAKE. Somebody has written SORRY underneath in marker.
  -> around
+ [Stand by the sink, in sight of bay 6]
- -> bay

// ---------------------------------------------------------------- talk

=== bay ===
# phase: talk
# show: kim:anxious
# show: shane:calm
# show: tam:calm
Tam pulls back the curtain with a smile.
Kim? We're going to take you round to X-ray. It's patients only back there, so your partner can wait out front. # speaker: tam
Kim looks at the man before she answers. # indicator: hospital.patient_defers_fearful
Shane laughs.
{variant == 2: No, that's OK. I go where she goes. She gets confused with forms. # speaker: shane|Oh. OK, sure. Don't let her tell you she fell because she's clumsy. She'll say that. # speaker: shane}
{variant == 2: He doesn't move. His hand stays on the back of her chair. # indicator: hospital.companion_wont_leave}
{variant == 2: -> refuses|-> goes_quietly}

=== refuses ===
~ pretext_failed = true
Tam glances at you. The X-ray rule hasn't moved him.
+ ["She's told you what she wants, sir. You need to step away from her." # critical: confront_controller # score: safety -2 # why: It tells him she has said something, which she hasn't, and she is the one going home with him. Keep it about the hospital's rule, not about her.]
  -> confronted
+ ["X-ray's staff and patients only, sir. Coffee's out front." # score: safety +2 # score: collaboration +1 # why: The same routine rule, said calmly by a second person, with somewhere to go. Nothing in it is about her, so there is nothing for him to take out on her later.]
  -> goes_loudly
+ [Say nothing, and stay by the sink where Tam can see you # score: collaboration +1 # why: Leaving it to Tam respects her lead, and your being there is quiet backup. She looked to you, though; a calm word about the rule would have helped her.]
  -> goes_loudly
+ ["Is there a reason you don't want her on her own?" # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: A pointed question in front of him puts her at risk whatever she says. He learns that staff are suspicious, and she may be the one who pays for it.]
  -> confronted

=== confronted ===
Shane stands up. His smile has gone.
What's that supposed to mean? Come on, Kim. We'll go to urgent care in the morning. # speaker: shane # show: shane:impatient
Kim gets off the trolley, still holding her wrist, and follows him out through the waiting room. # show: kim:guarded
Tam watches them go and says nothing for a long moment.
# ending: left_with_him; She left with him before anyone could speak with her alone
-> decide

=== goes_loudly ===
Shane looks at you, then at Tam.
Fine. Five minutes. I'll be right outside those doors. # speaker: shane # show: shane:impatient
He walks out to the waiting room and sits where he can see the corridor doors. # hide: shane
-> private

=== goes_quietly ===
Shane squeezes Kim's shoulder and walks out toward the waiting room, checking his phone. # hide: shane
-> private

=== private ===
Tam wheels Kim round the corner, away from the doors.
Where do you want to be while the care team is with her?
+ [Just inside the bay, in case she wants to talk # score: trust -2 # score: choice -1 # why: The care team's screening is private. A uniform in the room can make a frightened patient say less, and what she tells them is not yours to hear.]
  Tam shakes her head and draws the curtain.
  Out there, please. # speaker: tam
+ [By the doors to the waiting room, where you can see him # score: safety +2 # score: collaboration +1 # why: You keep the one person who might interrupt away from the bay, without talking to him about her.]
  You stand by the doors. Through the glass, Shane is on his phone, then watching the corridor, then on his phone.
+ [At the podium out front, chatting with him # score: safety +1 # score: collaboration +1 # why: Keeping him calm and occupied buys the care team time. It also ties you to him, and if he decides to go back in, you are on the wrong side of the doors.]
  Shane talks about the game. Every few minutes he checks the clock.
- -> after_screening

=== after_screening ===
Twenty minutes later, Tam comes to find you.
She told me. It's him, and it's been going on a while. # speaker: tam # show: tam:calm
She has her own job. He checks her phone and turns up everywhere she goes. # speaker: tam
She doesn't want police. I've paged the advocate on call, the one we use for domestic violence. # speaker: tam
What I need from you is... # speaker: tam # discuss: This is abuse. Is it trafficking? What would have to be true for it to be, and who is the right help?
+ ["We should call {hotline_name}. This is what the course was about." # score: collaboration -1 # score: report -1 # why: Control and violence at home are serious, but nobody is making her sell sex or work for someone else's gain. The right help is the domestic violence advocate the care team already called.]
  Tam shakes her head.
  This isn't that. It's him hurting her. The advocate is who she needs. # speaker: tam
+ ["Police, then. He hurt her." # score: choice -2 # score: trust -1 # why: She is an adult, she has said no to police, and no one is in immediate danger. Calling anyway takes the one choice she has made tonight away from her, and can make leaving him more dangerous.]
  She said no. That's hers to decide unless someone's in danger right now. # speaker: tam # show: tam:guarded
+ ["What do you need from me?" # score: collaboration +2 # why: You follow the care team's plan instead of making your own. The care team and the advocate know what she has asked for.]
  Keep him out front. And she asked if there's a way out that isn't past him. # speaker: tam
+ ["If she leaves without him, does she have her own keys and purse, or does he have them?" # resolves: hospital.companion_holds_documents_pays # score: safety +1 # score: collaboration +1 # why: A practical question about getting her out safely, asked of the nurse and not of her. Asking Tam what she needs would also have told you what Kim asked for.]
  Her purse is in her coat on the trolley. Her own ID, her own bank card, and her own car in the lot. He doesn't hold those. # speaker: tam
  And she asked if there's a way out that isn't past him. # speaker: tam
- -> way_out

// ---------------------------------------------------------------- act

=== way_out ===
# phase: act
# show: kim:guarded
{
- variant == 2:
  Kim comes out of the family room with her arm in a splint. The advocate's card is folded small in her hand.
  I'm not leaving him tonight. I can't. Not yet. # speaker: kim
- else:
  Kim comes out of the family room with her arm in a splint and a woman from the advocacy service beside her.
  Her sister is coming to get me. I just don't want him to see me go. # speaker: kim
}
Her voice is flat, as if she is talking about someone else.
+ ["He'll never find out you talked to anyone. I promise." # critical: promise_cannot_keep # score: trust -1 # why: You can't promise that. He may guess, or see the splint and the card. Say what you can do: a way out, and someone with her until she is in the car.]
  -> promised
+ [Offer her the ambulance bay door, and wait with her # score: safety +2 # score: trust +1 # score: choice +1 # why: A discreet way out, on her terms, is something security can really give. You stay until she is in the car.]
  -> walked_out
+ ["You'll have to use the main doors, I'm afraid. Staff exits are staff only." # score: safety -2 # score: choice -1 # why: A rule that walks her past him, tonight, matters less than her safety. Exceptions for a patient's safety are what the control room is for.]
  -> main_doors

=== promised ===
Kim looks at you, and almost smiles. It isn't a happy one.
You don't know him. # speaker: kim
{variant == 2: She goes back out to the waiting room, and leaves with Shane.|Tam and the advocate take her out through the ambulance bay to her sister's car.}
{variant == 2: -> card_only|-> with_sister}

=== walked_out ===
{variant == 2: Kim shakes her head. He'll know. I'll just go out to him. # speaker: kim|You walk her through the ambulance bay. Her sister's car pulls in two minutes later.}
{variant == 2: -> card_only|-> with_sister}

=== main_doors ===
{variant == 2: She goes back out to the waiting room, and leaves with Shane.|Tam overrules you, and takes her out through the ambulance bay herself.}
{variant == 2: -> card_only|-> with_sister}

=== with_sister ===
# hide: kim
# ending: advocate; She spoke with the advocate and left with her sister
Out front, Shane asks the desk where Kim is. The clerk says she has been discharged. He calls her phone, twice, and leaves.
-> decide

=== card_only ===
# hide: kim
# ending: card_only; She took a card and went home with him
Shane holds the door for her. She has the card in her shoe.
-> decide

=== decide ===
# phase: act
# hide: shane
What do you do with what happened tonight?
+ [Radio {escalation_first} about Shane and the door she used # action: supervisor # score: report +2 # why: The control room needs to know about a partner who may come back angry, and about any door used for a patient's safety. The care team holds the rest.]
  -> decided
+ [Refer it to {hotline_name} with Tam, since he controls where she goes and who she talks to # action: hotline # score: report -1 # score: collaboration -1 # why: Nothing tonight pointed to her being made to sell sex or work for someone else. The hotline is for trafficking; the advocate the care team called is the right help for abuse at home.]
  -> decided
+ [Just a line in the incident log # action: log # why: A record is something, but a partner who may come back angry is for the control room to know about tonight, not at the end of the week.]
  -> decided
+ [Call police about Shane # action: police # score: choice -2 # why: She is an adult, she said no to police, and no one was in immediate danger. The decision was hers, with the advocate's help.]
  -> decided

=== decided ===
-> file_report(-> epilogue)

// ---------------------------------------------------------------- epilogue

=== epilogue ===
{
- report_action == "supervisor":
  {escalation_first} notes Shane's description and sends a heads-up to the night staff: if he comes back asking for Kim, no one confirms she was here.
- report_action == "hotline":
  {escalation_first} asks what pointed to trafficking. Nothing did: it was abuse at home, and the care team had the right help in the building.
- report_action == "police" || report_action == "emergency":
  {escalation_first} reads your report and says the care team and the advocate were supporting her choice. A call to police she didn't want was not yours to make.
- report_action == "log":
  Your entry goes into the log. The next night, Shane comes back asking for Kim, and the new officer at the podium has heard nothing about him.
- else:
  Nothing reaches the control room. If Shane comes back, no one on the next shift will know who he is.
}
-> aftermath

=== aftermath ===
At the end of the shift, Tam stops at the podium.
He controlled her, and he hurt her. But she has her own job, her own money and her own papers, and nobody was selling her or making her work. That's abuse, not trafficking. # speaker: tam
If he'd been taking her pay, or making her sell sex, or holding her papers so she couldn't leave, that's when I'd be asking you about the hotline. # speaker: tam
{pretext_failed: The X-ray rule almost didn't work tonight. Next time I'll ask you to be there when I say it. # speaker: tam|Thanks for keeping him out front. # speaker: tam}
Your shift ends at seven.
-> END
