# grammar: 1
# id: hospital.bay_four
# title: Night shift: the patient in bay 4
# setting: hospital
# summary: A patient in the emergency department has been swearing at staff since she arrived, and wants to leave. The man who dropped her off is waiting in the ambulance bay.
# minutes: 11
# situation: sex_trafficking
# minor: no
# variants: 2
# content_note: This story involves an intoxicated adult patient who is angry and swears at the officer, and who may be controlled by a man she says she owes money. It touches on sexual exploitation without describing it. No violence is shown in detail. You can step out at any time.
# focus: Staying steady and trauma-informed while being sworn at, backing the care team, and respecting an adult's choice
# character: tam; Tam; The charge nurse tonight, in blue scrubs, calm and quick. Leads the care team.
# character: dee; Dee; A woman in her late twenties in a thin sequined top and sneakers, no coat, slurring a little.
# character: marco; Marco; A man in his thirties in a black puffer jacket, car keys in his hand, very polite.
# distractor: not.any_tattoo
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# teaches: myth.trauma_hostile_or_flat
# teaches: myth.trauma_story_changes
# teaches: myth.would_ask_for_help

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Dee is an adult. She swears, refuses help and leaves if she wants to. Nothing tonight is an
//   emergency unless Marco takes hold of her: the exact report is the control room (supervisor),
//   who decide with the care team whether to refer. Police for an adult who declined is too much.
// - Security never reads the chart, never hears a diagnosis, and never rules on whether Dee's story
//   is true. Tam tells the officer only what safety needs. The care team's social worker is the
//   good outcome when Dee accepts it (variant 1); in variant 2 she leaves with Marco anyway.
// - Dee's hostility, her flat moments and her changing story are trauma responses as much as the
//   drink; the debrief explains them (myth.trauma_*). She never says "trafficked".
// - The sedan stays ambiguous (`ambiguous: hospital.companion_wont_leave`): a partner waiting for
//   news looks the same. Offering Marco a coffee out front `resolves` it: he would rather be in the
//   bay, doing the talking for her (asking him to wait out front leads to the same answer).

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: tam:calm
Two in the morning at the emergency department of {org_name}. Snow is falling past the entrance doors.
Tam, the charge nurse, catches you by the security podium.
Bay 4 is shouting at everyone. She threw a cup of water at the tech. # speaker: tam
I'd like security close by. Not in the bay. # speaker: tam
+ ["What's she in for? Anything I should know medically?" # score: collaboration -1 # score: trust -1 # why: What is wrong with a patient belongs to the care team. Security needs only what keeps people safe, and Tam will say it if it matters.]
  Tam shakes her head.
  Just that she's upset and wants to go. That's what you need. # speaker: tam
+ ["Got it. I'll be at the podium. Call me if it kicks off." # score: safety +1 # why: Staying out of the way respects the bay, but from the podium you can't see the corridor, and you'd be walking in cold if Tam needs you.]
  OK. Don't be far. # speaker: tam
+ ["I'll be in the corridor, in sight, well back." # score: safety +1 # score: trust +1 # why: Close enough to help, far enough not to crowd her. Being visible, not looming, is how you keep a bay calm.]
  Perfect. # speaker: tam
+ ["Want me to tell her if she keeps it up, she's out?" # score: safety -2 # score: trust -1 # why: Threatening a patient who is already frightened or intoxicated raises the temperature, and the decision to discharge is clinical.]
  Please don't. She'd go, and I don't want her going. # speaker: tam # show: tam:guarded
- # requires: log
-> waiting

// ---------------------------------------------------------------- observe

=== waiting ===
# phase: observe
# hide: tam
On your way to the corridor you pass through the waiting room.
- (around)
* [Look out through the entrance doors # observe: entrance_doors # reveals: nothing # ambiguous: hospital.companion_wont_leave]
  A dark sedan idles in the ambulance bay with its lights off. The man inside has his phone to his face.
  The podium log says he brought a woman in at 1:10 and went back to the car. He hasn't moved since.
  A worried partner waiting for news looks like this. So does someone who won't let her out of his sight.
  -> around
* [Check the rows of seats # observe: waiting_seats # reveals: nothing]
  A young man sleeps across three seats with his hood up and his arm in a sling.
  His mother, next to him, is doing a crossword and tells you he's fine, just bored.
  -> around
* [Glance at the vending machine # observe: vending_machine # reveals: nothing]
  A woman in a sequined dress is buying three bags of chips, laughing on the phone about a wedding.
  She catches you looking and raises a bag like a toast.
  -> around
+ [Go through to the corridor by bay 4]
- -> bay

// ---------------------------------------------------------------- talk

=== bay ===
# phase: talk
# bg: hospital_triage_bay
# show: dee:impatient
# show: tam:calm
The curtain of bay 4 is half open. A woman sits on the edge of the bed in a thin sequined top, sneakers, no coat. # indicator: hospital.dress_wrong_for_weather
She is talking too loud, to nobody, and then she sees your uniform.
What the hell are you looking at? Get out of my face. # speaker: dee # discuss: She is swearing at you. What might be behind it, and what do you want her to see in you?
+ ["Watch your language. The staff here don't have to put up with that." # score: trust -2 # score: safety -1 # myth: myth.trauma_hostile_or_flat # why: It is fair to want respect, but a lecture tells an angry, frightened person that you are one more person against her.]
  -> lectured
+ [Say nothing. Take two steps back, out of her line of sight # score: trust +2 # score: safety +1 # why: Giving her space, without a word, is the quickest way to show you are not there to grab her.]
  -> stepped_back
+ ["Fair enough. I'll be out here. You're not in trouble." # score: trust +1 # score: safety +1 # why: Calm and honest. It also tells her what she didn't ask, which can sound like you already think she might be.]
  -> stepped_back
+ ["Were you drinking tonight, or did you take something? What was it?" # score: collaboration -2 # score: trust -1 # why: That is a clinical question, and the care team will ask it in private. From a uniform it sounds like an arrest.]
  -> lectured

=== lectured ===
Or what? You gonna throw me out? Do it. # speaker: dee # show: dee:impatient
I'm leaving anyway. # speaker: dee
Tam steps between you without looking at you, and pulls the curtain most of the way.
-> story_changes

=== stepped_back ===
She watches you go. Some of the noise goes out of her.
Whatever. # speaker: dee # show: dee:guarded
-> story_changes

=== story_changes ===
A few minutes later Tam comes out and stops beside you, by the sink.
She doesn't want anything done. She wants to go. # speaker: tam # indicator: hospital.rush_to_leave_ama
{variant == 2: She told triage she fell on ice. Just now she said a car door. Then she said she didn't remember.|She told triage she fell. Now it's a door. She keeps asking what time it is.} # indicator: hospital.inconsistent_injury_story
I'm not asking you to do anything with that. I just want you to know why I'm slow-walking her discharge. # speaker: tam
+ ["She's lying about how it happened. Want me to tell her we know?" # score: trust -2 # score: safety -1 # myth: myth.trauma_story_changes # why: A story that shifts is common after trauma and with fear. Whether it adds up is not security's to judge, and challenging her would end the care team's chance.]
  Tam looks at you for a second.
  No. People's stories move around when they're scared. That's not for us to sort out at 2 am. # speaker: tam # show: tam:guarded
  -> marco_arrives
+ ["Understood. Where do you want me: by the exit, or out of sight?" # score: collaboration +2 # score: safety +1 # why: You back the care team's plan and let the clinician lead. That is security's role in a clinical space.]
  Out of sight but close. If he comes in, keep him in the waiting room. # speaker: tam
  -> marco_arrives
+ [Lean over the nurse station to read her chart on the screen # score: collaboration -2 # score: trust -2 # why: A patient's record is not security's to read, whatever the reason. Tam told you what you need; the rest stays with the care team.]
  Tam turns the screen away without a word. # show: tam:guarded
  -> marco_arrives
+ ["OK. I'll leave it with you." # score: collaboration +1 # why: Leaving clinical matters to the care team is right. Asking where she wants you would have made you more use to her.]
  -> marco_arrives

=== marco_arrives ===
# show: marco:calm
The doors from the waiting room swing open. The man from the sedan walks up the corridor, polite and smiling.
Hey. I'm here for Dee. I'm her boyfriend. # speaker: marco
She gets like this. I'll take her home, save you the trouble. # speaker: marco
Behind the curtain, Dee has gone very quiet. # show: dee:anxious # indicator: hospital.hypervigilant_startle
+ ["Are you the reason she's in here?" # critical: confront_controller # score: safety -2 # why: Accusing him tells him he has been noticed, and Dee is the one who will be in the car with him later.]
  -> confronted
+ ["They'll be a while. Want to grab a coffee out front while you wait?" # resolves: hospital.companion_wont_leave # score: safety +2 # score: collaboration +1 # why: This keeps the companion calm and busy away from the bay, so the care team can talk with Dee in private. It is routine, and shows no suspicion.]
  -> occupied
+ ["Sure, no problem at all. Let me go and get her for you, and you can take her home." # score: safety -2 # score: choice -2 # why: Fetching her for him decides for Dee, and hands her to the person she went quiet for. Whether she leaves, and with whom, is hers to say.]
  -> fetched
+ ["Visitors wait in the waiting room, sir." # score: safety +1 # why: True and neutral, and it gets him out of the corridor. Said flatly, it can also sound like a door closing, and he may wait outside the bay doors instead.]
  -> occupied

=== confronted ===
Marco's smile stays where it is.
I don't know what she told you. She says a lot of things. # speaker: marco # show: marco:impatient
Dee! We're going. # speaker: marco
-> dee_leaves

=== fetched ===
You put your head round the curtain. Dee looks at you, then past you at Marco.
Yeah. Fine. Whatever. # speaker: dee # show: dee:guarded
-> dee_leaves

=== occupied ===
Marco looks at the curtain, and doesn't move. # show: marco:calm
I'd rather be in there with her. She gets confused with doctors. She needs me to do the talking. # speaker: marco # indicator: hospital.companion_wont_leave
When nobody opens the curtain for him, he shrugs.
Fine. Tell her I'm out front. # speaker: marco # hide: marco
He goes back through the doors. His phone is already at his ear.
Tam slips into the bay and closes the curtain. You stay by the sink, where you can see both ways.
Ten minutes later Dee comes out on her own, holding a discharge sheet she hasn't signed.
-> dee_talks

=== dee_talks ===
# phase: act
She stops beside you, swaying a little.
You gonna stop me? Go on. Try. # speaker: dee # show: dee:impatient
He's not my boyfriend. # speaker: dee # indicator: hospital.relationship_claim_doesnt_fit
He's... I owe him. For the room. He gives me stuff to get through the night. It's fine. # speaker: dee # indicator: hospital.substance_dependence_control
Her phone buzzes in her hand. She doesn't look at it. # discuss: Dee is an adult and she wants to go. What can you offer, and what is not yours to decide?
+ ["Who do you owe? How much? What does he make you do?" # critical: interrogate_victim # score: trust -3 # why: Those are questions for trained people, if Dee ever wants to answer them. From security, at 2 am, they push her away and can do harm.]
  -> interrogated
+ ["I can't let you go with him like this." # critical: detain_or_rescue # score: safety -2 # score: choice -2 # myth: myth.security_rescues # why: Dee is an adult and not in immediate danger. Holding her against her will is not your call, and it can make the next visit less likely.]
  -> held
+ ["No. You can go whenever you want. Tam said you can come back any time, tonight or any other night." # score: choice +2 # score: trust +1 # why: The door stays open, and she leaves knowing it. It offers her nothing beyond tonight's care, though.]
  -> free_to_go
+ ["There's a social worker on tonight. Tam can ask her to come by, or not. Your call." # score: choice +2 # score: peer_support +2 # why: A real option, from the care team, with the choice left with Dee. It is the one thing she might take that changes the next week.]
  -> social_work

=== interrogated ===
Dee laughs, without any fun in it.
Yeah, no. # speaker: dee # show: dee:guarded
She walks past you toward the waiting room.
-> dee_leaves

=== held ===
You step into her way.
Get the hell out of my way! # speaker: dee # show: dee:anxious
Tam is there in seconds, hands up, voice low. You step back. Dee goes.
-> dee_leaves

=== free_to_go ===
Dee looks at you like she is waiting for the catch. There isn't one.
{variant == 2: OK. # speaker: dee|Yeah. OK. Thanks, I guess. # speaker: dee}
-> dee_leaves

=== social_work ===
{
- variant == 2:
  Dee shakes her head.
  Not tonight. # speaker: dee # show: dee:guarded
  But she takes the small card Tam holds out, and pushes it down into her sneaker.
  -> dee_leaves
- else:
  Dee looks at the floor for a long time.
  Just for a minute. I'm not promising anything. # speaker: dee # show: dee:guarded
  Tam takes her into the family room. You are not in the room, and you don't need to be.
  # ending: social_work; Dee talked with the social worker
  You stay in the corridor, where you can see the doors, until Tam gives you a nod.
  -> decide
}

=== dee_leaves ===
Dee walks out through the waiting room toward the sedan. # hide: dee
{variant == 2:
  Marco gets out of the car and takes her by the arm. She pulls back. He doesn't let go. # show: marco:impatient
  -> danger
}
# ending: left_with_him; Dee left with Marco
The car pulls out of the ambulance bay.
-> decide

=== danger ===
# requires: emergency
Dee slips on the snow. Marco hauls her up by the arm and toward the open passenger door.
Let go of me! # speaker: dee
+ [Phone {emergency_number} from inside the doors and describe what you see # score: safety +3 # score: report +2 # action: emergency # why: Someone is being forced into a car: that is immediate danger. Call, stay behind the glass, and be the witness.]
  -> called_emergency
+ [Run out and pull her free # critical: detain_or_rescue # score: safety -3 # why: A struggle on ice can hurt Dee, you and others, and it can make Marco more dangerous. The emergency call is faster help.]
  -> tussle
+ [Ask the clerk at the triage window to page the on-call manager and the rest of the security team # critical: no_emergency_call # score: safety -2 # why: A page takes minutes Dee doesn't have. The emergency number first; internal calls after.]
  -> paged

=== called_emergency ===
You call {emergency_number} and give the car, the color and what you see.
Marco looks up at the doors, at you with the phone. He shoves Dee into the passenger seat and drives off. # hide: marco
You read the plate out as the car turns onto the street.
# ending: emergency; Police had the car and the plate
-> file_report(-> epilogue_emergency)

=== tussle ===
You get a hand on Dee's jacket and slip. Marco gets her into the car, and the car is gone. # hide: marco
You call {emergency_number} from the snow. You have the color, not the plate.
# ending: car_left; The car left with Dee
-> file_report(-> epilogue_emergency)

=== paged ===
By the time the manager calls back, the car has gone. # hide: marco
# ending: car_left; The car left with Dee
-> file_report(-> epilogue_emergency)

=== decide ===
# requires: supervisor
Dee is an adult who said no to more help. Nobody is in danger right now. You still have what you saw.
+ [Call police to stop the car before it gets far # score: choice -2 # score: safety -1 # action: police # why: An adult who declined help and is in no immediate danger decides about police for herself. A police stop tonight could get her arrested, and make her less likely to come back.]
  -> decided
+ [Nothing to report: the care team has it # score: report -2 # why: The care team has what they saw, not what you saw in the bay and the ambulance bay. The control room cannot act on what never reaches it.]
  -> decided
+ [Radio {escalation_first} with what you saw # score: report +2 # score: collaboration +1 # action: supervisor # why: Your post orders: the control room hears it now and decides with the care team whether and how to refer, respecting that Dee said no.]
  -> decided

=== decided ===
-> file_report(-> epilogue)

// ---------------------------------------------------------------- epilogues

=== epilogue ===
{
- report_action == "supervisor":
  {escalation_first} thanks you, and logs the car and the times. The social work team will hear about it in the morning handover, through the care team.
- report_action == "hotline":
  {escalation_first} says the referral was one step ahead of policy: Dee said no, and the control room and the care team decide together whether to refer.
- report_action == "police" || report_action == "emergency":
  {escalation_first} reads your report and says that, for an adult who declined help and was not in danger, the call to police was not yours to make.
- else:
  Nothing about Dee reaches the control room tonight.
}
-> aftermath

=== epilogue_emergency ===
Police stop the sedan a few miles away. You don't hear more than that.
-> aftermath

=== aftermath ===
{
- variant == 2:
  Two weeks later, on another night shift, a woman in sneakers asks the triage nurse for the social worker by name.
- else:
  At the end of the shift Tam stops by the podium.
  Thanks for staying close without crowding her. # speaker: tam
}
Your shift ends at seven.
-> END
