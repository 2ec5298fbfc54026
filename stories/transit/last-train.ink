# grammar: 1
# id: transit.last_train
# title: Last train: Platform 2
# setting: transit
# summary: A worried passenger texts about a man with a little girl in pajamas, and a group of workers where one man holds all the tickets. The last train leaves in seventeen minutes. Find out what is really going on.
# minutes: 10
# situation: none
# minor: no
# variants: 2
# content_note: A late-night check on a rail platform after a passenger texts a concern about a young child with a man, and about a work crew. No violence is shown. You can step out at any time.
# focus: A passenger's text about a child and a work crew, seventeen minutes before the last train
# character: ray; Ray; The control-room operator, on the radio. He watches the station cameras.
# character: sam; Sam; A father in his thirties in a navy jacket, with a small duffel bag.
# character: ivy; Ivy; His daughter, about six, in a yellow raincoat over pink pajama pants.
# character: tomas; Tomas; A man in his twenties in an orange safety vest and dusty work boots, part of a work crew.
# distractor: not.late_arrival
# distractor: not.speaks_other_language
# distractor: not.travels_light_short_stay
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Nothing is wrong here. There are no indicator tags on purpose. The looks do not give the
//   answer away: the crew's tickets stay ambiguous until a friendly question resolves them (the
//   shelter look is tagged `ambiguous`, and both questions that get the crew's story `resolve` it), and the
//   dad's story is only heard by talking to him. The content note and focus name the subject, not
//   the verdict.
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
"Man on platform 2 with a little girl in pajamas. She looks upset. He's rushing her." # speaker: ray
Same texter says there's a group of men in work gear by the shelter, and one of them is holding all their tickets. Didn't like the look of it. # speaker: ray
Last train's the 11:52. Can you have a look? # speaker: ray
+ ["Call the police now. Have them meet the train at the other end." # score: culture -1 # score: collaboration -1 # myth: myth.one_flag_or_nationality # why: One text, with nobody having looked yet, is not enough to send police after a family. Check calmly first; call for help when what you see calls for it.]
  For one text? Let's at least have a look first. # speaker: ray
+ ["Can you put a camera on them while I walk down?" # score: observe +1 # why: A camera is a fair first look and frightens no one. It cannot hear anything, though, so you still need to see the platform yourself.]
  Already on it. I'll keep camera 4 on the stairs. # speaker: ray
+ ["On my way. I'll look before I decide anything." # score: observe +1 # score: collaboration +1 # why: A report is a good reason to look, not a conclusion. Looking first keeps you fair to everyone on that platform.]
  Thanks. I'll keep camera 4 on the stairs. # speaker: ray
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
  He came down fast, carrying her. She was crying. Can't tell you more than that from up here. # speaker: ray
+ [Check the help point # observe: help_point # reveals: nothing]
  You press the test button. The help point chirps and the little light goes green.
  Next to it, a poster for {hotline_name} has been half torn away. You make a note for the morning crew.
+ [Look at the ticket machine # observe: ticket_machine # reveals: nothing]
  The screen is frozen on "Card not accepted". Someone has stuck a handwritten note on it: OUT OF ORDER, USE THE APP.
+ [Walk out onto the platform]
- -> platform

=== platform ===
# show: sam:calm
# show: ivy:calm
The last train waits at the platform with its doors shut and its lights on.
A man in a navy jacket stands by the bench with a little girl. She wears a yellow raincoat over pink pajama pants.
{variant == 2: She is hopping from foot to foot and giggling, far too tired to stand still.|She is crying in a tired, grumpy way, and pulling at his sleeve.}
By the shelter, five men in orange safety vests and dusty boots are laughing at something on a phone. # show: tomas:calm
You can stop by one thing on your way along without it looking odd.
+ [Look at the things on the bench # observe: bench # reveals: nothing]
  A small duffel bag, a folded child's sweater and a stuffed rabbit.
  A hospital parking ticket pokes out of the side pocket, stamped at 6:04 this morning.
+ [Look at the men by the shelter # observe: shelter # reveals: nothing # ambiguous: transit.ticket_bought_by_other]
  They are in their twenties and thirties, with work backpacks and lunchboxes. One has a bandage on his thumb.
  They switch between English and another language.
  One of them holds up his phone with five tickets on the screen. None of the others has a ticket out.
+ [Look at the vending machine # observe: vending_machine # reveals: nothing]
  One of the workers taps his own bank card on the vending machine and buys three cans.
  He throws one to the man holding the phone, who catches it without looking up.
+ [Keep walking]
- -> dad

// ---------------------------------------------------------------- talk

=== dad ===
# phase: talk
You reach the bench. The man looks up. He looks exhausted. # discuss: A crying child and a tired adult near midnight: what ordinary explanations are there, and what would you need to see before it became a concern?
{variant == 2: The girl sees your uniform and hides behind his legs, peeping out.|The girl sees your uniform and stops crying for a second, mouth open.}
+ [Crouch to the girl's level. "Hi. Are you OK? Who's this with you?" # score: observe +1 # score: trust -1 # why: Checking on a crying child is fair, and she may answer. But asking a six-year-old to vouch for her dad in front of him can frighten her, and a word with the adult first usually tells you more.]
  -> scared_child
+ ["Is she yours? ID for her, please." # score: trust -2 # score: culture -1 # why: Asking a father to prove his child is his, on one vague text, treats him as a suspect. A friendly hello would have told you far more, and you have no power to demand ID here.]
  -> id_demand
+ ["Doors open in a few minutes. Long day?" # score: trust +2 # score: safety +1 # why: A friendly, ordinary hello, the same one you would give anyone, keeps a tired child and her dad at ease and lets them tell you their story without feeling suspected.]
  -> chat

=== chat ===
The longest. Her mom had the baby this afternoon. # speaker: sam # show: sam:relieved
We've been at the hospital since six this morning. The nurses let her change into her pajamas in the family room. # speaker: sam
It's a boy. He's very small and he's called Theo. # speaker: ivy # show: ivy:relieved
He's got no hair. None at all. # speaker: ivy
{variant == 2: And I held him! # speaker: ivy|I want Mommy. # speaker: ivy}
Mommy's staying one more night, and we'll bring her home tomorrow. # speaker: sam
Grandma's meeting us at Eastmoor. My car's in the shop, or we'd have driven. # speaker: sam
Sorry if we looked a state coming down the stairs. I had her, the bag and a rabbit, and I thought we'd missed it. # speaker: sam
Congratulations. Get some sleep, both of you. # speaker: officer
The girl yawns so hard she nearly falls over. He scoops her up.
-> crew

=== id_demand ===
The man stares at you. # show: sam:guarded
Seriously? I'm her dad. # speaker: sam
He holds up his phone. A photo of a tired woman in a hospital bed, a tiny baby, and this girl grinning beside them.
Her mom had a baby this afternoon. We've been at the hospital all day. # speaker: sam
Is this because I'm a man on my own with her? # speaker: sam
The girl starts to cry properly now, her face pressed into his jacket. # show: ivy:anxious
You say sorry. He nods, but he doesn't look at you again.
-> crew

=== scared_child ===
The girl hides her face in her dad's jacket and cries harder. # show: ivy:anxious
She's exhausted. Her mom had a baby this afternoon. We've been at the hospital since six. # speaker: sam # show: sam:guarded
He picks her up. She sobs into his shoulder.
He does not sound pleased to be asked.
-> crew

=== crew ===
Your radio clicks. # show: tomas:calm
And the guys by the shelter? # speaker: ray
You walk over. The one with the phone of tickets sees you coming and grins.
+ ["Which of you has the tickets? Just checking everyone's got one." # resolves: transit.ticket_bought_by_other # score: observe +1 # score: culture -1 # why: A ticket check is something you could ask anyone, and it answers the text's question. But singling out this group, and no one else, on one text is how fair checks turn into profiling.]
  -> crew_chat
+ ["Work visas, please. All of you. Just a routine check." # critical: profiling # score: culture -2 # score: safety -1 # myth: myth.one_flag_or_nationality # why: Asking for visas because men in work clothes speak another language is profiling, and you have no power to check immigration status. It teaches people to fear anyone in a uniform, which is what traffickers rely on.]
  -> crew_threat
+ ["Evening. On time tonight. Long shift?" # resolves: transit.ticket_bought_by_other # score: trust +1 # score: culture +1 # why: Treating them exactly like any other passengers is fair, and an easy question gives them room to tell you their story.]
  -> crew_chat
+ ["Why have you got everyone's tickets? I need to see ID from all of you." # score: culture -2 # score: trust -1 # why: One person holding a group booking is ordinary, and you had not yet seen anything but that. Demanding ID treats workers as suspects for how they look.]
  -> crew_id

=== crew_chat ===
Long one! Twelve hours pouring concrete at the new hospital wing. # speaker: tomas
The ticket machine's broken, so I booked us all on the app. Group of five is cheaper. # speaker: tomas
So I'm the ticket man. They pay me back on Friday. Some of them. # speaker: tomas
The others jeer and throw a chip bag at him.
One of them shows you a photo of the new wing from the top of the crane. Another asks if the coffee stand upstairs is still open. It isn't.
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
We're from here, man. We work at the hospital site. # speaker: tomas
Two of them hold out driver's licenses. One of the younger men picks up his bag and walks straight for the stairs. Then another.
Forget it. We'll get a cab. # speaker: tomas
All five go back up the stairs. The cab will cost them most of a day's pay. # hide: tomas
-> doors_after_threat

// ---------------------------------------------------------------- act

=== doors ===
# phase: act
The train doors slide open with a hiss. # sound: door_slide
The dad lifts his daughter onto his hip and picks up the duffel bag. The crew pile on behind them.
Your radio clicks. # speaker: narrator
So? # speaker: ray
+ [Ask Ray to keep camera 4 on the crew until the doors close # score: observe +1 # score: culture -1 # why: Watching a little longer costs the crew nothing they can see. But you checked and found an ordinary booking; keeping them under a camera for it is how one text sticks to people who did nothing.]
  Ray keeps the camera on them until the doors close.
  -> home_safe
+ [Ask Ray to have police meet the train at Eastmoor, just to be sure # score: culture -1 # score: trust -1 # why: You found an ordinary explanation. Sending police to meet a father and his child frightens them and takes help from people who need it. Trust what you checked.]
  -> police_met
+ [Tell Ray: "A dad and his daughter from the hospital. A crew on a group ticket. No concerns." # score: collaboration +1 # score: document +1 # why: Closing the loop with plain facts answers the concern and leaves everyone to travel in peace.]
  -> home_safe
+ [Stand in the train doorway and tell the dad he can't board until police have checked him # critical: detain_or_rescue # score: safety -2 # score: trust -2 # why: Blocking someone from leaving is detaining them, and you have no grounds at all. It frightens a child, strands a family, and is never your job.]
  -> blocked

=== doors_after_threat ===
# phase: act
The train doors slide open with a hiss. # sound: door_slide
The dad lifts his daughter onto his hip and steps aboard without looking at you. # hide: sam # hide: ivy
So? What happened with the crew? # speaker: ray
You tell him. There is a long pause on the radio.
# ending: crew_left; The crew went for a cab
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
Ray tells you the grandma has already called to complain.
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
The next night, the same texter sends another message: a thank-you for checking.
-> aftermath

=== epilogue_crew ===
The next morning, the site manager calls the station to ask why his crew were threatened with immigration on their way home.
-> aftermath

=== epilogue_police ===
A father and his daughter were met by police in front of her grandma, on the day her brother was born.
The complaint lands on {escalation_first}'s desk the next morning.
-> aftermath

=== epilogue_missed ===
Ivy fell asleep on a cold bench in the waiting room before her grandma arrived.
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
-> END
