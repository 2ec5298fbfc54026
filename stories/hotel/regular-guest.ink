# grammar: 1
# id: hotel.regular_guest
# title: Night shift: the guest in 412
# setting: hotel
# summary: A regular guest in room 412 has had several visitors tonight, and the night auditor wants to know what security is going to do about it. Then one of the visitors comes back down to the desk, angry.
# minutes: 10
# situation: not_trafficking
# minor: no
# variants: 2
# content_note: This story involves an adult who sells sex, a colleague's worry about her, and a visitor who becomes angry and demanding at the front desk. Selling sex is mentioned but never described. No violence is shown. You can step out at any time.
# focus: Telling sex work apart from trafficking, and keeping a guest safe without judging her
# character: dana; Dana; The night auditor at the front desk, in her fifties, with reading glasses on a cord. Your colleague tonight.
# character: sasha; Sasha; A guest in her thirties in a dark sweater and jeans, with her phone in her hand. A regular at the hotel.
# character: brent; Brent; A man in his forties in a golf jacket, red in the face, with a car key on a big ring.
# distractor: not.late_arrival
# distractor: not.travels_light_short_stay
# distractor: not.adult_sells_sex_independently
# distractor: not.regular_guest
# teaches: myth.all_or_none_sex_work
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Sasha is an adult who sells sex on her own account: she books under her own name, pays with her
//   own card, holds her own key and phone, comes and goes, and nobody waits for her or takes her money.
//   None of the means of trafficking (force, fraud, coercion) and no third party. One weak sign shows
//   (visitors to the room), which alone proves nothing.
// - The officer's job is the same as for any guest: her safety and the house rules. The house rule
//   that applies is the visitor who is asked to leave the property: that goes in the incident log
//   (`requires: log`), about him, not her. The hotline for her is an over-reaction that singles her
//   out; police for an adult who is in no danger is an override (the ladder scores it).
// - Dana's question before the report makes the learner say what would change the picture
//   (third-party control of key, ID, money or movement; a lookout; a minor), which the handover repeats.
// - Variant 1: Sasha is relaxed and says she has a friend she checks in with. Variant 2: she is wary,
//   expects to be thrown out, and says little. Brent leaves in both, more slowly in variant 2.
// - The man in the armchair stays ambiguous (`ambiguous: hotel.lookout_hall_lobby_lot`): someone
//   watching the elevators could be waiting on the woman upstairs. The friendly question every guest
//   gets `resolves` it the ordinary way: a guest waiting for the airport shuttle. Nobody waits for her.

