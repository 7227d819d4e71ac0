import { kioskDefaults, kioskLimits } from '@/features/kiosk/model/kiosk-config';

// Parses the meeting-room URL contract: ?kiosk, ?interval, ?scenes, ?resume, ?refresh (src/app/app-url.ts
// parses the rest of the address).

export type KioskSettings<Id extends string = string> = {
  intervalMs: number;
  resumeMs: number;
  refreshMs: number;
  /** The scenes to rotate through, in order; never empty. */
  order: readonly Id[];
};

type Params = Pick<URLSearchParams, 'get'>;

/** `?kiosk` (any value but 0/false/off; null when absent) turns meeting-room mode on. */
export function isKioskEnabled(value: string | null): boolean {
  if (value === null) return false;
  return !['0', 'false', 'off', 'no'].includes(value.trim().toLowerCase());
}

function parseNumber(value: string | null, fallback: number, limits: { min: number; max: number }): number {
  if (value === null || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number)) return fallback;
  return Math.min(limits.max, Math.max(limits.min, number));
}

/** `?scenes=a,b,c` picks and orders scenes; unknown ids and repeats are dropped, and nothing valid means all. */
export function parseSceneOrder<Id extends string>(value: string | null, sceneIds: readonly Id[]): readonly Id[] {
  if (!value) return sceneIds;
  const picked: Id[] = [];
  for (const part of value.split(',')) {
    const id = sceneIds.find((candidate) => candidate === part.trim());
    if (id && !picked.includes(id)) picked.push(id);
  }
  return picked.length > 0 ? picked : sceneIds;
}

export function parseKioskSettings<Id extends string>(params: Params, sceneIds: readonly Id[]): KioskSettings<Id> {
  return {
    intervalMs: parseNumber(params.get('interval'), kioskDefaults.intervalSeconds, kioskLimits.intervalSeconds) * 1000,
    resumeMs: parseNumber(params.get('resume'), kioskDefaults.resumeSeconds, kioskLimits.resumeSeconds) * 1000,
    refreshMs: parseNumber(params.get('refresh'), kioskDefaults.refreshMinutes, kioskLimits.refreshMinutes) * 60_000,
    order: parseSceneOrder(params.get('scenes'), sceneIds),
  };
}
