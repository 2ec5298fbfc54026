# grammar: 1
# id: store.back_pay
# title: Day shift: back pay
# setting: store
# summary: A contract cleaner was found crying in the fitting rooms. The loss-prevention lead heard something about pay, and wants security to take a look before the cleaning company's crew lead arrives for shift change.
# minutes: 10
# situation: not_trafficking
# minor: no
# variants: 2
# content_note: This story involves a contract cleaner who is upset about her job and her pay, and a colleague who wonders whether it is trafficking. No violence is shown. You can step out at any time.
# focus: Telling a labor-rights problem apart from forced labor, and the referral that fits
# character: ren; Ren; The store's loss-prevention lead, a woman in her fifties with short gray hair and a radio on her belt. Your colleague today.
# character: tess; Tess; A cleaner in her fifties in a green contractor polo shirt, with reading glasses pushed up in her hair.
# character: gary; Gary; The cleaning company's crew lead, a man in his forties in the same green polo, with a clipboard and a tired face.
# distractor: not.owed_pay_free_to_leave
# distractor: not.outside_contractor
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

// Writers' notes
// - Tess is owed three weeks' pay by the cleaning contractor. She has her own car, home, phone and
//   papers, can quit any day, and nobody threatens her or holds anything of hers. That is wage theft, a
//   labor-rights problem: no force, fraud or coercion, so not forced labor. No indicator tags; every
//   look is ordinary, and the crew lead turns out to be unpaid too (variant 1) or defensive (variant 2).
// - The restroom sheet (open to close yesterday, in her hand) stays ambiguous: it could be a worker
//   kept on site from open to close, or someone taking extra shifts. The question about being free to
//   leave resolves it (`resolves`): she chose the doubles to cover the rent, and goes home after.
// - The exact report is the control room (`requires: supervisor`): the store must know that its
//   contractor is not paying its cleaners (the contract manager takes it up), and Tess is given the
//   labor-standards contact from configuration ({labour_standards_name}) to use if she chooses.
//   The trafficking hotline is more than needed; police is an override; a log entry alone is too little.
// - The learner has to say what would have changed the picture (held papers, a debt, threats, housing
//   or transport the employer controls, not being free to leave), which Ren repeats at the end.
// - Variant 1: Tess talks after a while and Gary is unpaid too. Variant 2: Tess says less and asks
//   that nobody is told; Gary is short with security.

VAR confronted = false

-> start

// ---------------------------------------------------------------- briefing

