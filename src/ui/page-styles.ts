// The stylesheets both pages (the game and the phone voting page) start with, imported from one
// module so the build writes them as one file: one request before the first screen instead of three
// (the fonts' faces, the overlay styles and the organisation's, each in a chunk of its own before).
// A font face costs nothing until text uses it.

import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/opendyslexic/latin-400.css';
import './styles.css';
import './instructor/org.css';
