import { useId, useMemo, useState } from 'react';
import type { LaidOutReport, Report } from '@/data/report-schema';
import { useI18n } from '@/i18n/i18n-context';
import { withLayout } from '@/lib/layout/generate-layout';
import { ErrorBoundary } from '@/components/error-boundary';
import { ProvenanceContext } from '@/components/provenance-context';
import { ReportLine } from '@/components/report-line';
import { AuthorWorkspace } from '@/features/authoring/components/author-workspace';
import { useAuthorText } from '@/features/authoring/i18n/author-messages';
import { downloadText } from '@/features/export/model/download';
import { SceneView } from '@/features/scenes/components/scene-view';
import { buildSceneView } from '@/features/scenes/model/scene-view';
import '@/styles/authoring.css';

// ?view=author, composed here because it joins three features: the authoring workspace, the scenes that draw its
// preview, and the export feature's download. It loads only when opened (src/app/tool-views.tsx).

export function AuthorPage() {
  return <AuthorWorkspace download={downloadText} renderPreview={(report) => <DraftPreview report={report} />} />;
}

/** The file so far, as the dashboard would show it: a generated layout, a scene picker, and the draft marked. */
function DraftPreview({ report }: { report: Report }) {
  const { pick } = useI18n();
  const { a } = useAuthorText();
  const pickerId = useId();
  const [sceneId, setSceneId] = useState<string>();
  const laidOut = useMemo(() => withLayout(report), [report]);
  const scenes = laidOut.layout.scenes;
  const scene = scenes.find((candidate) => candidate.id === sceneId) ?? scenes[0];
  if (!scene) return <p className="state">{a('preview.empty')}</p>;
  return (
    <div className="author-preview__body">
      <div className="author-preview__bar">
        <ReportLine report={report} className="author-preview__report" />
        <div className="author-field author-field--inline">
          <label htmlFor={pickerId}>{a('preview.scene')}</label>
          <select id={pickerId} value={scene.id} onChange={(event) => setSceneId(event.target.value)}>
            {scenes.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {pick(candidate.title)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {/* A figure in the preview is plain content: its provenance card would look in the dashboard's report. */}
      <ProvenanceContext.Provider value={null}>
        <ErrorBoundary resetKey={laidOut} fallback={<p className="state">{a('preview.failed')}</p>}>
          <PreviewScene report={laidOut} sceneId={scene.id} />
        </ErrorBoundary>
      </ProvenanceContext.Provider>
    </div>
  );
}

function PreviewScene({ report, sceneId }: { report: LaidOutReport; sceneId: string }) {
  const view = useMemo(() => buildSceneView(report, sceneId), [report, sceneId]);
  return (
    <div className="author-preview__screen">
      <SceneView view={view} />
    </div>
  );
}
