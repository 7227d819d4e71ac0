import { commandForKey } from '@/features/kiosk/model/kiosk-keys';

describe('clicker and keyboard keys', () => {
  it.each([
    ['PageDown', { type: 'next' }],
    ['ArrowRight', { type: 'next' }],
    [' ', { type: 'next' }],
    ['PageUp', { type: 'previous' }],
    ['ArrowLeft', { type: 'previous' }],
    ['Home', { type: 'first' }],
    ['1', { type: 'jump', position: 0 }],
    ['9', { type: 'jump', position: 8 }],
    ['b', { type: 'toggleBlank' }],
    ['.', { type: 'toggleBlank' }],
    ['P', { type: 'togglePause' }],
    ['f', { type: 'toggleFullscreen' }],
  ])('maps %j to %j', (key, command) => {
    expect(commandForKey({ key })).toEqual(command);
  });

  it('leaves other keys, 0 and browser shortcuts alone', () => {
    expect(commandForKey({ key: '0' })).toBeUndefined();
    expect(commandForKey({ key: 'x' })).toBeUndefined();
    expect(commandForKey({ key: 'f', ctrlKey: true })).toBeUndefined();
  });

  it('does not flicker the blank screen when the key is held down', () => {
    expect(commandForKey({ key: 'b', repeat: true })).toBeUndefined();
  });
});
