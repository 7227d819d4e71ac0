import { parseAppUrl } from '@/app/app-url';

describe('the parsed address', () => {
  it('reads the public parameters: scene, view, report, language, theme, motion and meeting-room mode', () => {
    expect(parseAppUrl('?scene=review&report=yantai-psb-2022&lang=en&theme=light&motion=off&kiosk')).toMatchObject({
      scene: 'review',
      view: null,
      report: 'yantai-psb-2022',
      locale: 'en',
      theme: 'light',
      motionOff: true,
      kiosk: true,
      invalid: [],
    });
  });

  it('defaults to Chinese, dark and motion where the address says nothing', () => {
    expect(parseAppUrl('')).toMatchObject({ scene: null, view: null, report: null, locale: 'zh', theme: 'dark', motionOff: false, kiosk: false });
  });

  it('names the parameters whose values it does not know, so the address can be corrected', () => {
    expect(parseAppUrl('?lang=fr&theme=sepia&view=nope&motion=maybe')).toMatchObject({ locale: 'zh', theme: 'dark', view: null, invalid: ['view', 'lang', 'theme', 'motion'] });
    expect(parseAppUrl('?lang=zh&theme=dark&motion=on').invalid).toEqual([]);
  });
});
