// Handing a file the instructor tools made to the browser as a download.

import { h } from '../dom.ts';

export function download(name: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
  const a = h('a', { href: URL.createObjectURL(blob), download: name });
  a.click();
  URL.revokeObjectURL(a.href);
}
