# grammar: 1
# id: hotel.night_manager
# title: Night shift: the manager's regulars
# setting: hotel
# summary: The night manager asks you to skip part of your rounds. A man who pays cash has three rooms that are not on the system, and the manager tells you to drop it.
# minutes: 10
# situation: sex_trafficking
# minor: no
# variants: 2
# content_note: This story involves a hotel manager who may be helping a man exploit young adult women for sex, and who pressures the officer to ignore it. Nothing sexual or violent is shown. You can step out at any time.
# focus: What to do when the person you would normally report to is part of the problem
# character: rick; Rick; The night manager, in his fifties, tie loosened, friendly and in a hurry.
# character: cole; Cole; A man in his thirties in a gray quarter-zip, a thick money clip in his hand.
# character: jas; Jas; A young woman of about twenty in a hoodie and slides, her phone held tight.
# distractor: not.late_arrival
# distractor: not.travels_light_short_stay
# teaches: myth.would_ask_for_help
# teaches: myth.not_in_nice_places
# teaches: myth.initial_consent

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - The women are adults. Nobody is in immediate danger tonight. The exact report is the control
//   room (supervisor), reached directly: the written post orders say a manager who may be involved
//   is never the person to report to. The hotline is one rung ahead and still within policy.
// - The officer never confronts Rick or Cole, never searches the rooms and never tells Jas what she
//   is. Rick denies, deflects and leans on the officer; the officer documents and goes past him.
// - Variant 1: Cole watches the lobby, so Jas cannot be spoken to safely. Variant 2: Cole steps out
//   to the lot, Jas is alone for a minute, and says a little, not everything.
// - The armchair stays ambiguous (`ambiguous: hotel.lookout_hall_lobby_lot`): a man facing the
//   elevators could be waiting for a ride. Asking Cole about it `resolves` it: he waits for "some
//   people" until they are done. The question costs safety, and the routine answer is still best.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hotel_lobby_night
# ambience: lobby_night
# show: rick:calm
It is twenty to two at a hotel guarded by {org_name}. You are starting your second round of the night.
The post orders binder at the desk has a page headed "Suspected trafficking": tell {escalation_first}. If a hotel manager may be involved, do not raise it with them; go to {escalation_first} directly.
Rick, the night manager, waves you over before you reach the elevators.
Do me a favor. Skip the second floor east wing tonight. Private booking. They don't want uniforms up there. # speaker: rick
+ ["Post orders have me on every floor. I'll be quick and quiet up there." # score: safety +2 # score: collaboration +1 # why: The written orders, said plainly and without suspicion. Rick knows you went, which can cost you some goodwill, but nobody is left unchecked.]
  Rick's smile thins for a second. # show: rick:guarded
  Suit yourself. Don't knock on doors. # speaker: rick
+ ["Sure thing." Then write down the time and what he asked, before you go up anyway # score: document +1 # score: safety +1 # why: A note made at the time is worth a lot later. Saying yes and going anyway avoids a scene, but if he finds out, it looks like you went behind his back.]
  Rick is already back at his screen.
+ ["Private booking? Who is it? What's going on up there?" # score: safety -1 # score: trust -1 # why: Questioning the manager tells him you are curious before you know anything, and he can warn whoever is upstairs.]
  Just a regular. Pays on time, no trouble. Leave it. # speaker: rick # show: rick:guarded
+ ["No problem, it's your hotel and your guests. I'll do the rest of the building twice." # score: safety -2 # score: document -1 # why: Skipping part of the rounds because someone asked leaves a wing unchecked, against the written orders, and no record of why.]
  Appreciate it. # speaker: rick
- -> lobby

// ---------------------------------------------------------------- observe

=== lobby ===
# phase: observe
# hide: rick
Before you go up, you take the usual look around the lobby.
- (around)
* [Check the front-desk screen # observe: desk_screen # reveals: hotel.guest_withholds_id_details]
  Rooms 214, 215 and 216 show as out of order. All three have key cards issued tonight, and no guest names.
  -> around
* [Look at the CCTV monitor # observe: cctv_monitor # reveals: hotel.side_door_entry]
  On the parking lot camera, a man walks three young women from a car to the side door, not the front entrance.
  -> around
* [Glance at the armchair by the pillar # observe: lobby_armchair # reveals: nothing # ambiguous: hotel.lookout_hall_lobby_lot]
  A man in a gray quarter-zip sits facing the elevators with his phone face down on his knee. {variant == 2: He keeps looking out at the lot.|He looks up each time the elevator opens.}
  A guest waiting for a ride, or for someone to come down. From one look, you can't say.
  -> around
* [Look at the traveler on the sofa # observe: sofa_traveller # reveals: nothing]
  A man with a big backpack sleeps with his boots on. His flight confirmation is on the screen of his phone, for six in the morning.
  -> around
* [Look at the guest by the window # observe: window_caller # reveals: nothing]
  A woman in a long coat stands by her suitcase, telling someone on the phone that her shuttle is late again. She rolls her eyes at you, one night worker to another.
  -> around
+ [Go up to the second floor]
- -> upstairs

// ---------------------------------------------------------------- talk

=== upstairs ===
# phase: talk
# show: rick:calm
# show: cole:calm
In the east wing, the door of 215 opens as you pass. A man in a suit walks out, does not look at you, and takes the stairs.
Ten minutes later, on your way back, a different man knocks at 214 and goes in. # indicator: hotel.heavy_foot_traffic_room
When you come down, the man from the armchair is at the desk, counting twenties onto the counter for Rick.
Same as last week. Three rooms, three nights. # speaker: cole # indicator: hotel.cash_prepaid_multiple_rooms
And four more keys for 216. They keep losing them. # speaker: cole # indicator: hotel.room_location_and_keys_requests
Rick slides the cash into his jacket, not the till.
Cole catches you looking and turns around, friendly and flat at once.
Something I can help you with, officer? # speaker: cole # show: cole:guarded
+ ["Hotel policy: ID for every room, cash or not." # score: safety -2 # score: collaboration -1 # why: Enforcing the desk's rules is Rick's job, and doing it at Cole tells him you are watching the rooms. He can move everyone before anyone else hears.]
  Talk to your manager. # speaker: cole # show: cole:impatient
  Rick gives you a long look over Cole's shoulder. # show: rick:guarded
+ ["Nope. Just doing my rounds. Have a good night." # score: safety +2 # why: Routine, and it gives nothing away. He may still wonder why you were looking, but there is nothing in it to act on.]
  Cole nods and turns back to the desk.
+ ["Weren't you in the armchair earlier? Long night?" # resolves: hotel.lookout_hall_lobby_lot # score: safety -1 # score: observe +1 # why: A friendly question settles what he was doing in the armchair, and he half answers it. But it also tells him you have been watching the lobby, and he can pass that on upstairs.]
  I drive for some people. I wait till they're done, I drive them home. That a problem? # speaker: cole # show: cole:impatient # indicator: hotel.lookout_hall_lobby_lot
  He says it to you, but his eyes go to the elevator doors.
+ [Nod, and keep walking to the security office to note the time # score: safety +1 # score: document +1 # why: Calm, and the time goes on paper. Walking off without a word can still look like you have somewhere to report to.]
  You write down the time, the rooms and the cash, and come back out.
- {variant == 2:
  -> jas_alone
}
-> jas_watched

=== jas_watched ===
# show: jas:anxious
The elevator opens. A young woman in a hoodie and slides steps out and stops when she sees the man at the desk.
She asks you, very quietly, where the vending machine is. Cole turns around and watches her. # discuss: Cole is a few steps away. What can you safely do for her right now?
+ ["Are you OK? Is he making you do something?" # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: Asked in front of him, the question shows him what you suspect. She cannot answer it safely, and she may pay for it later.]
  Jas shakes her head fast. Cole is already beside her.
  She's fine. Come on. # speaker: cole # show: cole:impatient
  -> jas_gone
+ ["Down the hall on the left. It takes cards." Then let her go # score: safety +2 # score: document +1 # why: With Cole watching, the routine answer is the safe one. It gives her nothing more tonight, but it does not put her at risk, and you note the time.]
  -> jas_gone
+ ["I'll walk you down. It's on my way." # score: safety -1 # score: trust +1 # why: A kind pretext to give her a minute away from him, but with Cole watching it is likely to fail, and he sees you try.]
  Cole is between you before she can answer.
  I'll take her. Thanks, officer. # speaker: cole # show: cole:impatient
  -> jas_gone
+ [Hand her the guest services card with the vending hours # score: safety +1 # score: choice +1 # why: The same card every guest gets, with the hotline on the back. Routine enough that Cole may not notice, but he might ask to see it.]
  She takes it without looking and puts it in her pocket.
  -> jas_gone

=== jas_alone ===
# show: jas:anxious
Cole takes a call and goes out to the lot. # hide: cole
The elevator opens. A young woman in a hoodie and slides steps out, sees the empty armchair, and comes to you.
Do you have a charger? Mine died. # speaker: jas
She looks toward the doors the whole time. # discuss: She is alone, for maybe a minute. What do you want her to know before Cole comes back?
+ ["What's really going on up there, and who is that man to you?" # critical: interrogate_victim # score: trust -2 # score: safety -1 # why: Questions about him, at the lobby desk, with a minute to spare, push her to choose between you and someone she is afraid of. She will choose him.]
  I don't know what you mean. # speaker: jas # show: jas:guarded
  -> jas_gone
+ ["Borrow the desk one. You're not in trouble. I'm here all night." # score: trust +2 # score: safety +1 # score: choice +1 # why: Kind and low-key, with the door left open. She does not have to say anything, and nothing she says is used against her.]
  -> jas_partial
+ [Lend her the charger and say nothing else # score: safety +1 # score: trust +1 # why: Safe, and a small kindness. It leaves her nothing to come back to if she wanted to.]
  -> jas_gone
+ ["Come with me to the security office right now, before he gets back. You'll be safe there." # critical: detain_or_rescue # score: safety -2 # score: choice -2 # myth: myth.security_rescues # why: Taking her away is rescue, not your role. It puts her at risk when Cole comes back, and she has not asked for it.]
  Jas steps back from you. # show: jas:guarded
  No. I can't. # speaker: jas
  -> jas_gone

=== jas_partial ===
Jas plugs her phone in behind the desk.
I came here on my own. Nobody made me. # speaker: jas
He just keeps our phones at night, and the money. He knows where my mom lives. # speaker: jas # indicator: hotel.companion_holds_id_money_keys
She unplugs the phone at twenty percent, the moment she sees the door.
-> jas_gone

=== jas_gone ===
{variant == 2:
  Cole comes back in from the lot, still on the phone. # show: cole:calm
}
Jas and Cole go up together in the elevator. # hide: jas # hide: cole
-> drop_it

=== drop_it ===
# phase: act
# show: rick:guarded
Rick comes around the desk and stops close to you.
I saw you up there. Those are my regulars. Cash, no trouble, and it keeps this place open. # speaker: rick
Drop it. Or I call your company in the morning and tell them you're harassing guests. # speaker: rick # requires: supervisor # discuss: The person you would normally report to is the one telling you to drop it. What do the written orders say, and what will you write down?
+ ["You're renting rooms off the books. I'm reporting you." # critical: confront_controller # score: safety -2 # why: Telling Rick what you know warns him and Cole. The rooms can be empty by morning, and the women moved somewhere nobody is watching.]
  Rick laughs. # show: rick:impatient
  Report what? Out-of-order rooms? Go ahead. # speaker: rick
  # ending: warned; Rick and Cole knew they had been noticed
  -> after_rick
+ ["Got it." Then finish your round as normal # score: safety +1 # why: It keeps things calm and gives nothing away. Without notes made now, though, the times and the room numbers will be hard to put in a report.]
  # ending: thin_notes; Nothing was given away, but little was written down
  -> after_rick
+ ["Understood." Later, write down times, rooms, cash and his words # score: document +2 # score: safety +1 # why: No argument, nothing given away, and facts written while they are fresh. What Rick said is part of the record, word for word.]
  # ending: documented; You had the facts written down, and gave nothing away
  -> after_rick
+ ["Let's phone the general manager right now, the two of us together, and settle this properly." # score: safety -1 # score: collaboration +1 # why: Going up the hotel's chain is the right idea, but doing it in front of Rick warns him, and he gets his version in first.]
  Rick shakes his head. # show: rick:impatient
  She's asleep. You're not waking her over this. # speaker: rick
  # ending: his_version_first; Rick knew, and could tell his version first
  -> after_rick

=== after_rick ===
Rick goes back behind the desk. The lobby is quiet. Your radio is on your belt.
+ [Tell Rick, as the manager on duty tonight, that you'll put it in the shift log and leave the rest to him # score: report -2 # score: safety -1 # action: log # why: Rick is the person the written orders say not to report to. A note in a log he reads reaches nobody who can act.]
  -> decided
+ [Drop it, as Rick asked # score: report -2 # why: Pressure from a manager does not change the post orders. Nothing reaches anyone, and the women are still upstairs next week.]
  -> decided
+ [Call {escalation_first} from the security office and say the night manager may be involved # score: report +2 # score: collaboration +1 # action: supervisor # why: The written orders: go past the manager, straight to the control room. They take it to the company and decide on the referral, and you are not carrying it alone.]
  -> decided
+ [Phone {hotline_name} yourself from the security office # score: report +1 # action: hotline # why: A report that reaches trained people, and goes around Rick. But the orders send it to the control room first, so the company can also deal with its own manager.]
  -> decided

=== decided ===
-> file_report(-> epilogue)

// ---------------------------------------------------------------- epilogues

=== epilogue ===
{
- report_action == "supervisor":
  {escalation_first} logs it, and tells you the on-call account manager will take it to the hotel's owners, not to Rick. They will make the hotline referral with you in the morning.
- report_action == "hotline":
  {escalation_first} says the hotline call was a step ahead of the orders, and that they need to hear it too, so the company can deal with its own manager.
- report_action == "police" || report_action == "emergency":
  {escalation_first} reads your report and says nobody was in danger tonight. The women are adults, and police at the door could put them in more trouble than Cole.
- else:
  Nothing about rooms 214 to 216 reaches anyone outside the hotel tonight.
}
{
- variant == 2:
  A week later, a call comes through to the security office from a withheld number. A young woman asks if the officer with the charger is on tonight.
- report_action == "supervisor" || report_action == "hotline":
  Two weeks later, rooms 214 to 216 are back on the system, with names on them. Rick no longer works nights.
- else:
  Next week, rooms 214 to 216 are out of order again.
}
Your shift ends at eight.
-> END
