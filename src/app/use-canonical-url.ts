import { useEffect, useState } from 'react';
import type { AppUrl } from '@/app/app-url';
import { setUrlParams } from '@/lib/url-state';

/**
 * Makes the address say what is shown: a parameter with a value the app does not know (?lang=fr, ?view=x, a
 * scene or report the data does not have) is replaced in place, without a history entry. Returns the report
 * id that was asked for and not found, so the page can say so after the address no longer shows it.
 */
export function useCanonicalUrl(
  url: AppUrl,
  shown: { reportId: string | undefined; unknownReport: string | undefined; sceneId: string | undefined },
): string | undefined {
  const { reportId, unknownReport, sceneId } = shown;
  // Remembered from the render that saw it, since the corrected address no longer names it.
  const [missingReport, setMissingReport] = useState<string>();
  if (unknownReport !== undefined && unknownReport !== missingReport) setMissingReport(unknownReport);
  useEffect(() => {
    const changes: Record<string, string | null> = {};
    for (const name of url.invalid) changes[name] = null;
    if (unknownReport !== undefined && reportId !== undefined) changes.report = reportId;
    if (sceneId !== undefined && url.scene !== null && url.scene !== sceneId && !url.view) changes.scene = sceneId;
    if (Object.keys(changes).length > 0) setUrlParams(changes, 'replace');
  }, [url, reportId, unknownReport, sceneId]);
  return missingReport;
}
