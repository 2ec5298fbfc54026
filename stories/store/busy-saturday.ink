# grammar: 1
# id: store.busy_saturday
# title: Busy Saturday: the big shop
# setting: store
# summary: The store is packed, and a worried cashier flags two customers: a woman paying for her whole family, and a student buying a stack of gift cards. Look closely, ask kindly, and decide whether there is anything to report.
# minutes: 10
# situation: none
# minor: no
# content_note: Nothing harmful happens in this story. It is about checking a worry fairly and kindly, without treating people as suspects because of how they look or speak.
# focus: Fair judgement: finding the ordinary explanation, asking respectfully, and knowing when there is nothing to report
# variants: 2
# character: ren; Ren; The store's loss-prevention lead, a woman in her fifties with short grey hair and a radio on her belt. Your colleague today.
# character: farah; Farah; A woman in her forties in a red jumper, paying for a big family shop.
# character: samira; Samira; Farah's mother, in her eighties, with glasses, a walking stick and her own handbag.
# character: jess; Jess; A college student of nineteen in a green netball hoodie, with a backpack.
# character: lou; Lou; A cashier in her twenties on till two, who did the trafficking-awareness course last week.
# character: pat; Pat; A college netball coach in his sixties, in a blue club jacket, who drives the team minibus.
# distractor: not.speaks_other_language
# distractor: not.accent
# distractor: not.nationality
# distractor: not.pays_by_card_abroad
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Nothing is wrong here: no indicator tags anywhere, and `requires: none` on every path.
// - Each worry has an ordinary explanation the officer can see (the looks) or hear (a friendly question).
// - Over-reaction costs culture, trust and safety points; two choices are critical errors.
// - Variant 1: Farah is warm and chatty. Variant 2: Farah is tired and brisk. Neither is a sign of anything.

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: store_checkout
# ambience: store_checkout
# show: ren:calm
Saturday, a quarter past two. You are on the day shift for {org_name} at Brook and Hale, a department store.
The store is packed. Every till has a queue, and the music is hard to hear over the voices.
Ren, the loss-prevention lead, squeezes through the crowd to reach you.
Lou on till two just called me. She did the trafficking course last week. Now she's worried. # speaker: ren
A big family at her till. One woman pays for everything and does all the talking. The old lady with them doesn't say a word in English. # speaker: ren
And a girl at the gift cards, buying a pile of them. Lou says there's a man in a van outside, watching the doors. # speaker: ren
Lou's right to tell us. Have a look. Be fair about it. # speaker: ren
+ ["I'll take a look. A worry is a reason to look closer. It isn't a verdict." # score: observe +1 # why: Taking a colleague's worry seriously while keeping an open mind is the heart of fair observation. One sign proves nothing, and most worries have ordinary answers.]
  That's the spirit. # speaker: ren
+ ["One woman doing all the talking for an old lady who can't speak English? That's a red flag." # score: observe -1 # score: culture -1 # myth: myth.one_flag_or_nationality # why: Not speaking English is not a sign of anything, and families often pay and speak for each other. Look for signs of control, not for language or background.]
  Is it? My gran never spoke a word of English. I did all her talking for her. # speaker: ren # show: ren:guarded
  Go and look. Then decide. # speaker: ren
- She heads back to the office. # hide: ren
-> tills

// ---------------------------------------------------------------- observe

=== tills ===
# phase: observe
# show: farah:calm
# show: samira:calm
You work your way along the queues toward till two. You can take one good look on the way.
+ [Look at the family at the tills # observe: tills # reveals: nothing]
  A woman in a red jumper is paying. Her trolley holds a wool coat, a cake tin, candles and two big gold balloons: an 8 and a 0. # sound: till_beep
  A man and a young man with her pack the bags. They argue cheerfully about who carries the balloons.
  An eightieth birthday, then. Nothing else here.
+ [Look at the older woman on the bench by the pillar # observe: seating_bench # reveals: nothing]
  The older woman sits with her stick against her knee and her handbag on her lap.
  She is on a video call, holding the phone up to show someone the new coat. She laughs, and the person on the screen laughs back.
  Nothing else here.
+ [Ask Ren on the radio what the ceiling camera showed # observe: cctv_dome # reveals: nothing]
  I watched them come in an hour ago. # speaker: ren
  The old lady walked ahead the whole time. She picked things up, held them out, and put back whatever she didn't like. # speaker: ren
  She chose that coat herself. Took her twenty minutes. Nothing else here.
- -> back

=== back ===
# hide: farah
# hide: samira
The family is still in the queue. You loop round behind the queues, past the customer-service counter. One more stop won't look odd.
+ [Look at the restroom corridor # observe: restroom_corridor # reveals: nothing]
  The hotline sticker by the restroom door is new and clean. The cleaning log says it was checked an hour ago.
  A dad waits outside with a pushchair full of shopping bags. Nothing else here.
+ [Look at the customer-service desk # observe: service_desk # reveals: nothing]
  A young man is returning five suits with no receipt. He looks hot and nervous.
  He tells the assistant they were for his brother's wedding. Wrong sizes, all of them.
  The assistant finds the card payment on the system and refunds it. He sags with relief. Nothing else here.
+ [Look at the cosmetics counter # observe: cosmetics_counter # reveals: nothing]
  A man is buying twelve foundations in twelve different shades, and a box of make-up sponges.
  He tells the assistant they are for the school play tonight. He does the make-up for all forty children. Nothing else here.
- -> front

=== front ===
# show: jess:calm
Near the front doors, the queue for till one runs past the gift-card stand. You can stop by one thing.
+ [Look at the young woman at the gift-card stand # observe: gift_cards # reveals: nothing]
  A young woman in a green netball hoodie is counting gift cards into a pile. Twenty-five, by her list.
  She pays from a metal cash tin. A sticker on the lid says "Riverside College Netball: Raffle". She checks her phone every minute.
  Nothing else here.
+ [Look out of the front window at the van # observe: car_park_window # reveals: nothing]
  It is a white minibus in the pick-up bay. "Riverside College" is painted on the side.
  The driver, an older man in a blue club jacket, watches the doors and taps his watch. Kit bags are piled on the seats behind him.
  Nothing else here.
+ [Look at the exit gates # observe: exit_gates # reveals: nothing]
  A man in paint-spattered overalls has walked in and out of the gates three times.
  He is on the phone, telling someone he is at the front. No, the other front.
  A woman with two bags waves at him from the far end of the tills. Nothing else here.
- -> family

// ---------------------------------------------------------------- talk

=== family ===
# phase: talk
# requires: none
# show: farah:calm
# show: samira:calm
At till two, the woman in the red jumper taps her card. The older woman has joined her, leaning on her stick. # sound: till_beep # discuss: Lou is worried. What would you need to see before this became a concern, and how do you check without treating anyone as a suspect?
Lou, the cashier, gives you a small worried nod.
{variant == 2: Come on, Mum. We've still got the cake to get. # speaker: farah|Mum, do you want the box for the shoes, or shall we bin it? # speaker: farah}
She says it again in another language. The older woman answers, and they both laugh.
+ [Step up beside the till and offer a hand: "Big shop! Can I help you out to the car with those?" # score: trust +1 # score: culture +1 # why: An ordinary offer of help treats the family as customers, not suspects, and gives a natural chance to chat and see what is going on.]
  -> family_chat
+ [Ask the woman to step aside: "Does your mother hold her own passport? Is she here by choice?" # score: culture -2 # score: trust -2 # myth: myth.one_flag_or_nationality # why: Questioning a family as suspects because an older woman doesn't speak English is profiling. It humiliates them and is not how a worry gets checked. A friendly word at the till would have told you more.]
  -> family_questioned
+ [Ask the whole family loudly: "Have you all got your papers? We get people in here who shouldn't be." # critical: threaten_arrest_or_immigration # score: culture -3 # score: trust -2 # why: Questions about papers, aimed at people because of how they look or speak, are profiling and a threat. They frighten customers and have nothing to do with spotting control. A friendly word would have cleared this up.]
  -> family_left

=== family_chat ===
{variant == 2: That's kind, thanks. Sorry, we're in a rush. Twenty people for lunch tomorrow. # speaker: farah|Oh, would you? Thank you! # speaker: farah}
It's Mum's eightieth on Sunday. She wanted a proper coat. Her first new one in ten years. # speaker: farah
The older woman says something and wags a finger.
She says the coat was her choice, and my shoes are ugly. # speaker: farah
The older woman smiles at you and holds up eight fingers, then makes a zero. # show: samira:relieved
Eighty! # speaker: samira
Then she opens her own purse and pays for the candles herself, over her daughter's protests.
Lou breathes out. You catch her eye and shake your head very slightly: nothing here.
-> gift_cards

=== family_questioned ===
The woman stares at you. # show: farah:impatient
Her passport? She's my mother. She's lived here for forty years. # speaker: farah
The older woman asks something. Her daughter answers in a low voice. The older woman's smile goes. # show: samira:anxious
People in the queue are watching. Lou looks at the floor.
The family packs the rest of the shopping in silence and leaves.
On the way out, the younger man says: Happy birthday, Nan. It doesn't sound happy.
-> gift_cards

=== family_left ===
The whole queue goes quiet. # show: farah:impatient # show: samira:anxious
Papers? For a coat? # speaker: farah
She takes her mother's arm. The men leave the bags at the till. The family walks out without the coat, the cake tin or the balloons. # hide: farah # hide: samira
Lou stares at you. A man in the queue takes out his phone and starts typing.
# ending: family_left; The family walked out
Ren's voice comes over the radio, very calm. Come to the office, please. # speaker: ren
-> file_report(-> epilogue_left)

=== gift_cards ===
# hide: farah
# hide: samira
# show: jess:calm
At till one, the young woman in the netball hoodie puts her pile of gift cards on the counter.
The cashier asks the question she asks everyone buying lots of gift cards: has anyone asked you to buy these over the phone?
Out in the pick-up bay, the minibus driver is still watching the doors.
+ [Smile and say, "That's a lot of gift cards! Is it a fundraiser?" # score: trust +1 # score: choice +1 # why: A light, friendly question lets her explain in her own words, without being treated as a suspect or a victim.]
  -> jess_chat
+ ["Who told you to buy all these? Is that man in the van making you? Are you being trafficked?" # critical: labelling_question # score: trust -2 # score: culture -1 # myth: myth.ask_directly # why: A labelling question, out of nowhere and in public, shocks and shames her and would not get an honest answer from anyone at risk anyway. A friendly question about the cards would have explained everything.]
  -> jess_labelled
+ [Ask the cashier to hold the sale until the man outside comes in and explains # score: choice -2 # score: culture -1 # why: Stopping an adult's ordinary purchase until a man vouches for her takes her choice away and treats her as if she cannot speak for herself. Ask her, kindly, instead.]
  -> jess_held

=== jess_chat ===
She grins. # show: jess:relieved
Netball club raffle. Twenty-five prizes. No phone calls, just the club committee. Here's the letter. # speaker: jess
She shows a printed letter from the college with the club's name at the top.
Coach is outside in the minibus. We've got a match at four, and he's on a yellow line. # speaker: jess
The doors slide open. The man in the blue club jacket puts his head in. # sound: door_slide # show: pat:impatient
Jess! Two minutes, or I'm getting a ticket! # speaker: pat
Coming! # speaker: jess
She pays, takes her receipt for the club treasurer and jogs out. The minibus pulls away. # hide: jess # hide: pat
-> close

=== jess_held ===
The cashier hesitates, then puts the cards to one side. # show: jess:anxious
Sorry? Why can't I buy them? # speaker: jess
After five minutes the man in the blue club jacket comes in, puzzled. # sound: door_slide # show: pat:impatient
I'm her netball coach. It's the club raffle. Is there a problem? # speaker: pat
He shows the letter from the college. The cashier sells the cards. Jess doesn't look at you as she leaves. # hide: jess # hide: pat
-> close

=== jess_labelled ===
She steps back. Her face goes red. # show: jess:anxious
What? No! He's my coach. It's for the netball raffle. # speaker: jess
People nearby turn to look. She pays with shaking hands, without her list, and hurries out. # hide: jess
Through the window you see her climb into the minibus and say something to the driver. He looks at the store for a long moment before he pulls away.
# ending: student_upset; A student left shaken
Lou says quietly: I only said I was worried. I didn't mean that.
-> file_report(-> epilogue_upset)

// ---------------------------------------------------------------- act

=== close ===
# phase: act
# show: ren:calm
The queues move on. Lou catches your eye across the tills, still waiting to hear what you think.
+ [Tell Lou what you found, thank her for speaking up, and say there's nothing to report # score: collaboration +2 # why: A fair check that found ordinary answers needs no report. Thanking a colleague and explaining why keeps her speaking up next time, and keeps her judgement sharp.]
  -> ordinary
+ [Write the family and the student into the shift log as "suspicious", with descriptions, just in case # score: culture -1 # score: document -1 # why: Logging people as suspicious when you found ordinary explanations puts innocent customers on record for how they look or speak. Good records are about facts that raised a real concern.]
  -> logged
+ [Call {hotline_name} about the family, to be on the safe side # score: culture -1 # score: collaboration -1 # why: A hotline report needs signs of control, not a language difference or a big shop. Reports with no real concern use up advocates' time and can bring unwanted attention to a family.]
  -> called

=== ordinary ===
Thanks for looking. I'd rather ask than wonder. # speaker: lou
She says it with a small laugh. You tell her what you saw: the birthday, the purse, the raffle tin, the college minibus.
So how do I tell the difference? # speaker: lou
You tell her what the course said: look for signs of control. Who holds the money and the ID. Who can speak. Who is watched. Not who speaks which language.
# ending: ordinary_day; Just a busy Saturday
Ren winks at you from across the floor and goes back to the cameras.
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
The advocate thanks you politely and suggests the store's training notes on what to look for.
-> file_report(-> epilogue_called)

// ---------------------------------------------------------------- epilogues (after the report)

=== epilogue_ordinary ===
On Sunday, a woman in a red jumper posts a photo on the store's page: an older woman in a new wool coat, blowing out eight candles and a zero.
-> aftermath

=== epilogue_left ===
On Monday, the store manager answers a complaint about a security officer asking a family for their papers.
-> aftermath

=== epilogue_upset ===
On Monday, the college rings the store. A student was upset by a security officer on Saturday.
-> aftermath

=== epilogue_logged ===
Nobody follows up the log entry. Nobody needed to.
-> aftermath

=== epilogue_called ===
Nothing comes of the call. There was nothing to find.
-> aftermath

=== aftermath ===
{
- report_action == "none":
  Your report says there was nothing to report. That was right: you checked fairly, and you found ordinary answers.
- report_action == "log":
  Your report goes into the store's log. There was nothing in it that anyone needed to act on.
- else:
  Your report goes further than it needed to. Someone has to read it, check it and close it.
}
Your shift ends at six.
-> END
