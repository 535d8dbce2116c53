export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The bytes of a base64 text. */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Hands a file produced by the core to the user: a Blob behind a temporary link with the file name
 * (Electron asks where to save it; a browser saves it to its downloads folder).
 */
export function downloadFile(fileName: string, base64: string, mime: string = XLSX_MIME, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([base64Bytes(base64)], { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
