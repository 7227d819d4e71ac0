import type { RotationCommand } from '@/features/kiosk/model/rotation';

// What presenter clickers and keyboards send, mapped to what the screen does. Clickers send
// PageDown/PageUp (some → / ←), and "B" or "." for their black-screen key.

export type KioskKeyCommand = RotationCommand | { type: 'toggleFullscreen' };

type KeyLike = Pick<KeyboardEvent, 'key'> & Partial<Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'repeat'>>;

export function commandForKey(event: KeyLike): KioskKeyCommand | undefined {
  // Browser and system shortcuts stay theirs.
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const { key } = event;
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
    case ' ':
    case 'Spacebar':
      return { type: 'next' };
    case 'PageUp':
    case 'ArrowLeft':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'b':
    case 'B':
    case '.':
      return event.repeat ? undefined : { type: 'toggleBlank' };
    case 'p':
    case 'P':
      return event.repeat ? undefined : { type: 'togglePause' };
    case 'f':
    case 'F':
      return event.repeat ? undefined : { type: 'toggleFullscreen' };
  }
  if (/^[1-9]$/.test(key)) return { type: 'jump', position: Number(key) - 1 };
  return undefined;
}
