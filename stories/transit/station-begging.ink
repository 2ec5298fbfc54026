# grammar: 1
# id: transit.station_begging
# title: Late shift: the foot of the stairs
# setting: transit
# summary: A commuter has complained about a young man begging at the foot of the stairs on platform 2, and station policy says people begging are asked to move on. It is a cold night, in the last hour of service.
# minutes: 12
# situation: labour_trafficking
# minor: yes
# variants: 2
# content_note: This story involves a young person, who may or may not be under eighteen, begging every day at a rail station, a man who collects the money, an untreated injury and fear of police. No violence is shown. You can step out at any time.
# focus: A station rule, a man who says he is family, and an age nobody can be sure of: what to do on the platform, and who to call
# character: bea; Bea; The control-room operator, on the radio. She watches the station cameras.
# character: emil; Emil; A thin young man who could be sixteen or twenty, in a cotton jacket too light for the cold, with a gray bandage around one foot.
# character: dan; Dan; A man in his thirties in a padded jacket and a wool hat, with car keys on a lanyard.
# character: rosa; Rosa; A busker in her sixties with a guitar and a performer's permit on a lanyard.
# character: walt; Walt; A man in his fifties who sleeps at the station most nights, with a shopping cart of bags.
# character: interpreter; Interpreter; A calm voice on the phone interpreting line.
# distractor: not.speaks_other_language
# distractor: not.cheap_clothes
# distractor: not.tired_or_shy
# teaches: myth.age_unknown_adult
# teaches: myth.offender_not_victim
# teaches: myth.trauma_hostile_or_flat
# teaches: myth.only_sex

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Forced begging. Emil begs at the same spot every day. Dan drops him off at four, comes down the
//   stairs about once an hour to empty the cup, and collects him after the last train. Emil's foot
//   is hurt and has not been seen by anyone. Nobody, the learner included, learns his age: he may be
//   sixteen, he may be twenty. Dan says "twenty"; Emil says "twenty" too, looking at the stairs.
// - That uncertainty is the hard judgement. A young person who may be under 18 is treated as a
//   possible minor: the exact report is police and child protection (`requires: police`, `minor:
//   yes`), who can find out his age safely. The hotline alone is too little for a possible minor,
//   however reasonable it feels for someone who says he is twenty and is afraid of police.
// - Station policy says to move people begging along. That is a real duty, and it has a cost here:
//   sent up the stairs early with a light cup, Emil answers to Dan for it. Holding off and telling
//   the control room why is the best answer; moving him on is within policy and scored as such.
// - Language: Emil speaks little English. The phone interpreter is right; a helpful busker is a
//   tempting shortcut (not neutral, not private) but not a critical error; Dan as interpreter is.
// - Disclosure is minimal: through the interpreter Emil says his foot hurts, that he "pays back for
//   the road", and, in variant 1, that Dan knows where his mother lives. He never says "forced".
// - Dan is calm in variant 1 ("my cousin, I help him") and short-tempered in variant 2. The
//   first-aid room pretext lets Emil have his foot cleaned in variant 1 (Dan waits at the door);
//   in variant 2 Dan refuses, and the right move is to stop and report.
// - The camera look (a man who comes down once an hour) stays ambiguous (`ambiguous`): it could be a
//   friend with a sandwich, and even the cup being emptied could be a friend minding the money. Asking,
//   through the interpreter, whether he is OK to talk (`resolves`) brings the answer about leaving: he
//   pays back for the road first.
// - Red herrings: Rosa, a licensed busker; Walt, a regular known to the outreach team.
// - Emil's flat voice and the way he says "twenty" to the stairs are explained in the debrief
//   (myth.trauma_hostile_or_flat); so is the age question (myth.age_unknown_adult).

