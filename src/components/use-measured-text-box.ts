import { useEffect, useRef, useState } from 'react';

export type TextBox = { fontPx: number; width: number };

/**
 * An element's computed font size and width (px), re-read when it resizes: meeting-room mode sizes text from
 * the viewport, so charts must size their axes from what the browser computed. Undefined where there is no
 * layout (jsdom).
 */
export function useMeasuredTextBox<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [box, setBox] = useState<TextBox | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const fontPx = parseFloat(getComputedStyle(element).fontSize);
      const width = element.getBoundingClientRect().width;
      const next = Number.isFinite(fontPx) && fontPx > 0 && width > 0 ? { fontPx, width } : undefined;
      setBox((previous) => (previous && next && previous.fontPx === next.fontPx && previous.width === next.width ? previous : next));
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, box] as const;
}
