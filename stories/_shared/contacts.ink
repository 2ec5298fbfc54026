// Contact details for every story.
// The engine fills these from the organisation's configuration before the story starts.
// Never type a phone number or a service name into a story: use these variables,
// e.g. "call {emergency_number}" or "text {hotline_text}".
// The values below are only fallbacks, so a story still reads sensibly without a configuration.
// Stories use these mid-sentence ("It's {hotline_name}.", "tell {escalation_first}"), so configured
// names should carry their own article where English needs one, as the fallbacks do,
// and stories should not start a sentence with one of these variables.

VAR emergency_number = "the emergency number"
VAR hotline_name = "the trafficking hotline"
VAR hotline_phone = "the hotline number"
VAR hotline_text = "the hotline text line"
VAR escalation_first = "your supervisor"
VAR org_name = "your organization"
// Where the organisation works, e.g. "England and Wales", and the second internal escalation step
// (the first again when only one is configured).
VAR org_jurisdiction = "your area"
VAR escalation_next = "your manager"

// Who a concern about a minor goes to besides police (the police-and-child-protection rung).
VAR child_protection_name = "child protection services"

// Where a worker who is owed pay, but is free and not coerced, is pointed for labor-rights help.
VAR labour_standards_name = "the labor standards office"

// Facts about the first hotline, set only when the organisation's configuration states them.
// Never state them as fact in a story: say them only through these variables, e.g.
// "{hotline_not_police: They're not the police.}" or "{hotline_hours != "": They answer {hotline_hours}.}".
// The yes/no facts are 1 when the configuration says so and 0 when it says otherwise or nothing.
VAR hotline_is_police = 0
VAR hotline_not_police = 0
VAR hotline_consent_based = 0
VAR hotline_languages = ""
VAR hotline_hours = ""

// Replay variation. The engine sets `variant` from the attempt's seed (recorded in the decision log)
// to a number from 1 to the encounter's `# variants:` count, so replays differ but stay reproducible.
// Branch on it for which signs appear or how people behave: {variant == 2: ...}
VAR variant = 1
