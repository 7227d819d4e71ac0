import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { ProvenanceContext } from '@/components/provenance-context';
import { useI18n } from '@/i18n/i18n-context';
import { figureLookup } from '@/lib/figure-view';
import { derivedFigureIds, type DerivedFigureId } from '@/lib/derived-figures';

// The card's code loads on the first open, so it costs nothing on the initial screen.
const ProvenanceDialog = lazy(() =>
  import('@/features/provenance/components/provenance-dialog').then((m) => ({ default: m.ProvenanceDialog })),
);

/** Owns which provenance card is open (a stack, so an input's card can go back) and where focus returns. */
export function ProvenanceHost({ reportId, children }: { reportId: string; children: ReactNode }) {
  const { pick } = useI18n();
  const queryClient = useQueryClient();
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
  const report = queryClient.getQueryData(reportQueries.detail(reportId).queryKey);
  const labelOf = (id: string) => {
    if (!report) return id;
    const lookup = figureLookup(report);
    const view = (derivedFigureIds as readonly string[]).includes(id) ? lookup.derived(id as DerivedFigureId) : lookup.reported(id);
    return view ? pick(view.label) : id;
  };

  return (
    <ProvenanceContext.Provider value={open}>
      {children}
      {current && (
        <Suspense fallback={null}>
          <ProvenanceDialog
            key="provenance"
            reportId={reportId}
            figureId={current}
            previous={previousId ? { label: labelOf(previousId), onBack: () => setStack((ids) => ids.slice(0, -1)) } : undefined}
            onOpenFigure={(id) => setStack((ids) => [...ids, id])}
            onClose={close}
          />
        </Suspense>
      )}
    </ProvenanceContext.Provider>
  );
}
