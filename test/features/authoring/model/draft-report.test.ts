import { reportSchema } from '@/data/report-schema';
import { commonSubsequence, sameQuantity } from '@/features/authoring/model/contradictions';
import { draft } from '../draft-helpers';

describe('repetitions and contradictions', () => {
  it('proposes a clause the source prints twice as one figure, not two, and says so', () => {
    const report = draft('自2020年10月以来，共排查出涉民营企业刑事诉讼“挂案” 5起，排查出涉民营企业刑事诉讼“挂案” 5起，2021年上半年，共侦办案件23起。', 2021);
    expect(report.figures.filter((figure) => figure.value === 5)).toHaveLength(1);
    expect(report.draft?.warnings.some((warning) => warning.includes('a second time'))).toBe(true);
  });

  it('proposes one quantity stated with two values in two parts as a contradiction (通报 11期 / 10期)', () => {
    const text = '一、主要举措\n（四）强化监督。下发执法问题通报11期。\n二、主要负责人履职\n（三）强化保障。下发执法通报10期，巡查整改执法问题700余个。';
    const report = draft(text);
    expect(report.contradictions).toHaveLength(1);
    const [first, second] = report.contradictions[0]?.figureIds ?? [];
    expect(report.figures.find((figure) => figure.id === first)?.reportedAs).toBe('11期');
    expect(report.figures.find((figure) => figure.id === second)?.reportedAs).toBe('10期');
    expect(report.contradictions[0]?.note.zh).toContain('一(四)');
    expect(report.contradictions[0]?.note.en).toBeUndefined();
  });

  it('does not take two similar labels in one chapter for a contradiction (整改隐患61处, 督促整改各类隐患664处)', () => {
    expect(draft('（一）安全监管。整改隐患61处，督促整改各类隐患664处。').contradictions).toEqual([]);
  });

  it('does not take two changes of different things for a contradiction (刑事警情 / 警情)', () => {
    const text = '全年刑事警情同比下降21.3%。\n一、主要成效\n（一）治安。警情同比下降12.1%。';
    expect(draft(text).contradictions).toEqual([]);
  });

  it('compares labels by their core', () => {
    expect(commonSubsequence('下发执法问题通报', '下发执法通报')).toBe(6);
    expect(sameQuantity('下发执法问题通报', '下发执法通报')).toBe(true);
    expect(sameQuantity('开展学法考试', '巡查整改执法问题')).toBe(false);
  });
});

describe('draftReport', () => {
  const text = [
    '某市公安局2023年法治政府建设情况报告',
    '2023年，全市共破获刑事案件530起，同比上升12.5%。',
    '一、主要举措和成效',
    '（一）加强执法培训。开展执法培训42期，培训民警3600余人次。',
    '（二）强化执法监督。下发执法通报11期。',
    '二、存在的不足和原因',
    '（一）执法能力仍有短板。',
    '三、主要负责人履行推进法治建设第一责任人职责情况',
    '（一）带头学法。党委会专题研究法治工作6次。',
    '四、2024年工作安排',
    '（一）深化培训。',
  ].join('\n');
  const report = draft(text);

  it('is a valid report in the report schema, marked as a draft', () => {
    const parsed = reportSchema.safeParse(report);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(report.status).toBe('draft');
    expect(report.layout).toBeUndefined();
    expect(report.derived).toBeUndefined();
  });

  it('marks every figure as proposed, with a unique kebab-case id', () => {
    expect(report.figures.every((figure) => figure.review === 'proposed')).toBe(true);
    const ids = report.figures.map((figure) => figure.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toBe(true);
  });

  it('takes the title from the first line when it is the report’s title', () => {
    expect(report.title.zh).toBe('某市公安局2023年法治政府建设情况报告');
  });

  it('builds the structure from the headings, with each part’s kind guessed from its words', () => {
    expect(report.structure.map((part) => [part.section, part.kind])).toEqual([
      ['一', 'measures'],
      ['二', 'shortcomings'],
      ['三', 'leaderDuties'],
      ['四', 'plans'],
    ]);
    expect(report.structure[0]?.items.map((item) => item.title.zh)).toEqual(['加强执法培训', '强化执法监督']);
  });

  it('gives the same draft for the same text (stable ids)', () => {
    expect(draft(text)).toEqual(report);
  });

  it('drafts a text with no figures to a valid report with none, and a warning', () => {
    const empty = draft('坚持以习近平法治思想为指导，全面推进依法行政。');
    expect(empty.figures).toEqual([]);
    expect(reportSchema.safeParse(empty).success).toBe(true);
    expect(empty.draft?.warnings.some((warning) => warning.startsWith('No figures'))).toBe(true);
  });

  it('still requires figures of a reviewed report', () => {
    const reviewed = { ...draft('坚持依法行政。'), status: 'reviewed' as const };
    expect(reportSchema.safeParse(reviewed).success).toBe(false);
  });
});
