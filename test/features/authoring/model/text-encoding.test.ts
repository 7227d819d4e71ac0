import { decodeReportBytes, maximumTextBytes, sizeProblem } from '@/features/authoring/model/text-encoding';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const problem = (input: Uint8Array) => {
  const decoded = decodeReportBytes(input);
  return decoded.ok ? undefined : decoded.problem;
};

describe('decodeReportBytes', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeReportBytes(utf8('破案530起'))).toEqual({ ok: true, text: '破案530起' });
    expect(decodeReportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('破案')]))).toEqual({ ok: true, text: '破案' });
  });

  it('refuses an empty file and one of spaces only', () => {
    expect(problem(bytes())).toBe('is empty (0 bytes)');
    expect(problem(utf8(' \n\t\n'))).toMatch(/only spaces/);
  });

  it('names UTF-16 by its byte-order mark, and without one by its zero bytes', () => {
    expect(problem(bytes(0xff, 0xfe, 0x34, 0x78))).toMatch(/^is UTF-16 LE text/);
    expect(problem(bytes(0xfe, 0xff, 0x78, 0x34))).toMatch(/^is UTF-16 BE text/);
    const withoutMark = new Uint8Array([...'report 530 cases'].flatMap((character) => [character.charCodeAt(0), 0]));
    expect(problem(withoutMark)).toMatch(/UTF-16 LE text without a byte-order mark/);
  });

  it('says a GB18030/GBK file is Chinese text in that encoding, and how to convert it', () => {
    // 全年破获刑事案件 in GBK
    const gbk = bytes(0xc8, 0xab, 0xc4, 0xea, 0xc6, 0xc6, 0xbb, 0xf1, 0xd0, 0xcc, 0xca, 0xc2, 0xb0, 0xb8, 0xbc, 0xfe);
    expect(problem(gbk)).toMatch(/GB18030\/GBK.*iconv -f GB18030 -t UTF-8/);
  });

  it('names PDF and Office files, and other binary data', () => {
    expect(problem(utf8('%PDF-1.7 …'))).toMatch(/PDF/);
    expect(problem(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toMatch(/\.docx/);
    expect(problem(bytes(0x01, 0x00, 0x02, 0x03, 0x00, 0x00, 0x05, 0x06, 0x07, 0x00))).toMatch(/binary/);
  });

  it('gives the offset of the first byte that is neither UTF-8 nor Chinese', () => {
    expect(problem(bytes(0x63, 0x61, 0x66, 0xe9, 0x20))).toMatch(/byte 0xe9 at offset 3/);
  });
});

describe('the kind of problem, for messages in the reader’s language', () => {
  const kind = (input: Uint8Array) => {
    const decoded = decodeReportBytes(input);
    return decoded.ok ? undefined : decoded.kind;
  };

  it('tells each problem apart', () => {
    expect(kind(bytes())).toBe('empty');
    expect(kind(utf8(' \n'))).toBe('blank');
    expect(kind(bytes(0xff, 0xfe, 0x00, 0x00, 0x34, 0x78))).toBe('utf16or32');
    expect(kind(bytes(0xc8, 0xab, 0xc4, 0xea, 0xc6, 0xc6, 0xbb, 0xf1, 0xd0, 0xcc, 0xca, 0xc2, 0xb0, 0xb8, 0xbc, 0xfe))).toBe('gb18030');
    expect(kind(utf8('%PDF-1.7'))).toBe('notText');
    expect(kind(new Uint8Array(maximumTextBytes + 1).fill(0x41))).toBe('tooLarge');
    expect(sizeProblem(10)).toBeUndefined();
  });
});
