import { enableEnglishIssueMessages } from '@/data/report-schema';
import { loadLocale } from '@/i18n/messages';

// Every test file, with or without a page: readable zod messages in test failures (the browser bundle leaves
// them out), and the English catalogue (which the app loads on demand) ready for tests that render or format
// in English.
await enableEnglishIssueMessages();
await loadLocale('en');
