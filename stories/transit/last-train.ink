# grammar: 1
# id: transit.last_train
# title: Last train: Platform 2
# setting: transit
# summary: A worried passenger texts about a man with a little girl in pyjamas, and a group of workers where one man holds all the tickets. The last train leaves in seventeen minutes. Find out what is really going on.
# minutes: 10
# situation: none
# minor: no
# variants: 2
# content_note: A calm night on a rail platform. Nobody in this story is being exploited. It is about checking a concern fairly and treating ordinary travellers with respect.
# focus: Checking a concern calmly, and not treating ordinary people as suspects
# character: ray; Ray; The control-room operator, on the radio. He watches the station cameras.
# character: sam; Sam; A father in his thirties in a navy jacket, with a small holdall.
# character: ivy; Ivy; His daughter, about six, in a yellow raincoat over pink pyjama trousers.
# character: tomas; Tomas; A man in his twenties in an orange hi-vis top and dusty work boots, part of a work crew.
# distractor: not.late_arrival
# distractor: not.speaks_other_language
# distractor: not.travels_light_short_stay
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Nothing is wrong here. There are no indicator tags on purpose. Every "sign" has an
//   ordinary explanation the officer can find by looking, or by a friendly question.
// - The right report is "nothing to report". Over-reacting costs points (culture, trust,
//   safety); blocking the father and threatening the crew with immigration are critical errors,
//   because they are wrong whatever the situation.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: rail_platform
# ambience: rail_platform
Twenty-five to midnight. The sky above Eastgate station is a deep, clear blue.
You are on the late shift for {org_name}, covering the platforms until the last train.
The last commuters have mostly gone home. A cleaner pushes a cart along the footbridge above.
Your radio clicks. It's Ray in the control room.
A passenger just texted the report line. # speaker: ray
"Man on platform 2 with a little girl in pyjamas. She looks upset. He's rushing her." # speaker: ray
Same texter says there's a group of men in work gear by the shelter, and one of them is holding all their tickets. Thought it looked like a gang-boss thing. # speaker: ray
Last train's the 11:52. Can you have a look? # speaker: ray
+ ["On my way. I'll see what's actually going on before I decide anything." # score: observe +1 # score: collaboration +1 # why: A report is a good reason to look, not a conclusion. Looking first keeps you fair to everyone on that platform.]
  Thanks. I'll keep camera 4 on the stairs. # speaker: ray
+ ["Call the police now. Have them meet the train at the other end." # score: culture -1 # score: collaboration -1 # myth: myth.one_flag_or_nationality # why: One text, with nobody having looked yet, is not enough to send police after a family. Check calmly first; call for help when what you see calls for it.]
  For one text? Let's at least have a look first. # speaker: ray
+ ["A man on his own with a little girl at this time of night? That's a red flag." # score: culture -1 # score: observe -1 # myth: myth.one_flag_or_nationality # why: Single dads travel with tired children every night. One detail is not a sign of anything. Look for what people actually do.]
  Could be. Could be a dad. Have a look and tell me. # speaker: ray
- You head for the stairs down to platform 2. # requires: none
  A text like this is a reason to look. What you find will tell you what, if anything, to do.
  -> stairs

// ---------------------------------------------------------------- observe

=== stairs ===
# phase: observe
At the foot of the stairs, you stop for a moment to take in the platform.
+ [Look up at the CCTV camera # observe: cctv # reveals: nothing]
  The camera on the canopy points at the stairs. You wave at it.
  I see you. I watched them come down, too. # speaker: ray
  He carried her down half asleep. She had her arms round his neck the whole way. # speaker: ray
+ [Check the help point # observe: help_point # reveals: nothing]
  You press the test button. The help point chirps and the little light goes green.
  Next to it, a poster for {hotline_name} is clean and in one piece.
  Everything works. Nothing else here.
+ [Look at the ticket machine # observe: ticket_machine # reveals: nothing]
  A yellow sticker on the ticket machine catches your eye.
  "Travelling in a group? Three or more on one booking: save 30%. Book in the app."
  Nothing else here.
+ [Walk out onto the platform]
- -> platform

=== platform ===
# show: sam:calm
# show: ivy:calm
The last train waits at the platform with its doors shut and its lights on.
A man in a navy jacket stands by the bench with a little girl. She wears a yellow raincoat over pink pyjama trousers.
{variant == 2: She is hopping from foot to foot and giggling, far too tired to stand still.|She is crying in a tired, grumpy way, and pulling at his sleeve.}
By the shelter, five men in orange hi-vis and dusty boots are laughing at something on a phone. # show: tomas:calm
You can stop by one thing on your way along without it looking odd.
+ [Look at the things on the bench # observe: bench # reveals: nothing]
  A small holdall, a folded child's jumper and a soft toy rabbit.
  A sticker on the holdall says "I'm a big sister!" in glitter. A hospital car-park ticket pokes out of the side pocket.
  Nothing else here.
+ [Look at the men by the shelter # observe: shelter # reveals: nothing]
  They are in their twenties and thirties, with work backpacks and lunchboxes. One has a plaster on his thumb.
  They switch between English and another language, teasing each other in both.
  One of them holds up his phone with five tickets on the screen and calls out seat numbers. The others boo him.
  Nothing else here.
+ [Look at the vending machine # observe: vending_machine # reveals: nothing]
  One of the workers taps his own bank card on the vending machine and buys three cans.
  He throws one to the man holding the phone, who says: I owe you one. # speaker: tomas
  Nothing else here.
+ [Keep walking]
- -> dad

// ---------------------------------------------------------------- talk

=== dad ===
# phase: talk
You reach the bench. The man looks up. He looks exhausted. # discuss: A crying child and a tired adult near midnight: what ordinary explanations are there, and what would you need to see before it became a concern?
{variant == 2: The girl sees your uniform and hides behind his legs, peeping out.|The girl sees your uniform and stops crying for a second, mouth open.}
+ ["Evening. The 11:52 is this one, doors open in a few minutes. Long day?" # score: trust +2 # score: safety +1 # why: A friendly, ordinary hello, the same one you would give anyone, keeps a tired child and her dad at ease and lets them tell you their story without feeling suspected.]
  -> chat
+ ["Evening, sir. Is she yours? Can I see some ID for her, please?" # score: trust -2 # score: culture -1 # why: Asking a father to prove his child is his, on one vague text, treats him as a suspect. A friendly hello would have told you far more, and you have no power to demand ID here.]
  -> id_demand
+ [Crouch down to the girl. "Sweetheart, is this man really your daddy? Is he being nasty to you?" # score: trust -2 # score: safety -1 # why: Asking a small child, in front of her dad, if he is a bad man frightens her and insults him. Nothing you have seen suggests harm.]
  -> scared_child

=== chat ===
The longest. Her mum had the baby this afternoon. # speaker: sam # show: sam:relieved
We've been at the hospital since six this morning. The nurses let her change into her pyjamas in the family room. # speaker: sam
It's a boy. He's very small and he's called Theo. # speaker: ivy # show: ivy:relieved
He's got no hair. None at all. # speaker: ivy
{variant == 2: And I held him! # speaker: ivy|I want Mummy. # speaker: ivy}
Mummy's staying one more night, and we'll bring her home tomorrow. # speaker: sam
Grandma's meeting us at Eastmoor. My car's in the garage, or we'd have driven. # speaker: sam
Sorry if we looked a state coming down the stairs. I had her, the bag and a rabbit, and I thought we'd missed it. # speaker: sam
So that was the "rushing". A tired dad, afraid of missing the last train.
Congratulations. Get some sleep, both of you. # speaker: officer
The girl yawns so hard she nearly falls over. He scoops her up.
-> crew

=== id_demand ===
The man stares at you. # show: sam:guarded
Seriously? I'm her dad. # speaker: sam
He holds up his phone. A photo of a tired woman in a hospital bed, a tiny baby, and this girl grinning beside them.
Her mum had a baby this afternoon. We've been at the hospital all day. # speaker: sam
Is this because I'm a man on my own with her? # speaker: sam
The girl starts to cry properly now, her face pressed into his jacket. # show: ivy:anxious
You say sorry. He nods, but he doesn't look at you again.
-> crew

=== scared_child ===
The girl bursts into tears and grabs her dad round the leg. # show: ivy:anxious
What is wrong with you? # speaker: sam # show: sam:impatient
Her mum had a baby this afternoon. We've been at the hospital since six. She's shattered. # speaker: sam
He picks her up. She sobs into his shoulder. Across the platform, people are watching.
You say sorry. He turns his back.
-> crew

=== crew ===
Your radio clicks. # show: tomas:calm
And the lads by the shelter? # speaker: ray
You walk over. The one with the phone of tickets sees you coming and grins.
+ [Give them the same update: "Evening. The 11:52 is on time, doors open soon." Then ask how their night's been # score: trust +1 # score: culture +1 # why: Treating them exactly like any other passengers is fair, and an easy question gives them room to tell you their story.]
  -> crew_chat
+ ["Why have you got everyone's tickets? I need to see ID from all of you." # score: culture -2 # score: trust -1 # why: One person holding a group booking is ordinary. They talk freely, each has his own phone and money, and the app sells group tickets. Demanding ID treats workers as suspects for how they look.]
  -> crew_id
+ ["Papers, all of you. Or I call immigration." # critical: threaten_arrest_or_immigration # score: culture -2 # score: safety -2 # myth: myth.one_flag_or_nationality # why: Threatening people with immigration because of how they look or sound is profiling, and it is the same threat traffickers use. It teaches people to fear anyone in a uniform.]
  -> crew_threat

=== crew_chat ===
Long one! Twelve hours pouring concrete at the new hospital wing. # speaker: tomas
I booked us all on the app. Group of five is way cheaper. # speaker: tomas
So I'm the ticket man. They pay me back on Friday. Some of them. # speaker: tomas
The others jeer and throw a crisp packet at him.
One of them shows you a photo of the new wing from the top of the crane. Another asks if the café upstairs is still open. It isn't.
They talk over each other, finish each other's jokes, and check their own phones. Nobody looks to him before speaking.
You all have a good night. # speaker: officer
-> doors

=== crew_id ===
The laughing stops. # show: tomas:guarded
They look at each other. Then, one by one, they get out their wallets and show you driving licences and work passes.
I booked on the app. It's cheaper for a group. # speaker: tomas
Is it because we were talking in our own language? # speaker: tomas
You hand the cards back. Nobody says anything else.
-> doors

=== crew_threat ===
The laughing stops dead. # show: tomas:anxious
We're from here, mate. We work at the hospital site. # speaker: tomas
One of the younger men picks up his bag and walks straight for the stairs. Then another.
Forget it. We'll get a taxi. # speaker: tomas
All five go back up the stairs. The taxi will cost them most of a day's pay. # hide: tomas
-> doors_after_threat

// ---------------------------------------------------------------- act

=== doors ===
# phase: act
The train doors slide open with a hiss. # sound: door_slide
The dad lifts his daughter onto his hip and picks up the holdall. The crew pile on behind them.
Your radio clicks. # speaker: narrator
So? # speaker: ray
+ [Let them all board, and tell Ray: "Checked. A dad taking his daughter home from the hospital, and a work crew on a group ticket. No concerns." # score: collaboration +1 # score: document +1 # why: Closing the loop with plain facts answers the concern and leaves everyone to travel in peace.]
  -> home_safe
+ [Ask Ray to have police meet the train at Eastmoor, just to be sure # score: culture -1 # score: trust -1 # why: You found an ordinary explanation. Sending police to meet a father and his child frightens them and takes help from people who need it. Trust what you checked.]
  -> police_met
+ [Stand in the train doorway and tell the dad he can't board until police have checked him # critical: detain_or_rescue # score: safety -2 # score: trust -2 # why: Blocking someone from leaving is detaining them, and you have no grounds at all. It frightens a child, strands a family, and is never your job.]
  -> blocked

=== doors_after_threat ===
# phase: act
The train doors slide open with a hiss. # sound: door_slide
The dad lifts his daughter onto his hip and steps aboard without looking at you. # hide: sam # hide: ivy
So? What happened with the lads? # speaker: ray
You tell him. There is a long pause on the radio.
# ending: crew_left; The crew went for a taxi
The 11:52 leaves on time, with five empty seats.
-> file_report(-> epilogue_crew)

=== home_safe ===
Got it. Thanks for checking. I'll close the text as checked, no concerns. # speaker: ray
The girl waves at you through the window. The dad, after a moment, gives a tired thumbs-up. # show: sam:relieved # show: ivy:relieved
# ending: home_safe; Everyone got the last train home
The 11:52 pulls out on time. The platform is empty and quiet. # hide: sam # hide: ivy # hide: tomas
-> file_report(-> epilogue_home)

=== police_met ===
Ray sighs, but makes the call. # show: sam:calm
The train pulls out on time. # hide: sam # hide: ivy # hide: tomas
At Eastmoor, two police officers meet the dad and his daughter on the platform, in front of her grandma.
They check his story in two minutes and apologise.
# ending: police_met; Police met a tired family
Ray tells you the grandma has already phoned to complain.
-> file_report(-> epilogue_police)

=== blocked ===
You step into the doorway. # show: sam:impatient
You can't get on until police have had a look at you. # speaker: officer
You what? My daughter's asleep on her feet! # speaker: sam
The girl starts to wail. The crew stop on the platform and stare. # show: ivy:anxious
The doors beep, and you have to step back. They close. # sound: door_close
The last train pulls out without the dad and his daughter. # hide: tomas
# ending: missed_train; They missed the last train
Forty minutes later, a police officer confirms everything he told you. Grandma drives over to fetch them, at half past one in the morning.
-> file_report(-> epilogue_missed)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_home ===
Nothing happened tonight, and that was the right answer.
The text said "rushing", "pyjamas" and "one man with all the tickets". Each had a plain reason, and you found it by looking and asking kindly.
Real signs come in clusters: someone else holding a person's papers, answering for them, not letting them speak or move alone. None of that was here.
-> aftermath

=== epilogue_crew ===
Tomas holding the tickets was never a sign on its own. The threat did real harm, to five people who had done nothing but go to work.
The next morning, the site manager rings the station to ask why his crew were threatened with immigration on their way home.
-> aftermath

=== epilogue_police ===
A father and his daughter were met by police in front of her grandma, on the day her brother was born.
The complaint lands on {escalation_first}'s desk the next morning.
-> aftermath

=== epilogue_missed ===
A tired six-year-old spent an hour on a cold platform because of one text and one guess.
The dad's complaint reaches {escalation_first} before your next shift starts.
-> aftermath

=== aftermath ===
{
- report_action == "emergency" || report_action == "police" || report_action == "hotline":
  Your report goes out, and a busy team spends time checking on a family and a work crew who needed nothing from them.
- report_action == "supervisor":
  At handover, {escalation_first} reads your report. There was nothing here to escalate.
- report_action == "log":
  Your note of the check goes into the shift log.
- else:
  Ray has already logged the text as checked. There was nothing more to report.
}
Checking out a worried text is part of the job. So is letting ordinary people get home.
-> END
