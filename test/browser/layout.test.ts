import { afterAll, describe, expect, inject, it } from 'vitest';
import { useChromium, newPage, saveScreenshot, waitForLanguage } from './chromium';
import { everyScreen as screens, layoutProblems, navigate, settled } from './layout-checks';
import { meetingRoomViewports } from '../support/room-legibility';

// The layout holds on every screen a bureau has: phones, tablets both ways, laptops (and one at 200% zoom),
// 1080p and 4K TVs, a 32:9 LED wall and a portrait totem, in both languages, on the desk and in meeting-room
// mode. Each check is what a person would see go wrong: sideways scrolling, a header eating the screen, text
// running into text or cut off, a number broken over two lines, a chart with invisible bars, tiles mostly empty.


const sceneIds = ['overview', 'training', 'review', 'supervision', 'plans'];

describe('the layout on every screen', () => {
  const chrome = useChromium();
  const baseUrl = inject('baseUrl');
  const fills: string[] = [];
  afterAll(() => console.log(`median tile fill (text box / tile box):\n${fills.join('\n')}`));

  for (const screen of screens) {
    it(`holds on a ${screen.label}, on the desk and in meeting-room mode, in Chinese and English`, async () => {
      const page = await newPage(chrome.browser, { width: screen.width, height: screen.height }, screen.scale ?? 1);
      const problems: string[] = [];
      const name = screen.label.replace(/[^\w]+/g, '-');
      await page.goto(`${baseUrl}?scene=overview`);
      for (const lang of ['zh', 'en'] as const) {
        for (const sceneId of sceneIds) {
          await navigate(page, `?scene=${sceneId}&lang=${lang}`);
          await waitForLanguage(page, lang);
          await settled(page, sceneId);
          const desk = await layoutProblems(page, screen, false);
          problems.push(...desk.problems.map((problem) => `desk ${lang} ${sceneId}: ${problem}`));
          fills.push(`${name} desk ${lang} ${sceneId}: ${desk.fill.toFixed(2)}`);
          if (sceneId === 'overview' || sceneId === 'supervision') await saveScreenshot(page, `layout-desk-${sceneId}-${lang}-${name}`);
        }
        // Meeting-room mode, every page of every scene: a clicker press turns a scene's pages, then moves on.
        // Not on phones: the dashboard does not offer the mode there (kiosk-enter-button.tsx), no room uses one.
        if (screen.width < 768) continue;
        // kiosk.test.ts checks meeting-room mode in Chinese at its room sizes (every scene in both themes, against the
        // same overlap and clipping rules, though only a scene's first page): here only English at those sizes, to
        // keep the suite inside CI's time.
        if (lang === 'zh' && meetingRoomViewports.some((room) => room.width === screen.width && room.height === screen.height)) continue;
        await page.goto(`${baseUrl}?kiosk&motion=off&interval=3600&lang=${lang}&scene=overview`);
        for (const sceneId of sceneIds) {
          await settled(page, sceneId);
          for (;;) {
            const kiosk = await layoutProblems(page, screen, true);
            const pageLabel = (await page.locator('.scene').getAttribute('data-page')) ?? '1/1';
            problems.push(...kiosk.problems.map((problem) => `kiosk ${lang} ${sceneId} page ${pageLabel}: ${problem}`));
            if (sceneId === 'overview' || sceneId === 'supervision') await saveScreenshot(page, `layout-kiosk-${sceneId}-${lang}-${name}-p${pageLabel.replace('/', 'of')}`);
            const [index, count] = pageLabel.split('/').map(Number);
            await page.keyboard.press('PageDown');
            if (index! >= count!) break;
            await page.waitForFunction((label) => document.querySelector('.scene')?.getAttribute('data-page') !== label, pageLabel);
            await settled(page, sceneId);
          }
        }
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
