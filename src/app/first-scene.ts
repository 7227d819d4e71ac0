import type { LaidOutReport } from '@/data/report-schema';
import type { AppUrl } from '@/app/app-url';
import { chooseScene, sceneSummaries } from '@/features/scenes/model/scene-view';
import { parseSceneOrder } from '@/features/kiosk/model/kiosk-settings';

/** The scenes meeting-room mode rotates through: ?scenes=a,b picks and orders them, else all of them. */
export function kioskSceneOrder(report: LaidOutReport, url: Pick<AppUrl, 'params'>): readonly string[] {
  return parseSceneOrder(url.params.get('scenes'), sceneSummaries(report).map((scene) => scene.id));
}

/** The scene a page opens on: ?scene when the report has it; in meeting-room mode, within its rotation. */
export function firstSceneId(report: LaidOutReport, url: Pick<AppUrl, 'scene' | 'kiosk' | 'params'>): string {
  if (!url.kiosk) return chooseScene(report, url.scene).id;
  const order = kioskSceneOrder(report, url);
  return order.find((id) => id === url.scene) ?? order[0]!;
}
