// Bytes of a file someone chose as "the report's text" → the text, or a plain statement of what the file is
// instead. Used by `npm run data:draft` and, with the same words, by the review page (TextDecoder is in both).

/** What kind of problem a file has, so the review page can say it in the reader's language. */
export type DecodeProblemKind = 'empty' | 'blank' | 'tooLarge' | 'notText' | 'utf16or32' | 'gb18030' | 'big5' | 'notUtf8';

/** `problem` follows the file's name: "report.txt is empty (0 bytes)". */
export type Decoded = { ok: true; text: string } | { ok: false; kind: DecodeProblemKind; problem: string };

/** The most a report's text plausibly weighs: a 10,000-character report is about 30 KB in UTF-8. */
export const maximumTextBytes = 5 * 1024 * 1024;

const signatures: ReadonlyArray<{ bytes: readonly number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document, not plain text: copy its text into a .txt file saved as UTF-8' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a .docx, .xlsx or .zip file), not plain text: save the report as plain text (UTF-8)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'a legacy Office document (.doc, .xls or .wps), not plain text: save the report as plain text (UTF-8)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document, not plain text: save the report as plain text (UTF-8)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image, not text' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image, not text' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image, not text' },
];

const byteOrderMarks: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'UTF-32 LE' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'UTF-32 BE' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16 LE' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16 BE' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined; // not this encoding, or (for GB18030 and Big5) a runtime without full ICU
  }
}

const cjkShare = (text: string) => (text.match(/[\u4e00-\u9fff]/gu)?.length ?? 0) / Math.max(1, text.replace(/\s/gu, '').length);

/** Offset of the first byte that starts no valid UTF-8 sequence (lead and continuation bytes only). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    index += length;
  }
  return 0;
}

/** What is wrong with a file of `byteLength` bytes before reading it, if its size alone says so. */
export function sizeProblem(byteLength: number): (Decoded & { ok: false }) | undefined {
  if (byteLength === 0) return { ok: false, kind: 'empty', problem: 'is empty (0 bytes)' };
  if (byteLength > maximumTextBytes) {
    return { ok: false, kind: 'tooLarge', problem: `is ${(byteLength / 1024 / 1024).toFixed(1)} MB, far more than a report’s text: is it the right file?` };
  }
  return undefined;
}

/** The text of a report file, which must be UTF-8 (with or without a byte-order mark). */
export function decodeReportBytes(bytes: Uint8Array): Decoded {
  const size = sizeProblem(bytes.length);
  if (size) return size;
  for (const { bytes: prefix, what } of signatures) if (startsWith(bytes, prefix)) return { ok: false, kind: 'notText', problem: `is ${what}` };
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) {
    return { ok: false, kind: 'notText', problem: 'is an HTML page, not plain text: save the page as text (UTF-8) or copy the report’s words into a .txt file' };
  }
  for (const { bytes: prefix, encoding } of byteOrderMarks) {
    if (startsWith(bytes, prefix)) return { ok: false, kind: 'utf16or32', problem: `is ${encoding} text (it starts with a ${encoding} byte-order mark): save it as UTF-8 and run again` };
  }
  const zeros = bytes.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  if (zeros > 0) {
    // Text in UTF-16 without a byte-order mark has a zero in every other byte for ASCII, and often for more.
    const odd = bytes.filter((byte, index) => index % 2 === 1 && byte === 0).length;
    const even = zeros - odd;
    if (zeros >= bytes.length / 8 && Math.max(odd, even) >= 0.9 * zeros) {
      return { ok: false, kind: 'utf16or32', problem: `looks like UTF-16 ${odd > even ? 'LE' : 'BE'} text without a byte-order mark: save it as UTF-8 and run again` };
    }
    return { ok: false, kind: 'notText', problem: 'is binary data, not text (it contains NUL bytes)' };
  }

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) {
    const text = utf8.replace(/^\uFEFF/u, '');
    // eslint-disable-next-line no-control-regex -- counting control characters is the point
    const controls = text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu)?.length ?? 0;
    if (controls > 0 && controls >= text.length / 100) return { ok: false, kind: 'notText', problem: `is binary data, not text (${controls} control characters)` };
    if (text.trim() === '') return { ok: false, kind: 'blank', problem: 'holds only spaces and line breaks: there is no text to read' };
    return { ok: true, text };
  }

  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== undefined && cjkShare(gb) > 0.3) {
    return {
      ok: false,
      kind: 'gb18030',
      problem: 'is not UTF-8: it reads as GB18030/GBK Chinese text (the usual Windows encoding). Convert it, e.g. iconv -f GB18030 -t UTF-8 in.txt > out.txt, or save it as UTF-8',
    };
  }
  const big5 = tryDecode(bytes, 'big5');
  if (big5 !== undefined && cjkShare(big5) > 0.3) {
    return { ok: false, kind: 'big5', problem: 'is not UTF-8: it reads as Big5 Chinese text. Convert it, e.g. iconv -f BIG5 -t UTF-8 in.txt > out.txt, or save it as UTF-8' };
  }
  const at = firstInvalidUtf8(bytes);
  return { ok: false, kind: 'notUtf8', problem: `is not valid UTF-8 text (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at} starts no character), nor GB18030 or Big5: save it as UTF-8` };
}
