import { reasons } from '@/features/authoring/model/not-indicators';
import { draft } from '../draft-helpers';

/** The reason a draft gives for the not-indicator written `text`, or undefined. */
function reasonFor(text: string, written: string, year = 2023): string | undefined {
  return draft(text, year).draft?.notIndicators.find((entry) => entry.text === written)?.reason;
}

describe('numbers that are not indicators', () => {
  it('lists 《…十条措施》 as a document title, not a figure', () => {
    const report = draft('出台《全市经侦部门服务企业十条措施》，成立服务企业办公室。');
    expect(report.figures).toEqual([]);
    expect(reasonFor('出台《全市经侦部门服务企业十条措施》。', '《全市经侦部门服务企业十条措施》')).toBe(reasons.title);
  });

  it('lists 《纲要(2021-2025年)》 as a plan span in a title', () => {
    expect(reasonFor('落实《法治政府建设实施纲要(2021-2025年)》。', '《法治政府建设实施纲要(2021-2025年)》')).toBe(reasons.planSpan);
  });

  it.each([
    ['认真贯彻省委“1310”具体部署。', '“1310”'],
    ['按照“4个100%”要求开展检查。', '“4个100%”'],
    ['落实“十项制度”。', '“十项制度”'],
  ])('lists a number in quotation marks (%s) as a slogan or code', (text, written) => {
    expect(reasonFor(text, written)).toBe(reasons.quoted);
    expect(draft(text).figures).toEqual([]);
  });

  it.each([
    ['被确定为第一批入库人员。', '第一批', reasons.ordinal],
    ['依照该法第三十六条规定处理。', '第三十六条', reasons.article],
    ['荣获全省比武竞赛一等奖。', '一等奖', reasons.award],
    ['建立三级联动执法监督机制。', '三级', reasons.grade],
    ['获评全国六家之一的示范单位。', '六家之一', reasons.rank],
    ['执法质量连续六年全省前列。', '连续六年', reasons.streak],
    ['为党的二十大安保创造良好环境。', '二十大', reasons.session],
    ['学习党的十九届五中全会精神。', '十九届五中全会', reasons.session],
    ['建立“四位一体”机制，吃透十一个坚持。', '十一个坚持', reasons.formula],
    ['形成两降两升良好态势。', '两降两升', reasons.formula],
    ['全区110案件类警情平稳。', '110案件', reasons.hotline],
    ['建成5G执法平台。', '5G', reasons.code],
    ['数百名群众参加。', '数百名', reasons.vague],
    ['办理涉案金额10万元以上的案件5起。', '10万元以上', reasons.threshold],
    ['每起案件由3-5人办理。', '5人', reasons.range],
    ['窗口每天8:30开门。', '8:30', reasons.timeOfDay],
  ])('lists %s with its reason', (text, written, reason) => {
    expect(reasonFor(text, written)).toBe(reason);
  });

  it('lists years, dates and periods (2024年8月14日, 2024年1至12月), never as figures', () => {
    const text = '2024年1至12月，工作平稳。2024年8月14日上午召开述法工作会议。';
    const report = draft(text, 2024);
    expect(report.figures).toEqual([]);
    expect(reasonFor(text, '2024年1至12月', 2024)).toBe(reasons.period);
    expect(reasonFor(text, '2024年8月14日', 2024)).toBe(reasons.date);
  });

  it('lists the numbers of the plans part as intentions, not results', () => {
    const text = '一、主要成效\n全年破案100起。\n二、下一步工作安排\n每月开展一次专项整治，力争破案率达到95%。';
    const report = draft(text);
    expect(report.figures.map((figure) => figure.reportedAs)).toEqual(['100起']);
    expect(report.draft?.notIndicators.filter((entry) => entry.reason === reasons.plans).map((entry) => entry.text)).toEqual(['每月开展一次', '95%']);
  });

  it('does not list 一 as a number where it reads as "a" (作为一项重大任务, 一次性告知)', () => {
    const report = draft('作为一项重大政治任务，落实一次性告知。');
    expect(report.figures).toEqual([]);
    expect(report.draft?.notIndicators).toEqual([]);
  });

  it('reads 一 as a count in a frequency (每季度听取一次)', () => {
    const report = draft('市局党委每季度听取一次执法工作情况报告。');
    expect(report.figures[0]).toMatchObject({ value: 1, unit: { zh: '次/季度', en: 'per quarter' }, reportedAs: '每季度听取一次' });
  });
});
