# grammar: 1
# id: store.sales_crew
# title: Saturday shift: the crew in the car park
# setting: store
# summary: A crew of young sellers works the store car park with magazine subscriptions and cleaning spray. One of them comes in to charge her phone.
# minutes: 12
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: This story is about a crew of young adults selling door to door, and a crew boss who keeps their IDs and their pay. It touches on debt, long hours and fear of being left with nothing. No violence is shown. You can step out at any time.
# focus: A legal job with signs of control: what is the store's business, what is hers to decide, and who should hear about it
# character: ren; Ren; The store's loss-prevention lead, a woman in her fifties with short gray hair and a radio on her belt. Your colleague today.
# character: kayla; Kayla; A young woman of nineteen in a yellow sales lanyard and sneakers worn through at the toe, with a dead phone.
# character: brandon; Brandon; A young man of about twenty-one in a blue polo shirt, the crew's top seller, friendly and quick.
# character: dean; Dean; A man in his thirties with a clipboard, who drives the crew's white van.
# distractor: not.young_couple
# distractor: not.cheap_clothes
# distractor: not.any_tattoo
# teaches: myth.only_foreigners
# teaches: myth.initial_consent
# teaches: myth.would_ask_for_help

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Selling subscriptions door to door, or in a car park, is legal. The store's no-soliciting rule is
//   the store's business; it is not a sign of anything. What matters is the control: Dean keeps the
//   IDs and the pay, sets a quota, books the motels and decides who eats.
// - The crew are US citizens and adults. Kayla signed up willingly, and that does not settle it.
// - The bags in the van on the camera footage stay ambiguous (`ambiguous`): plenty of crews on the road
//   camp or carry their bedding. Asking where they stay tonight (`resolves`) settles it: Kayla can't name
//   the motel, and Dean books them.
// - Brandon defends Dean and answers for Kayla. He is not "the boss": he may be under the same control.
// - Variant 1: Dean waits in the van with a clipboard. Kayla says a little and asks the officer to do
//   nothing: she is an adult in no immediate danger, so telling the control room, who decide with the
//   officer whether to refer, is the exact report (a middle rung). Calling police overrides her.
// - Variant 2: Dean dropped the crew at noon and will be back at nine; no controller is on the lot.
//   Kayla asks, in her own time, about the number on the restroom door: the hotline, with her, is the
//   exact report.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: store_checkout
# ambience: store_checkout
# show: ren:calm
Four ten on a Saturday afternoon. The store is busy and the car park is full.
You are on the day shift for {org_name}.
Ren meets you at the customer-service counter.
We've got a sales crew on the lot again. Five or six kids, magazine subscriptions and some cleaning spray. # speaker: ren
A white van dropped them off at noon. Store policy says no soliciting on the property, and two customers have complained. # speaker: ren
+ ["Selling isn't a crime. Let me watch them first." # score: observe +1 # score: choice +1 # why: The selling itself is legal. Looking before acting keeps the crew where you can see them, and costs only a few more complaints.]
  Fine. Half an hour. # speaker: ren
+ ["I'll note the van and the times, and keep an eye on the lot." # score: observe +1 # score: document +1 # why: Notes made as things happen are what any report is built from, and nobody is tipped off.]
  Works for me. # speaker: ren
+ ["Policy's policy. I'll go and tell them to pack up." # score: observe -1 # score: safety -1 # why: Moving them on is within store policy, but it sends the crew to the next lot before anyone has looked, and whoever runs them learns that this store watches.]
  Ren shrugs. # show: ren:guarded
  Give it a minute. One of them's coming in. # speaker: ren
+ ["Those crews are scams. Get the police to clear them off." # score: observe -1 # score: collaboration -1 # why: Selling subscriptions is not a crime. Calling police over a sales pitch treats the crew as criminals, and the people who may be used are the ones police would meet first.]
  For a sales pitch? They'd laugh at us. # speaker: ren # show: ren:guarded
- You note the time: four twelve. # requires: log
  -> floor

// ---------------------------------------------------------------- observe

=== floor ===
# phase: observe
# hide: ren
You take a slow walk along the front of the store.
- (around)
* [Look out at the car park through the front window # observe: car_park_window # reveals: retail.watcher_outside]
  {
  - variant == 2:
    The sellers work the rows of cars in pairs. A young man in a blue polo stands by the cart corral with his phone out.
    Every time a seller comes back from a car, he checks the time and taps something in. Nobody stops for more than a minute.
  - else:
    A white passenger van sits in the pick-up bay with its engine running. The man in the driver's seat has a clipboard on the wheel.
    Every time a seller comes back from a car, he looks up and writes something down.
  }
  -> around
* [Ask at the tills # observe: tills # reveals: retail.group_led_by_one_payer]
  The cashier on register one remembers them.
  Five of them came through at noon. One paid for everybody's sandwiches out of an envelope of cash. Nobody picked their own.
  A girl asked for a bottle of water and he said there's water in the van. Then: hurry up, we're on the clock.
  -> around
* [Look at the restroom corridor # observe: restroom_corridor # reveals: nothing]
  A parent waits outside the restroom with a stroller. The small hotline sticker by the door is clean and whole.
  -> around
* [Look at the gift-card stand # observe: gift_cards # reveals: nothing]
  A grandfather and a boy of about ten are choosing a gaming gift card, arguing cheerfully about which one.
  -> around
* [Look up at the CCTV dome # observe: cctv_dome # reveals: nothing # ambiguous: retail.cannot_say_where_lives]
  The camera covers the doors and the first rows of the lot. Ren says footage is kept for thirty days.
  She scrolls back to noon for you: the crew climbing out of a white passenger van. Through its back window, duffel bags and rolled sleeping bags are stacked to the roof.
  -> around
+ [Go back to the customer-service counter]
- -> first_talk

// ---------------------------------------------------------------- talk

=== first_talk ===
# phase: talk
# show: kayla:anxious
A young woman in a yellow sales lanyard comes in from the lot and stops at the counter. Her sneakers are worn through at the toe.
Is there, like, an outlet? My phone's dead. # speaker: kayla
+ ["Sure, there's one by the bench. Long day?" # score: trust +1 # why: Ordinary help and an easy question. It asks nothing she has to guard against.]
  -> long_day
+ [Point her to the outlet by the bench and leave it at that # score: trust +1 # score: choice +1 # why: Meeting the need and nothing more leaves it to her whether to talk. It may also mean she never does.]
  -> outlet_only
+ ["Are you with the crew outside? You know you can't sell on our lot." # score: trust -1 # why: Opening with the store's rule makes you one more person telling her what she can't do. It is true, and it is not what matters here.]
  -> policy_first
+ ["Is somebody making you do this? Are they even paying you?" # critical: labelling_question # score: trust -2 # why: A question that labels her situation gets a no and closes the door. She has every reason not to say yes to a stranger in uniform.]
  -> labelled

=== labelled ===
Kayla laughs, too loud. # show: kayla:guarded
What? No. It's a job. I'm working my way through college. # speaker: kayla
-> pitch

=== policy_first ===
Sorry. I'm just charging my phone. We'll move. # speaker: kayla # show: kayla:guarded
-> pitch

=== long_day ===
Since ten. It's fine. # speaker: kayla
-> pitch

=== outlet_only ===
She sits on the bench and plugs the phone in, and holds it in both hands while it wakes up.
Thanks. # speaker: kayla
-> pitch

=== pitch ===
# show: kayla:guarded
She sits on the bench by the outlet and watches the phone light up.
Top sellers get a trip at the end of the season. I was top seller in Tulsa. # speaker: kayla
She says it like something she has said a hundred times. Then she looks out of the window.
What town is this, even? # speaker: kayla # indicator: retail.discreet_help_seeking
+ ["Millbrook. You're a long way from Tulsa." # score: trust +1 # why: A plain answer to a plain question. It keeps things easy, and leaves the next step to her.]
  -> where_staying
+ ["Where are you all staying tonight?" # resolves: retail.cannot_say_where_lives # score: observe +1 # why: A gentle question about something that matters. It is more direct, and she may feel checked up on.]
  -> where_staying
+ ["That trip's not real, you know. How much of the money do you actually keep?" # critical: interrogate_victim # score: trust -2 # why: Pressing her about her pay is questioning her about what may be done to her. It is not your job, and it makes her defend the crew.]
  -> pay_pressed

=== pay_pressed ===
Kayla's face closes. # show: kayla:anxious
Enough. # speaker: kayla
-> brandon_in

=== where_staying ===
A motel. I don't know which one. We move every week. Dean books them. # speaker: kayla # indicator: retail.cannot_say_where_lives
Dean has the money. We get ten a day for food. # speaker: kayla # indicator: retail.not_allowed_to_buy_or_speak
I have to make four hundred today, or I sit out tomorrow. Sitting out means no food money. # speaker: kayla
-> brandon_in

=== brandon_in ===
# show: brandon:impatient
A young man in a blue polo comes in through the doors and walks straight to the bench.
Kay. You're done charging. # speaker: brandon
He stands close. When you say something, he answers before she can. # indicator: retail.worker_coached_monitored
She's fine. We're a team. Dean's the best thing that ever happened to any of us. # speaker: brandon
He holds the IDs so nobody loses them at the motels. You wouldn't get it. # speaker: brandon
Kayla nods along. Bright Futures is a great opportunity, she says, to nobody in particular. # discuss: Brandon defends the man who holds his ID. What might that tell you, and what doesn't it?
+ ["Why does Dean hold all your IDs? Wouldn't you rather keep your own?" # score: safety -2 # score: trust -1 # why: A fair question, asked in front of someone who reports back. Now the crew knows you are looking at Dean, and Kayla is the one who was talking to you.]
  -> brandon_bristles
+ ["Her phone's got ten more minutes if she wants them. The outlet's free." # score: safety +1 # score: choice +1 # why: Nothing Brandon can report back, and Kayla gets to decide whether to stay a little longer.]
  -> brandon_out
+ ["Sounds like a good outfit. Good luck out there." # score: safety +1 # why: Friendly and unremarkable, which keeps Kayla safe. It also tells her you have nothing more to say.]
  -> brandon_out
+ ["Brandon, give her a minute. She's talking to me." # score: safety -1 # score: collaboration -1 # why: Ordering him off makes Kayla the reason for a scene, and a scene is what gets reported back.]
  -> brandon_bristles

=== brandon_bristles ===
# show: brandon:impatient
Brandon looks at you a second too long.
We're good here. Come on, Kay. # speaker: brandon
{
- variant == 2:
  His phone rings. He looks at the screen and steps outside to take it. Kayla stays on the bench.
- else:
  Outside, the van honks twice. Brandon goes. Kayla unplugs her phone, slowly.
}
-> alone

=== brandon_out ===
Brandon shrugs.
Five minutes. # speaker: brandon # show: brandon:calm
{
- variant == 2:
  He goes back out to the lot. Through the window you see him at the cart corral, on his phone.
  Dean dropped us at noon. He's back at nine. # speaker: kayla
- else:
  Outside, the van honks twice. Brandon lifts a hand to it and goes.
}
-> alone

=== alone ===
# hide: brandon
# show: kayla:guarded
For a minute it is just the two of you and the phone charging. # discuss: Kayla is alone for a minute. What could you offer her, and what would be too much?
+ ["Can you leave if you want to?" # score: trust +1 # score: observe +1 # why: A safety question, not a label: it asks about her, not about Dean. It is direct, and she may not be ready for it.]
  -> asked_leave
+ ["The number on the restroom door is free. Your call, any time." # score: choice +2 # score: trust +1 # why: A resource with no strings, and the choice left with her. She may not use it today, and that is allowed.]
  -> offered_number
+ ["You need to get away from him, today. Stay right here with me in the store, and I'll call the police to come and sort this out." # critical: detain_or_rescue # score: choice -2 # myth: myth.security_rescues # why: Deciding for an adult who is in no immediate danger is a rescue she did not ask for. If police come to the van, Dean learns who talked.]
  -> rescue_offer

=== rescue_offer ===
Kayla stands up so fast the charger comes out of the wall. # show: kayla:anxious
No. No police. He says they'd arrest us for selling without a permit. # speaker: kayla
Please don't do anything. # speaker: kayla
She goes back out to the lot. # hide: kayla
-> act

=== asked_leave ===
Leave to where? # speaker: kayla
Dean has my ID. And my pay's on the books till the end of the season. He says I owe him for the motels and the van. # speaker: kayla
My mom thinks I'm doing great. I told her I'm doing great. # speaker: kayla
-> kayla_decides

=== offered_number ===
Kayla looks toward the restroom corridor, then back at the phone.
I signed up for this. Nobody made me. # speaker: kayla
It's just, Dean has my ID. And I kind of owe him for the motels. # speaker: kayla
-> kayla_decides

=== kayla_decides ===
{
- variant == 2:
  She looks at the doors for a long moment.
  He's not back till nine. # speaker: kayla
  Is that number real? Would they make me talk to the police? # speaker: kayla # show: kayla:anxious
- else:
  The van honks again. She unplugs the phone.
  Don't do anything, OK? He'll know it was me. He'll leave me at the next motel with nothing. # speaker: kayla # show: kayla:anxious
  She goes back out to the lot. # hide: kayla
}
-> act

// ---------------------------------------------------------------- act

=== act ===
# phase: act
# show: ren:calm
Ren comes over from the service counter.
{
- variant == 2 && kayla_decides:
  Kayla is still on the bench, the phone in her lap.
  So? # speaker: ren # discuss: Kayla has asked about the number. What does she need from you now, and whose call is it?
  -> act_asked
- else:
  So? Do I tell them to pack up? # speaker: ren # discuss: Kayla asked you to do nothing. What can you still do, and who should decide what happens next?
  -> act_declined
}

=== act_declined ===
# requires: supervisor
+ ["Not yet." Radio {escalation_first} with the van, the plate and what she told you # score: collaboration +1 # score: report +2 # action: supervisor # why: An adult who asked you not to act, and a cluster of signs that someone should weigh: the control room hears it now and decides with you, per policy, whether it goes to the hotline.]
  -> told_control
+ [Ask Ren to move them off the lot now, per policy # score: observe -1 # score: safety -1 # why: The crew goes to the next lot, Kayla pays for the short day, and nobody who can help has heard a thing.]
  -> moved_on
+ [Call {hotline_name} yourself, right now, with everything she told you # score: collaboration -1 # score: choice -1 # action: hotline # why: The hotline may be where this ends up, but she asked you not to act, and your post orders put that decision with the control room.]
  -> called_hotline_alone
+ [Call the police: holding someone's ID like that has to be a crime # score: choice -2 # action: police # why: Kayla is an adult in no immediate danger who asked you not to. Police at the van tell Dean exactly who talked.]
  -> called_police
+ {variant == 1} [Walk out to the van and tell Dean to give the crew their IDs back # critical: confront_controller # score: safety -2 # why: Challenging the man in control puts the crew, and Kayla most of all, between you and him. Observe, document, report.]
  -> confronted

=== act_asked ===
# requires: hotline
+ [Offer her the back office to call {hotline_name}, and tell {escalation_first} on the way # score: trust +2 # score: choice +1 # score: report +2 # action: hotline # why: She asked. The control room knows, the call is hers, and she has a door that shuts while she makes it.]
  -> hotline_together
+ ["I'll pass it to my control room. They'll decide." Then radio {escalation_first} # score: choice -1 # action: supervisor # why: The control room has to know, but Kayla asked for the number now, and Dean is back at nine. Handing her choice to someone else makes her wait for it.]
  -> control_only
+ [Call the police for her; it's the safest thing to do # score: choice -2 # score: trust -1 # action: police # why: She asked about a hotline and told you she is afraid of police. An adult in no immediate danger decides that for herself.]
  -> called_police
+ [Go out to the lot and tell Brandon, nicely, that Kayla is staying in here with you for a while and he shouldn't wait for her # score: safety -2 # score: trust -1 # why: Brandon reports to Dean. Telling him puts Kayla on the wrong side of the crew before she has decided anything.]
  -> brandon_told

// ---------------------------------------------------------------- act outcomes

=== told_control ===
You keep it short: a sales crew, {variant == 2: a white van that dropped them at noon and comes back at nine|a white van in the pick-up bay, and its plate}. The boss holds their IDs and their pay, sets a quota, books the motels. One seller, an adult, asked you not to act.
{escalation_first} takes the details and says they will weigh a referral to {hotline_name} with the duty manager, and to keep watching.
At nine the van loads up and pulls out. Kayla is in the back row. She doesn't look at the store. # hide: ren
# ending: control_room; The control room had it, and Kayla kept her choice
-> file_report(-> epilogue)

=== moved_on ===
Ren walks out to the van. Ten minutes later the crew climbs in and the van pulls out of the lot. # hide: ren
You did not get the plate.
# ending: moved_on; The crew was moved on to the next lot
-> file_report(-> epilogue)

=== called_hotline_alone ===
You call {hotline_name} from the stock room and tell them what you saw and what Kayla said.
When you come back, {escalation_first} is on the radio asking why they heard about it second.
At nine the van loads up and pulls out. # hide: ren
# ending: hotline_alone; The hotline heard it, but not through the control room
-> file_report(-> epilogue)

=== called_police ===
{
- variant == 2 && kayla_decides:
  Kayla hears you ask for police. She takes her phone and walks out before you have finished. # hide: kayla
- else:
  A patrol car comes by forty minutes later and talks to Dean at the van. Dean shows a business license and a clipboard of receipts.
}
The crew is gone from the lot before six. # hide: ren
# ending: police_called; Police came, and the crew left
-> file_report(-> epilogue)

=== hotline_together ===
# show: kayla:guarded
In the back office Ren shuts the door and goes to stand outside it.
Kayla puts the call on speaker. She says her name, then nothing for a while. The person on the line waits.
{hotline_not_police: They tell her they are not the police.} She asks whether they can help with an ID. They talk about options. She writes a number on her hand.
# ending: hotline_with_her; Kayla called the hotline herself
-> brandon_looks

=== control_only ===
You radio {escalation_first}. They take the details and say they will talk to the duty manager about a referral.
Kayla listens, then unplugs her phone.
I'll think about it. # speaker: kayla # show: kayla:guarded
She goes back out to the lot. # hide: kayla
# ending: control_room; The control room had it, and Kayla kept her choice
-> file_report(-> epilogue)

=== brandon_told ===
Brandon comes in at once. # show: brandon:impatient
Kay. Now. # speaker: brandon
Kayla goes with him without looking at you. # hide: kayla # hide: brandon
# ending: back_to_crew; Kayla went back to the crew
-> file_report(-> epilogue)

=== brandon_looks ===
Ten minutes later Brandon comes in looking for her. # show: brandon:impatient
Where's Kay? # speaker: brandon
+ [Let Ren answer: "Restroom, I think." Stay by the service counter # score: safety +2 # why: True enough, dull, and it keeps the office door out of it. Kayla gets to finish her call.]
  Brandon waits by the doors, then goes back out to the lot. # hide: brandon
  -> hotline_end
+ ["She's in the back office, with people who can get her home." # score: safety -2 # score: trust -2 # why: What Kayla is doing is hers to tell, when she chooses. Said to Brandon, it goes straight to Dean.]
  Brandon is on his phone before he reaches the doors. # hide: brandon
  -> hotline_end

=== hotline_end ===
When Kayla comes out of the office, her eyes are red and the number is still on her hand.
She has a plan for the evening, and it is her plan. You don't ask what it is.
-> file_report(-> epilogue)

=== confronted ===
# show: dean:impatient
You walk out to the van. Dean rolls the window down halfway.
We've got a license, officer. You want to talk about IDs, talk to my lawyer. # speaker: dean
He leans on the horn. Everybody in. Now. # speaker: dean
The crew comes running. Kayla hangs back by the cart corral. Dean gets out, takes her by the arm and pushes her in through the side door. # show: kayla:anxious
# requires: emergency
-> danger

=== danger ===
The van's side door slides shut.
+ [Move clear of the van and phone {emergency_number}, reading out the plate # score: safety +3 # score: report +2 # action: emergency # why: Someone being forced into a vehicle is immediate danger. Distance keeps you safe, and the plate is what police will need.]
  -> called_emergency
+ [Stand behind the van so it can't back out # critical: detain_or_rescue # score: safety -3 # why: Standing behind a van that wants to leave can get you run over, and it does not help Kayla. Call, step back, and be the witness.]
  -> van_gone
+ [Radio {escalation_first} and ask what they want you to do # critical: no_emergency_call # score: safety -2 # why: A person being forced into a van right now needs the emergency number first. The control room comes straight after.]
  -> van_gone
+ [Shout across the lot to Kayla that she doesn't have to get in, and that you will help her # score: safety -2 # score: trust -1 # why: Shouting makes her choose in front of Dean, and tells him to hurry. It brings help no closer.]
  -> van_gone

=== called_emergency ===
You call {emergency_number} and read out the plate as the van pulls out of the pick-up bay.
# ending: emergency; The emergency number was called, with the plate
A patrol car stops the van two miles down the road. You hear that much, and nothing else. # hide: kayla # hide: dean
-> file_report(-> epilogue)

=== van_gone ===
The van swings out of the pick-up bay and is gone. You have the color, and half the plate. # hide: kayla # hide: dean
# ending: van_left; The van left with the crew
-> file_report(-> epilogue)

// ---------------------------------------------------------------- epilogue (after the report)

=== epilogue ===
{
- report_action == "emergency":
  Your report goes to police. An officer calls the next day to go over the times with you.
- report_action == "police":
  {escalation_first} reads your report. Police went to the crew. {variant == 2: Kayla had asked about the number on the restroom door, and told you she is afraid of police.|Kayla had asked you not to act, and she is an adult who was in no immediate danger.}
- report_action == "hotline":
  {escalation_first} reads your report and confirms it went to {hotline_name}.
- report_action == "supervisor":
  {escalation_first} reads your report and talks it through with the duty manager.
- report_action == "log":
  Your report goes into the shift log. Nobody outside the store reads it tonight.
- else:
  Nothing about today goes into the log.
}
Ren asks whether the no-soliciting sign by the doors could have the hotline number under it. You say you'll ask.
Your shift ends at six.
-> END
