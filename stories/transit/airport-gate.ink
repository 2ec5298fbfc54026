# grammar: 1
# id: transit.airport_gate
# title: Late flight: Gate 23
# setting: transit
# summary: The overnight flight to Coral Bay is about to board. Three young women in new clothes are flying out for a dream job, and the man with them holds every passport. Then one of them asks the gate desk a quiet question.
# minutes: 10
# situation: sex_trafficking
# minor: no
# variants: 2
# content_note: This story involves young women who may be recruited into sexual exploitation through a fake job abroad. Nothing sexual is shown or described. On one path a man grips a woman's wrist and pulls her. You can step out at any time.
# focus: A too-good job offer, someone else holding the passports, and answering a quiet request for help
# character: mei; Mei; A gate agent in her forties with a lanyard, calm and quick. Your colleague at Gate 23.
# character: lena; Lena; A woman of about twenty-two in a new cream blazer, with salon hair and a small handbag.
# character: cole; Cole; A man in his thirties in a dark jacket and glasses, friendly and in charge. He calls himself the group's travel coordinator.
# distractor: not.any_tattoo
# distractor: not.tired_or_shy
# distractor: not.young_couple
# teaches: myth.well_dressed
# teaches: myth.initial_consent
# teaches: myth.hotline_means_police
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Lena is an adult. She asks for help quietly. The right report is the control room (the middle
//   rung): they decide with her, per policy, about the hotline and police, and what happens next is
//   her choice. The story never offers her a choice and then overrides it. One path turns into
//   immediate danger.
// - The gate passport check, one passenger at a time, is a real routine for international
//   flights; it is the universal reason that gives Lena a minute at the desk on her own.
// - The booking's contact (a phone number, not a person) stays ambiguous (`ambiguous`): companies book
//   staff travel through an office line every day. Lena settles it when she is answered and talks
//   (`resolves`): she doesn't know who is meeting them.
// - Variant 2 changes how Cole and Lena come across (and which sign the coffee cart shows).

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: airport_gate
# ambience: airport_gate
# show: mei:calm
Ten to nine in the evening. Through the big window, the sky over the runway is dark blue, dotted with yellow lights.
You are on airside patrol for {org_name}. Your round ends at Gate 23.
The overnight flight to Coral Bay boards at nine. Mei is at the gate desk, counting down the last checks.
Full flight tonight. And one group I keep looking at. # speaker: mei
Three young women, all dressed up like it's a big night out. And one man who does all the talking. # speaker: mei
Probably just a work trip. Crews fly out together all the time. # speaker: mei
+ ["Could be. Let's both watch, and take notes." # score: observe +1 # score: document +1 # why: Nothing is proven yet. Watching quietly and writing down plain facts is how a real concern gets built, or dropped.]
  Fine by me. I'll keep my notes on the desk pad. # speaker: mei
+ ["I'll go and ask to see their passports." # score: safety -2 # myth: myth.security_rescues # why: Asking for passports you have no reason to check tells the man you are watching. If he is in control, the women may pay for it. Watch and note instead.]
  That's my job at boarding, not yours. And he'd know straight away we'd noticed. # speaker: mei # show: mei:guarded
  Let's just watch. # speaker: mei
+ ["Dressed like that? They're doing fine." # score: observe -1 # myth: myth.well_dressed # why: Good clothes tell you nothing about whether someone is free. Some people who control others dress them well. Watch what people do, not what they wear.]
  Maybe. Nice clothes don't mean much, though. Somebody paid for them. # speaker: mei # show: mei:guarded
- You note the time in your notebook. # requires: log
  -> look

// ---------------------------------------------------------------- observe

=== look ===
# phase: observe
From the desk you have time for one good look before boarding starts.
+ [Read the departure screen # observe: gate_screen # reveals: nothing]
  Gate 23. 21:40 to Coral Bay. On time. Weather on arrival: warm and clear.
  Beside you, a man in a suit reads it twice, checks his watch, and phones someone to say he won't make the 9:15 meeting after all.
  He sounds tense. Then he laughs: a delayed connection, nothing more.
+ [Look at the group booking on the gate desk # observe: gate_desk # reveals: transit.ticket_bought_by_other # ambiguous: transit.unsure_destination_or_contact]
  Mei turns her screen a little so you can see it.
  Four one-way tickets on one booking. Paid by a company: Starline Talent.
  The contact is a phone number, not a person. Nobody from Starline is on the flight.
  One-way, for a six-month contract, he told me. # speaker: mei
+ [Watch the coffee cart # observe: coffee_cart # reveals: transit.malnourished_drugged]
  {variant == 2:
    One of the young women, in a cream blazer, leans on the cart. Her eyes keep closing.
    She sways. The man in glasses steadies her by the elbow.
    She took something for the flight. She's a nervous flyer. # speaker: cole
  - else:
    One of the young women, in a cream blazer, waits at the cart while the man in glasses pays.
    She eats a pastry in four bites, standing up, as if she hasn't eaten all day.
    Easy. You'll ruin your dress. # speaker: cole
  }
  The barista catches your eye for a second, then looks away.
+ [Walk on toward the seats]
- -> seats

=== seats ===
# show: cole:calm
# show: lena:guarded
The group sits in a row near the desk. A man in his thirties, in a dark jacket and glasses, and three young women in their twenties.
All three women wear new blazers and new shoes. Their hair looks freshly done. Each has a small handbag and nothing else.
Nobody talks. The women look at their phones, or at nothing at all.
You can pass by one spot without it looking odd.
+ [Glance at the seats with the jacket and travel wallet # observe: seats_group # reveals: transit.group_with_handler]
  The man has a fat travel wallet on his knee. Through its clear pocket you count four passports and four boarding passes.
  One of the women asks for hers, to check her seat number. # indicator: transit.companion_holds_documents_ticket
  He reads the number out to her instead, and keeps the pass.
+ [Watch the restroom corridor # observe: restroom_corridor # reveals: transit.restricted_monitored_movement]
  The woman in the cream blazer gets up and heads for the restrooms. The man goes with her.
  He waits at the corridor entrance with his phone out until she comes back.
  Then he holds out his hand. She gives him her phone. He scrolls through it before he hands it back.
+ [Look at the duty-free bags on the other seats # observe: duty_free_bags # reveals: nothing]
  A family of five has taken over the next row with bags of chocolate and perfume.
  The youngest is asleep across two seats, clutching a toy plane. The mother holds all five passports in a zip bag and hands out snacks.
+ [Go back toward the desk]
- -> pass_by

// ---------------------------------------------------------------- talk

=== pass_by ===
# phase: talk
On your way back to the desk, you pass the end of their row.
The woman in the cream blazer sees your uniform. She goes rigid and stares at the floor until you have passed. # show: lena:anxious # indicator: transit.fear_of_uniforms # discuss: Fear of a uniform proves nothing on its own. What else would you want to see, and how could you speak with her away from the man who does the talking?
Evening, officer! # speaker: cole
{variant == 2: Big night for the girls. Hostess work at the best resorts in Coral Bay. Promo modelling on the side. Triple what they'd make here. # speaker: cole|The girls are off to work at the Coral Bay resorts. Hostessing, modelling. Flights, hotel, clothes, all paid. Dream job. # speaker: cole} # indicator: transit.too_good_job_offer
It's a five-star hotel. # speaker: lena
One of the other women says, at the same moment: It's a model agency. # indicator: transit.scripted_inconsistent_story
It's both. It's a group. # speaker: cole
I'll do the talking for the girls. They're a bit shy with uniforms. # speaker: cole # indicator: transit.not_allowed_to_speak_or_separate # requires: supervisor
+ ["Big trip! Have a good flight." # score: safety +2 # why: Ordinary, friendly words give him no reason to worry, and the gate routine that comes next can do its work.]
  -> doc_check
+ [Nod, say nothing, and keep walking to the desk # score: safety +1 # why: Saying nothing shows no suspicion, which is safe. A friendly word would have been just as safe and a little more ordinary, since he spoke to you first.]
  -> doc_check
+ [Look at the women. "Are you all here of your own free will?" # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: No one can answer that honestly with him sitting beside them, and now he knows you are suspicious. Wait for a moment when one of them is alone.]
  -> asked_group
+ ["Why are you holding everyone's passports? Give them back to them." # critical: confront_controller # score: safety -2 # why: Challenging him in front of the women warns him, and they may pay for it later. Note who holds the documents and report it instead.]
  -> confronted

=== asked_group ===
The women all look at the man, then at their phones.
Cole laughs. # show: cole:impatient
Free will? They're going to work in paradise. Ask them. # speaker: cole
Nobody says anything.
-> cole_on_guard

=== confronted ===
Cole keeps smiling. He hands each woman her passport, one by one. # show: cole:impatient
There. Happy? I just help them keep track. # speaker: cole
As soon as you reach the desk, you see him collect all four passports again.
-> cole_on_guard

=== cole_on_guard ===
# phase: act
He moves the group to the seats by the window, further from the desk.
He doesn't take his eyes off you after that. The woman in the cream blazer sits pressed against his side. # discuss: The flight boards soon. Who do you tell, and what exactly will you say?
-> boarding

=== doc_check ===
At five to nine, Mei picks up the microphone. # sound: pa_chime
Good evening. Before boarding, we check passports here at the desk. One passenger at a time, please, each with your own passport and boarding pass. # speaker: mei
The man in glasses comes to the desk with all four passports in his hand.
I'll do all four. Save everyone time. # speaker: cole
Mei glances at you.
+ [Back Mei up: "One at a time tonight, sir." # score: safety +2 # score: collaboration +1 # why: A rule that applies to every passenger gives each woman a minute at the desk alone, and it shows no suspicion of him.]
  -> at_desk
+ [Let him do all four, for the queue # score: choice -1 # score: safety -1 # why: The routine check was the one safe way for each woman to stand at the desk on her own. Letting him speak for everyone closes that door.]
  -> waved_through

=== waved_through ===
Mei checks all four passports while he stands at the desk.
The women stay in their seats. Not one of them comes up.
-> cole_on_guard

=== at_desk ===
# show: cole:guarded
Cole shrugs.
Rules are rules. # speaker: cole
He hands each woman her own passport and pass, and watches from the end of the row.
The woman in the cream blazer comes up second. She puts her passport on the desk. # show: lena:anxious
As she reaches across, her sleeve slides back. On the inside of her wrist is a small, fresh tattoo: a crown and the letter C. # indicator: transit.branding_tattoos
Mei opens the passport. Lena, aged twenty-two.
Lena doesn't look up. She says it quietly, almost like small talk.
Can I ask something? If I didn't get on, would I get my bag back? # speaker: lena
He keeps all our passports. He says I owe them for the flight and the clothes and the photos. # speaker: lena # indicator: transit.discreet_disclosure_to_staff
Mei keeps typing, as if they are talking about seats.
+ ["I'll keep your passport back here, so he can't take it off you again." # critical: take_documents # score: choice -2 # score: safety -1 # why: Her passport is hers. Holding it, even to protect her, does what a controller does, and he will notice straight away. Hand it back to her.]
  -> kept_passport
+ ["Are you being trafficked? You can tell me." # critical: labelling_question # score: trust -2 # myth: myth.ask_directly # why: That word frightens people and sounds like a charge, and most people in her place would say no. Open questions and clear options work better.]
  -> shut_down
+ [Answer her question first, at seat-map volume: "Yes. You can stay off this flight." # resolves: transit.unsure_destination_or_contact # score: trust +2 # score: safety +1 # why: She asked a practical question, so a plain answer comes first. It tells her she has a way out without anyone at the seats seeing a conversation start.]
  -> talk_safe
+ [Let Mei finish the check. Slide a hotline card inside her boarding-pass sleeve and say only: "If you need it." # score: peer_support +1 # score: safety +1 # score: choice -1 # why: Quiet and safe, and she may use it later. But she asked whether she could stay, and a card does not answer that. On the plane she has no way out.]
  -> card_boarded
+ ["Don't worry. Nothing bad will happen to you, and no police. I promise." # critical: promise_cannot_keep # score: trust -2 # why: You cannot promise what others will do. When a promise like that breaks, she learns that helpers lie too. Be honest about what you can and can't do.]
  -> shut_down

=== shut_down ===
Lena's face closes. # show: lena:guarded
Forget it. I'm just nervous about flying. # speaker: lena
She picks up her passport and pass and goes back to her seat.
When she sits down, Cole holds out his hand. She gives them to him.
-> boarding_from_desk

=== talk_safe ===
Mei turns her screen toward Lena, as if showing her a seat map.
Lena breathes out.
I said yes to this. I signed things. So it's my fault, right? # speaker: lena
Saying yes to a job doesn't mean you agreed to whatever they do after. You haven't done anything wrong. # speaker: officer
I don't want to go. But he says if I don't, I owe four thousand. And he knows where my mom lives. # speaker: lena
I don't even know who's meeting us. He just says "the boss". # speaker: lena # indicator: transit.unsure_destination_or_contact
No police. He says they'd arrest me, for the photos. # speaker: lena
She glances at the seats.
He'll come over if I take too long. # speaker: lena
-> options

=== options ===
# phase: act
+ [Slip her a card with the number for {hotline_name}. "Call them when you land." # score: safety -1 # score: peer_support +1 # why: The number helps, but she asked whether she could stay. A private room and a call to the control room were right there, and on the plane she has no way out.]
  -> card_boarded
+ ["With passports held like this, I have to call airport police, whatever you decide. I'm sorry." # score: trust +1 # score: choice -2 # why: It is honest, which matters. But she is an adult, no one is in danger this minute, and she has just said she fears police. Taking the decision from her can make her walk back to him.]
  -> police_told
+ ["There's an office behind this desk. An advocate can talk to you there. Police only if you say so." # score: choice +2 # score: peer_support +1 # action: supervisor # why: Real options, with the control room deciding with her what comes next, let an adult who asked for help choose what is safe for her, and nothing is promised that someone else will undo.]
  -> office
+ [Walk over to the man and tell him Lena isn't going anywhere with him # critical: confront_controller # score: safety -2 # why: Confronting him puts Lena in the middle and invites him to act. Keep him calm with routine while help comes.]
  -> cole_storms

=== police_told ===
Lena's face goes blank. # show: lena:guarded
Forget it. I'm fine. # speaker: lena
She takes her passport and walks back to the seats. She does not look at you again.
-> boarding_from_desk

=== office ===
The office. Please. # speaker: lena
You tell her you will let {escalation_first} know, and that they decide with her, not for her, what happens next.
Mei hands Lena her passport and shows her through the door behind the desk. # hide: lena
Then Mei goes back to checking the line, as if nothing has happened.
You radio {escalation_first}: a passenger at Gate 23 has asked for help, and the man with her holds the group's passports. She does not want police.
{escalation_first} calls {hotline_name} and asks for an advocate to join Lena on the phone. Nobody calls police.
A minute later, Cole is at the desk. # show: cole:impatient
Where's Lena? We're boarding. # speaker: cole
+ [Say nothing. Let Mei deal with him # score: safety +1 # why: Staying out of it shows nothing, and Mei knows the airline's lines. But he is asking you, and silence from a uniform can look like a secret.]
  Mei doesn't look up. Seat problem. The airline's on it, sir. Please sit down. # speaker: mei
  -> police_quiet
+ [Routine: "Seat problem. Airline's on it." # score: safety +2 # why: A dull, ordinary answer keeps him calm and away from the office until police arrive, without showing what you know.]
  -> police_quiet
+ ["She's not going with you. Police are on their way." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Telling him what you know hands him the choice to act first, and Lena is only behind a door. Stay routine until police arrive.]
  -> cole_storms

=== police_quiet ===
He looks at the office door for a long second. Then he goes back to his seat and gets on his phone. # show: cole:guarded
The advocate from {hotline_name} is on the phone with Lena. You are not in the room.
Twenty minutes later, Mei passes on a message from the office: Lena wants to talk to airport police, with the advocate still on the line.
Two officers come up the concourse at a walk. You meet them away from the desk and tell them what you saw and heard. One goes into the office. # hide: cole
Later, an officer tells you only this: Lena has her passport. She is not getting on a plane tonight.
The other two women board with the man in glasses. That was their choice to make, and your report goes with them.
# ending: stayed_behind; Lena stayed behind
The 9:40 to Coral Bay leaves twelve minutes late.
-> file_report(-> epilogue_stayed)

=== card_boarded ===
Lena looks at the card. She slides it into her passport.
OK. # speaker: lena
She goes back to her seat. Cole holds out his hand, and she gives him the passport, card and all.
-> boarding_from_desk

=== kept_passport ===
Lena's eyes go wide. # show: lena:anxious
No. Please. He'll see. He'll know I said something. # speaker: lena
Cole has already stood up.
-> cole_storms

=== cole_storms ===
# phase: act
{office:
  Cole pushes past Mei and pulls open the office door. # show: cole:impatient # show: lena:anxious
- else:
  Cole is at the desk in three steps. # show: cole:impatient
}
We're going. Now. # speaker: cole
He grabs Lena by the wrist and pulls her toward the concourse. # requires: emergency
She pulls back against him. # show: lena:anxious
Stop. You're hurting me. # speaker: lena
+ [Call {emergency_number}. Follow at a distance # score: safety +3 # score: report +2 # action: emergency # why: She is being pulled away against her will right now. The call comes first; following at a distance and giving the call taker his route is what lets police meet him.]
  -> called_emergency
+ [Call {emergency_number} from the desk and stay with Mei # score: safety +2 # score: report +2 # action: emergency # why: The call is right, and staying put keeps you safe. But from the desk you lose sight of them within seconds, and the route is what lets police meet him.]
  -> called_desk
+ [Step between them and hold your arms out # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: Putting your body in the way can get her hurt in the struggle and make him more dangerous. Call, keep your distance, and watch.]
  -> tug
+ [Radio {escalation_first} and wait to be told what to do # critical: no_emergency_call # score: safety -2 # why: When someone is being forced somewhere right now, the emergency call comes first. Tell the control room straight after.]
  -> radio_wait

=== called_desk ===
You call {emergency_number} from the desk. You say where you are and what you see: a man pulling a woman away from Gate 23.
Cole does not let go. At the corner of the concourse you lose sight of them. # hide: cole
Four long minutes later, the call taker tells you airport police have stopped a man and a woman at the security exit.
-> after_call

=== called_emergency ===
You call {emergency_number}. You say where you are and what you see: a man pulling a woman down the concourse from Gate 23.
Cole sees the phone at your ear. He does not let go. He keeps walking, fast, with Lena's wrist in his hand.
You follow at a distance and tell the call taker every turn.
At the security exit, two airport police officers step into his path. Only then does he let go. # hide: cole
-> after_call

=== after_call ===
Lena stands by the window, holding her wrist. # show: lena:anxious
Would you like to sit somewhere quiet? There's an office at the gate. # speaker: officer
She shakes her head. She sits on the floor by the window instead, and Mei brings her a bottle of water. # show: lena:guarded
# ending: emergency; Police stopped him at the exit
An officer sits with Lena by the window, with an advocate from {hotline_name} on the phone. You step away.
-> file_report(-> epilogue_emergency)

=== tug ===
You step between them.
He shoves you aside, and Lena stumbles. # show: lena:anxious
Cole yanks her free and pulls her into the crowd on the concourse. You lose sight of them. # hide: cole # hide: lena
Only now do you call {emergency_number}. Your hands are shaking.
# ending: lost_in_crowd; They disappeared into the crowd
Police look for them for an hour. The other two women board the flight alone.
-> file_report(-> epilogue_lost)

=== radio_wait ===
You key your radio. It takes {escalation_first} a few seconds to answer.
The first thing you hear back is: call {emergency_number}, now.
By the time you dial, the man and Lena are gone into the crowd. # hide: cole # hide: lena
# ending: lost_in_crowd; They disappeared into the crowd
Police look for them for an hour. The other two women board the flight alone.
-> file_report(-> epilogue_lost)

=== boarding_from_desk ===
# phase: act
The line moves on. Nobody else from the group says a word at the desk.
-> boarding

=== boarding ===
At 9:10, the group lines up at the scanner. Cole holds all four passes and scans each one himself. # sound: pa_chime
Lena is the last through. At the jet-bridge door, she looks back at the desk. # hide: lena
+ [Radio {escalation_first} before the door closes # score: report +2 # score: document +1 # action: supervisor # why: You cannot stop adults from boarding, but a clear report before the doors close gives the airline, police and the hotline time to act at the other end.]
  You step away from the desk and radio {escalation_first}. Who, what, when: the passports, the booking, the tattoo, the look back.
  The answer comes back: they will pass it to the airline and to police at Coral Bay.
+ [Call {hotline_name} yourself, from the gate phone # action: hotline # score: report +1 # score: collaboration -1 # why: The hotline is a real route, but post orders send it through the control room, who may already be talking to the airline and police at Coral Bay. Going around them can mean two half-reports instead of one good one.]
  You call {hotline_name} and tell them what you saw. They ask if your control room knows. It doesn't.
+ [Make a note to write it up at the end of your shift # score: report -1 # why: Waiting until the end of the shift wastes the only hours in which anyone could act before they land. Report it now.]
  You jot "Gate 23 group" in your notebook, and carry on with your round.
- # hide: cole
# ending: boarded; The group boarded
At 9:40 the plane pushes back. Through the window you watch its lights turn toward the runway.
-> file_report(-> epilogue_boarded)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_stayed ===
A week later, {escalation_first} forwards a short note from {hotline_name}: thank you to the staff at Gate 23. Nothing more.
-> aftermath

=== epilogue_emergency ===
The next night, Mei asks if you've heard anything. You haven't. That is normal.
-> aftermath

=== epilogue_lost ===
The police have your description of Lena and the man, and the booking from the airline.
-> aftermath

=== epilogue_boarded ===
{
- report_action == "supervisor" || report_action == "hotline" || report_action == "police" || report_action == "emergency":
  Because a report was made, police at Coral Bay are waiting at the arrival gate. You only hear that much.
- else:
  The plane lands at Coral Bay at dawn. Whoever is meeting the group is there on time.
}
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to airport police. An officer calls you the next day to go over the times.
- report_action == "police":
  Your report goes to the police, although no one was in immediate danger and Lena had asked for no police.
- report_action == "hotline":
  Your report goes from {escalation_first} to {hotline_name}. An advocate follows up with the airline about Starline Talent's bookings.
- report_action == "supervisor":
  At handover, {escalation_first} reads your report, adds it to what they passed to {hotline_name}, and asks the airline about Starline Talent's other bookings.
- report_action == "log":
  Your report goes into the shift log. Nobody outside the airport sees it.
- else:
  Nothing about tonight goes into the log.
}
{police_told: When you told Lena police had to come, she went blank and walked away. Shutting down like that is a common response to fear, not proof that she was fine.}
Your shift ends at two in the morning.
-> END
