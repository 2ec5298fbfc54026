# grammar: 1
# id: store.busy_saturday
# title: Busy Saturday: the big shop
# setting: store
# summary: The store is packed, and a cashier who did the awareness course last week flags two customers: a woman paying for her whole family, and a student buying a stack of gift cards while a man outside watches the doors. Check the worry and decide what, if anything, to report.
# minutes: 10
# situation: none
# minor: no
# content_note: This story is about a colleague's worry that two customers may be under someone's control: an older woman who speaks little English, and a young woman buying gift cards. It mentions trafficking and gift-card scams. No violence is shown. You can step out at any time.
# focus: Checking a colleague's worry on a crowded shop floor: what to look at, what to ask, and what goes in the report
# variants: 2
# character: ren; Ren; The store's loss-prevention lead, a woman in her fifties with short gray hair and a radio on her belt. Your colleague today.
# character: farah; Farah; A woman in her forties in a red sweater, paying for a big family shop.
# character: samira; Samira; Farah's mother, in her eighties, with glasses, a walking stick and her own handbag.
# character: jess; Jess; A college student of nineteen in a green volleyball hoodie, with a backpack.
# character: lou; Lou; A cashier in her twenties on register two, who did the trafficking-awareness course last week.
# character: pat; Pat; A college volleyball coach in his sixties, in a blue club jacket, who drives the team minibus.
# distractor: not.speaks_other_language
# distractor: not.accent
# distractor: not.nationality
# distractor: not.pays_by_card_abroad
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - No one here is being trafficked: the family and the student have ordinary lives, which the officer
//   learns only by asking (the looks alone leave the student ambiguous). Her pile of gift cards is
//   tagged `ambiguous` (bulk gift cards can be bought for someone in control); the friendly question
//   about the order `resolves` it: a club raffle, with a receipt for the treasurer.
// - One weak real sign: the hotline sticker by the restrooms has been scratched out. Alone it proves
//   nothing about anyone in the store, so the exact response, if it was seen, is a factual log entry
//   (`requires: log`): the middle of the ladder. Otherwise nothing is needed (`requires: none`).
// - Over-reaction costs culture, trust and safety points; two choices are critical errors.
// - Variant 1: Farah is warm and chatty. Variant 2: Farah is tired and brisk. Neither is a sign of anything.

