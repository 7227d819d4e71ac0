import { authorText } from '@/features/authoring/i18n/author-messages';

describe('the review page’s words', () => {
  it('puts single quotes inside double ones where a quoted value has quotes of its own', () => {
    expect(authorText('zh')('mark.figure', { label: '“法考”通过', state: '待审核' })).toBe('提出的指标“‘法考’通过”，待审核');
    expect(authorText('en')('edit.legend', { label: '“法考”通过' })).toBe('Edit “‘法考’通过”');
  });

  it('leaves a value that is not quoted as it is', () => {
    expect(authorText('zh')('status.accepted', { label: '“法考”通过' })).toBe('已采纳：“法考”通过');
    expect(authorText('zh')('mark.figure', { label: '巡查整改执法问题', state: '待审核' })).toBe('提出的指标“巡查整改执法问题”，待审核');
  });
});