VAR checked_in = false

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hotel_lobby_night
# ambience: lobby_night
# show: dana:guarded
Twenty to two, a Wednesday night. You are on the night shift for {org_name} at the Lakeview Hotel.
Dana, the night auditor, waves you over to the front desk and lowers her voice.
412 again. That's the third man up there since ten. # speaker: dana
She's been coming once a month for two years. Books in her own name, pays with her own card. Always polite. # speaker: dana
I did that trafficking course in the spring. Shouldn't we be calling somebody? # speaker: dana # discuss: Dana is worried. What would you need to know before this is a trafficking concern, and what is it already?
+ ["Good instinct to tell me. Let me take a walk round before we decide anything." # score: collaboration +1 # why: Thanking a colleague for speaking up keeps people reporting. You have not said what you are looking for yet, though.]
  Dana nods and goes back to her screen.
+ ["Has she or anyone with her caused a problem tonight?" # score: observe +1 # score: culture +1 # why: Asking what has actually happened keeps you on conduct and safety, the things security deals with for every guest, instead of on a guess about her.]
  No. Nothing like that. She's quiet. They're quiet. It's just... a lot of visitors. # speaker: dana
+ ["Woman on her own, men going up all night? We should ask her to check out." # critical: profiling # score: culture -2 # score: trust -1 # why: Being a woman alone with visitors is not a breach of any rule, and acting on it is judging her for who she seems to be. The house rules apply to what guests do, the same for everyone.]
  Dana looks uneasy.
  Can we even do that? She hasn't done anything. # speaker: dana
+ ["Call the hotline now. Better safe than sorry." # score: culture -1 # score: report -1 # myth: myth.all_or_none_sex_work # why: A referral needs signs that someone else controls her, and so far there are none. Treating every adult who sells sex as trafficked sends help where it is not wanted and wears out trust.]
  Dana hesitates, hand on the phone.
  Maybe you should look first. # speaker: dana
- -> lobby

// ---------------------------------------------------------------- observe

=== lobby ===
# phase: observe
The lobby is almost empty. You can take a look around before you go anywhere.
- (around)
* [Look at the front-desk screen # observe: desk_screen # reveals: hotel.heavy_foot_traffic_room]
  The visitor sign-in list for tonight: three men to room 412, one at a time, each for about an hour. Each signed in and out at the desk.
  The booking is in her own name, paid for two nights on her own card.
  -> around
* [Look at the CCTV monitor of the parking lot # observe: cctv_monitor # reveals: nothing]
  The parking lot is quiet. A delivery van is parked across two bays with nobody in it.
  No one sits in a car watching the doors. Her own small hatchback is in its usual spot under the light.
  -> around
* [Look at the armchair facing the elevators # observe: lobby_armchair # reveals: nothing # ambiguous: hotel.lookout_hall_lobby_lot]
  {variant == 2: A man in a rumpled suit sits in the armchair with his tie in his pocket, half dozing.|A man in a rumpled suit sits in the armchair with a tablet on his knee.}
  The chair faces the elevators. When the elevator chimes, he looks up, then back down.
  A guest who can't sleep, or someone keeping an eye on who comes and goes from upstairs. You can't tell from here.
  -> armchair_word
* [Look at the traveler on the sofa # observe: sofa_traveller # reveals: nothing]
  A young backpacker is asleep on the sofa with his boots still on. Dana says his room is being cleaned after a late checkout. It's fine.
  -> around
+ [Go back to the desk]
- -> desk

=== armchair_word ===
+ [Stop by the armchair: "Evening. Anything I can help you with?" # resolves: hotel.lookout_hall_lobby_lot # score: observe +1 # score: trust +1 # why: The question any night officer asks any guest settles who he is in a sentence, and treats him as a guest, not a suspect.]
  He rubs his eyes and holds up his phone: a boarding pass.
  The airport shuttle is at four, he says. They moved his flight, so there was no point going to bed.
  Dana calls across that he checked out of 208 at midnight. His bag is behind the desk.
+ [Leave him in peace. He has done nothing # score: trust +1 # why: Courteous, and waiting is not a reason to question anyone. But on a night when Dana is worried, one friendly word would have told you who he is, and you go back to the desk not knowing.]
  You walk on.
- -> lobby.around

// ---------------------------------------------------------------- talk

=== desk ===
# phase: talk
# show: brent:impatient
# requires: log
The elevator opens. A man in a golf jacket crosses the lobby fast, keys jangling, and slaps both hands on the desk. # sound: lift_chime
The woman in 412 won't open the door. I paid her. I want my money back, or give me a key. # speaker: brent
Dana takes a step back from the counter and looks at you.
+ ["Let me call up to the room and ask her to come down, so the two of you can sort it out down here." # score: safety -2 # score: choice -1 # why: It puts her face to face with an angry man she has just refused. Whatever the deal was, she has the right to say no, and her safety comes first.]
  -> called_down
+ ["If you're here to buy sex, I'm calling the police on both of you." # score: safety -1 # score: trust -2 # score: culture -1 # why: It makes the problem her work instead of his conduct, and threatens her with arrest for turning away a man who got angry. Next time she may not call the desk at all.]
  -> threatened
+ ["No key, and no word about any guest. Please leave the property now." # score: safety +2 # score: trust +1 # why: Firm and short: no key, no word about her, and the house rule applied to his conduct. It protects her as it would protect any guest.]
  -> brent_leaves
+ [Give him a key card to 412 so he goes up quietly # score: safety -3 # score: trust -2 # why: Giving a stranger a key to a guest's room puts her in danger and breaks the first rule of the desk. No one gets a key to a room that is not theirs.]
  -> gave_key

=== called_down ===
Dana dials 412 before you can change your mind. It rings and rings.
Nobody answers. Then a text comes through to the desk phone from her number: Please don't send him up. # show: sasha:anxious
Brent reads it over the counter and swears. You walk him to the door.
-> brent_leaves

=== threatened ===
Brent laughs.
Call them. I'll tell them all about her. # speaker: brent
He goes anyway, slowly, looking back at the elevators.
-> brent_leaves

=== gave_key ===
Dana grabs the card out of your hand before he can take it. # show: dana:anxious
No. We don't do that. Ever. # speaker: dana
She tells him to leave, and picks up the phone to call the police nonemergency line if he doesn't. He goes, swearing.
-> brent_leaves

=== brent_leaves ===
# hide: brent
{variant == 2: At the doors he stops, turns round, and says he'll be back tomorrow. Then he goes.|He pushes out through the doors to the parking lot. His car pulls out a minute later.}
You watch on the monitor until his taillights turn onto the road.
-> check_on_her

=== check_on_her ===
The lobby goes quiet again. Upstairs, she doesn't know he has gone.
+ [Leave her be. He's gone, and she didn't call down. # score: safety -1 # why: She might have been the one who needed to know he is gone, and he said he'd be back. A short call costs nothing.]
  -> no_check
+ [Phone 412: tell her he has left the building, and ask if she is OK # score: trust +2 # score: safety +1 # why: A call lets her answer or not, in her own room, and tells her the one thing she needs to know. It is what you would do for any guest who had trouble with a visitor.]
  ~ checked_in = true
  -> on_the_phone
+ [Go up and knock: "Are you working tonight? Is someone making you do this?" # critical: labelling_question # score: trust -2 # why: A labelling question at her door tells her you see her as a case, and it almost always gets a no. If you are worried about control, look for it and report it; don't ask her to name it.]
  -> labelled
+ [Go up and knock on 412 to check on her in person # score: safety +1 # why: Checking that she is safe is right. A uniform at her door at two in the morning can also feel like a raid, and the phone would have told her the same thing with less fear.]
  ~ checked_in = true
  -> at_the_door

=== on_the_phone ===
# show: sasha:guarded
She picks up on the fourth ring.
{variant == 2: Yes? Am I being thrown out? # speaker: sasha|Oh, thank God. Thank you. I didn't want to open the door. # speaker: sasha}
-> her_answer

=== at_the_door ===
# show: sasha:guarded
She opens the door on the chain and looks at your uniform for a long second.
{variant == 2: Am I being thrown out? # speaker: sasha|Is he gone? # speaker: sasha}
-> her_answer

=== labelled ===
# show: sasha:impatient
She opens the door on the chain.
No. Nobody makes me do anything. Is that what this is? # speaker: sasha
She closes the door. A few minutes later she calls the desk to ask about checking out early.
# ending: checked_out; She checked out early
-> act

=== no_check ===
An hour later the desk phone rings. It's 412.
Is he still down there? I can see a car in the lot. # speaker: sasha # show: sasha:anxious
Dana tells her he has gone and the car is a delivery van. There is a long pause before she says thanks.
# ending: left_wondering; She spent an hour not knowing he had gone
-> act

=== her_answer ===
# discuss: She is asking what the hotel thinks of her. What is your answer, and what is not your business?
+ ["Not tonight. But the manager might want a word with you about visitors." # score: trust -2 # score: culture -1 # why: It turns a visitor's bad behavior into a threat to her, and makes it less likely she calls the desk the next time someone is dangerous.]
  -> warned
+ ["Nobody is throwing anyone out. Call the desk if he comes back." # score: trust +1 # score: safety +1 # why: Reassuring and practical, and it keeps the door open if he returns. It says nothing about where the hotel stands on her, which is what she asked.]
  -> reassured
+ ["No. You're a guest. This is about him, not you." # score: trust +2 # score: choice +1 # why: Plain and true. The house rules apply to what people do, and she did nothing wrong by refusing him.]
  -> reassured
+ ["If anyone is ever making you do this, there's a hotline I can give you." # score: trust -1 # myth: myth.all_or_none_sex_work # why: Meant kindly, but nothing you have seen points to anyone controlling her. Offering a trafficking line to an adult who has shown no sign of it tells her you see a victim, not a guest.]
  -> offered_hotline

=== reassured ===
{
- variant == 2:
  A pause.
  OK. Thanks. # speaker: sasha # show: sasha:calm
  That's all she says.
- else:
  I check in with a friend after every visit. She'll be glad. # speaker: sasha # show: sasha:relieved
  He was off from the start. I don't see people like that twice. I've got his number blocked.
}
# ending: respected; She was treated like any other guest
-> act

=== warned ===
She is quiet for a moment.
Right. I'll be gone in the morning. # speaker: sasha # show: sasha:impatient
# ending: checked_out; She checked out early
-> act

=== offered_hotline ===
{variant == 2: Nobody makes me do anything. I pay my own bills. # speaker: sasha|That's... kind, I guess. But no. This is my own business. I'm fine. # speaker: sasha}
# ending: respected; She was treated like any other guest
-> act

// ---------------------------------------------------------------- act

=== act ===
# phase: act
# hide: sasha
# show: dana:calm
Back at the desk, Dana has the visitor sign-in list open.
So it wasn't trafficking? What would have made it trafficking, then? # speaker: dana
+ ["If she was dressed for it and hanging round the bar." # score: culture -2 # why: How a woman dresses or where she has a drink is not a sign of anything. Looking for that is how innocent guests get profiled and real control gets missed.]
  Dana raises an eyebrow. Half the wedding parties dress up more than that. # speaker: dana
+ ["Honestly? Any of them could be. You can't tell." # score: observe -1 # myth: myth.all_or_none_sex_work # why: You can tell a lot, from what you can see. An adult in commercial sex is trafficked when force, fraud or coercion is involved; look for who controls her movement, money and papers.]
  Dana frowns. That's not much help. # speaker: dana
+ ["If she looked young, or seemed scared of someone, or someone else always did the talking for her." # score: observe +1 # why: Someone who may be under 18 always changes the picture, and fear or a companion who answers for her are signs worth noting. Who holds her key, ID and money is the clearest sign, and you left it out.]
  Dana nods slowly.
+ ["If someone else held her key, her ID or her money." # score: observe +2 # why: Those are the signs of a third party in control: who holds the key, the ID and the money, and who decides where she goes. Tonight she held all of them herself.]
  Dana writes it on a sticky note and puts it under her keyboard.
- What goes in the book for tonight?
+ [Radio {escalation_first} about the visitor and the guest in 412, so they can decide what to do # action: supervisor # why: Within policy, and the control room will not mind. But nothing needed deciding: a log entry was what the rules asked for, and a call spends their time.]
  -> decided
+ [Log the visitor in the incident log: what he did, and when # action: log # score: report +2 # score: document +1 # why: Under house rules a visitor asked to leave goes in the incident log. The entry is about his conduct, so the desk knows him if he comes back.]
  -> decided
+ [Nothing. It was a private matter # score: report -1 # why: Her work is her business, but his behavior is the hotel's: a visitor who demanded a key and had to be asked to leave goes in the log, or the next shift meets him blind.]
  -> decided
+ [Refer room 412 to {hotline_name} with Dana # action: hotline # score: culture -2 # score: trust -1 # myth: myth.all_or_none_sex_work # why: A referral about her, with no sign of anyone controlling her, makes an adult's own work into a case. What happened tonight was his conduct.]
  -> decided

=== decided ===
-> file_report(-> epilogue)

// ---------------------------------------------------------------- epilogue

=== epilogue ===
{
- report_action == "log":
  Your entry goes in the incident log: a man in a golf jacket, the time, what he asked for, and that he left when asked. It says nothing about the guest in 412, because there is nothing to say.
- report_action == "supervisor":
  {escalation_first} reads your call back to you and says a log entry would have done. It goes in the log.
- report_action == "hotline":
  {escalation_first} asks what you saw that pointed to someone else being in control. The referral has nothing in it but visitors.
- report_action == "police" || report_action == "emergency":
  {escalation_first} reads your report and asks why police were called about a guest who was in no danger and had done nothing wrong.
- else:
  The next night, a man in a golf jacket asks the new desk clerk for a key to 412. Nothing in the log tells her who he is.
}
-> aftermath

=== aftermath ===
At handover, Dana goes over it with the morning manager while you listen.
Nobody else held her key, her ID, her phone or her money. She came and went on her own and nobody waited for her. That's not trafficking. # speaker: dana
If one day someone else holds those, or waits in the hall, or she looks under 18, that's different, and we report it. # speaker: dana
{checked_in: {variant == 2: The next month, Sasha books again. She nods to the night desk on her way in.|The next month, Sasha books again. She leaves a note at the desk: Thanks for the call.}|Whether she books again, nobody knows.}
Your shift ends at seven.
-> END
