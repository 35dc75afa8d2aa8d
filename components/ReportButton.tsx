/**
 * "This page looks wrong": saves one report file (lib/report.ts: the page's HTML as the reader saw
 * it, the reader's JSON, the address, the version) through a download. Nothing is sent anywhere.
 * The panel places it with its other export buttons; the file is saved through the panel's
 * `saveFile` (entrypoints/reader/downloads.ts).
 */
import { buildPageReport } from '../lib/report';
import type { ReaderDocument } from '../lib/types';
import type { SavedFile } from './panel/context';

export interface ReportButtonProps {
  /** The reader's JSON for this page (null when it found no article: the page is still worth a report). */
  reader: ReaderDocument | null;
  /** The extension's version (browser.runtime.getManifest().version). */
  version: string;
  /** Saves the report file (the panel's downloads). */
  saveFile: (file: SavedFile) => void;
  label: string;
  title: string;
  /** The document to report (the live page; a parameter for tests). */
  doc?: Document;
}

export function ReportButton({ reader, version, saveFile, label, title, doc = document }: ReportButtonProps) {
  const save = () => saveFile(buildPageReport(doc, reader, { url: doc.location?.href ?? reader?.url ?? '', version }));
  return (
    <button type="button" class="btn" data-action="report-page" title={title} onClick={save}>
      {label}
    </button>
  );
}
