import type { MarkKind } from '@/lib/figure-semantics';

// One definition of how lower bounds look, shared by the bars and the legend swatches. The pattern lives
// once per page (SharedSvgDefs) so every chart references the same id.
const lowerBoundPatternId = 'lower-bound-hatch';

export function SharedSvgDefs() {
  return (
    <svg className="shared-svg-defs" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={lowerBoundPatternId} width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="10" height="10" className="hatch__ground" />
          <line x1="0" y1="0" x2="0" y2="10" className="hatch__line" strokeWidth="5" />
        </pattern>
      </defs>
    </svg>
  );
}

export function BarSwatch({ kind }: { kind: MarkKind }) {
  return (
    <svg className="legend__swatch" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="22" height="12" className={`bar bar--${kind}`} />
    </svg>
  );
}
