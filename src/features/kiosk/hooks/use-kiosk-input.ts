import { useEffect } from 'react';
import type { KioskRuntime } from '@/features/kiosk/model/kiosk-runtime';
import type { RotationCommand } from '@/features/kiosk/model/rotation';
import { commandForKey } from '@/features/kiosk/model/kiosk-keys';
import { toggleFullscreen } from '@/features/kiosk/hooks/fullscreen';

/**
 * Keys drive the rotation; any other input pauses it. Listeners only, so a still screen runs nothing.
 * `takeCommand` may handle a command first (turning a scene's pages) and say so by returning true.
 */
export function useKioskInput(runtime: KioskRuntime, takeCommand?: (command: RotationCommand) => boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) {
        runtime.dispatch({ type: 'input' });
        return;
      }
      event.preventDefault();
      if (command.type === 'toggleFullscreen') {
        toggleFullscreen();
        runtime.dispatch({ type: 'input' });
      } else if (takeCommand?.(command)) {
        runtime.dispatch({ type: 'input' });
      } else {
        runtime.dispatch(command);
      }
    };
    // Browsers send synthetic pointer moves when the layout changes under a resting cursor; only a
    // pointer that has really moved counts as a person.
    let lastPointer: { x: number; y: number } | undefined;
    const onPointerMove = (event: PointerEvent) => {
      const moved = lastPointer !== undefined && (lastPointer.x !== event.screenX || lastPointer.y !== event.screenY);
      lastPointer = { x: event.screenX, y: event.screenY };
      if (moved) runtime.dispatch({ type: 'input' });
    };
    const onInput = () => runtime.dispatch({ type: 'input' });
    const passive = { passive: true } as const;
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('pointermove', onPointerMove, passive);
    window.addEventListener('pointerdown', onInput, passive);
    window.addEventListener('wheel', onInput, passive);
    window.addEventListener('touchstart', onInput, passive);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerdown', onInput);
      window.removeEventListener('wheel', onInput);
      window.removeEventListener('touchstart', onInput);
    };
  }, [runtime, takeCommand]);
}
