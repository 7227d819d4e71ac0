// Whether a response's Content-Type fits the file it answers for. Static hosts and `vite preview` answer an
// unknown path with index.html and a 200, so a status alone never proves that a file is there.

const javaScriptType = /^(text|application)\/(javascript|ecmascript|x-javascript)\s*(;|$)/i;
const htmlType = /^text\/html\s*(;|$)/i;
const cssType = /^text\/css\s*(;|$)/i;

export function isJavaScriptType(contentType: string | null): boolean {
  return contentType !== null && javaScriptType.test(contentType.trim());
}

export function isHtmlType(contentType: string | null): boolean {
  return contentType !== null && htmlType.test(contentType.trim());
}

/**
 * True when `contentType` can be the file at `pathname`: scripts must be JavaScript and style sheets CSS (a
 * browser refuses to run or apply anything else), pages must be HTML, and any other file must at least not be
 * an HTML page. Types beyond that are not checked: servers disagree on, say, the manifest's type.
 */
export function contentTypeFits(pathname: string, contentType: string | null): boolean {
  const name = pathname.slice(pathname.lastIndexOf('/') + 1).toLowerCase();
  if (name === '' || name.endsWith('.html')) return isHtmlType(contentType);
  if (name.endsWith('.js') || name.endsWith('.mjs')) return isJavaScriptType(contentType);
  if (name.endsWith('.css')) return contentType !== null && cssType.test(contentType.trim());
  return !isHtmlType(contentType);
}