VAR moved_on = false
VAR first_aid = false
VAR tipped_off = false

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: rail_platform
# ambience: rail_platform
Twenty past eleven on a Thursday night in December. The wind comes straight down the tracks.
You are on the late shift for {org_name} at Millbrook station, covering the platforms until the last train.
Your radio clicks. It's Bea in the control room.
A commuter's emailed the station manager again. Young guy begging at the foot of the stairs on platform 2. # speaker: bea
Policy is we ask people begging to move along, off the platforms. The manager wants it done tonight. # speaker: bea
+ ["Copy. I'll ask him to move along." # score: collaboration +1 # score: safety -1 # why: It is station policy, and you are asked to do it. But you would be moving someone you have not yet looked at, on a freezing night, without knowing what being moved costs him.]
  ~ moved_on = true
  Thanks. He'll only be back tomorrow, though. # speaker: bea
+ ["Begging's not a crime. Tell the manager no." # score: choice +1 # score: collaboration -1 # why: It protects him from being moved for now, but it is the manager's policy, not yours to overrule on the radio, and it ends the conversation before you know anything.]
  It's not my call either. Can you at least go and look? # speaker: bea
+ ["Before I move him, I want a look at him. I'll tell you what I see." # score: observe +1 # score: collaboration +1 # why: You keep the control room in the loop and still do the job, but you look at the person before you act on a complaint about him.]
  Fair. I'll tell the manager you're on it. # speaker: bea
+ ["Can transit police write him a ticket? Then he won't come back." # score: safety -1 # score: choice -1 # myth: myth.offender_not_victim # why: A ticket treats him as the problem before anyone knows why he is there every day. If someone else takes his money, the fine lands on him, not on them.]
  For begging? They won't come out for that. Go and have a look, will you? # speaker: bea
- You start down the footbridge stairs to platform 2. # requires: log
-> platform

// ---------------------------------------------------------------- observe

=== platform ===
# phase: observe
# show: emil:calm
Platform 2 is almost empty between trains. A guitar is playing somewhere at the far end.
- (around)
* [Look at the young man at the foot of the stairs # observe: staircase # reveals: transit.few_belongings_wrong_clothes]
  He sits on a flattened cardboard box at the bottom step, a paper cup in front of him.
  A thin cotton jacket, zipped to the chin, on a night near freezing. No bag, no hat, no gloves.
  One sneaker is unlaced around a gray bandage. He does not look at the people passing. He looks up at the footbridge.
  -> around
* [Ask Bea to look back on the camera # observe: cctv # reveals: nothing # ambiguous: transit.restricted_monitored_movement]
  Bea scrolls back.
  He's been there since ten past four. Same spot yesterday, same the day before. # speaker: bea
  A man comes down to him about once an hour. Seven-thirty, eight-thirty, nine-thirty, ten-thirty. Crouches for a minute, goes back up. # speaker: bea
  Could be a friend bringing him a sandwich. I can't see his hands from this angle. # speaker: bea
  -> around
* [Look at the busker by the vending machine # observe: vending_machine # reveals: nothing]
  # show: rosa:calm
  A woman in her sixties plays an old country song on a guitar, her case open at her feet.
  A laminated performer's permit hangs from her lanyard, with her photo, and this month's date.
  She nods at you without missing a chord.
  -> around
* [Look at the man asleep in the shelter # observe: shelter # reveals: nothing]
  # show: walt:calm
  A man in his fifties is asleep on the shelter bench under two coats, a shopping cart of bags beside him, his shoes tucked under the cart.
  He has a folded card in his hat band. You can't read it from here.
  + + ["Bea, who's the man in the shelter?"]
    That's Walt. He's here most nights. The outreach van comes by at midnight and they know him by name. # speaker: bea
    The card's theirs. They gave him a bed last winter; he didn't like it. # speaker: bea
    -> around
  + + [Leave him to sleep]
    -> around
+ [Walk over to the stairs]
- -> handover

=== handover ===
The speakers chime. The 11:31 is pulling in on platform 1, across the tracks. # sound: pa_chime
A man in a padded jacket and a wool hat comes down the footbridge stairs. # show: dan:calm
He crouches by the young man, says something short, and tips the notes from the paper cup into his own pocket.
He leaves the coins in the cup and goes back up the stairs, checking his phone. # indicator: transit.restricted_monitored_movement # hide: dan
{variant == 2: The young man's shoulders drop. He does not look up until the man is out of sight.|The young man watches him all the way up the stairs.}
-> emil_first

// ---------------------------------------------------------------- talk

=== emil_first ===
# phase: talk
# show: emil:guarded
{moved_on: You walk over to move him along.|You walk over to the stairs.}
When he sees your uniform, he gets up fast, on one foot, and grabs the cup. # indicator: transit.fear_of_uniforms
He is already turning for the stairs.
+ ["Hey. It's OK. Sit, sit. You're not in trouble." # score: trust +2 # score: safety +1 # why: Plain words and an open hand tell him first what matters most to him, that he is not in trouble, and give him a reason to stay where you can see he is safe.]
  -> sits_again
+ ["Sir, you can't beg on the platforms. You'll need to move along." # score: collaboration +1 # score: trust -2 # why: It is the rule you were sent to apply, but it is the first thing he hears from you, and it confirms what he already fears about uniforms. It makes everything after it harder.]
  ~ moved_on = true
  -> moving
+ ["Who's the guy who just took your money?" # score: trust -2 # score: safety -1 # why: It is the question on your mind, but it is about the one person he may be most afraid of, asked by a stranger in uniform, in the open, before anything else.]
  -> asked_about_dan
+ ["How old are you? Are you OK?" # score: observe +1 # score: trust -1 # why: His age matters, and so does how he is. But an age question from a uniform, first thing, sounds like a check, and he is too frightened to answer either.]
  -> asked_age_first

=== moving ===
He nods quickly. # show: emil:anxious
Sorry. Sorry. # speaker: emil
He limps up two steps, then stops and looks up at the footbridge, and does not go on.
He sits down on the third step, the cup in both hands.
-> language

=== asked_about_dan ===
He shakes his head. # show: emil:anxious
No English. Sorry. # speaker: emil
He holds the cup against his chest.
-> language

=== asked_age_first ===
He looks at you, then at the stairs. # show: emil:anxious
Twenty. # speaker: emil
He says it the way people say a word they have practiced.
-> language

=== sits_again ===
He hesitates, then sits back down on the cardboard.
No English. Sorry. # speaker: emil
-> language

=== language ===
He points to his mouth and shakes his head. His English is a few words.
Behind you, the guitar stops. The busker is packing up, and she has been watching.
She says she bought him a hot dog at six, and he ate it in three bites, as if he hadn't eaten all day. # show: rosa:calm # indicator: transit.malnourished_drugged
I know some of his language, I think. I heard him on his phone once. Want me to ask him what's going on? # speaker: rosa # discuss: Someone is offering to help you talk to him. What do you need from whoever interprets for him?
+ ["Please, that'd help. Just ask if he's OK." # score: trust -1 # score: culture -1 # why: She means well, and it would be quick. But she is not neutral or bound to confidentiality, she may be seen with him, and what he says may reach whoever watches him.]
  -> rosa_asks
+ [Keep to simple English, slowly, with gestures, and see how far it gets you # score: trust +1 # why: Nobody speaks for him, and it stays private. But simple English carries yes and no and not much more, and a professional interpreter was one phone call away.]
  -> card_only
+ ["Kind of you. I'll use our phone line. It's private." # score: culture +2 # score: trust +1 # why: A professional interpreter on the phone is neutral and bound to confidentiality. Whatever he says stays between him, you and the line, not with someone he may see here every day.]
  -> interpreter

=== rosa_asks ===
Rosa crouches and says a few words. He answers in a rush, looking past her at the stairs.
He says he's fine. He says his cousin is coming soon and he has to be here. # speaker: rosa
I don't think that's all he said, but I didn't catch the rest. # speaker: rosa
See you Saturday. # speaker: rosa
She picks up her guitar case and heads for the stairs. # hide: rosa
-> pressure

=== card_only ===
You thank the busker, and turn back to him. You speak slowly, and point.
Foot? Hurt? # speaker: officer
He nods.
Fall. Stairs. # speaker: emil
You ask if he is OK. He nods. You ask if he is hungry. He looks at the stairs, and doesn't answer.
That is as far as yes and no will go.
-> pressure

=== interpreter ===
# show: emil:guarded
# hide: rosa
You show him the "I speak" card from your vest pocket. He points to one line, and you call the interpreting line on your phone.
You put it on speaker and hold it between you, low.
You tell him who you are, and that he is not in trouble. The interpreter passes it on.
He says thank you. He says he is fine. # speaker: interpreter
He looks at the phone, not at you. His voice is flat and quiet.
+ ["Ask him how old he is, and where he sleeps." # score: observe +1 # score: trust -1 # why: Both answers would matter, and one question about age is fair. Two personal questions in a row, from a uniform, to someone this frightened, get the answer he has been told to give.]
  -> age_question
+ ["Ask him if it's OK to talk for a minute, and if he wants someone to look at his foot." # resolves: transit.restricted_monitored_movement # score: safety +1 # score: trust +1 # why: A safety check and an offer of care, nothing more. It asks only what you need to know now, and lets him decide how much to say.]
  -> foot
+ ["Ask him if that man makes him beg and takes all his money." # critical: interrogate_victim # score: trust -2 # why: You are asking him to accuse the person he may fear most, on a station platform, through a stranger on the phone. Questions about the exploitation are for people trained to ask them.]
  -> pushed

=== foot ===
He says it's OK to talk a little. He says he fell on the stairs. Last week. # speaker: interpreter
He says no doctor. No hospital. He says that twice. # speaker: interpreter
You ask whether he can come and go as he likes. The interpreter passes it on. He takes a long time.
He says: I pay back for the road. Then I go. # speaker: interpreter # indicator: transit.restricted_monitored_movement
{variant == 2: He says nothing else. He is looking at the stairs.|He says his cousin knows where his mother lives, and that he is a good worker. # speaker: interpreter}
-> pressure

=== age_question ===
He says twenty. He says he sleeps at his cousin's. # speaker: interpreter
{variant == 2: He says he doesn't know the street.|He says it's near. He doesn't know the name.}
He has said twenty to the stairs, not to the phone.
-> pressure

=== pushed ===
He stands up. # show: emil:anxious
He says he has to go. He says: please, no police. # speaker: interpreter
He says he is fine, he is fine. He sits down again, because he has nowhere else to be until the man comes back.
-> pressure

// ---------------------------------------------------------------- the policy, again

=== pressure ===
You step away toward the shelter. # requires: police
He is sitting on the step again, watching the stairs.
Your radio clicks.
{moved_on: The manager says thanks for moving him. He's on the stairs still, I see. # speaker: bea|The manager's asking again. Is he moving along or not? # speaker: bea}
You look back at the young man. You still don't know how old he is. # discuss: He might be sixteen or twenty. What would you need to know before treating him as a possible minor, and can you find it out here?
+ ["I'll move him on. It's the rule, and it's not our job to decide who gets an exception." # score: collaboration +1 # score: safety -2 # why: You are within policy, but he goes up the stairs early, with a lighter cup, to the man who takes the money, and you have seen enough to know that may cost him.]
  ~ moved_on = true
  He nods when you point to the exit. He gets up two steps and sits down again, out of the wind.
+ ["He looks twenty to me. If he's an adult, it's up to him." # score: choice +1 # score: observe -1 # myth: myth.age_unknown_adult # why: Respecting an adult's choice is right, but you don't know he is one. Looks don't tell you, and an age he gives, maybe one he was told to give, doesn't settle it either.]
  If you say so. The manager won't like it. # speaker: bea
+ ["Not yet. I think he may be under 18, and he's hurt. Log that I'm holding off." # score: collaboration +1 # score: safety +1 # why: It tells the control room what you saw and why you are not applying the policy yet, on the record, so the decision is shared and nobody is surprised later.]
  OK. Logged. I'll tell the manager it's a welfare concern. # speaker: bea
- -> dan_arrives

// ---------------------------------------------------------------- the man comes back

=== dan_arrives ===
# phase: act
# show: dan:calm
The last train is announced for ten to twelve. The man in the padded jacket comes down the stairs again, keys in his hand.
{variant == 2: What's this? What did he do? # speaker: dan # show: dan:impatient|Evening, officer. Is there a problem? # speaker: dan}
He's my cousin. I help him. He doesn't speak English. # speaker: dan
He puts his hand on the young man's shoulder and answers for him before you have asked anything. The young man looks at the ground. # show: emil:anxious # indicator: transit.minor_with_non_parent
{variant == 2: We go now. He's an adult, he doesn't need you. # speaker: dan|It's cold, I take him home now. He's twenty. # speaker: dan}
+ ["How old is he? Have you got ID for him?" # score: observe +1 # score: safety -1 # why: You learn something real, but you ask it of the man, not the young man, and he now knows that security is interested in his "cousin".]
  -> id_asked
+ ["That foot needs looking at. The first-aid room's right here. We see people one at a time in there." # score: safety -1 # score: trust +1 # why: First aid is a real need, and "one at a time" might give him a minute away from the man. But it shows the man that his injury has been noticed, and the man decides whether it happens.]
  -> first_aid_offer
+ ["I've been watching you take his money all night." # critical: confront_controller # score: safety -2 # score: trust -1 # why: Challenging the man in front of him puts the young man in the middle. The man stays calm, and the young man is the one who goes home with him.]
  -> confronted
+ ["No problem. Last train's at ten to. Get him out of the cold." # score: safety +2 # score: observe +1 # why: With the man here, the young man cannot speak for himself, and anything you do now he may pay for later. An ordinary goodbye keeps him safe tonight; your report is what helps him.]
  -> let_go
+ ["Can you ask him how he hurt his foot? My phone line's playing up." # critical: companion_as_interpreter # score: culture -2 # why: Every word would go through the man who takes his money. The young man can only say what that man wants said, and the man learns what you are asking.]
  -> dan_interprets

=== let_go ===
All right. Thank you. # speaker: dan
The young man picks up his cardboard and follows him up the stairs, slowly, one foot at a time. # hide: dan # hide: emil
-> radio

=== id_asked ===
Twenty. His papers are at home, I keep them safe for him. He loses things. # speaker: dan # indicator: transit.companion_holds_documents_ticket
He looks at you a moment longer than he needs to.
{variant == 2: You ask a lot of questions. # speaker: dan}
Come. # speaker: dan
They go up the stairs, the man a step behind. # hide: dan # hide: emil
-> radio

=== dan_interprets ===
The man speaks to him briefly. The young man answers in two words.
He says he fell at home. He's clumsy. It's nothing. # speaker: dan # indicator: transit.not_allowed_to_speak_or_separate
The young man has stopped looking at anything. # show: emil:anxious
They go up the stairs together. # hide: dan # hide: emil
-> radio

=== confronted ===
The man's face doesn't move.
He's my cousin. He gives me the money to keep safe. You want to arrest someone for that? # speaker: dan # show: dan:impatient
{
- variant == 2:
  He takes the young man by the sleeve.
  Come. Now. # speaker: dan
- else:
  Good night, officer. # speaker: dan
}
~ tipped_off = true
They go. The young man doesn't look back. # hide: dan # hide: emil
-> radio

=== first_aid_offer ===
{
- variant == 2:
  -> first_aid_refused
- else:
  -> first_aid_given
}

=== first_aid_given ===
The man shrugs.
Quick. The train. # speaker: dan
~ first_aid = true
Ana, who does first aid on the late shift, cleans the foot and puts on a fresh dressing. It is swollen and red, and she says it should be seen at a clinic.
The man waits in the open doorway, watching, on his phone. He answers her questions for him. # indicator: transit.not_allowed_to_speak_or_separate
She gives the young man a pair of clean socks from the lost-and-found box, and a granola bar. He eats it in three bites. # indicator: transit.malnourished_drugged
Thank you. # speaker: emil
He says it in English, to her.
+ [Tuck a hotline card into the socks while the man is on his phone # score: trust +1 # score: safety -1 # why: It might reach him, and it might help. But the man is a few feet away, and if he finds it, the young man is the one who answers for it.]
  The young man sees it and closes his hand around the socks. # hide: dan # hide: emil
  -> radio
+ [Say nothing more, and let them go for the train # score: safety +1 # why: He has had his foot seen to, and he still has to go home with this man. Doing nothing more now keeps it that way.]
  They go up the stairs, the man a step behind. # hide: dan # hide: emil
  -> radio

=== first_aid_refused ===
No. We go to our own doctor. # speaker: dan # show: dan:impatient
He has his hand on the young man's arm. # indicator: transit.not_allowed_to_speak_or_separate
+ [Hand him a granola bar # score: trust +1 # why: A small kindness he can take without anyone getting into trouble. He eats it in three bites, and the man watches you hand it over.]
  He takes it and eats it in three bites before the man can say anything. # indicator: transit.malnourished_drugged
  They go up the stairs together. # hide: dan # hide: emil
  -> radio
+ ["It's policy. He has to be seen before he leaves the platform." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Making up a rule after a no shows that you want the young man alone. The man now knows it, and the young man will feel it later.]
  The man looks at you a long moment.
He is an adult. He leaves when he wants. # speaker: dan
  They go. The young man limps to keep up. # hide: dan # hide: emil
  -> radio
+ ["OK. Careful with that foot on the stairs." # score: safety +2 # why: The man has said no to any time alone. Stopping here keeps the young man out of trouble tonight. The report, not the first-aid room, is what helps him now.]
  They go up the stairs together. # hide: dan # hide: emil
  -> radio

// ---------------------------------------------------------------- the report

=== radio ===
# hide: dan
# hide: emil
The platform is empty except for the man asleep in the shelter, and the wind.
{first_aid: Ana radios that the foot looked infected, and should be seen by a doctor.}
You have to decide who hears about this tonight.
+ ["Log it for the day shift. If he's back tomorrow, we'll look again." # action: log # score: report -2 # why: He will be back tomorrow at four, as he was today and yesterday. A log entry alone means nobody who can act hears about a young person who may be a child.]
  -> logged
+ ["Bea, I need police and {child_protection_name}. He may be under 18, and I can't rule it out." # action: police # score: report +2 # why: You can't know his age, and a stated age may be coached. Treated as a possible minor, the concern goes to the people who can find out safely and protect him, even though he is afraid of them.]
  -> police_called
+ ["Refer it to {hotline_name} with Bea. He says he's twenty, and he fears police." # action: hotline # score: choice +1 # score: report -1 # why: For an adult that would be the right call, and it respects his fear. But you don't know he is an adult. For a possible minor, post orders say police and {child_protection_name}, who can find out his age and be here at four tomorrow.]
  -> hotline_referred
+ [Call {emergency_number} # action: emergency # score: safety -1 # why: Nobody is in immediate danger on the platform now, and the car has gone. Police and {child_protection_name}, reached through the control room, can act on what you know and be here at four tomorrow.]
  -> emergency_called

=== police_called ===
Bea takes it down: the times, the man, his car keys, the cup, the foot, what the young man said and didn't say.
She calls police and {child_protection_name}, and asks for the day's camera footage to be kept.
Police say an officer and a youth worker will be at the station at four tomorrow.
# ending: police_child_protection; Police and child protection have it
-> file_report(-> epilogue_police)

=== hotline_referred ===
Bea logs it and makes the referral to {hotline_name} with you.
They take it down, and ask how old he is. You say you don't know.
# ending: hotline_only; The hotline has it, as a concern about an adult
-> file_report(-> epilogue_hotline)

=== emergency_called ===
The call-taker asks what is happening now. Nothing is, on the platform. You describe the man and the car you didn't see.
A patrol drives past the station parking lot ten minutes later. Nothing is there.
# ending: emergency_no_one_there; An emergency call, after they had gone
-> file_report(-> epilogue_emergency)

=== logged ===
You write three lines in the shift log: the time, the place, a young man begging at the foot of the stairs.
# ending: logged; It went into the log
-> file_report(-> epilogue_logged)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_police ===
{
- variant == 2 or tipped_off:
  At four the next afternoon the car doesn't stop at the station. Bea finds it on the camera, slowing, then driving on.
  Police have the plate now, from the footage. They don't tell you what happens next, and that is how it should be.
- else:
  At ten past four the next afternoon, a police officer, a youth worker and an interpreter are on platform 2 when the young man comes down the stairs.
  A week later {escalation_first} says he is being looked after while his age is worked out, and the man has been spoken to. That is all you are told.
}
-> aftermath

=== epilogue_hotline ===
Your report is with {hotline_name}. With no age and no name, there is little they can do the next day.
{variant == 2 or tipped_off: The foot of the stairs is empty the next afternoon.|He is back at four the next afternoon, at the same step.}
-> aftermath

=== epilogue_emergency ===
The call is logged as no trace. The next afternoon, {escalation_first} asks why nobody called police and {child_protection_name} through the control room instead.
-> aftermath

=== epilogue_logged ===
{variant == 2 or tipped_off: The foot of the stairs is empty the next afternoon. Nobody knows where he went.|He is back at four the next afternoon, at the same step, with the same foot.}
-> aftermath

=== aftermath ===
{
- report_action == "police":
  Your report goes to police and {child_protection_name}, with the camera times.
- report_action == "emergency":
  Your report goes to police, late, as an emergency nobody could find.
- report_action == "hotline":
  Your report goes to {hotline_name}. For someone who may be under 18, post orders say police and {child_protection_name}.
- report_action == "supervisor":
  Your report stops with {escalation_first}, who asks why. A young person who may be under 18 goes to police and {child_protection_name}.
- report_action == "log":
  Your report goes into the shift log. Nobody calls about it.
- else:
  Nothing about tonight goes into the log.
}
{moved_on: The manager's complaint is closed: the young man was asked to move along.}
At midnight the outreach van pulls up for the man in the shelter. He wakes, and waves at you. Your shift ends at one.
-> END
