import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportSchema } from '@/data/report-schema';
import { draftReport } from '@/features/authoring/model/draft-report';
import { markReviewed, reportFileName, reportFileText } from '@/features/authoring/model/report-file';

const text = readFileSync(path.resolve(import.meta.dirname, '../../../../src/data/sources/yantai-psb-2022.txt'), 'utf8');
const { report } = draftReport(text, { id: 'yantai-psb-2023', unit: '烟台市公安局', year: 2022 });

describe('the report file', () => {
  it('is indented JSON with a final line break, named by the report id', () => {
    const written = reportFileText(report);
    expect(written.endsWith('}\n')).toBe(true);
    expect(written).toContain('\n  "id": "yantai-psb-2023",\n');
    expect(reportFileName(report)).toBe('yantai-psb-2023.json');
  });

  it('marked reviewed, has no status, no review fields and no draft block, and is still a valid report', () => {
    const reviewed = markReviewed(report);
    expect(reviewed).not.toHaveProperty('status');
    expect(reviewed).not.toHaveProperty('draft');
    expect(reviewed.figures.every((figure) => !('review' in figure))).toBe(true);
    expect(reportSchema.safeParse(reviewed).success).toBe(true);
    expect(Object.keys(reviewed)).toEqual(Object.keys(report).filter((key) => key !== 'status' && key !== 'draft'));
  });
});
