/**
 * "This page looks wrong": saves one report file (lib/report.ts: the page's HTML as the reader saw
 * it, the reader's JSON, the address, the version) through a download. Nothing is sent anywhere.
 * The panel places it with its other export buttons and passes its `downloadUrl`.
 */
import { buildPageReport } from '../lib/report';
import type { ReaderDocument } from '../lib/types';

export interface ReportButtonProps {
  /** The reader's JSON for this page (null when it found no article: the page is still worth a report). */
  reader: ReaderDocument | null;
  /** The extension's version (browser.runtime.getManifest().version). */
  version: string;
  /** An object URL for the file's text (the panel's downloads, revoked when it closes). */
  downloadUrl: (text: string, type: string) => string;
  label: string;
  title: string;
  /** The document to report (the live page; a parameter for tests). */
  doc?: Document;
}

export function ReportButton({ reader, version, downloadUrl, label, title, doc = document }: ReportButtonProps) {
  const save = () => {
    const file = buildPageReport(doc, reader, { url: doc.location?.href ?? reader?.url ?? '', version });
    const link = doc.createElement('a');
    link.href = downloadUrl(file.text, file.type);
    link.download = file.name;
    link.click();
  };
  return (
    <button type="button" class="btn" data-action="report-page" title={title} onClick={save}>
      {label}
    </button>
  );
}
