import { draft, figureWritten } from '../draft-helpers';

describe('qualifiers', () => {
  it.each([
    ['巡查整改执法问题700余个。', '700余个', 700, '个'],
    ['开展学法考试2万余人次。', '2万余人次', 20000, '人次'],
    ['参训人员上万人次。', '上万人次', 10000, '人次'],
    ['培训民警300多人。', '300多人', 300, '人'],
    ['检查单位1000家次以上。', '1000家次以上', 1000, '家次'],
    ['每名成员至少开展了3轮研讨。', '至少开展了3轮', 3, '轮'],
    ['超过500人参加培训。', '超过500人', 500, '人'],
    ['逾千人次参与活动。', '逾千人次', 1000, '人次'],
    ['引进十余家企业。', '十余家', 10, '家'],
  ])('shows %s as at least (“%s”)', (text, reportedAs, value, unit) => {
    const figure = figureWritten(draft(text), reportedAs);
    expect(figure).toMatchObject({ value, unit: { zh: unit }, qualifier: 'atLeast' });
    expect(figure.reached).toBeUndefined();
  });

  it.each([
    ['受理群众求助近3000件。', '近3000件', 3000],
    ['覆盖群众约12万人次。', '约12万人次', 120000],
    ['参与群众5000人左右。', '5000人左右', 5000],
    ['大约200名民警参战。', '大约200名', 200],
  ])('shows %s as approximately', (text, reportedAs, value) => {
    expect(figureWritten(draft(text), reportedAs)).toMatchObject({ value, qualifier: 'approximately' });
  });

  it.each([
    ['超期案件不到10%。', '不到10%', 10],
    ['差错率不足1%。', '不足1%', 1],
    ['办理时间缩短在3个工作日以内。', '3个工作日以内', 3],
  ])('shows %s as at most', (text, reportedAs, value) => {
    expect(figureWritten(draft(text), reportedAs)).toMatchObject({ value, qualifier: 'atMost' });
  });

  it('keeps 达 in reportedAs and marks the figure as reached, still exact (达470人)', () => {
    const figure = figureWritten(draft('全市从事案件审核人员数量达470人。'), '达470人');
    expect(figure).toMatchObject({ value: 470, qualifier: 'exact', reached: true });
  });

  it('lets the words before the first number of a 分别 list bound the others (安全感、满意度分别达98.7%、97.6%)', () => {
    const report = draft('群众安全感、满意度分别达98.7%、97.6%。');
    expect(figureWritten(report, '分别达98.7%')).toMatchObject({ reached: true, label: { zh: '群众安全感' } });
    expect(figureWritten(report, '97.6%')).toMatchObject({ reached: true, label: { zh: '满意度' } });
  });

  it('reads 百分之百 as 100% and 30余万元 as at least 300,000 元', () => {
    const report = draft('追缴赃款30余万元，办案合格率百分之百。');
    expect(figureWritten(report, '30余万元')).toMatchObject({ value: 300000, unit: { zh: '元' }, qualifier: 'atLeast' });
    expect(figureWritten(report, '百分之百')).toMatchObject({ value: 100, unit: { zh: '%' } });
  });

  it('reads a number the report sets as an aim as a target (推动落实…达到5%)', () => {
    const figure = figureWritten(draft('推动落实法制审核人员达到本单位执法人数5%。'), '5%');
    expect(figure).toMatchObject({ value: 5, unit: { zh: '%' }, qualifier: 'target' });
    expect(figure.reached).toBeUndefined();
  });

  it('does not take 按照…要求 for an aim (按照“4个100%”要求检查校园233家次)', () => {
    expect(figureWritten(draft('按照“4个100%”要求检查校园233家次。'), '233家次').qualifier).toBe('exact');
  });

  it('reads a year-on-year fall as a change of its level (警情39665起,同比下降4.49%)', () => {
    const report = draft('2023年，全区共接报有效警情39665起，同比下降4.49%。');
    const level = figureWritten(report, '39665起');
    const change = figureWritten(report, '同比下降4.49%');
    expect(change).toMatchObject({ value: 4.49, unit: { zh: '%' }, change: { direction: 'decrease', basis: 'yearOnYear', of: level.id } });
    expect(change.source.clause).toBe('2023年，全区共接报有效警情39665起，同比下降4.49%');
  });

  it('reads 个百分点 as the unit of a change, and 环比 as period on period', () => {
    const report = draft('结案率上升7.6个百分点，警情数环比下降3.2%。');
    expect(figureWritten(report, '上升7.6个百分点')).toMatchObject({ value: 7.6, unit: { zh: '个百分点' }, change: { direction: 'increase' } });
    expect(figureWritten(report, '环比下降3.2%').change).toMatchObject({ direction: 'decrease', basis: 'periodOnPeriod' });
  });

  it('reads a change stated with no number as a change without a value (刑事立案同比下降)', () => {
    const report = draft('2024年1至12月，全区刑事立案同比下降，抓获违法人员同比上升。', 2024);
    const falling = report.figures.find((figure) => figure.label.zh.startsWith('刑事立案'));
    expect(falling).toMatchObject({ reportedAs: '同比下降', change: { direction: 'decrease', basis: 'yearOnYear' } });
    expect(falling?.value).toBeUndefined();
    expect(report.figures.find((figure) => figure.label.zh.startsWith('抓获违法人员'))?.change?.direction).toBe('increase');
  });

  it('does not take 新增 or 提升至 for a change (新增执法记录仪500台, 满意率提升至98%)', () => {
    const report = draft('新增执法记录仪500台，群众满意率提升至98%。');
    expect(figureWritten(report, '500台').change).toBeUndefined();
    expect(figureWritten(report, '98%').change).toBeUndefined();
  });
});

describe('scopes', () => {
  it.each([
    ['累计检查单位389家次。', '389家次', 'cumulative', '累计'],
    ['今年以来政务服务办件260.44万件。', '260.44万件', 'yearToDate', '今年以来'],
    ['2021年上半年，共侦办案件23起。', '23起', 'partOfYear', '2021年上半年'],
    ['自2020年10月以来，共排查出“挂案”5起。', '5起', 'since', '自2020年10月以来'],
  ])('reads the period of %s', (text, reportedAs, kind, words) => {
    expect(figureWritten(draft(text, 2021), reportedAs).scope).toMatchObject({ kind, label: { zh: words } });
  });

  it('gives the other year of a figure stated for comparison (（2022年为1100起）)', () => {
    expect(figureWritten(draft('全年共办理案件1234起（2022年为1100起）。', 2023), '1100起').scope).toMatchObject({ kind: 'other', label: { zh: '2022年' } });
  });

  it('gives no scope when the period is the report year in full (2024年1至12月)', () => {
    expect(figureWritten(draft('2024年1至12月，全区破获案件530起。', 2024), '530起').scope).toBeUndefined();
  });

  it('reads “<report year>年以来” as the year to date, not a period since', () => {
    expect(figureWritten(draft('2020年以来组织中心组学习12次。', 2020), '12次').scope?.kind).toBe('yearToDate');
  });
});
