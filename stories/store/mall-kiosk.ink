# grammar: 1
# id: store.mall_kiosk
# title: Mall patrol: the kiosk that never closes
# setting: store
# summary: A smart nail-bar and phone-repair kiosk is open from first light to last, a manager watches every word, and a boy sells chocolate on a school day. Notice the pattern and pass it on the right way.
# minutes: 10
# situation: labour_trafficking
# minor: yes
# content_note: This story involves possible forced labour of adult kiosk workers and of a 15-year-old boy made to sell on a school day. It mentions debts. On one path a woman pulls the boy by the wrist. No other violence is shown. You can step out at any time.
# focus: Seeing past a smart appearance, escalating for a minor, and staying calm with the manager nearby
# variants: 2
# character: nadia; Nadia; A mall cleaner in her forties in a blue uniform and headscarf, who has worked the early shift for years. Your colleague.
# character: vera; Vera; The kiosk manager, a woman in her fifties in a black trouser suit, with two phones and a large handbag.
# character: dara; Dara; A nail technician in her twenties in a camel coat, with perfect nails and glossy hair.
# character: tomas; Tomas; The phone-repair worker, a slight man in his thirties with tired eyes.
# character: ollie; Ollie; A boy of about fifteen in a red hoodie, with a box of chocolate bars on his knees.
# distractor: not.speaks_other_language
# distractor: not.tired_or_shy
# distractor: not.accent
# teaches: myth.well_dressed
# teaches: myth.traffickers_men
# teaches: myth.not_in_nice_places
# teaches: myth.only_underground
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Ollie is 15, so `minor: yes` and every path needs at least `hotline`; the danger path needs `emergency`.
// - Observation is three stops with one look each. Dara is a worker who is also pushed to recruit.
// - Variant 1: Ollie is chatty and Vera is stern. Variant 2: Ollie is wary, flat and a little hostile
//   (a trauma response the debrief explains), and Vera is all smiles. He discloses in pieces, never all at once.
// - The exact report action for a minor is police and child protection (`requires: police`); every act-phase
//   radio call asks the control room for exactly that (`# action: police`).
// - The pillow and blanket under the phone-repair counter stay ambiguous (`ambiguous`): a worker on a
//   long day may keep them for a nap. Asking Ollie who "we" are (`resolves`) settles it: Tomas sleeps
//   there. The storage-cupboard look shows the same indicator plainly; the walk offers one look a stop.
// - With Vera watching, "don't approach; report from out of her sight" is as good as a quiet word.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: mall_kiosk_concourse
# ambience: mall_concourse
# show: nadia:calm
Wednesday, a quarter to eleven. You are on patrol for {org_name} at Lakeview, the smartest mall in town.
Under the glass roof the concourse is bright and quiet. The fountain splashes.
Nadia, the early-shift cleaner, stops her trolley beside you.
Can I say something? It's been bugging me. # speaker: nadia
The nail bar. The girl and the phone-repair man. They're inside the shutter when I start at six. # speaker: nadia
I lock the bins at ten at night. They're still there. Every day. Sundays too. # speaker: nadia
And there's a boy. He sells chocolate on the benches. It's Wednesday. Shouldn't he be at school? # speaker: nadia
+ ["Thanks. I'll take a quiet look." # score: observe +1 # why: Taking a colleague's worry seriously and watching quietly, without showing suspicion, is how a pattern gets noticed and passed on.]
  Thank you. I didn't know who to tell. # speaker: nadia # show: nadia:relieved
+ ["The girl in the camel coat? Look at her. She's doing fine." # score: observe -1 # myth: myth.well_dressed # why: Good clothes and a confident smile tell you nothing about whether someone is free. Controllers sometimes dress people well. Look at what happens, not how people look.]
  Nice coat. Ask yourself who paid for it. # speaker: nadia # show: nadia:guarded
+ ["Have you told anyone else? The mall office, or the police?" # score: collaboration +1 # why: Asking what has already been passed on avoids two reports crossing, and treats her as a colleague. It also tells her, without saying so, that you take it seriously.]
  Just you. I didn't know who to tell. # speaker: nadia
- Nadia pushes her trolley on toward the escalator. # hide: nadia
-> kiosk

// ---------------------------------------------------------------- observe

=== kiosk ===
# phase: observe
# show: vera:calm
# show: dara:calm
# show: tomas:calm
You walk past the kiosk as if checking the fire point on the pillar. Walk slowly. Look, but don't stare.
A woman in a black suit stands in the middle of the kiosk with a phone in each hand. Nadia calls her Vera.
You can take one good look without it seeming odd.
+ [Look at the storage cupboard behind the kiosk # observe: kiosk_storage # reveals: retail.tenant_worker_lives_onsite]
  The cupboard door is open a hand's width.
  Inside: two rolled-up sleeping mats, a kettle, a bag of rice and three toothbrushes in a mug.
  Nadia says they wash at the staff sinks before the mall opens. A white van drops them at the service door at six and collects them, all together, at half past nine at night.
  The sign on the post says: Open 9 to 9, seven days. Cash only.
+ [Watch the nail bar for a minute # observe: nail_bar # reveals: retail.worker_coached_monitored]
  Dara paints a customer's nails. Her own are perfect. Gold earrings, glossy hair, a camel coat on the hook.
  The customer asks how long she has been doing nails, and whether she likes it here.
  Before Dara can answer, Vera is at her shoulder.
  Three years. She loves it. Don't you, Dara? # speaker: vera
  I love it. # speaker: dara
  The same words, the same smile. Vera stays at her shoulder until the customer leaves.
+ [Look at the phone-repair counter # observe: phone_repair # reveals: nothing # ambiguous: retail.tenant_worker_lives_onsite]
  Tomas fits a new screen to a customer's phone. They chat in a language you don't speak, and the customer laughs.
  The customer haggles over the price, pays, and gets a written receipt.
  Under the counter, by Tomas's feet, a pillow and a rolled-up blanket are stuffed into a grocery bag.
- -> concourse

=== concourse ===
# hide: vera
# hide: tomas
Twenty minutes later you drift toward the fountain and the food court. You can stop by one thing.
+ [Look at the fountain # observe: fountain # reveals: retail.recruiter_approaching_youth]
  Dara is by the fountain now, in the camel coat, with a stack of flyers.
  She stops two girls in school uniform. You two have such good hands. You could do nails. Cash every day. I'll train you. # speaker: dara
  What's your Snap? I'll add you. # speaker: dara
  One girl types her name into Dara's phone. Over at the kiosk, Vera watches them.
+ [Look at the benches by the food court # observe: benches # reveals: retail.minors_selling_begging]
  A boy of about fifteen sits on a bench with a box of chocolate bars on his knees. # show: ollie:guarded
  It is eleven on a Wednesday morning. He holds out a bar to everyone who passes.
  The box has no school name on it. Nadia says he has been here every day this week.
+ [Look at the escalator # observe: escalator # reveals: nothing]
  A man in a hi-vis vest is filming the escalator steps with his phone.
  His badge says he is from the lift company. One step has been squeaking for a week. Nothing else here.
- -> food

=== food ===
# show: vera:calm
# show: dara:calm
# show: tomas:calm
Just before twelve, Vera and her two workers walk over to the food court.
+ [Watch the food-court counter while you buy a coffee # observe: food_court # reveals: retail.not_allowed_to_buy_or_speak]
  Vera orders six of the same meal and pays from a thick roll of notes. # indicator: retail.bulk_supply_purchases # sound: till_beep
  Neither worker says a word to the server. # indicator: retail.group_led_by_one_payer
  Tomas quietly asks for a cola. Vera shakes her head. Water. She pays. He doesn't argue.
  Quick. The shutter's not down for long. # speaker: vera
+ [Glance at the service corridor door # observe: service_door # reveals: nothing]
  A delivery driver has propped the door open with a trolley of shoe boxes.
  He signs the delivery log, waves to you and wheels the boxes toward the shoe shop. Nothing else here.
+ [Get your coffee and head back]
- They carry the trays back to the kiosk. Vera leads. # hide: vera # hide: dara # hide: tomas
-> bench

// ---------------------------------------------------------------- talk

=== bench ===
# phase: talk
# requires: police
# show: ollie:guarded
On the bench by the food court, the boy with the chocolate box is still there. # indicator: retail.minors_selling_begging # discuss: He may be under 18. What changes in your response when the person could be a child?
{variant == 2: Across the concourse, Vera smiles at a customer. Every few minutes her eyes go to the bench.|Across the concourse, Vera stands with her arms folded. Every few minutes her eyes go to the bench.}
Whatever else is going on, a boy of about fifteen is selling alone on a school day.
+ [Tell him selling isn't allowed in the mall and he has to move on # score: safety -1 # score: choice -1 # why: Moving him on sends him straight back to whoever sent him, and he learns that staff are not people to talk to. A child selling in school hours needs to be passed on, not moved on.]
  -> moved_on
+ [Don't approach while she's watching. Step behind the pillar and ask the control room for police and child protection # score: safety +1 # score: report +1 # action: police # why: With the woman who may control him watching, not approaching keeps her from knowing anyone noticed, and the concern still goes where it must. The cost: he doesn't hear from anyone that he isn't in trouble.]
  -> from_pillar
+ [Walk over to the kiosk and ask Vera why the boy isn't in school # critical: confront_controller # score: safety -2 # why: Challenging the woman who may control him warns her and puts the boy at risk. Stay calm and neutral near her, and pass the concern to the people who can act.]
  -> vera_confronted
+ [Sit at the far end of the bench: "What are you selling?" # score: trust +1 # score: safety +1 # why: A relaxed opener at a distance doesn't alarm him, and gives him room to talk if he wants to. Vera sees you sit down, though, and he may pay for being seen talking.]
  -> ollie_talk

=== from_pillar ===
From behind the pillar you radio {escalation_first}: a boy of about fifteen, selling alone in school hours, watched from the nail-bar kiosk. You ask for police and {child_protection_name}.
You keep the bench and the kiosk in sight. Vera never looks your way.
-> help_late

=== ollie_talk ===
{variant == 2: Chocolate. # speaker: ollie|Chocolate! For my school. # speaker: ollie}
{variant == 2: He doesn't look at you. He looks at the kiosk.|He grins, then glances at the kiosk.}
{variant == 2: You buying or not? # speaker: ollie|It's for the football team. For kits. # speaker: ollie}
+ ["Shouldn't you be in school? Any more selling and I'll call the police on you." # critical: threaten_arrest_or_immigration # score: trust -2 # score: safety -1 # why: Threatening a child with the police teaches him that adults who could help are a danger, which is what a controller tells him too. Tell him he is not in trouble.]
  -> ollie_shut
+ ["I'll take one. Had anything to eat today?" # score: trust +2 # score: safety +1 # why: Buying a bar is an ordinary reason to be there, and asking about food puts his needs first without asking about anyone else.]
  -> ollie_open
+ ["Is that woman at the nail bar making you do this? Is she trafficking you?" # critical: labelling_question # myth: myth.ask_directly # score: trust -2 # why: A boy asked that, with the woman in view, will say no and may be punished for being seen talking. Ask gentle, open questions about his day instead.]
  -> ollie_shut
+ ["How old are you? Where do you live? Who does the money go to?" # critical: interrogate_victim # score: trust -2 # score: safety -1 # why: A string of questions about his age, home and money is an interview, and a child in his position will shut down or say what he has been told to. Police and child protection ask those questions later, safely.]
  -> ollie_shut

=== ollie_open ===
{variant == 2: He shrugs. He takes the money and doesn't answer. # show: ollie:guarded|He shrugs. # show: ollie:calm}
{variant == 2: Then, not looking at you: We eat when it's sold. # speaker: ollie|Not yet. We get lunch when the box is sold. # speaker: ollie}
He looks at the kiosk again. # show: ollie:anxious
+ [Sit quietly a bench away and let him sell # score: trust +1 # score: safety +1 # why: Staying near without pushing lets him decide whether to say more. It costs time, and Vera can see you.]
  -> ollie_more
+ ["Who's 'we'?" # resolves: retail.tenant_worker_lives_onsite # score: trust -1 # score: observe +1 # why: A small, natural question that may tell you who else is involved, but it asks him to name people he may be afraid of, with one of them watching. He closes up a little.]
  {variant == 2: The shop. # speaker: ollie|Me. Tomas. Dara. # speaker: ollie}
  {variant == 2: He tips his head at the phone-repair counter.|He glances at the phone-repair counter.}
  {variant == 2: Tomas sleeps there. Nights too, when the van doesn't come.|We all go home in the van. Tomas mostly stays, though. He sleeps under his counter.} # speaker: ollie # indicator: retail.tenant_worker_lives_onsite
  -> ollie_more

=== ollie_more ===
{variant == 2: I'm sixteen. Before you ask. # speaker: ollie|I stay at Auntie Vera's. It's a long way in the van. I don't know the road. # speaker: ollie # indicator: retail.cannot_say_where_lives}
{variant == 2: He turns a bar over and over. Then: I'm not allowed to go home till it's paid. Mom's money. # speaker: ollie|He turns a bar over and over. She's not my real auntie. # speaker: ollie}
I have to sell this lot. # speaker: ollie
-> ollie_act

=== ollie_shut ===
He stiffens. # show: ollie:anxious
{variant == 2: He says nothing at all.|I'm sixteen. I'm allowed. # speaker: ollie}
He picks up the box and walks fast back to the kiosk.
Vera meets him at the counter. She looks across at you for a long second, then smiles. # show: vera:calm
-> after_shut

=== moved_on ===
You tell him he can't sell in the mall. He doesn't argue. # show: ollie:anxious
He walks back to the kiosk. Vera takes the box, gives him a new one and points to the north entrance. # show: vera:calm
He goes. He doesn't look at you.
-> after_shut

=== vera_confronted ===
# show: vera:impatient
You walk to the kiosk. Vera puts both phones down.
The boy on the bench. Is he with you? Why isn't he in school? # speaker: officer
He's my nephew. He helps his family. Is that a crime now? # speaker: vera
Dara stops painting. Tomas stares at his screwdriver. # show: dara:anxious # show: tomas:anxious
Vera walks straight to the bench. # show: ollie:anxious
-> danger

// ---------------------------------------------------------------- act

=== ollie_act ===
# phase: act
+ [Take him by the arm to the security office, where he'll be safe # critical: detain_or_rescue # score: safety -2 # score: choice -1 # myth: myth.security_rescues # why: Grabbing him frightens him and, with the woman watching, can set off the very danger you fear. Stay calm, keep him in sight and call in police and child protection.]
  -> grabbed
+ [Buy his whole box so he can stop selling for the day, give him money for lunch, and leave it there # score: safety -1 # score: report -1 # why: Kind, but it sends him back to the woman who sent him, and nothing changes. A child selling in school hours with these signs has to be passed to police and child protection.]
  -> bought_box
+ ["I have to get some people whose job is keeping kids safe. I'll tell you what happens." Then ask the control room for police and child protection # score: choice +1 # score: report +2 # score: trust +1 # action: police # why: A concern about a child must go to police and child protection even if he would rather not. Telling him honestly, and explaining each step, keeps his trust while you do it.]
  -> help_comes
+ ["This stays between us. I won't tell anyone, I promise." # critical: promise_cannot_keep # score: trust -2 # why: A concern about a child has to be passed on, so this promise will break, and he will learn that helpers lie. Be honest that you must tell people whose job is keeping him safe.]
  -> promise_broken

=== help_comes ===
He stares at you. # show: ollie:anxious
Will Auntie Vera know? # speaker: ollie
She may find out. That's why I'm calling people whose job is keeping you safe. I'll stay right here until they come. # speaker: officer
You radio {escalation_first} quietly and ask for police and {child_protection_name}. You give the bench, the kiosk and his age as best you can guess.
You buy him a juice and a sandwich and sit a bench away, where you can see him and the kiosk.
Twenty minutes later, a police officer and a child-protection worker walk up. They sit down beside Ollie and talk to him gently. # show: ollie:calm
At the kiosk, Vera makes a phone call, then pulls the shutter down. It is the first time in months anyone has seen it closed in the daytime.
-> dara_beat ->
# ending: help_came; Help came for Ollie
Ollie leaves with the child-protection worker. He carries the juice. He leaves the chocolate.
-> file_report(-> epilogue_help)

=== dara_beat ===
Dara comes out by the side of the shutter. Her coat is perfect. Her hands are shaking. # show: dara:guarded
Vera bought me this coat. The nails, the phone. Everything. # speaker: dara # indicator: retail.older_companion_gifts
It all goes on what I owe. So does every girl I bring in. # speaker: dara
She says she'll call immigration on me. I'm fine. Don't write my name. # speaker: dara
You tell her plainly what {hotline_name} is{hotline_not_police:, and that it is not the police}{hotline_consent_based:, and that they work with an adult's consent}, and leave a card on the bench. She doesn't pick it up while you are looking. # hide: dara
->->

=== promise_broken ===
He breathes out. For a moment he looks his age. # show: ollie:calm
Then you radio {escalation_first} for police and child protection, as you must. He hears the words. # show: ollie:anxious
You said. # speaker: ollie
He grabs the box and runs back to the kiosk.
-> help_late

=== bought_box ===
You buy the whole box. He counts the money twice. # show: ollie:calm
Thanks. # speaker: ollie
He runs to the kiosk and hands Vera the cash. She counts it, gives him a fresh box and points him to the north entrance.
By two o'clock he is back on a bench, holding out chocolate bars to people walking past.
# ending: another_box; Another box to sell
Nobody outside the kiosk knows where he sleeps tonight.
-> file_report(-> epilogue_box)

=== grabbed ===
You take his arm and stand him up. The chocolate box hits the floor. # show: ollie:anxious
Get off me! # speaker: ollie
He twists free and runs straight to the kiosk. Vera is already walking to meet him. # show: vera:impatient
-> danger

=== after_shut ===
# phase: act
+ [Let it go. He says he's sixteen, and it isn't your business # score: safety -2 # score: report -1 # why: A child's word that he is old enough is not a reason to stop. A concern about a possible minor always goes to police and child protection, who can check safely.]
  -> went_back
+ [Call it in anyway: police and child protection # score: report +2 # score: safety +1 # action: police # why: Even when the boy won't talk, a child selling in school hours with these signs must be passed to police and child protection. Keep watching from a distance.]
  -> help_late

=== help_late ===
# phase: act
You keep your distance and keep the boy in sight. # show: ollie:guarded
Half an hour later, a police officer and a child-protection worker arrive. By then the boy is inside the kiosk, behind the counter, and Vera is doing the talking. # show: vera:calm
He's my nephew. He's off school sick. # speaker: vera
The police officer asks to speak to the boy alone. Vera says no. They talk for a long time.
-> dara_beat ->
# ending: help_late; Police came, later
In the end the boy leaves with the child-protection worker, head down, without looking at anyone.
-> file_report(-> epilogue_late)

=== went_back ===
At half past nine, the white van pulls up at the service door. # show: vera:calm
Vera, Dara, Tomas and the boy climb in, all together. The shutter comes down. # hide: vera # hide: ollie
# ending: went_back; He went back to the kiosk
Tomorrow at six, Nadia will find them at the staff sinks again.
-> file_report(-> epilogue_back)

=== danger ===
# phase: act
# requires: emergency
Vera takes the boy by the wrist and pulls him up off the bench. The chocolate box spills. # show: vera:impatient
Auntie, wait, I sold nearly... # speaker: ollie
She pulls him toward the service corridor door. He is pulling back. She doesn't let go.
+ [Run to the service door and block it so she can't take him out # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: A struggle in a doorway can hurt the boy and you, and can make her more dangerous. Call the emergency number, stay back and watch.]
  -> blocked
+ [Call {emergency_number}. Stay back and watch # score: safety +3 # score: report +2 # action: emergency # why: A child is being pulled away against his will right now. That is an emergency: call first, stay back, and be the best witness you can.]
  -> called_emergency
+ [Shout across the concourse for her to let him go # score: safety -1 # score: report -1 # why: It may make her hesitate, but it can just as easily make her hurry, and it is not a call for help: nobody who can stop the van knows yet. Call the emergency number first.]
  -> shouted
+ [Radio {escalation_first} and wait to be told what to do # critical: no_emergency_call # score: safety -2 # why: When a child is being taken away by force right now, the emergency call comes first. Tell your supervisor straight after.]
  -> radioed

=== called_emergency ===
You call {emergency_number}. You give the mall, the service corridor and what you can see.
You follow at a distance and stop at the door. Down the corridor, Vera is pushing the boy toward the loading bay.
You stay on the line and tell the call taker everything: the white van, the direction, her black suit.
Two police cars reach the loading bay before the van can leave. # show: ollie:anxious
The boy sits on a curb with a police officer. A child-protection worker arrives soon after. You are not part of that conversation.
# ending: emergency; Stopped at the loading bay
Nadia brings you a cup of coffee. Her hands are shaking more than yours.
-> file_report(-> epilogue_emergency)

=== shouted ===
Let him go! # speaker: officer
Vera glances back, then walks faster. The service door swings shut behind them. # hide: vera # hide: ollie
You call {emergency_number} as you run. By the time police reach the loading bay, the van has gone.
# ending: taken; Gone before help came
You have the color of the van and half the plate.
-> file_report(-> epilogue_taken)

=== blocked ===
You run ahead and plant yourself in front of the service door.
Vera stops. Then she turns and walks the boy out through the main doors instead. He is crying. # hide: vera # hide: ollie
By the time you call {emergency_number}, the white van has gone from the car park.
# ending: taken; Gone before help came
You have the color of the van. You did not see the plate.
-> file_report(-> epilogue_taken)

=== radioed ===
You key your radio. It takes {escalation_first} a few seconds to answer.
The first thing you hear back is: call {emergency_number}, now.
By the time you dial, the service door has swung shut behind them. # hide: vera # hide: ollie
# ending: taken; Gone before help came
When the police arrive, the loading bay is empty.
-> file_report(-> epilogue_taken)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_help ===
A week later, the kiosk is still closed. A notice on the shutter says "Closed for refurbishment".
Nadia says she hasn't seen the van since.
-> aftermath

=== epilogue_late ===
The next day, the kiosk opens at nine as usual. Dara is at the nail bar. The card is no longer on the bench.
-> aftermath

=== epilogue_box ===
Three days later, a different boy is selling chocolate by the north entrance.
-> aftermath

=== epilogue_back ===
On Friday, the boy is back on the bench at eleven.
-> aftermath

=== epilogue_emergency ===
Later, your supervisor tells you that labour inspectors will visit the kiosk with the police. You don't hear more. That is normal.
-> aftermath

=== epilogue_taken ===
The kiosk doesn't open the next morning. Nobody knows where the van went.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to the police. An officer rings the next day to check the times with you.
- report_action == "police":
  Later that week, {escalation_first} says your report has reached police, child protection and {hotline_name}. Nobody tells you more; that is normal.
- report_action == "hotline":
  At handover, {escalation_first} reads your report. It went to {hotline_name}, but with a young person involved, police and {child_protection_name} needed it straight away.
- report_action == "supervisor":
  {escalation_first} reads your report at the end of the shift. For a child, that is not enough on its own: police and child protection should have been told the same day.
- report_action == "log":
  Your report goes into the mall's incident log. For a child, that is not enough: nobody outside the mall has been told.
- else:
  Nothing about the boy goes into the log. By next week, the details are fading.
}
{variant == 2: At handover, Nadia asks why the boy was so rude to you. Flat, short or hostile answers are common in young people who have been told adults can't be trusted. They say nothing about whether he needed help.}
Your shift ends at six.
-> END
