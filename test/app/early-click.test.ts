// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberEarlyClicks, takeEarlyClick } from '@/app/early-click';

afterEach(() => {
  takeEarlyClick();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function pageWithTile() {
  document.body.innerHTML = '<main><button class="tile__open"><span>4,500</span></button><p>text</p></main>';
  const button = document.querySelector('button')!;
  const clicks = vi.fn();
  button.addEventListener('click', clicks);
  return { button, clicks, number: button.querySelector('span')!, text: document.querySelector('p')! };
}

describe('clicks on the prerendered page before the app takes over', () => {
  it('clicks the last button clicked again, once, in a task after the replay is asked for', () => {
    vi.useFakeTimers();
    const { clicks, number } = pageWithTile();
    rememberEarlyClicks();
    number.click();
    const replay = takeEarlyClick();
    expect(clicks).toHaveBeenCalledTimes(1);
    replay();
    replay();
    expect(clicks).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(clicks).toHaveBeenCalledTimes(2);
  });

  it('replays nothing for a click beside any button, after the app has taken over, or on a replaced page', () => {
    vi.useFakeTimers();
    const { button, clicks, text } = pageWithTile();
    rememberEarlyClicks();
    text.click();
    takeEarlyClick()();
    vi.runAllTimers();
    expect(clicks).not.toHaveBeenCalled();

    rememberEarlyClicks();
    const afterTaking = takeEarlyClick();
    button.click();
    afterTaking();
    vi.runAllTimers();
    expect(clicks).toHaveBeenCalledTimes(1);

    rememberEarlyClicks();
    button.click();
    const replay = takeEarlyClick();
    button.remove();
    replay();
    vi.runAllTimers();
    expect(clicks).toHaveBeenCalledTimes(2);
  });
});
