import { createContext, useContext } from 'react';

// Tiles, bars and table rows open a figure's provenance card through this; the app decides how the card
// is shown (and loads it lazily). Without a provider, figures render as plain, non-interactive content.
export type OpenProvenance = (figureId: string) => void;

export const ProvenanceContext = createContext<OpenProvenance | null>(null);

export function useOpenProvenance(): OpenProvenance | null {
  return useContext(ProvenanceContext);
}
