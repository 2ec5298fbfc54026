# grammar: 1
# id: hotel.late_check_in
# title: Evening shift: the late check-ins
# setting: hotel
# summary: A busy half-hour at the front door. A visiting team arrives off a late ferry, an older man checks in with a young woman, a guest pays in cash, a teenager sells candy bars in the parking lot, and a man has been sitting in a car in the drop-off bay for most of an hour.
# minutes: 10
# situation: none
# minor: no
# variants: 2
# content_note: Late arrivals at a hotel entrance: a sports team that speaks little English, an older man with a young woman, a cash payment, a teenager selling door to door and a car waiting outside. Some choices lead to guests being questioned, upset or embarrassed.
# focus: A busy front door: what you see, what you ask, and what goes in the shift log
# character: omar; Omar; The front-desk supervisor, in his thirties, in a dark suit jacket with a lanyard. Your colleague tonight.
# character: kofi; Kofi; A man in his forties in a gray hoodie and a cap, waiting in a silver station wagon.
# character: gordon; Gordon; A man in his late sixties in a brown cardigan and glasses, carrying a small suitcase.
# character: lily; Lily; A young woman in her twenties in a denim jacket, with a shoulder bag and car keys.
# character: bea; Bea; A volleyball coach in her forties in a red club tracksuit, with a whistle on a lanyard.
# character: ilona; Ilona; A volleyball player in her twenties in the red club jacket, with a backpack. She looks worn out.
# character: luca; Luca; A guest in his thirties in a green coat, with a laptop bag.
# character: jace; Jace; A teenager in a bright orange polo shirt, with a cardboard box of candy bars.
# distractor: not.speaks_other_language
# distractor: not.late_arrival
# distractor: not.tired_or_shy
# distractor: not.accent
# distractor: not.travels_light_short_stay
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Nobody is being exploited: no indicator tags, and every look is a red herring. But the site's post
//   orders put any vehicle left in the drop-off bay over half an hour in the shift log, so the exact
//   report is the log (a middle rung), not "nothing". The car look stays ambiguous until a question
//   or Omar resolves it: the look is tagged `ambiguous` (a man watching the doors could be a lookout)
//   and the friendly question `resolves` it.
// - The debrief's label for this situation is "No trafficking found", not "nothing was wrong": the
//   seller stays unknown, and the aftermath says so on every path.
// - One weak sign, never resolved: a teenager selling candy bars car to car after nine
//   (hotel.selling_begging_on_property). It can be a school fundraiser or a traveling sales crew;
//   alone it proves nothing and it is not the officer's to find out. The property's no-soliciting
//   rule, said kindly, and a factual log entry are the job; questioning him about who drives him
//   and what he keeps is interrogating a possible victim.
// - To keep the explored paths few, harmful choices end the evening early (a complaint), and
//   only the milder slips carry on. Each look stop offers one look.
// - variant 1: Kofi waits for his wife, Gordon is cheerful, Luca's card was blocked.
//   variant 2: Kofi is a booked taxi, Gordon is stiff and tired, Luca's company card has not come.
//   Only lines change between variants, never the choices or the tags.

