import { DownloadedFile } from '../api';

/**
 * Hands a fetched file to the browser to save, under its name. The file was fetched with the
 * viewer's credentials; a plain link could not send them.
 *
 * @internal
 */
export function downloadFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(file.content);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The browser has taken the file by the time the click returns.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
