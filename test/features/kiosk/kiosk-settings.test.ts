import { isKioskEnabled, parseKioskSettings, parseSceneOrder } from '@/features/kiosk/model/kiosk-settings';

const ids = ['overview', 'training', 'review', 'supervision', 'plans'] as const;
const params = (query: string) => new URLSearchParams(query);

describe('meeting-room URL parameters', () => {
  it('turns meeting-room mode on for a bare ?kiosk and off for ?kiosk=0 or no parameter', () => {
    const kioskParam = (query: string) => params(query).get('kiosk');
    expect(isKioskEnabled(kioskParam('kiosk'))).toBe(true);
    expect(isKioskEnabled(kioskParam('kiosk=1&scene=review'))).toBe(true);
    expect(isKioskEnabled(kioskParam('kiosk=0'))).toBe(false);
    expect(isKioskEnabled(kioskParam('scene=review'))).toBe(false);
  });

  it('rotates every 20 s through all scenes, resumes after 60 s and refreshes every 5 min by default', () => {
    expect(parseKioskSettings(params('kiosk'), ids)).toEqual({
      intervalMs: 20_000,
      resumeMs: 60_000,
      refreshMs: 300_000,
      order: ids,
    });
  });

  it('reads ?interval in seconds, ?resume in seconds and ?refresh in minutes', () => {
    const settings = parseKioskSettings(params('kiosk&interval=45&resume=120&refresh=15'), ids);
    expect(settings).toMatchObject({ intervalMs: 45_000, resumeMs: 120_000, refreshMs: 900_000 });
  });

  it('clamps values a typo could make harmful and ignores ones that are not numbers', () => {
    const settings = parseKioskSettings(params('interval=0.1&resume=abc&refresh=-3'), ids);
    expect(settings).toMatchObject({ intervalMs: 5_000, resumeMs: 60_000, refreshMs: 60_000 });
  });

  it('picks and orders scenes from ?scenes, dropping unknown ids and repeats', () => {
    expect(parseSceneOrder('review,overview,nope,review', ids)).toEqual(['review', 'overview']);
    expect(parseSceneOrder(' plans , training ', ids)).toEqual(['plans', 'training']);
  });

  it('falls back to every scene when ?scenes names none that exist', () => {
    expect(parseSceneOrder('nope,,', ids)).toEqual(ids);
  });

});
