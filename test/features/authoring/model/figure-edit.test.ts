import type { Figure } from '@/data/report-schema';
import { clauseInText, editValues, figureFromValues, readValue } from '@/features/authoring/model/figure-edit';

const figure: Figure = {
  id: 'qualification-1',
  label: { zh: '取得执法资格民警' },
  value: 700,
  unit: { zh: '个' },
  qualifier: 'atLeast',
  reportedAs: '700余个',
  theme: 'qualification',
  headline: false,
  source: { section: '三(三)', clause: '取得执法资格民警700余个' },
  review: 'proposed',
};

describe('the edit form', () => {
  it('reads digits, full-width digits and thousands separators, and says when a value is no number', () => {
    expect(readValue('1,258')).toEqual({ value: 1258 });
    expect(readValue('４．４９')).toEqual({ value: 4.49 });
    expect(readValue(' ')).toEqual({ value: undefined });
    expect(readValue('2.5万')).toBe('notANumber');
  });

  it('makes the figure the fields describe, trimmed, with review "edited" and an English text only where one is written', () => {
    const values = { ...editValues(figure), value: '710', labelEn: ' Officers qualified ', unitEn: '' };
    expect(figureFromValues(figure, values)).toEqual({
      figure: { ...figure, value: 710, label: { zh: '取得执法资格民警', en: 'Officers qualified' }, unit: { zh: '个' }, review: 'edited' },
    });
  });

  it('leaves the value out when the field is empty', () => {
    const made = figureFromValues(figure, { ...editValues(figure), value: '' });
    expect(made !== 'notANumber' && 'value' in made.figure).toBe(false);
  });

  it('takes the written form, section and clause as typed, without the spaces around them', () => {
    const values = { ...editValues(figure), reportedAs: ' 700余个', section: '三(三) ', clause: '取得执法资格民警700余个\n' };
    const made = figureFromValues(figure, values);
    expect(made !== 'notANumber' && made.figure).toMatchObject({ reportedAs: '700余个', source: { section: '三(三)', clause: '取得执法资格民警700余个' } });
  });

  it('finds a clause in the text only as written there', () => {
    const text = '下发执法通报10期,巡查整改执法问题700余个。';
    expect(clauseInText(text, '下发执法通报10期,巡查整改执法问题700余个')).toBe(true);
    expect(clauseInText(text, '下发执法通报10期，巡查整改执法问题700余个')).toBe(false);
    expect(clauseInText(text, '  ')).toBe(false);
  });
});
