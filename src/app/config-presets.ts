// The built-in contacts per region (src/config/presets/), used only for the region a broken
// config.json names: a chunk of its own, loaded only then (src/app/config.ts).

import ca from '../config/presets/ca.config.json';
import uk from '../config/presets/uk.config.json';
import us from '../config/presets/us.config.json';

export const PRESETS: readonly { region: string }[] = [uk, ca, us];
