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

rememberEarlyClicks();

const startApp = () => void import('./main');

// A task queued from requestAnimationFrame runs after that frame has been painted. A hidden page (a background
// tab, a screen that is switched off) paints nothing and runs no frames, so it starts at once.
if (document.hidden) startApp();
else requestAnimationFrame(() => setTimeout(startApp, 0));
