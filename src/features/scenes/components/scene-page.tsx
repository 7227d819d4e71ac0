import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { LaidOutReport } from '@/data/report-schema';
import { reportQueries } from '@/api/report-queries';
import { SceneQuery } from '@/components/scene-query';
import { buildSceneView } from '@/features/scenes/model/scene-view';
import { SceneView, type ScenePaging } from '@/features/scenes/components/scene-view';

/** The scene `sceneId` of a report, with the loading, error and stale states every scene shares. */
export function ScenePage({ reportId, sceneId, paging }: { reportId: string; sceneId: string; paging?: ScenePaging | undefined }) {
  const select = useCallback((report: LaidOutReport) => buildSceneView(report, sceneId), [sceneId]);
  const query = useQuery({ ...reportQueries.detail(reportId), select });
  // Keyed by scene: panels of two scenes share positions and keys, and a table opened on one scene must not
  // stay open on the next.
  return <SceneQuery query={query}>{(view) => <SceneView key={view.id} view={view} paging={paging} />}</SceneQuery>;
}
