import { draft, figureWritten } from '../draft-helpers';

describe('clauses', () => {
  it('quotes the shortest stretch between punctuation that states the figure', () => {
    const figure = figureWritten(draft('狠抓素质能力建设，开展学法考试2万余人次，举办首届比武。'), '2万余人次');
    expect(figure.source.clause).toBe('开展学法考试2万余人次');
  });

  it('keeps two figures of one subject in one clause (组织全市规范执法培训10期960人)', () => {
    const report = draft('组织全市规范执法培训10期960人。');
    expect(figureWritten(report, '10期').source.clause).toBe('组织全市规范执法培训10期960人');
    expect(figureWritten(report, '960人').source.clause).toBe('组织全市规范执法培训10期960人');
    expect(figureWritten(report, '10期').label.zh).not.toBe(figureWritten(report, '960人').label.zh);
  });

  it('cuts at a 、 between two list items that each carry a figure and a subject', () => {
    const report = draft('检查校园233家次、整改隐患61处。');
    expect(figureWritten(report, '233家次').source.clause).toBe('检查校园233家次');
    expect(figureWritten(report, '61处').source.clause).toBe('整改隐患61处');
  });

  it('keeps a 、 that joins the words of one subject (取得中、高级执法资格民警4500人)', () => {
    expect(figureWritten(draft('取得中、高级执法资格民警4500人。'), '4500人').source.clause).toBe('取得中、高级执法资格民警4500人');
  });

  it('does not end a clause at punctuation inside quotation marks or brackets', () => {
    const report = draft('开展“日清、周巡、月通报”闭环式监督，全区共接报有效警情(含交通类、移车类)39665起。');
    expect(figureWritten(report, '39665起').source.clause).toBe('全区共接报有效警情(含交通类、移车类)39665起');
  });

  it('quotes a figure in brackets by what the brackets hold ((醉驾132起))', () => {
    const report = draft('查处交通违法5.9万起，其中酒驾475起(醉驾132起)。');
    expect(figureWritten(report, '132起').source.clause).toBe('醉驾132起');
    expect(figureWritten(report, '475起').source.clause).toBe('其中酒驾475起(醉驾132起)');
  });

  it('takes the activity along when the clause only says who took part (…练兵活动,参训人员上万人次)', () => {
    const figure = figureWritten(draft('组织开展视频讲座等多种形式实战练兵活动，参训人员上万人次，能力明显提升。'), '上万人次');
    expect(figure.source.clause).toBe('组织开展视频讲座等多种形式实战练兵活动，参训人员上万人次');
  });

  it('takes a short lead-in of time along (目前,省厅下发的4308件重点积案已全部“清零”)', () => {
    const figure = figureWritten(draft('目前，省厅下发的4308件重点积案已全部“清零”。'), '4308件');
    expect(figure.source.clause).toBe('目前，省厅下发的4308件重点积案已全部“清零”');
  });
});

describe('labels, units and themes', () => {
  it('proposes the noun phrase the number counts, without place and quantity words', () => {
    const report = draft('全市行政案件快速办理11961起，全市公安机关从事案件审核人员数量达470人。');
    expect(figureWritten(report, '11961起').label.zh).toBe('行政案件快速办理');
    expect(figureWritten(report, '达470人').label.zh).toBe('从事案件审核人员');
  });

  it('takes the noun after the number when the number comes first (梳理确定84个全区重点建设项目、31名项目警官)', () => {
    const report = draft('梳理确定84个全区重点建设项目、31名项目警官。');
    expect(figureWritten(report, '84个').label.zh).toBe('梳理确定重点建设项目');
    expect(figureWritten(report, '31名').label.zh).toBe('项目警官');
  });

  it('hands the subjects listed before 分别 to the figures in order', () => {
    const report = draft('受理、办结行政复议案件分别为28件、26件。');
    expect(figureWritten(report, '28件').label.zh).toBe('受理');
    expect(figureWritten(report, '26件').label.zh).toBe('办结行政复议案件');
  });

  it('keeps 万 in the value and 元 as the unit (涉案总金额达2841万元 → 28,410,000 元)', () => {
    expect(figureWritten(draft('涉案总金额达2841万元。'), '达2841万元')).toMatchObject({ value: 28410000, unit: { zh: '元', en: 'yuan' }, reached: true });
  });

  it('guesses the unit of a number printed bare, and warns (查处各类治安案件1326,)', () => {
    const report = draft('查处各类治安案件1326，同比上升48.6%。');
    const figure = figureWritten(report, '1326');
    expect(figure.unit.zh).toBe('起');
    expect(report.draft?.warnings.some((warning) => warning.includes('1326') && warning.includes('guess'))).toBe(true);
  });

  it('reads the unit words with English from its dictionary, and leaves English out where it has none', () => {
    const report = draft('排查隐患2699处，销毁炸药5457.6公斤，确定84个项目。');
    expect(figureWritten(report, '2699处').unit).toEqual({ zh: '处', en: 'places' });
    expect(figureWritten(report, '5457.6公斤').unit).toEqual({ zh: '公斤', en: 'kg' });
    expect(figureWritten(report, '84个').unit).toEqual({ zh: '个' });
  });

  it('guesses a theme from the words of the label and clause', () => {
    const report = draft('开展学法考试2万余人次。刑拘直诉案件113起。排查治理小微道路隐患2699处。');
    expect(figureWritten(report, '2万余人次').theme).toBe('training');
    expect(figureWritten(report, '113起').theme).toBe('backlog');
    expect(figureWritten(report, '2699处').theme).toBe('traffic');
  });

  it('proposes the figures of the opening as headline figures, and no others', () => {
    const report = draft('2023年，“法考”通过91人。\n一、主要成效\n破案530起。');
    expect(figureWritten(report, '91人')).toMatchObject({ headline: true, source: { section: '导语' } });
    expect(figureWritten(report, '530起')).toMatchObject({ headline: false, source: { section: '一' } });
  });

  it('leaves English labels out rather than translate them by machine', () => {
    expect(draft('破获刑事案件530起。').figures[0]?.label.en).toBeUndefined();
  });
});

describe('figures read twice from one number', () => {
  it('proposes both the count assigned and the count completed (4308件重点积案已全部“清零”)', () => {
    const report = draft('省厅下发的4308件重点积案已全部“清零”。');
    expect(report.figures.map((figure) => figure.reportedAs)).toEqual(['4308件', '4308件重点积案已全部“清零”']);
  });

  it('reads 发2起破2起 as two figures with their own labels', () => {
    const report = draft('“两抢”案件发2起破2起。');
    expect(report.figures.map((figure) => figure.label.zh)).toEqual(['“两抢”案件发', '“两抢”案件破']);
  });
});
