// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { buildReportList } from '@/api/api-responses';
import { reportQueries } from '@/api/report-queries';
import { isFromBuild } from '@/api/build-data';
import type { LaidOutReport } from '@/data/report-schema';
import { prerenderedDataId, prerenderedDataJson, readPrerenderedData, seedPrerenderedData, showsAddress, type PrerenderedData } from '@/app/prerendered-data';
import { yantaiReport } from '../fixtures/yantai';

function pageData(fromBuild: boolean): PrerenderedData {
  const report = yantaiReport() as LaidOutReport;
  return { search: '?scene=review&lang=en', fromBuild, list: buildReportList([report]), report };
}

function documentWith(json: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  const script = doc.createElement('script');
  script.type = 'application/json';
  script.id = prerenderedDataId;
  script.textContent = json;
  doc.body.append(script);
  return doc;
}

describe('the data a prerendered page carries', () => {
  it('reads back what the build wrote, with no text able to close its script element', () => {
    const data = pageData(false);
    const json = prerenderedDataJson(data);
    expect(json).not.toContain('<');
    expect(readPrerenderedData(documentWith(json))).toEqual(data);
  });

  it('refuses data that does not validate, or is not JSON, as the API client would', () => {
    const broken = { ...pageData(false), report: { ...pageData(false).report, figures: 'none' } };
    expect(readPrerenderedData(documentWith(JSON.stringify(broken)))).toBeUndefined();
    expect(readPrerenderedData(documentWith('{'))).toBeUndefined();
    expect(readPrerenderedData(document.implementation.createHTMLDocument('empty'))).toBeUndefined();
  });

  it('is for its address whatever the order of the parameters, and for no other', () => {
    const data = pageData(false);
    expect(showsAddress(data, '?lang=en&scene=review')).toBe(true);
    expect(showsAddress(data, '?scene=review&lang=en')).toBe(true);
    expect(showsAddress(data, '?scene=review')).toBe(false);
    expect(showsAddress(data, '?scene=review&lang=en&kiosk')).toBe(false);
  });

  it('counts the build’s own API files as received with the page, and still asks the API at once', () => {
    const client = new QueryClient();
    seedPrerenderedData(client, pageData(false), 1_000);
    const state = client.getQueryState(reportQueries.detail('yantai-psb-2022').queryKey)!;
    expect(state).toMatchObject({ dataUpdatedAt: 1_000, dataUpdateCount: 1, isInvalidated: true });
    expect(isFromBuild(state)).toBe(false);
    expect(client.getQueryData(reportQueries.list().queryKey)).toEqual(pageData(false).list);
  });

  it('marks a backend’s figures from the build as never received until the backend answers', () => {
    const client = new QueryClient();
    seedPrerenderedData(client, pageData(true), 1_000);
    const state = client.getQueryState(reportQueries.detail('yantai-psb-2022').queryKey)!;
    expect(state).toMatchObject({ dataUpdateCount: 0, isInvalidated: true });
    expect(isFromBuild(state)).toBe(true);
    client.setQueryData(reportQueries.detail('yantai-psb-2022').queryKey, pageData(true).report as LaidOutReport, { updatedAt: 2_000 });
    expect(isFromBuild(client.getQueryState(reportQueries.detail('yantai-psb-2022').queryKey)!)).toBe(false);
  });
});
