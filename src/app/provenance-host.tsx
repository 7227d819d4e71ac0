import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import { ProvenanceContext } from '@/components/provenance-context';

// The card's code (and the figure models it uses) loads on the first open: nothing on the initial screen.
const ProvenanceDialog = lazy(() =>
  import('@/features/provenance/components/provenance-dialog').then((m) => ({ default: m.ProvenanceDialog })),
);

/** Owns which provenance card is open (a stack, so an input's card can go back) and where focus returns. */
export function ProvenanceHost({ reportId, children }: { reportId: string; children: ReactNode }) {
  const [stack, setStack] = useState<string[]>([]);
  const returnFocusTo = useRef<HTMLElement | SVGElement | null>(null);

  const open = useCallback((figureId: string) => {
    const active = document.activeElement;
    returnFocusTo.current = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
    setStack([figureId]);
  }, []);

  const close = useCallback(() => {
    setStack([]);
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    // After React removes the dialog; the opener may have re-rendered but keeps its DOM node.
    requestAnimationFrame(() => target?.focus());
  }, []);

  const current = stack.at(-1);
  const previousId = stack.length > 1 ? stack.at(-2) : undefined;

  return (
    <ProvenanceContext.Provider value={open}>
      {children}
      {current && (
        <Suspense fallback={null}>
          <ProvenanceDialog
            key="provenance"
            reportId={reportId}
            figureId={current}
            previous={previousId ? { figureId: previousId, onBack: () => setStack((ids) => ids.slice(0, -1)) } : undefined}
            onOpenFigure={(id) => setStack((ids) => [...ids, id])}
            onClose={close}
          />
        </Suspense>
      )}
    </ProvenanceContext.Provider>
  );
}
