import { findNumbers } from '@/features/authoring/model/number-finder';

const values = (text: string) => findNumbers(text).map((token) => [token.text, token.value]);

describe('findNumbers', () => {
  it('reads 两万 as 20,000 and 四千三百零八 as 4,308', () => {
    expect(values('学法考试两万人次，积案四千三百零八件')).toEqual([
      ['两万', 20000],
      ['四千三百零八', 4308],
    ]);
  });

  it('reads 万 and 亿 after Arabic digits into the value (5.9万 → 59,000, 260.44万 → 2,604,400, 1.2亿 → 120,000,000)', () => {
    expect(values('交通违法5.9万起，办件260.44万件，挽回损失1.2亿元')).toEqual([
      ['5.9万', 59000],
      ['260.44万', 2604400],
      ['1.2亿', 120000000],
    ]);
  });

  it('reads 3000余万元 as 30,000,000 with the 余 inside the token', () => {
    expect(values('冻结资金3000余万元')).toEqual([['3000余万', 30000000]]);
  });

  it('reads 上万, 近千 and 万余 as bare magnitudes with their hedge', () => {
    const tokens = findNumbers('参训人员上万人次，近千名群众，万余人');
    expect(tokens.map((token) => [token.text, token.value, token.hedge])).toEqual([
      ['上万', 10000, '上'],
      ['近千', 1000, '近'],
      ['万', 10000, undefined],
    ]);
  });

  it('reads full-width digits and points (１２３, ４．４９)', () => {
    expect(values('查处１２３起，下降４．４９％')).toEqual([
      ['１２３', 123],
      ['４．４９', 4.49],
    ]);
  });

  it('reads 1,258 as one number and 百分之九十 as a percentage', () => {
    const tokens = findNumbers('破获案件1,258起，满意率百分之九十');
    expect(tokens.map((token) => [token.text, token.value, token.percentWords ?? false])).toEqual([
      ['1,258', 1258, false],
      ['百分之九十', 90, true],
    ]);
  });

  it('does not read the characters of ordinary words as numbers (百姓, 千方百计, 千万, 清零)', () => {
    expect(values('千方百计服务百姓，千万不能松懈，积案清零')).toEqual([]);
  });
});
