// The page's entry, kept tiny on purpose. The HTML already shows the first screen (build/prerender-plugin.ts);
// evaluating the app's code (about 110 KiB) before the browser paints it would hold that paint back, most of all
// on a slow meeting-room PC, and fetching it during that paint would delay it on a slow network. So this module
// only brings in the style sheets and starts the app once the prerendered screen has been painted.
// Every style sheet a first screen uses is imported here, the stale badge's and the report notice's too, so
// the build links them from the HTML as one file and the screen is styled before any script runs.
import '@/styles/theme.css';
import 'virtual:scene-grid.css';
import '@/styles/provenance.css';
import '@/styles/print.css';
import '@/styles/faults.css';
import '@/styles/report-fallback.css';
import { rememberEarlyClicks } from '@/app/early-click';
import { afterFirstPaint } from '@/app/after-first-paint';

rememberEarlyClicks();
afterFirstPaint(() => void import('./main'));