=== start ===
# phase: briefing
# bg: store_sales_floor
# ambience: store_floor
# show: ren:guarded
# requires: supervisor
Tuesday, ten to one. You are on the day shift for {org_name} at Brook and Hale, a department store.
Ren, the loss-prevention lead, finds you by the customer-service desk.
One of the contract cleaners, Tess, was crying in the fitting rooms. I heard something about three weeks and no pay. # speaker: ren
After that course last week I keep thinking... is this one of those? Forced labor? # speaker: ren # discuss: One worker, one problem with pay. What would you need to know before calling it forced labor, and what is it already?
+ ["Unpaid is unpaid. That's forced labor. Let's call the hotline." # score: observe -1 # score: report -1 # myth: myth.one_flag_or_nationality # why: Unpaid wages can be one sign of forced labor, but one sign proves nothing. Forced labor means someone is made to keep working through force, fraud or coercion, and you don't know yet whether anyone is.]
  Ren hesitates. Shouldn't we talk to her first? # speaker: ren
+ ["Let's hear it from her, if she wants to talk." # score: observe +1 # score: choice +1 # why: Starting from what she says, and only if she wants to say it, keeps you open and puts her in charge of her own story.]
  She's in the back. She's embarrassed. Go easy. # speaker: ren
+ ["I'll go find the crew lead and ask him what's going on with their pay." # score: safety -1 # score: trust -1 # why: Going to her boss first, before she has said anything to you, could land her in trouble for something she told a colleague in tears.]
  Ren frowns. Maybe talk to her before you go to him? # speaker: ren
+ ["That's between her and her employer, surely?" # score: collaboration -1 # why: Pay is her employer's business, but a contractor not paying the people who work in your store is the store's business too, and she may need to know where to go.]
  Is it, though? She works here every day. # speaker: ren
- -> floor

// ---------------------------------------------------------------- observe

=== floor ===
# phase: observe
On your way to the back of the store you pass the front.
* [Look out of the front window at the parking lot # observe: car_park_window # reveals: nothing]
  The staff end of the lot: a few small cars and a pickup. Nobody waiting in any of them.
  Ren says the cleaners drive themselves in. Tess has the blue hatchback with the dog sticker.
* [Look at the restroom corridor # observe: restroom_corridor # reveals: nothing # ambiguous: retail.tenant_worker_lives_onsite]
  A cleaning cart with the contractor's green logo is parked by the restroom door. The sign-off sheet is filled in, in one neat hand, every hour since seven.
  Clipped behind it, yesterday's sheet runs from seven in the morning to ten at night, in the same hand.
  The hotline sticker on the wall is clean and whole.
* [Look at the bench by the pillar # observe: seating_bench # reveals: nothing]
  An older man in a paint-spattered jacket sits on the bench, waiting for his wife to finish at the service desk. He is doing a word search.
- -> back

=== back ===
# bg: store_fitting_rooms
# show: tess:anxious
At the back of the store, the fitting rooms are quiet.
+ [Look at the staff noticeboard # observe: noticeboard # reveals: nothing]
  Among the rotas is a printed notice on the contractor's letterhead: Payroll is delayed due to a systems change. We apologize for any inconvenience. It is dated a month ago.
+ [Look at the bench by the cubicles # observe: bench # reveals: nothing]
  A woman in a green polo shirt sits on the bench, blowing her nose. Her own bag is beside her: a purse, a phone and a car key on a dog-shaped fob.
+ [Look at the rail of clothes to go back # observe: clothes_rail # reveals: nothing]
  A teenager from the sales floor is sorting the rail into sizes, humming along with her earbuds.
- -> tess

// ---------------------------------------------------------------- talk

=== tess ===
# phase: talk
# show: ren:calm
The woman on the bench sees you and stands up quickly.
Sorry. I'm fine. I'll get back to it. # speaker: tess
+ ["Take a minute. Do you want a coffee?" # score: trust +1 # why: Kind and ordinary. It gives her time, though it doesn't tell her why you came over, and she may just take the coffee and go.]
  -> coffee
+ ["Does your boss have your passport? Are you being trafficked?" # critical: labelling_question # score: trust -2 # why: A labelling question, and a guess about papers she hasn't mentioned. It tells her you see a victim, not a worker with a problem, and it nearly always gets a no.]
  -> labelled
+ ["Ren mentioned pay. Want to tell me about it? You don't have to." # score: trust +2 # score: choice +1 # why: Honest about why you are there, and clear that telling you is her choice. People talk more when the choice is really theirs.]
  -> talks
+ ["If they're not paying you, quit." # score: trust -1 # why: Easy to say. It ignores what she may be owed and what quitting would cost her, and it closes the conversation.]
  -> coffee

=== labelled ===
Tess stares at you.
My passport's in my kitchen drawer. I was born twenty miles from here. # speaker: tess # show: tess:impatient
She picks up her cart and goes back to the restrooms. # hide: tess
# ending: walked_off; She went back to work without saying more
-> decide

=== coffee ===
Ren brings a coffee from the staff room. Tess holds it in both hands.
{variant == 2: It's nothing. It's just money. # speaker: tess|I'm just tired. It's been a long month. # speaker: tess}
-> talks

=== talks ===
# show: tess:guarded
{
- variant == 2:
  Tess looks at the floor.
  They haven't paid us since the start of the month. They say it's the computers. # speaker: tess
- else:
  Tess sits down again.
  Three paychecks. They keep saying Friday. Then it's next Friday. I can't make rent. # speaker: tess
}
+ ["Are you free to come and go, and to quit if you want?" # resolves: retail.tenant_worker_lives_onsite # score: observe +2 # score: trust +1 # why: A gentle, open question about control, the thing that would make this more than unpaid wages. It lets her say no without being asked for details.]
  -> free
+ ["Who's your boss? What's the company's address? How much do they owe you exactly?" # score: trust -1 # score: collaboration -1 # why: Those are questions for the labor office, if she goes to them. From security, all at once, they feel like an investigation of her.]
  -> free
+ ["Do you want me to call the police? Not paying you is a crime." # score: choice -1 # score: trust -1 # why: Unpaid wages are usually a labor-standards matter, not a police one, and the offer of police can frighten someone who only wanted to be paid.]
  -> free

=== free ===
{
- variant == 2:
  Leave? I could leave today. But then I'd never see that money. # speaker: tess
  I've been doing doubles since it started. I thought if I took the extra shifts they'd pay me first. # speaker: tess
  Please don't make a thing of it. If the company hears I complained, I'm done. # speaker: tess
- else:
  Leave? I'd leave tomorrow if they paid me what I'm owed. I've got my car, my place. # speaker: tess
  I've been pulling doubles to cover the rent till they pay. Then I go home and sleep. # speaker: tess
  Nobody's holding anything of mine. It's just the money. # speaker: tess
}
-> gary

=== gary ===
# show: gary:calm
A man in the same green polo comes round the corner with a clipboard.
Tess? Shift change. Sign out when you're done. # speaker: gary
He sees your uniform. Everything OK here? # speaker: gary
+ ["Your company owes her three weeks' pay. Sort it out." # score: safety -1 # score: trust -2 # why: It tells her crew lead she complained, in front of her, which is the one thing she feared. The store can raise it with the company through the contract, without naming her to him.]
  ~ confronted = true
  -> gary_confronted
+ ["All good. Just chatting." # score: trust +1 # score: safety +1 # why: It keeps what she told you private. Whatever the store does about the contractor, it does not need to go through her crew lead in front of her.]
  -> gary_ok
+ ["Can I get your payroll contact? We keep one on file for every contractor." # score: collaboration +1 # why: A routine ask, and true. It does give her crew lead a reason to wonder why security wants payroll today, right after talking to her.]
  -> gary_ok

=== gary_confronted ===
{variant == 2: That's company business. Nothing to do with the store. # speaker: gary # show: gary:impatient|Tell me about it. I haven't been paid either. # speaker: gary # show: gary:impatient}
Tess goes red and looks at the floor. # show: tess:anxious
{variant == 2: I'll finish the restrooms. # speaker: tess|It's fine, Gary. Forget it. # speaker: tess}
-> act

=== gary_ok ===
{variant == 2: Right. Tess, two minutes. # speaker: gary|Sure. Between us, payroll's a mess. I haven't been paid either. # speaker: gary}
He goes to check the restroom sheet. # hide: gary
-> act

// ---------------------------------------------------------------- act

=== act ===
# phase: act
# hide: gary
# show: tess:guarded
Tess picks up her things.
{variant == 2: Please don't tell anyone. I need this job. # speaker: tess|I don't even know who you'd tell about this. # speaker: tess}
+ ["It stays between us. I promise." # critical: promise_cannot_keep # score: trust -1 # why: The store has to hear that its contractor isn't paying people, so you can't promise that. Tell her what you will do, and what stays her choice.]
  -> promised
+ ["I'll tell the store, without naming you. And here's {labour_standards_name}, if you want it." # score: choice +2 # score: trust +1 # why: Honest about what you must pass on and how, and a real option that stays hers: the labor-standards office deals with unpaid wages.]
  -> referred
+ ["Here's {labour_standards_name}. They handle unpaid wages. It's your call." # score: choice +1 # why: The right contact, and her choice respected. But the store also needs to know its contractor isn't paying people, and she may think nobody else will be told.]
  -> referred
+ ["Let's call {hotline_name} together." # score: choice -1 # myth: myth.one_flag_or_nationality # why: Nothing she said points to force, fraud or coercion: she can leave, has her own papers and nobody threatens her. The trafficking hotline is not the help for unpaid wages.]
  -> hotline_offered

=== promised ===
Tess nods, but she doesn't look reassured.
# ending: kept_quiet; She went back to work with nowhere to take it
-> decide

=== referred ===
{
- variant == 2:
  Tess hesitates, then types it into her phone.
  Maybe. If Friday comes and there's nothing again. # speaker: tess
- else:
  Tess types it into her phone.
  I didn't know you could do that. I thought you just had to wait. # speaker: tess # show: tess:relieved
}
# ending: referred; She has the labor-standards contact, and the store will take it up
-> decide

=== hotline_offered ===
Tess frowns.
Trafficking? I'm not trafficked. I'm just not paid. # speaker: tess
# ending: kept_quiet; She went back to work with nowhere to take it
-> decide

=== decide ===
# phase: act
# show: ren:calm
# hide: tess
Ren walks back to the front with you.
So that's not forced labor? What would have made it forced labor? # speaker: ren
+ ["Threats, a debt, or her papers or housing in their hands." # score: observe +2 # why: That is the difference: forced labor is being made to work through force, fraud or coercion. She has her car, her home and her papers, and can quit today.]
  Ren nods slowly. Then this is a pay problem. A bad one. # speaker: ren
+ ["If she wasn't from round here." # score: observe -2 # myth: myth.one_flag_or_nationality # why: Where someone comes from is not a sign of anything. Control is: who holds the papers, who decides where she lives, whether she can leave.]
  Ren gives you a look. That's not what the course said. # speaker: ren
+ ["If it went on for months and months, and they kept promising and never paid her anything at all." # score: observe -1 # why: Time alone doesn't make it forced labor. What matters is whether she is made to keep working: threats, debts, held papers, nowhere else to go.]
  Ren doesn't look sure.
- What do you do with it?
+ [Radio {escalation_first} about the unpaid crew # action: supervisor # score: report +2 # why: The store's contract manager needs to hear it through the control room, so it can be raised with the company without naming her.]
  -> decided
+ [Write it in the incident log # action: log # why: A record, but the log won't reach the contract manager this week. The control room can pass it on today.]
  -> decided
+ [Refer it to {hotline_name} with Ren # action: hotline # score: report -1 # why: Nothing pointed to forced labor, so the trafficking hotline is not the right route. The store's control room and {labour_standards_name} are.]
  -> decided
+ [Call police about the cleaning company # action: police # score: choice -1 # why: Unpaid wages are a labor-standards matter first, and Tess didn't ask for police. It could cost her the job she asked you to protect.]
  -> decided

=== decided ===
-> file_report(-> epilogue)

// ---------------------------------------------------------------- epilogue

=== epilogue ===
{
- report_action == "supervisor":
  {escalation_first} passes it to the store's contract manager, who calls the cleaning company that afternoon about the unpaid wages of its crew, without naming anyone.
- report_action == "hotline":
  {escalation_first} asks what pointed to forced labor. The answer is nothing: a cleaning company behind on pay. The contract manager hears about it two days late.
- report_action == "police" || report_action == "emergency":
  {escalation_first} reads your report and says unpaid wages go to the contract manager and {labour_standards_name}, not police, unless someone is being forced or is in danger.
- report_action == "log":
  Your entry sits in the log until the end of the week. Nobody calls the cleaning company.
- else:
  Nothing reaches the control room. The contract manager hears about it a month later, when two cleaners quit.
}
-> aftermath

=== aftermath ===
{confronted: Gary doesn't bring Tess back on the day shift. She's moved to another site.|{variant == 2: Friday comes. Tess is paid for one week of the three.|Friday comes. The cleaners are paid, and Tess waves at you from the restroom corridor.}}
At the end of the shift Ren stops by the office.
She could leave, she had her own papers, her own car, her own place, and nobody was threatening her. That's wage theft. It's wrong, and it has its own people to call. # speaker: ren
If she couldn't leave, or they had her papers or her housing, or she owed them a debt she could never pay, I'd be calling the hotline with you. # speaker: ren
Your shift ends at five.
-> END
