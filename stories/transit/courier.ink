# grammar: 1
# id: transit.courier
# title: Afternoon shift: the same-day return
# setting: transit
# summary: A sixteen-year-old waits for the Eastgate bus with a small drawstring bag he never puts down. It is his third Tuesday in a row, and his phone will not stop buzzing.
# minutes: 12
# situation: labour_trafficking
# minor: yes
# variants: 2
# content_note: This story involves a sixteen-year-old who may be made to carry packages, possibly drugs, for adults who control him through a debt and threats to his family. No drugs are shown or handled, and there is no violence on screen. You can step out at any time.
# focus: A young person who may be moving drugs under someone's control: a possible victim first, never a suspect to search
# character: omar; Omar; A station custodian in his sixties with a mop cart and a radio. Your colleague today.
# character: nico; Nico; A sixteen-year-old in a thin gray fleece, with a small black drawstring bag he keeps on his lap.
# character: ash; Ash; A young man of about nineteen in a red track jacket, always on his phone.
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# distractor: not.any_tattoo
# teaches: myth.offender_not_victim
# teaches: myth.only_women
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Nico is sixteen. Whatever is in the bag, an adult directing a child to carry it is exploitation of
//   a child (forced criminality), so police and child protection is the exact report on every path.
//   The non-punishment principle is why the officer never searches him, questions him about the bag,
//   or hands him over as "a runner".
// - Nobody ever opens the bag. The story never says what is in it, and neither does the officer.
// - The ticket window (a same-day return he never pays for, and he didn't know when he'd be back) stays
//   ambiguous about the trip (`ambiguous`): plenty of parents book a teenager's ticket on their own
//   account. Telling him he is not in trouble (`resolves`) is what lets him say who meets him: a
//   different man every time, who finds him.
// - Nico is flat and hostile, then lets out a little: a debt ("I lost one"), and that they know where
//   his mom lives. He never names anyone, and the officer never asks him to.
// - Variant 1: Ash, a young man of about nineteen, watches from the lost-property window. He may be
//   under the same control; he is not "the boss". Variant 2: nobody watches in person; the control is
//   a phone that wants a photo of the departure board every few minutes.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: bus_station_hall
# ambience: bus_station
# show: omar:calm
One forty on a Tuesday afternoon at Crossways Bus Station. The hall is half empty.
You are on the day shift for {org_name}.
Omar leans on his mop cart by the kiosk.
The kid on the bench by Bay 4. Third Tuesday I've seen him. # speaker: omar
Out on the two-forty to Eastgate, back on the six-ten. Same little bag every time. # speaker: omar
Sixteen, he told the driver last week, when she asked about the youth fare. # speaker: omar
School's in, isn't it? # speaker: omar
+ ["Could be visiting his dad. What else have you noticed?" # score: observe +1 # why: Keeping the ordinary explanation open and asking for more facts is how a useful picture is built.]
  He never buys anything. Never sets the bag down, not even in the restroom. # speaker: omar
+ ["I'll keep an eye on him and write the times down." # score: observe +1 # score: document +1 # why: Quiet watching and times noted as they happen are what a report is built from, and nobody is tipped off.]
  Good. I'll be around. # speaker: omar
+ ["Sounds like he's running drugs. I'll go and check that bag before the bus comes." # score: safety -2 # score: trust -2 # myth: myth.offender_not_victim # why: A sixteen-year-old carrying a bag for someone may be the one being used. Treating him as a suspect first scares him off and tells whoever sent him that he was seen.]
  Omar frowns. # show: omar:guarded
  You're not the police. And he's a kid. # speaker: omar
+ ["Truancy isn't our business. He's got a ticket, he can sit there." # score: observe -1 # why: Missing school is not a crime for security to deal with, but a child traveling alone on a school day with a bag he never lets go of is worth a look.]
  Sure. I only said he's here a lot. # speaker: omar
- You note the time: one forty-two. # requires: supervisor
  -> hall

// ---------------------------------------------------------------- observe

=== hall ===
# phase: observe
# hide: omar
You walk a slow round of the hall. Look, but don't stare.
- (around)
* [Look at the boy on the bench by Bay 4 # observe: bench_bags # reveals: transit.few_belongings_wrong_clothes]
  A thin fleece, no coat, no bag but the drawstring one on his lap. It is a three-hour round trip, and it is forty degrees outside.
  He keeps both hands on the bag, even when he checks his phone.
  -> around
* [Ask at ticket window 2 # observe: ticket_window # reveals: transit.ticket_bought_by_other # ambiguous: transit.unsure_destination_or_contact]
  The agent at window 2 lowers her voice.
  His tickets are booked online, same-day return, on an account in someone else's name. He's never paid for one himself.
  He showed me the code on his phone. He didn't know what time he'd get back.
  -> around
* [Look over at the lost-property window # observe: lost_property # reveals: transit.restricted_monitored_movement]
  {
  - variant == 2:
    The clerk at lost property nods toward Bay 4 without being asked.
    His phone goes every few minutes. Each time he holds it up and takes a picture of the departure board. Like someone wants proof of where he is.
  - else:
    A young man in a red track jacket leans on the lost-property counter, on his phone.
    He isn't waiting for anything. His eyes go to the boy on the bench every time the boy moves, and once he lifts the phone and takes a picture of him. # show: ash:calm
  }
  -> around
* [Stop at the snack kiosk # observe: snack_kiosk # reveals: transit.scripted_inconsistent_story]
  The kiosk clerk has seen him too.
  Last week he told me he was visiting his dad in Eastgate. The week before, it was his cousin. Same words both times, like he'd practiced.
  -> around
* [Check the departure board # observe: departure_board # reveals: nothing]
  The 2:40 to Eastgate now says DELAYED 20 MIN.
  Half the hall groans. A man with a cello case phones someone to say he will be late.
  -> around
* [Look down the restroom corridor # observe: restrooms # reveals: nothing]
  Two teenagers in soccer jerseys share a bag of chips by the restroom door, waiting for their coach.
  A woman with a clipboard calls their names and they run back to the group.
  -> around
+ [Walk over to the bench by Bay 4]
- -> first_talk

// ---------------------------------------------------------------- talk

=== first_talk ===
# phase: talk
# show: nico:guarded
The boy sees your uniform before you get close. His shoulders go up and his hands close on the bag. # indicator: transit.fear_of_uniforms
He looks at the floor. # discuss: What have you seen so far, and what does it not tell you?
+ ["Your bus is running twenty minutes late, by the way." # score: trust +1 # score: safety +1 # why: Useful, ordinary information asks nothing of him and gives him a reason to think you are not there about him.]
  -> late_bus
+ [Sit at the other end of the bench and say nothing for now # score: trust +1 # score: choice +1 # why: Being near without asking anything lets him decide whether to talk. It is slower, and the bus is coming.]
  -> sat_down
+ ["Which school are you supposed to be at today?" # score: trust -1 # score: choice -1 # why: Opening with truancy makes him a kid in trouble, and a kid in trouble has every reason to say nothing.]
  -> school_question
+ ["What's in the bag?" # critical: interrogate_victim # score: trust -2 # myth: myth.offender_not_victim # why: Asking about the bag treats him as a suspect and asks him to tell you about what he is made to do. He can't answer that safely, and now he knows you are looking.]
  -> bag_question

=== late_bus ===
I know. I can read. # speaker: nico
-> hostile

=== sat_down ===
A minute goes by. His phone buzzes. He looks at it and doesn't answer.
What. # speaker: nico
-> hostile

=== school_question ===
Half day. # speaker: nico # show: nico:anxious
He says it too fast.
-> hostile

=== bag_question ===
My stuff. # speaker: nico # show: nico:anxious
He pulls the drawstring tight and wraps it round his wrist.
-> hostile

=== hostile ===
# show: nico:guarded
Why are you even talking to me? I haven't done anything. # speaker: nico
His phone buzzes again. This time he holds it up and takes a picture of the departure board, then types with his thumb.
+ ["You haven't. I'm not here about anything you've done." # resolves: transit.unsure_destination_or_contact # score: trust +2 # why: Saying plainly that he is not in trouble answers the fear under the hostility, without asking him for anything in return.]
  -> not_in_trouble
+ ["Fair enough. The kiosk gives out free water if you want some. I'm around." # score: trust +1 # score: choice +1 # why: Backing off respects his no and leaves a door open. It also means less time before the bus, and he may not walk through it.]
  -> backed_off
+ ["If there's something in that bag, you're the one who gets arrested, not whoever gave it to you. Think about that." # critical: threaten_arrest_or_immigration # score: trust -2 # score: safety -1 # why: Threatening arrest is exactly what the people who send him say will happen if he talks to anyone. It proves them right.]
  -> threatened

=== threatened ===
Nico stands up, the bag held against his chest. # show: nico:anxious
Then arrest me. Go on. # speaker: nico
He walks to the far end of the hall and stands by the Bay 4 doors with his back to you.
-> act

=== backed_off ===
He doesn't answer. You go to the kiosk and get two cups of water anyway, and leave one on the bench.
Five minutes later the cup is empty. He doesn't look at you, but he doesn't move away either.
-> disclosure

=== not_in_trouble ===
He glances at you, then away. # show: nico:guarded
That's what you all say. # speaker: nico
-> disclosure

=== disclosure ===
Somebody picks me up at Eastgate. Different guy every time. He finds me, I don't find him. # speaker: nico # indicator: transit.unsure_destination_or_contact
I lost one, back in the fall. Somebody took it off me. So now I owe. # speaker: nico
I do Tuesdays till it's paid. # speaker: nico
He says it flat, like a bus timetable. Then, quieter:
They know where my mom lives. So don't. Whatever you're going to do, don't. # speaker: nico # show: nico:anxious # discuss: Nico has told you a little and asked you to do nothing. What do you owe him now, and what can't you promise?
+ ["Who are they? Give me a name, a number, anything, and I'll make sure they never go near your mom again." # critical: interrogate_victim # score: trust -2 # why: Pressing him for names is investigating, not keeping him safe, and the promise is one you cannot keep. Police and child protection ask, in their own time, with support for him.]
  -> pressed
+ ["I believe you. You're sixteen, so I can't keep this to myself. I'll do it quietly, and tell you each step." # score: trust +2 # score: safety +1 # score: report +1 # action: police # why: Honest about what has to happen and why, and careful about how. He may be angry, but he will not be surprised or betrayed.]
  -> told_honestly
+ ["OK. I won't call anyone, I promise. If you change your mind, come and find me or Omar by the kiosk." # score: safety -2 # score: choice +1 # myth: myth.would_ask_for_help # why: With an adult, respecting a no is right. A sixteen-year-old carrying for people who threaten his family is a child protection concern, whatever he asks.]
  -> promised_nothing

=== pressed ===
Nico laughs, short and not funny. # show: nico:anxious
You'd get me killed. # speaker: nico
He gets up and goes to stand by the Bay 4 doors with his back to you.
-> act

=== promised_nothing ===
He nods once, and looks back at his phone.
The board changes: the 2:40 to Eastgate is boarding at Bay 4 in fifteen minutes.
-> act

=== told_honestly ===
Nico stares at you.
They'll find out. # speaker: nico
Not from me. And not in front of anyone. # speaker: officer
He doesn't get up. He pulls the sleeves of the fleece down over his hands and watches the board.
-> act

// ---------------------------------------------------------------- act

=== act ===
# phase: act
# requires: police
The board changes: the 2:40 to Eastgate is boarding at Bay 4 in fifteen minutes.
{
- variant == 2:
  Nico's phone buzzes. He reads it and stands up.
- else:
  At the lost-property window, the young man in the red track jacket puts his phone away and watches the bench. # show: ash:calm
}
Omar rolls his cart up beside you. # show: omar:calm
Your call. What do you want me to do? # speaker: omar # discuss: The bus boards in fifteen minutes and somebody may be watching. What are your options, and what does each one cost?
+ ["Keep him in sight." Step out of view and radio {escalation_first} # score: safety +2 # score: report +2 # action: police # why: A child carrying for people who threaten his family goes to police and child protection, and making the call out of sight keeps the watcher from learning that he was noticed.]
  -> called_quiet
+ [Make the call from the bench, right beside Nico, so he can hear every word you say about him # score: trust +1 # score: safety -1 # score: report +2 # action: police # why: Nico hears exactly what you say about him, which keeps faith with him. Anyone watching the bench sees a uniform on the radio next to him, though.]
  -> called_open
+ [Ask the Eastgate driver not to let him board # score: safety -1 # score: collaboration -1 # why: Turning him away at the door tells whoever sent him that something went wrong, and leaves him in the hall with nobody on the way to help.]
  -> driver
+ [Take the bag off him and hold it for the police until they get here, so nothing in it goes missing # critical: detain_or_rescue # score: safety -2 # score: trust -2 # myth: myth.security_rescues # why: Taking the bag is a search and a seizure, not safety. It puts him in danger with the people he owes, and it is not security's job.]
  -> bag_taken
+ {variant == 1} [Walk over to the young man at lost property and ask him, politely, who he is here with today and why # critical: confront_controller # score: safety -2 # why: Challenging someone who may be watching for the people in control shows your hand. He may be under the same control himself, and Nico pays for it.]
  -> confronted

=== driver ===
Omar shakes his head. # show: omar:guarded
Then he misses it, and somebody wants to know why. # speaker: omar
And he's still a kid on his own in here. # speaker: omar
+ ["You're right." Step behind the kiosk and radio {escalation_first} for police and child protection # action: police]
  -> called_quiet

=== called_open ===
You sit at the end of the bench and radio {escalation_first}. Sixteen. Same-day returns on someone else's account. Says he owes, and that they know where his mother lives. Bus at two forty.
Nico listens without moving.
{
- variant == 1:
  At the lost-property window, the young man in the red track jacket watches you talk, then takes out his phone and walks out through the main doors. # hide: ash
  Nico's phone buzzes. He reads it, and goes gray.
- else:
  Nico's phone buzzes. He doesn't take the picture this time.
}
The call goes up the line to police and {child_protection_name}. Police say fifteen minutes.
-> wait_for_police

=== called_quiet ===
You keep it short. Sixteen, traveling alone on a school day, on tickets someone else books. His phone wants pictures of the board. He says he owes, and that they know where his mother lives. Bus at two forty.
The call goes up the line to police and {child_protection_name}. Police say fifteen minutes.
-> wait_for_police

=== wait_for_police ===
# show: nico:guarded
The Bay 4 doors open. The Eastgate driver starts taking tickets.
Nico stands up with the bag and looks at you, then at the line.
+ ["Stay a minute. Your ride's coming to you today." # score: trust +1 # score: safety +1 # why: A plain, low-key ask gives him a reason to stay without a hand on him. He may still go, and that is his to decide.]
  {
  - variant == 2:
    Nico looks at the bus for a long time. Then he sits down again.
    He turns the phone face down on the bench.
  - else:
    Nico looks toward the lost-property window. Whatever he sees there, he sits down again.
  }
  -> police_arrive
+ [Say nothing. Stand where you can see the doors and the bench # score: safety +1 # score: observe +1 # why: Watching without a word keeps things calm and puts no pressure on him, but it leaves him to guess what you are doing.]
  Nico hovers at the back of the line. When the driver calls the last boarding, he is still there.
  -> police_arrive
+ [Step in front of the Bay 4 doors so he can't get on # score: safety -2 # score: choice -1 # myth: myth.security_rescues # why: Blocking a door is holding him against his will. It scares him, it is not your role, and police are minutes away.]
  Nico backs off and sits on the floor by the wall, the bag in his lap. He will not look at you again. # show: nico:anxious
  -> police_arrive

=== bag_taken ===
You hold out your hand for the bag.
Nico jerks back. The water cup goes over. # show: nico:anxious
{
- variant == 1:
  The young man in the red track jacket is already crossing the hall. He takes Nico by the arm and walks him fast toward the main doors. # show: ash:impatient
- else:
  Nico runs for the main doors with the bag. Outside, a car has pulled up at the curb with its passenger door open.
}
# requires: emergency
-> danger

=== confronted ===
# show: ash:impatient
The young man in the red track jacket looks at you, then past you at Nico.
I'm waiting for a bus. That a problem? # speaker: ash
He makes a call as he walks. By the time you turn round, he has Nico by the arm and is walking him toward the main doors. Outside, a car has pulled up at the curb with its passenger door open.
# requires: emergency
-> danger

=== danger ===
Nico doesn't pull away. He goes where he is taken. # show: nico:anxious
+ [Keep your distance, dial {emergency_number}, and give them the car and its plate # score: safety +3 # score: report +2 # action: emergency # why: A child being put into a car he may not want to get into is immediate danger. Distance keeps you safe, and what you see is what police will need.]
  -> called_emergency
+ [Shout across the hall, "Nico! You don't have to go with him!", and start after them # score: safety -2 # score: trust -1 # why: Shouting makes Nico choose in front of the people he is afraid of, and tells them to hurry. It brings help no closer: the emergency call does.]
  Nico doesn't turn round. They walk faster.
  -> car_gone
+ [Run after them and get between him and the car # critical: detain_or_rescue # score: safety -3 # why: Getting between a child and a car can get both of you hurt, and it does not stop the car. Call, keep your distance, and be the witness.]
  -> car_gone
+ [Radio {escalation_first} and ask the control room what they want you to do # critical: no_emergency_call # score: safety -2 # why: A child being taken somewhere right now needs the emergency number first. The control room comes straight after.]
  -> car_gone

=== called_emergency ===
You call {emergency_number} and say what you see: a sixteen-year-old being walked to a car at the curb, the color, the plate.
{
- variant == 1:
  At the curb, Nico stops. The young man in the track jacket looks at your phone, lets go of Nico's arm and walks off down the street. # hide: ash
  The car pulls away without either of them.
- else:
  Nico gets into the car. It pulls away, and you read the plate out to the call taker as it goes. # hide: nico
}
# ending: emergency_called; The emergency number was called while it was happening
Police arrive within minutes. You give them the plate and the times.
-> file_report(-> epilogue_emergency)

=== car_gone ===
By the time you have finished, the car has gone, and Nico with it. You saw the color, not the plate. # hide: nico # hide: ash
# ending: car_left; The car left with Nico
-> file_report(-> epilogue_gone)

=== police_arrive ===
# show: nico:guarded
Two police officers come in through the main doors. A worker from {child_protection_name} is ten minutes behind them.
You meet them by the kiosk, out of Nico's earshot.
{variant == 1: The young man in the red track jacket has gone from the lost-property window. Nobody saw him leave. # hide: ash}
One officer asks how you would describe what is going on.
+ ["A kid running drugs for a gang, I'd bet money on it. That bag is probably full, and he had a story ready about a half day at school. You'll want to search him." # score: culture -2 # score: trust -1 # myth: myth.offender_not_victim # why: Nobody has seen what is in the bag, and calling him a runner puts him in the offender's seat. What you saw is a child who may be used by adults.]
  -> handover_labelled
+ ["Sixteen, alone, on tickets someone else books, with a phone that wants photos of where he is. He says he owes, and that they know where his mom lives. Nobody's opened the bag." # score: document +2 # score: culture +1 # why: Facts, his own words where they matter, and nothing you didn't see. It lets police and child protection start from where he is, as a possible victim.]
  -> handover
+ ["He's sixteen, and I'm worried about him. Omar's seen him three Tuesdays." # score: document +1 # score: collaboration +1 # why: True and not judging, and it points them to a second witness. The ticket account and the phone would have helped them start.]
  -> handover

=== handover ===
The officer writes it down.
The worker from {child_protection_name} sits down at the other end of Nico's bench, not too close, and says something you can't hear. Nico shrugs. It is a start.
# ending: police_met; Police and child protection met Nico at the station
-> file_report(-> epilogue_police)

=== handover_labelled ===
The officer writes it down and looks over at the bench.
Nico has heard the word "drugs". He pulls his hood up and says nothing to anyone for a long time. # show: nico:anxious
# ending: police_met; Police and child protection met Nico at the station
-> file_report(-> epilogue_police)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_police ===
At the end of the shift {escalation_first} tells you that child protection has Nico, and that police are treating him as a young person at risk, not a suspect.
Nobody tells you more than that. For a young person, that is the right amount to know.
-> aftermath

=== epilogue_emergency ===
The next Tuesday the bench by Bay 4 is empty at two forty. Omar checks twice.
-> aftermath

=== epilogue_gone ===
{
- report_action == "emergency" || report_action == "police":
  Police have the color of the car, the times from your report and the ticket account from window 2.
- else:
  Nobody outside the station hears about Nico today.
}
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Your report goes to police. An officer calls the next day to go over the times with you.
- report_action == "police":
  {escalation_first} reads your report and confirms that police and {child_protection_name} have it.
- report_action == "hotline":
  {escalation_first} reads your report. It went to {hotline_name}, but with a sixteen-year-old involved, police and {child_protection_name} needed it today.
- report_action == "supervisor":
  {escalation_first} reads your report. With a sixteen-year-old involved, it needed to go further, and faster.
- report_action == "log":
  Your report goes into the shift log. With a child involved, a log entry alone was not enough.
- else:
  Nothing about today goes into the log.
}
Omar says he will look out for the bench on Tuesdays. You ask him to call you, not to go over himself.
-> END
