// TEMPLATE ENCOUNTER — copy this file to stories/<setting>/<name>.ink and change it.
// It uses every tag in the grammar once or more and passes `npm run check:stories`.
// Lines starting with // are notes for writers; players never see them.

// 1. Global tags: first, before anything else.
# grammar: 1
# id: hotel.template
# title: Template: a short shift
# setting: hotel
# summary: A two-minute example that shows every tag. Replace this with one or two sentences for the picker.
# minutes: 2
# situation: sex_trafficking
# minor: no
# content_note: An example only. It mentions a guest who may be controlled by someone else. Nothing graphic.
# focus: How each tag works
# variants: 2
# character: mara; Mara; A guest in her twenties with one plastic bag
# character: victor; Victor; A man in his forties who does the talking for her
# distractor: not.speaks_other_language
# distractor: not.cheap_clothes
# teaches: myth.would_ask_for_help

// 2. Shared ink: contact variables and the report step.
INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

// 3. Knot tags sit at the top of a knot and stay in force until changed.
=== start ===
# phase: briefing
# bg: hotel_lobby_night
# ambience: lobby_night
# requires: log
You start your shift at {org_name}.
Your supervisor is {escalation_first}.
+ [Start the round] -> look

=== look ===
# phase: observe
# show: mara:anxious
# show: victor:impatient
A man and a young woman wait by the lift. # sound: lift_chime
{variant == 2: He holds both their ID cards and all the key cards. # indicator: hotel.companion_holds_id_money_keys}
- (around)
// Observation targets: a hotspot in the scene, and what looking there reveals (or nothing).
* [Look at the bag by the lift # observe: plastic_bag # reveals: hotel.few_possessions_long_stay]
  One plastic bag, for a week-long stay.
  -> around
// An ambiguous look: it could be an indicator or something ordinary, and only a question settles
// it. Tag the look "ambiguous" and the later question that settles it "resolves" (same indicator).
* [Look at the guest on the phone # observe: window_caller # reveals: nothing # ambiguous: hotel.lookout_hall_lobby_lot]
  A guest by the window is on the phone, facing the lift. Waiting for a taxi, or watching who comes and goes?
  -> around
+ [Go over to the crew] -> talk

=== talk ===
# phase: talk
Victor steps in front of Mara. # speaker: narrator # discuss: Who answers for whom here, and what would you want to know before acting?
She doesn't talk much. I do the talking. # speaker: victor # indicator: hotel.confused_rehearsed_guest
// Choice tags go inside the square brackets. Scored choices need a "why".
* ["Morning. Quiet shift so far?" # resolves: hotel.lookout_hall_lobby_lot # score: safety +1 # why: Ordinary small talk shows no suspicion in front of the person who may be in control.]
  Same as always. # speaker: victor # show: victor:calm
  Behind him, the guest by the window waves to a taxi pulling up and goes out to it.
  -> act
* ["Why are you speaking for her? What are you hiding?" # critical: confront_controller # score: safety -2 # why: Challenging the person who may be in control can put Mara at risk once you have gone.]
  His face closes. He hurries her into the lift. # show: victor:guarded
  -> act
* ["You can translate for her, right?" # critical: companion_as_interpreter # score: culture -2 # myth: myth.one_flag_or_nationality # why: Every word would pass through the person who may control her. A phone interpreter keeps it private.]
  He smiles and answers for her. # speaker: narrator
  -> act
* ["If it helps, we have a phone interpreter for any guest." # score: culture +2 # why: Offering a professional interpreter to everyone gives her a voice without singling her out.]
  He waves it away. She looks up for a second. # show: mara:guarded
  -> act

=== act ===
# phase: act
# hide: victor
Victor goes out to move the car. Mara waits by the lift for a moment. # show: mara:guarded
* ["I'm with security, not police. If you ever need help, this card has {hotline_name}. It's your choice." # score: choice +2 # score: peer_support +1 # why: A discreet resource and an honest word leave the decision with her.]
  Mara slips the card into her sleeve. # show: mara:relieved # ending: card; She kept the card
  # requires: hotline
  -> refer
* [Say nothing and note the time # score: document +1 # why: Writing down what you saw is useful, but she got no chance to learn where help is.]
  The lift doors close. # ending: noted; The lift doors closed
  # requires: supervisor
  -> file_report(-> epilogue)

=== refer ===
// `action` marks a choice that takes a step on the response ladder. The checker makes sure the
// report then scores that step as right on every path through it.
+ [Radio {escalation_first} and, with them, refer what you saw to {hotline_name}, as policy says # score: report +1 # action: hotline # why: Post orders first, then the referral your policy calls for.]
  -> file_report(-> epilogue)

=== epilogue ===
// After the report, {report_action} holds what the learner chose.
{report_action == "hotline": The hotline thanks you for the details.|You finish your round.}
-> END
