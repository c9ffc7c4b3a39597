// Getting a file or text out of an extension page without any network: a download from a Blob
// URL, and the clipboard.

import type { ExportFile } from '../components/audit';

export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  // The download has its own copy by then; the URL only keeps the Blob alive.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Rejects when the browser refuses (no focus, no permission): the page then says so. */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard === undefined) throw new Error('This browser gives this page no clipboard.');
  await navigator.clipboard.writeText(text);
}