VAR slips = 0

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: hotel_carpark_dusk
# ambience: carpark_evening
# requires: none
It's 9:10 on a Friday evening at the end of September. You are on the evening shift for {org_name} at the Westgate Hotel.
The sky over the parking lot is going from orange to deep blue. The street lamp by the entrance flickers on.
Your radio crackles. It's Omar, on the front desk.
Busy half-hour, sorry. A volleyball club just pulled up. Twelve of them, off a late ferry. # speaker: omar
Their rooms are paid by the club. Most of them don't speak much English, so it's a bit slow in here. # speaker: omar
Two more late ones under Hale. And a gentleman wants to pay cash for tonight. # speaker: omar
Can you keep an eye out front while I get through the line? And the usual: anything in the drop-off bay over half an hour goes in the log. # speaker: omar
* ["A foreign team and a cash payer on the same night? I'll watch them closely." # score: culture -1 # myth: myth.one_flag_or_nationality # why: A language, a late ferry and a cash payment are ordinary on their own. Starting from suspicion makes you read innocent things as signs and treats guests as suspects.]
  There is a short pause on the radio.
  They're a volleyball team. They're just tired. # speaker: omar
* ["On my way. I'll take the door and help with bags." # score: collaboration +1 # why: Offering practical help treats the arrivals as guests first. A busy check-in is a chance to be useful, not a threat to manage.]
  Legend. # speaker: omar
- You walk out under the entrance canopy and take in the parking lot.
-> car_park

// ---------------------------------------------------------------- observe

=== car_park ===
# phase: observe
On the far side of the lot, there is time for one good look before the next car comes in.
* [Look at the smokers' shelter # observe: smokers_shelter # reveals: nothing]
  A young man in kitchen whites sits in the shelter with a cigarette and his phone.
  He looks very tired. He has been on his feet since two o'clock.
  A voice message plays from his phone. He laughs and types back.
* [Look at the red car with its trunk open # observe: open_boot # reveals: nothing]
  A small red hatchback, just parked. In the trunk: one small suitcase, a bunch of flowers and a long, zipped garment bag.
  One small suitcase between two people.
- You walk back along the row of parked cars.
-> front_row

=== front_row ===
Nearer the entrance, three things catch your eye. You can only stop at one.
* [Look at the silver car with a driver waiting # observe: waiting_car # reveals: nothing # ambiguous: hotel.lookout_hall_lobby_lot]
  A man has been sitting in a silver station wagon in the drop-off bay for about forty minutes, engine off.
  He watches the entrance doors. Each time they open, he looks up, then back at his phone.
  The windows are fogged at the corners. You can't see anything on the dashboard from here.
* [Look at the white minibus # observe: minibus # reveals: nothing]
  The minibus has a club crest on the side and a roof rack empty of bags.
  On the back seat, two players have fallen asleep against each other. A third is wiping mud off the floor mats.
  Ferry tickets sit on the dashboard.
* [Look at the luggage cart # observe: luggage_trolley # reveals: nothing]
  Gear bags in club red, each with a name and a jersey number on a tag.
  A first-aid bag. A crate of volleyballs. Twelve water bottles with twelve different stickers.
- -> door_stop

=== door_stop ===
You reach the canopy. Warm light spills out through the glass doors.
* [Look through the entrance doors at the desk # observe: entrance_doors # reveals: nothing]
  Inside, Omar works through a line of players in red jackets. Each one hands over her own ID card and signs for her own key.
  The coach stands at the side with a clipboard, ticking names off the club's rooming list.
  They chat in their own language and laugh at something.
* [Look at the man on the bench # observe: bench # reveals: nothing]
  A man in a green coat sits on the bench with a laptop bag, on the phone.
  {variant == 2: It's my company card. It hasn't arrived yet. I'll have to pay cash tonight.|Yes, I'm abroad. No, that payment was me. Please unblock the card.} # speaker: luca
  He sighs, hangs up, and counts bills out of his wallet.
- -> waiting_car

// ---------------------------------------------------------------- talk

=== waiting_car ===
# phase: talk
The man in the silver car finishes his sandwich and checks his watch. # show: kofi:calm
He has now been waiting close to forty-five minutes, in the drop-off bay nearest the door. # requires: log # discuss: Is someone waiting in a car a sign of anything on its own? What are the ordinary explanations?
* [From the doorway, note the make, color, plate and time for the log, and carry on with the door # score: document +1 # why: Logging a car left in the drop-off bay is routine, the same for every vehicle, and it is what the post orders ask. A friendly hello would also have told you who he was.]
  You note the plate. He sees you writing, and looks away. # show: kofi:guarded
  A few minutes later, Omar mentions on the radio who he is. You add it to the note.
* [Walk over with a friendly wave. "Evening! Waiting for someone?" # resolves: hotel.lookout_hall_lobby_lot # score: trust +1 # score: safety +1 # why: A friendly, open question treats him as the visitor he most likely is and gets you the answer in seconds. The bay still goes in the log.]
  He winds the window down and smiles. # show: kofi:relieved
  {variant == 2: Airport run. Your guest booked me for nine-thirty. I always come early.|My wife, Jo. She's on reception. Her shift ends at nine-thirty.} # speaker: kofi
  {variant == 2: He shows you the booking on his phone, and the taxi license on his mirror.|Your radio crackles. Omar has heard.}
  {variant == 2: Yes, that's our airport taxi. I booked him myself.|That's Jo's husband. He waits for her every Friday.} # speaker: omar
  You note the car, the plate and the time for the log, the way you would for any car in the bay.
* [Tap on his window: "I need to see some ID and know who you're waiting for, or you'll have to leave." # score: trust -1 # score: safety -1 # why: Nothing about him called for his ID. The bay rule lets you ask him to move, politely; demanding ID turns a routine note into a stop, and it starts a row for nothing.]
  -> kofi_complaint
- -> seller

=== seller ===
# hide: kofi
A teenager in a bright orange polo shirt comes up the row of parked cars with a cardboard box. # show: jace:calm
He knocks on the window of a parked car, then walks on to the next. Nobody is in either. # indicator: hotel.selling_begging_on_property
He sees your uniform and comes over, holding up a printed card.
Candy bars, five dollars! For my youth program. Can I sell here? Just for a few minutes? # speaker: jace
The card has a logo and a web address, and no school name. It is twenty past nine. # discuss: A young person selling door to door after dark: what could this be, what is your part, and what is not?
* ["Sure, I'll take one." Buy a bar and let him carry on # score: trust +1 # score: document -1 # why: Kind, and it treats him as the kid he most likely is. But the property has a no-soliciting rule for everyone, and with no note, nobody could see it if the same crew comes back every week.]
  He grins and takes your five dollars. Thanks! Have a good night. # speaker: jace
  He works along the row toward the street.
* ["Who drives you around? How much of the five dollars do you keep? Where are you staying?" # critical: interrogate_victim # score: trust -2 # why: If he is on a crew that keeps his money, questions from a uniform in a parking lot put him on the spot, and the answers may get back to whoever runs it. If he isn't, you have interrogated a kid selling candy. Note it and pass it on.]
  His smile goes fixed. # show: jace:guarded
  It's a program. It's, like, a job. I've got to go. # speaker: jace
  He walks off fast toward the street, without knocking on any more cars.
* ["Not on hotel property, sorry. The sidewalk's fine." Then note the time and what he's selling # score: document +1 # score: trust +1 # why: The no-soliciting rule, said kindly, is the same for everyone. Selling door to door at night can be a fundraiser or a sales crew that keeps the money; one sign alone proves nothing, and a factual note lets someone see a pattern if it comes back.]
  OK. No problem. # speaker: jace
  He heads back toward the street. You write down the time, the orange shirt, the card and the web address.
* ["Off the lot, now, or I call the police." # score: trust -2 # score: safety -1 # why: A threat clears the lot, but it tells a young person who may be under someone's control that uniforms mean trouble, and if he is on a crew he may pay for coming back with less money.]
  He flinches, then shrugs, and walks off toward the street. # show: jace:guarded
- -> hale_arrive

=== hale_arrive ===
# hide: kofi
# hide: jace
A man in his late sixties comes up from the red car with a small suitcase. # show: gordon:calm # show: lily:guarded
A young woman follows with the long garment bag and the car keys. She looks pale and worn out.
{variant == 2: He walks stiffly and doesn't smile.|He is talking cheerfully about the traffic.} She says nothing.
At the door, he speaks for both of them.
We're booked in under Hale. One room, two of us. # speaker: gordon
* [Step between them. Quietly, to her: "Is this man trafficking you? You can tell me." # critical: labelling_question # score: trust -2 # score: culture -1 # myth: myth.one_flag_or_nationality # why: An age gap and a quiet, tired young woman are not signs of anything. A labelling question like this shames both guests and would also fail someone who really needed help.]
  -> hale_label
* [Hold the door. "Evening, welcome. Long drive?" # score: trust +1 # score: culture +1 # why: Warm, ordinary service is the right start with any guest, and a light question lets people tell you about themselves if they want to.]
  -> hale_friendly
* [Take her aside. "How old are you? Who is he to you? Can I see your ID?" # score: culture -2 # score: trust -2 # myth: myth.one_flag_or_nationality # why: Questioning a guest like a suspect because of who she travels with is profiling. Checking ID is the desk's job at registration, for every guest alike.]
  -> hale_questioned

=== hale_friendly ===
Four hours. # speaker: lily # show: lily:calm
Dad doesn't drive at night anymore. So I drove, and he read out the traffic news. Every single jam. # speaker: lily
{variant == 2: Gordon almost smiles.|Gordon laughs.}
{variant == 2: It's my hip. I can't sit in a car that long anymore.|Somebody had to.} # speaker: gordon
She's graduating tomorrow. First in our family to go to university. # speaker: gordon # show: gordon:relieved
Lily rolls her eyes, but she is smiling now. # show: lily:relieved
She unzips the garment bag an inch to show you: a black gown with a colored hood. Graduation robes.
They go in to the desk together. Omar has them down for a family room with two beds. # hide: gordon # hide: lily
-> cash_guest

=== cash_guest ===
The man from the bench comes in behind them with his laptop bag. # show: luca:calm
At the desk he puts down his passport and a small stack of bills.
Omar asks for his home address and writes it on the card. He gives it at once, and spells the street.
{variant == 2: My company card is stuck in the post. I'll pay cash tonight and card tomorrow, if that's all right.|My bank blocked my card. They think a payment abroad is fraud. I'm sorting it out.} # speaker: luca
Is there an ATM open near here, for tomorrow? # speaker: luca
Omar glances at you over the counter.
* [Tell Omar quietly: "Foreign passport and cash. Ask him for a second ID before he gets a key." # critical: profiling # score: culture -2 # score: trust -1 # myth: myth.one_flag_or_nationality # why: A foreign passport and a cash payment are not signs of anything. Asking only him for more ID because of where he is from is profiling, and he has already given a passport and a full address.]
  -> cash_threat
* [Leave the ATM question to Omar and go back to the door # score: collaboration +1 # score: trust -1 # why: Omar can answer it, and the door needs you. But he asked, and Omar looked to you; a minute of help is ordinary good service and treats him like any guest.]
  Omar points him to the ATM on the map himself.
  Omar takes a cash deposit, as the hotel always does for cash stays, gives him a receipt and his key card. # hide: luca
  -> team
* ["Omar, keep his passport behind the desk until he can pay by card." # critical: take_documents # score: trust -2 # score: choice -2 # why: A guest's passport belongs to the guest. Holding it as security for a bill leaves him without his ID in a foreign country and is not the hotel's right.]
  -> cash_passport
* [Show him the nearest all-night ATM on the hotel map, and wish him luck sorting out his card # score: trust +1 # score: collaboration +1 # why: A cash payment with a passport, a full address and a clear reason is ordinary. Helping with his problem is good service, and it treats him like any other guest.]
  -> cash_helped

=== cash_helped ===
You mark the ATM on the map with a pen.
Five minutes' walk. Left at the lights. It's open all night. # speaker: officer
Thank you. It's been a long day. # speaker: luca # show: luca:relieved
Omar takes a cash deposit, as the hotel always does for cash stays, gives him a receipt and his key card. # hide: luca
-> team

=== team ===
Outside, the last of the team are coming in from the minibus. # show: bea:calm # show: ilona:anxious
One player stands apart by the luggage cart, her face pale, holding her stomach. She does not look at anyone.
The others call something to her in their own language. She shakes her head.
The coach, in a red tracksuit, comes out with a clipboard and counts the bags left on the cart.
* [Ask each player, one by one, where they are from and who paid for the trip # score: culture -2 # score: trust -1 # myth: myth.one_flag_or_nationality # why: Questioning a group of guests because they speak another language and arrived late treats them as suspects. Nothing you saw pointed to anyone being controlled.]
  -> team_questioned
* [Walk over. "Long trip? There's water and a seat just inside, if you'd like." # score: trust +1 # score: choice +1 # why: Offering comfort without questions is good service. It leaves her free to accept or not, and to tell you what's wrong if she wants to.]
  -> team_kind
* [Tell the driver the minibus stays here until you've spoken to every player alone # critical: detain_or_rescue # score: safety -1 # score: choice -2 # score: culture -1 # why: Holding people who have done nothing wrong is detaining them. It frightens guests, has no basis in what you saw, and is never a security officer's call.]
  -> team_detained

=== team_kind ===
The player looks up and manages a weak smile.
Six hours on the ferry. The sea was terrible. I was sick the whole way. # speaker: ilona
Never again. Next time we fly. # speaker: ilona
The coach laughs and hands her a bottle of water. # show: ilona:relieved
Ilona's a setter. Best we have. She's usually the loud one. # speaker: bea
Ilona picks up her own bag and goes in to collect her key from Omar.
-> evening_end

=== team_questioned ===
~ slips += 1
The players answer patiently, one after another. Their English is slow and careful. # show: bea:guarded
They are from the same town. The club paid, from a year of bake sales and car washes.
By the fourth player, the coach is standing very straight with her arms folded.
Is there a problem with us? # speaker: bea
No. There isn't. # speaker: officer
You let them go in.
-> evening_end

// ---------------------------------------------------------------- act

=== evening_end ===
# phase: act
# hide: ilona
By nine-thirty, the line has gone. The lobby is quiet again.
{variant == 2: A taxi pulls out of the parking lot with a guest for the airport.|Jo from reception comes out in her coat and gets into the silver car. She waves to you.}
Omar comes to the door for some air. # show: omar:calm
Well. That was a lot of people at once. Anything I should know? # speaker: omar
* ["Nothing to report. Just a busy, ordinary check-in." Then carry on with your round. # score: collaboration +1 # why: Fair about the guests: nothing you saw pointed to anyone being controlled. But the car in the bay was over half an hour, and post orders put that in the log, with the young seller beside it.]
  -> quiet_end
* ["That kid selling candy worries me. Let's get the control room to call the hotline about him." # score: document +1 # score: collaboration -1 # score: report -1 # action: hotline # why: Taking a young seller seriously is right, and a log entry keeps it. But one weak sign, with nothing else, is not yet a referral; if he comes back, or with more signs, the control room decides.]
  -> quiet_end
* ["For the log: the car in the bay, and the kid selling candy." # score: collaboration +1 # score: document +1 # action: log # why: The bay rule calls for a note, and one weak sign about a young person selling at night is worth a factual line too. Neither says anything about any guest, and neither needs more than the log.]
  -> quiet_end
* ["Can you put a note on the team's rooms? Tell the night staff to keep an eye on them." # score: trust -1 # score: document -1 # why: A note like that follows ordinary guests around all night and invites others to treat them as suspects. Notes on rooms are for facts that matter, not for unease.]
  -> watch_note
* ["I'm calling the police to check that team's papers. Better safe than sorry." # critical: profiling # score: culture -2 # score: collaboration -1 # myth: myth.one_flag_or_nationality # why: A language, a late arrival and a tired player are not signs of trafficking. A police check on that basis singles out guests for who they are and uses up help that real cases need.]
  -> police_called

=== quiet_end ===
Omar nods.
{slips == 0: {variant == 2: The taxi driver says you're the first guard who ever said hello to him.|Jo's husband says you're very polite, by the way.}|The coach asked me if the team had done something wrong. # speaker: omar}
You go back out to the door.
# ending: ordinary_evening; An ordinary, busy evening
You go back out into the dusk to finish your round.
-> file_report(-> epilogue_ordinary)

=== watch_note ===
Omar frowns, but types a short note onto the team's rooms. # show: omar:guarded
At two in the morning, the night porter knocks to "check" on room 212. The players inside were asleep.
# ending: watch_note; A note that followed them
In the morning, the coach asks the desk why.
-> file_report(-> epilogue_note)

=== police_called ===
You make the call. Two police officers arrive forty minutes later. # show: omar:anxious
They talk to the coach in the lobby while the players wait on the stairs.
The officers check the club's booking and the coach's letter from the federation. One of them asks you, quietly, what made you call.
The players watch from the stairs, very quiet now. # show: bea:guarded
# ending: police_for_nothing; Police came to check the team
The officers leave. The coach asks to speak to the manager.
-> file_report(-> epilogue_police)

// ---------------------------------------------------------------- early endings after a harmful choice

=== kofi_complaint ===
# phase: act
The man stares at you. Then he gets out of the car. # show: kofi:impatient
{variant == 2: I'm the taxi your own guest booked. I'm twenty minutes early. Is that a crime now?|I'm waiting for my wife. She works here. She's behind that desk.} # speaker: kofi
Omar comes out through the doors, fast. # show: omar:anxious
{variant == 2: He's booked for nine-thirty. I called him myself.|That's Jo's husband. He's here every Friday.} # speaker: omar
-> complaint

=== hale_label ===
# phase: act
The young woman stares at you, then bursts out laughing, then doesn't. # show: lily:impatient
He's my dad. # speaker: lily
The man's face goes red. # show: gordon:impatient
I have driven four hours with my daughter for her graduation, and you ask her that? # speaker: gordon
-> complaint

=== hale_questioned ===
# phase: act
The young woman steps back. Her face goes tight. # show: lily:impatient
I'm twenty-four. He's my dad. My ID is in my bag, like anyone's. Why? # speaker: lily
Her father comes over, confused, then angry. # show: gordon:impatient
-> complaint

=== cash_threat ===
# phase: act
The man goes very still. # show: luca:anxious
I have a passport. I gave my address. I'm paying. # speaker: luca
Omar steps in, apologizes to him, and finishes the check-in himself.
The man takes his key without looking at you again. # hide: luca
-> complaint

=== cash_passport ===
# phase: act
Omar shakes his head. # show: omar:guarded
We can't keep a guest's passport. We take a cash deposit, like always. # speaker: omar
The man has already picked his passport back up. He holds it against his chest. # show: luca:anxious
I'll find another hotel, I think. # speaker: luca
He goes back out to the bench and phones for a taxi. # hide: luca
-> complaint

=== team_detained ===
# phase: act
The driver looks at you, then at the coach. # show: bea:impatient
The coach's voice is very calm. She takes out her phone.
We are a sports club. We have done nothing. I'm calling our federation, and your manager. # speaker: bea
The players stand on the sidewalk in the cold, holding their gear bags.
Omar comes out and lets the minibus go. # show: omar:anxious
-> complaint

=== complaint ===
The duty manager comes down. She listens to them first, then to you. # hide: kofi # hide: gordon # hide: lily # hide: luca # hide: bea # hide: ilona
She apologizes to them and asks you to take the back lot for the rest of the night.
# ending: complaint; A guest complained
-> file_report(-> epilogue_complaint)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_ordinary ===
The next morning, the team wins its first match. The coach leaves a box of pastries at the desk for the night staff.
At noon, a man in a cardigan stops at the door with his daughter in a black gown. He asks you to take their photo.
-> aftermath

=== epilogue_note ===
The coach writes a polite, short review. She mentions the knock at two in the morning.
-> aftermath

=== epilogue_police ===
The club does not book with the hotel again.
-> aftermath

=== epilogue_complaint ===
The guest's written complaint reaches the manager by the morning. You are asked to go over the evening with {escalation_first}.
-> aftermath

=== aftermath ===
{
- report_action == "emergency" || report_action == "police" || report_action == "hotline":
  {escalation_first} reads your report at handover and asks what you saw that made you send it that far. The report is closed the next day.
- report_action == "supervisor":
  {escalation_first} reads your note at handover and asks what you saw that worried you. The car in the bay goes in the log.
- report_action == "log":
  Your note goes into the shift log: a silver car in the drop-off bay, its plate, the times, and who it was waiting for; and a teenager selling candy bars car to car at 9:20, in an orange shirt, with the program's web address.
- else:
  Nothing from tonight goes into the log. At handover, {escalation_first} asks about the car that was in the bay for most of an hour.
}
Nobody finds out who drives the teenager in the orange shirt, or how much of the five dollars he keeps. One sign on its own was never yours to settle. If he comes back, or with other signs, the log is how someone will see it.
Your shift ends at midnight.
-> END
