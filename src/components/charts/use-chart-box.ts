import { useEffect, useRef, useState } from 'react';

export type ChartBox = {
  width: number;
  height: number;
  /** The computed font size in px; undefined where the browser has none (jsdom). */
  fontPx: number | undefined;
};

/**
 * The chart element's size and font size, re-read when it resizes. The chart is drawn at exactly this size
 * (rather than inside Recharts' ResponsiveContainer, which measures and renders once more), and meeting-room
 * mode sizes text from the viewport, so the axes are sized from the font the browser computed. Undefined until
 * the element has been measured with a size.
 */
export function useChartBox<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [box, setBox] = useState<ChartBox | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      const font = parseFloat(getComputedStyle(element).fontSize);
      const next = width > 0 && height > 0 ? { width, height, fontPx: Number.isFinite(font) && font > 0 ? font : undefined } : undefined;
      setBox((previous) =>
        previous && next && previous.width === next.width && previous.height === next.height && previous.fontPx === next.fontPx ? previous : next,
      );
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, box] as const;
}
