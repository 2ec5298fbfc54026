// The incident report, shared by every story.
// Divert to it once an ending has been tagged:  -> file_report(-> epilogue_x)
// The engine swaps the "report" choice for the incident-report form. When the learner submits it,
// the engine sets report_action to none, log, supervisor, hotline, police or emergency,
// then takes the choice, so the epilogue can react to {report_action}.
// Note for writers: choice tags only reach the engine when they sit inside the square brackets.

VAR report_action = ""

=== file_report(-> next) ===
# phase: report
Things are quiet again. Write it up now, while the details are fresh.
+ [Write the incident report # report]
  -> next
