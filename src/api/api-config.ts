// Where the API lives. By default the static files that the build writes beside index.html
// (served by MSW in development); VITE_API_BASE_URL points the app at a real backend instead.
const configuredBase: string | undefined = import.meta.env.VITE_API_BASE_URL;

export const apiBaseUrl: string = (configuredBase && configuredBase.trim() !== '' ? configuredBase : `${import.meta.env.BASE_URL}api/v1`).replace(/\/$/, '');

export const apiTimeoutMs = 10_000;
