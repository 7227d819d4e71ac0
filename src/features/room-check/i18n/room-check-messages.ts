import type { Locale } from '@/i18n/locale';
import type { FeatureText, PlaceholderMismatches, PlainKeys } from '@/i18n/feature-catalogue';
import { useFeatureText } from '@/i18n/use-feature-text';

// The room check's own words (?view=room-check); see src/i18n/feature-catalogue.ts for why they live here.

const zh = {
  'intro': '填写屏幕对角线、分辨率和最远观众的距离，看看在这个房间里字至少要多高才能看清，以及会议室模式中最小的字是否达到。',
  'diagonal': '屏幕对角线（英寸）',
  'width': '水平分辨率（像素）',
  'height': '垂直分辨率（像素）',
  'scaling': '系统显示缩放（%）',
  'distance': '最远观众距离（米）',
  'resultTitle': '结论',
  'minimum': '在 {distance} 米处，字高至少需要 {mm} 毫米（视角 16 弧分，ISO 9241-3 的人机工效下限），在这块屏幕上约 {px} 个像素。',
  'dashboard': '会议室模式中最小的字（字号 {fontPx} 像素）在这块屏幕上字高约 {mm} 毫米。',
  'meets': '✓ 达标：最远的观众也能看清会议室模式中最小的字。',
  'fails': '✗ 不达标：最远的观众难以看清会议室模式中最小的字。',
  'maxDistance': '在这块屏幕上，会议室模式中最小的字在 {distance} 米以内可以看清。',
  'invalid': '请在每一栏填写数字。',
  'outOfRange': '{field}应在 {min} 到 {max} 之间。',
  'notANumber': '{field}不是数字（小数点请用“.”）。',
  'assumptions': '计算假定看板全屏显示；字高按字号的 {ratio} 计（拉丁大写字母的高度；汉字更高，所以结论偏保守）。',
} as const;

type RoomCheckMessageKey = keyof typeof zh;
export type RoomCheckPlainKey = PlainKeys<typeof zh>;

const en = {
  'intro': 'Enter the screen’s diagonal and resolution and the farthest viewer’s distance to see how tall text must be to be legible in this room, and whether the smallest text in meeting-room mode is that tall.',
  'diagonal': 'Screen diagonal (inches)',
  'width': 'Horizontal resolution (pixels)',
  'height': 'Vertical resolution (pixels)',
  'scaling': 'Display scaling (%)',
  'distance': 'Farthest viewer’s distance (metres)',
  'resultTitle': 'Result',
  'minimum': 'At {distance} m, characters must be at least {mm} mm tall (16 minutes of arc, the ergonomic minimum in ISO 9241-3); on this screen that is about {px} pixels.',
  'dashboard': 'The smallest text in meeting-room mode ({fontPx}-pixel font) is about {mm} mm tall on this screen.',
  'meets': '✓ Meets the minimum: the farthest viewer can read the smallest text in meeting-room mode.',
  'fails': '✗ Does not meet the minimum: the farthest viewer will struggle to read the smallest text in meeting-room mode.',
  'maxDistance': 'On this screen, the smallest text in meeting-room mode is legible up to {distance} m away.',
  'invalid': 'Enter a number in every field.',
  'outOfRange': '{field} must be between {min} and {max}.',
  'notANumber': '{field} is not a number (use “.” as the decimal point).',
  'assumptions': 'This assumes the dashboard fills the screen; character height is taken as {ratio} of the font size (the height of a Latin capital; Chinese characters are taller, so the verdict errs on the safe side).',
} as const satisfies Record<RoomCheckMessageKey, string>;

/** @public A compile-time check: nothing imports it; exported so that noUnusedLocals keeps it. */
export const roomCheckPlaceholdersMatch: [PlaceholderMismatches<typeof zh, typeof en>] extends [never] ? true : PlaceholderMismatches<typeof zh, typeof en> = true;

const catalogues: Record<Locale, Record<RoomCheckMessageKey, string>> = { zh, en };

/** The room check's words in the reader's language. */
export function useRoomCheckText(): FeatureText<typeof zh> {
  return useFeatureText<typeof zh>(catalogues);
}
