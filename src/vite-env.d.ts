/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a real backend implementing docs/api.md; unset means the bundled static API files. */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