VAR saw_sticker = false

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: store_checkout
# ambience: store_checkout
# show: ren:calm
Saturday, a quarter past two. You are on the day shift for {org_name} at Brook and Hale, a department store.
The store is packed. Every register has a line, and the music is hard to hear over the voices.
Ren, the loss-prevention lead, squeezes through the crowd to reach you.
Lou on register two just called me. She did the trafficking course last week. Now she's worried. # speaker: ren
A big family in her line. One woman pays for everything and does all the talking. The old lady with them doesn't say a word in English. # speaker: ren
And a girl at the gift cards, buying a pile of them. Lou says there's a man in a van outside, watching the doors. # speaker: ren
Lou's right to tell us. Have a look. # speaker: ren
+ ["One woman talking for an old lady who can't speak English? That's a red flag." # score: observe -1 # score: culture -1 # myth: myth.one_flag_or_nationality # why: Not speaking English is not a sign of anything, and families often pay and speak for each other. Look for signs of control, not for language or background.]
  Is it? My grandma never spoke a word of English. I did all her talking for her. # speaker: ren # show: ren:guarded
  Go and look. Then decide. # speaker: ren
+ ["On my way. What did Lou actually see?" # score: observe +1 # why: Asking what was actually seen separates the facts from the worry before you start, and keeps an open mind. One sign proves nothing.]
  Just that. Paying, talking, a man watching. She didn't hear anything said. # speaker: ren
  That's the spirit. # speaker: ren
+ ["I'll look. Tell Lou to carry on as normal and not to stare." # score: observe +1 # why: Keeping the colleague calm and ordinary protects the customers whichever way it turns out, though asking what she actually saw would have given you more to go on.]
  Good thinking. # speaker: ren
- She heads back to the office. # hide: ren
-> tills

// ---------------------------------------------------------------- observe

=== tills ===
# phase: observe
# show: farah:calm
# show: samira:calm
You work your way along the lines toward register two. You can take one good look on the way.
+ [Look at the family at the registers # observe: tills # reveals: nothing]
  A woman in a red sweater is paying. Her cart holds a wool coat, a cake pan, candles and two big gold balloons: an 8 and a 0. # sound: till_beep
  A man and a young man with her bag the shopping. They argue cheerfully about who carries the balloons.
+ [Look at the older woman on the bench by the pillar # observe: seating_bench # reveals: nothing]
  The older woman sits with her cane against her knee and her purse on her lap.
  She is on a video call, holding the phone up to show someone a new coat. She laughs, and the person on the screen laughs back.
+ [Ask Ren on the radio what the ceiling camera showed # observe: cctv_dome # reveals: nothing]
  I watched them come in an hour ago. # speaker: ren
  The old lady walked ahead the whole time. She picked things up, held them out, and put back whatever she didn't like. # speaker: ren
  Took her twenty minutes to choose a coat. # speaker: ren
- -> back

=== back ===
# hide: farah
# hide: samira
The family is still in line. You loop around behind the registers, past the customer-service counter. One more stop won't look odd.
+ [Look at the restroom corridor # observe: restroom_corridor # reveals: retail.hotline_signage_removed]
  By the restroom door there is a small hotline sticker. Someone has scratched out the number with a key. # requires: log
  The cleaning log says it was checked an hour ago. It doesn't say who has been in since.
  A dad waits outside with a stroller full of shopping bags.
  ~ saw_sticker = true
+ [Look at the customer-service desk # observe: service_desk # reveals: nothing]
  A young man is returning five suits with no receipt. He looks hot and nervous.
  He tells the clerk they were for his brother's wedding. Wrong sizes, all of them.
  The clerk finds the card payment on the system and refunds it. He sags with relief.
+ [Look at the cosmetics counter # observe: cosmetics_counter # reveals: nothing]
  A man is buying twelve foundations in twelve different shades, and a box of makeup sponges.
  He tells the clerk they are for the school play tonight.
- -> front

=== front ===
# show: jess:calm
Near the front doors, the line for register one runs past the gift-card stand. You can stop by one thing.
+ [Look at the young woman at the gift-card stand # observe: gift_cards # reveals: nothing # ambiguous: retail.bulk_supply_purchases]
  A young woman in a green hoodie is counting gift cards into a pile. Twenty-five, by the list on her phone.
  She pays from a metal cash box with a strip of tape across the lid. She checks her phone every minute, and keeps looking out at the parking lot.
+ [Look out of the front window at the van # observe: car_park_window # reveals: nothing]
  It is a white minibus in the pickup zone, engine running.
  The driver, an older man, watches the doors and taps his watch. Bags are piled on the seats behind him. You can't read the side from here.
+ [Look at the exit gates # observe: exit_gates # reveals: nothing]
  A man in paint-spattered overalls has walked in and out of the gates three times.
  He is on the phone, telling someone he is at the front. No, the other front.
- -> family

// ---------------------------------------------------------------- talk

=== family ===
# phase: talk
# show: farah:calm
# show: samira:calm
At register two, the woman in the red sweater taps her card. The older woman has joined her, leaning on her cane. # sound: till_beep # discuss: Lou is worried. What would you need to see before this became a concern, and how do you check without treating anyone as a suspect?
Lou, the cashier, gives you a small worried nod.
{variant == 2: Come on, Mom. We've still got the cake to get. # speaker: farah|Mom, do you want the box for the shoes, or should I toss it? # speaker: farah}
She says it again in another language. The older woman answers, and they both laugh.
+ [Ask the woman to step aside: "Does your mother hold her own passport? Is she here by choice?" # critical: profiling # score: culture -2 # score: trust -2 # myth: myth.one_flag_or_nationality # why: Questioning a family as suspects because an older woman doesn't speak English is profiling. It humiliates them and is not how a worry gets checked. A friendly word at the register would have told you more.]
  -> family_questioned
+ [Stay at the end of the line for a minute and watch who pays, who holds the bags, and whether the older woman can come and go # score: observe +1 # why: Watching a little longer costs the family nothing and shows you who holds the money and who moves freely. It tells you less than an ordinary word would, and Lou is still waiting.]
  -> family_watch
+ [Offer a hand: "Big shop! Want help out to the car?" # score: trust +1 # score: culture +1 # why: An ordinary offer of help treats the family as customers, not suspects, and gives a natural chance to chat and see what is going on.]
  -> family_chat
+ [Ask the whole family loudly: "Have you all got your papers? We get people in here who shouldn't be." # critical: threaten_arrest_or_immigration # score: culture -3 # score: trust -2 # why: Questions about papers, aimed at people because of how they look or speak, are profiling and a threat. They frighten customers and have nothing to do with spotting control. A friendly word would have cleared this up.]
  -> family_left

=== family_watch ===
The older woman points at a cake pan on the display and says something sharp. Her daughter sighs and adds it to the pile.
When the card reader beeps, the older woman takes the receipt, reads it and tucks it into her own purse.
The young man asks her something. She waves him off toward the parking lot with the car keys.
-> gift_cards

=== family_chat ===
{variant == 2: That's kind, thanks. Sorry, we're in a rush. Twenty people for lunch tomorrow. # speaker: farah|Oh, would you? Thank you! # speaker: farah}
It's Mom's eightieth on Sunday. She wanted a proper coat. Her first new one in ten years. # speaker: farah
The older woman says something and wags a finger.
She says the coat was her choice, and my shoes are ugly. # speaker: farah
The older woman smiles at you and holds up eight fingers, then makes a zero. # show: samira:relieved
Eighty! # speaker: samira
Then she opens her own purse and pays for the candles herself, over her daughter's protests.
-> gift_cards

=== family_questioned ===
The woman stares at you. # show: farah:impatient
Her passport? She's my mother. She's lived here for forty years. # speaker: farah
The older woman asks something. Her daughter answers in a low voice. The older woman's smile goes. # show: samira:anxious
People in line are watching. Lou looks at the floor.
The family bags the rest of the shopping in silence and leaves.
On the way out, the younger man says: Happy birthday, Grandma. It doesn't sound happy.
-> gift_cards

=== family_left ===
The whole line goes quiet. # show: farah:impatient # show: samira:anxious
Papers? For a coat? # speaker: farah
She takes her mother's arm. The men leave the bags at the register. The family walks out without the coat, the cake pan or the balloons. # hide: farah # hide: samira
Lou stares at you. A man in line takes out his phone and starts typing.
# ending: family_left; The family walked out
Ren's voice comes over the radio, very calm. Come to the office, please. # speaker: ren
-> file_report(-> epilogue_left)

=== gift_cards ===
# hide: farah
# hide: samira
# show: jess:calm
At register one, the young woman in the green hoodie puts her pile of gift cards on the counter.
The cashier asks the question she asks everyone buying lots of gift cards: has anyone asked you to buy these over the phone?
No. # speaker: jess
She looks out at the pickup zone again. The minibus driver is still watching the doors.
+ ["Who told you to buy all these? Is that man in the van making you? Are you being trafficked?" # critical: labelling_question # score: trust -2 # score: culture -1 # myth: myth.ask_directly # why: A labelling question, out of nowhere and in public, shocks and shames her and would not get an honest answer from anyone at risk anyway. A friendly question about the cards would have told you more.]
  -> jess_labelled
+ [Let the cashier finish her scam check, and stay near the doors to see who she leaves with # score: observe +1 # why: The cashier's standard question already gave her a private chance to say she was being pushed, and watching the doors costs nothing. You learn who she leaves with, but not why she is buying the cards.]
  -> jess_watch
+ [Hold the sale until the man explains # score: choice -2 # score: culture -1 # why: Stopping an adult's ordinary purchase until a man vouches for her takes her choice away and treats her as if she cannot speak for herself. Ask her, kindly, instead.]
  -> jess_held
+ ["Big order. Is it for a prize drawing?" # resolves: retail.bulk_supply_purchases # score: trust +1 # score: choice +1 # why: A light question about the purchase lets her explain in her own words, without being treated as a suspect or a victim.]
  -> jess_chat

=== jess_chat ===
She glances at you, then at the cashier. # show: jess:guarded
Something like that. # speaker: jess
She taps her card on the counter. Then she seems to decide you're only being friendly.
Team raffle. Volleyball. I'm the one with the club's money, so I'm the one who gets to stand in line. # speaker: jess
We've got a game at four and Coach is parked in a loading zone, so. # speaker: jess
The doors slide open. The man from the minibus puts his head in. # sound: door_slide # show: pat:impatient
Jess! Two minutes, or I'm getting a ticket! # speaker: pat
Coming! # speaker: jess
She pays, asks the cashier for a receipt for the club treasurer, and jogs out. Through the window you see "Riverside College" painted on the far side of the minibus as it pulls away. # hide: jess # hide: pat
-> close

=== jess_watch ===
She pays and takes her receipt. At the doors she almost runs into the minibus driver, who has come in to find her. # sound: door_slide # show: pat:impatient
Jess! Two minutes, or I'm getting a ticket! # speaker: pat
I know, Coach. The line was huge. # speaker: jess
He takes half the cards from her and holds the door. As the minibus pulls out you read "Riverside College" on its far side, and a rack of volleyballs in the back. # hide: jess # hide: pat
-> close

=== jess_held ===
The cashier hesitates, then puts the cards to one side. # show: jess:anxious
Sorry? Why can't I buy them? # speaker: jess
After five minutes the man from the minibus comes in, puzzled. # sound: door_slide # show: pat:impatient
I'm her volleyball coach. It's the team raffle. Is there a problem? # speaker: pat
The cashier sells the cards. Jess doesn't look at you as she leaves. # hide: jess # hide: pat
-> close

=== jess_labelled ===
She steps back. Her face goes red. # show: jess:anxious
What? No! He's my coach. # speaker: jess
People nearby turn to look. She pays with shaking hands and hurries out. # hide: jess
Through the window you see her climb into the minibus and say something to the driver. He looks at the store for a long moment before he pulls away.
# ending: student_upset; A student left shaken
Lou says quietly: I only said I was worried. I didn't mean that.
-> file_report(-> epilogue_upset)

// ---------------------------------------------------------------- act

=== close ===
# phase: act
# show: ren:calm
The lines move on. Lou catches your eye across the registers, still waiting to hear what you think.
+ [Call {hotline_name} about the family, to be on the safe side # score: culture -1 # score: collaboration -1 # action: hotline # why: A hotline report needs signs of control, not a language difference or a big shop. Reports with no real concern use up advocates' time and can bring unwanted attention to a family.]
  -> called
+ {saw_sticker} [Thank Lou, tell her what you found. Then log the scratched-out sticker as a fact, with the time, and ask facilities to replace it # score: collaboration +1 # score: document +2 # action: log # why: The customers had ordinary answers, so they stay out of the log. The defaced sticker is a fact worth a line on its own: alone it proves nothing, but if it keeps happening, the log is how someone notices.]
  -> ordinary_logged
+ [Thank Lou and tell her what you found # score: collaboration +2 # why: A fair check that found ordinary answers needs no report about these customers. Thanking a colleague and explaining why keeps her speaking up next time.]
  -> ordinary
+ [Write the family and the student into the shift log as "suspicious", with descriptions, just in case # score: culture -1 # score: document -1 # action: log # why: Logging people as suspicious when you found ordinary explanations puts innocent customers on record for how they look or speak. Good records are about facts that raised a real concern.]
  -> logged

=== ordinary ===
Thanks for looking. I'd rather ask than wonder. # speaker: lou
You tell her what you saw and heard: the birthday, the purse, the raffle, the coach.
So how do I tell the difference? # speaker: lou
You tell her what the course said: look for signs of control. Who holds the money and the ID. Who can speak. Who is watched. Not who speaks which language.
# ending: ordinary_day; Just a busy Saturday
Ren nods at you from across the floor and goes back to the cameras.
-> file_report(-> epilogue_ordinary)

=== ordinary_logged ===
Thanks for looking. I'd rather ask than wonder. # speaker: lou
You tell her about the birthday and the raffle. Then you write one line in the log: the sticker, where, the time you saw it, and that facilities will replace it. No customers' names.
So that sticker's a thing, but they aren't? # speaker: lou
One scratched sticker proves nothing about anyone. If it keeps happening, the log will show it. # speaker: officer
# ending: ordinary_day; Just a busy Saturday
Ren nods at you from across the floor and goes back to the cameras.
-> file_report(-> epilogue_ordinary)

=== logged ===
You write up both customers: descriptions, times, "suspicious".
Ren reads it over your shoulder. # show: ren:guarded
Suspicious of what, exactly? # speaker: ren
You don't have a good answer.
# ending: logged_anyway; Written up for nothing
The entry stays in the log. It will come up every time someone searches for "suspicious".
-> file_report(-> epilogue_logged)

=== called ===
You call {hotline_name} and describe the family.
The advocate listens carefully. Then they ask what you saw that suggested someone wasn't free.
You think about it. The coat she chose. The purse she opened. The video call. You have nothing to tell them.
# ending: called_in; A call about nothing
The advocate thanks you politely and asks you to call again if you see signs of control.
-> file_report(-> epilogue_called)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_ordinary ===
On Sunday, a woman in a red sweater posts a photo on the store's page: an older woman in a new wool coat, blowing out eight candles and a zero.
-> aftermath

=== epilogue_left ===
On Monday, the store manager answers a complaint about a security officer asking a family for their papers.
-> aftermath

=== epilogue_upset ===
On Monday, the college calls the store. A student was upset by a security officer on Saturday.
-> aftermath

=== epilogue_logged ===
Nobody follows up the log entry about the customers.
-> aftermath

=== epilogue_called ===
Nothing comes of the call about the family.
-> aftermath

=== aftermath ===
{
- report_action == "none" && saw_sticker:
  Your report says there was nothing to report. The customers had ordinary answers, but the scratched-out sticker was worth one line in the log.
- report_action == "none":
  Your report says there was nothing to report. You checked, and the answers you found were ordinary ones.
- report_action == "log" && saw_sticker:
  Your report goes into the store's log. The next time a sticker is scratched out, someone will see it is not the first.
- report_action == "log":
  Your report goes into the store's log. There is nothing in it that anyone needs to act on.
- else:
  Your report goes further than it needed to. Someone has to read it, check it and close it.
}
Your shift ends at six.
-> END
