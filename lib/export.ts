/**
 * The article as a bilingual document to keep or share: headline, byline, source URL and
 * the pairs in reading order, leading language first, as Markdown or plain text. Unpaired text
 * (a caption, a paragraph with no counterpart) is kept in its place, on its own.
 */
import type { ReaderView } from './reader';
import type { Language } from './types';

export type ExportFormat = 'markdown' | 'text';

/** Markdown control characters in page text are escaped so the text reads as it did on the page. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1').replace(/^(\s*)([-+=])(\s|$)/, '$1\\$2$3').replace(/^(\s*)(\d+)\.(\s|$)/, '$1$2\\.$3');
}

/** A file name for the exported article: its headline, with what file systems refuse taken out. */
export function exportFileName(view: ReaderView, format: ExportFormat): string {
  const headline = view.document.headline.ko ?? view.document.headline.en ?? 'article';
  const stem = headline.replace(/[\\/:*?"<>|\s]+/g, ' ').trim().slice(0, 60).trim() || 'article';
  return `${stem}.${format === 'markdown' ? 'md' : 'txt'}`;
}

/** The MIME type of an exported file. */
export function exportFileType(format: ExportFormat): string {
  return format === 'markdown' ? 'text/markdown;charset=utf-8' : 'text/plain;charset=utf-8';
}

export function exportArticle(view: ReaderView, format: ExportFormat, order: Language[] = ['ko', 'en']): string {
  const md = format === 'markdown';
  const esc = md ? escapeMarkdown : (text: string) => text;
  const { document: doc, rows } = view;
  const blocks: string[] = [];

  for (const lang of order) if (doc.headline[lang]) blocks.push(md ? `# ${esc(doc.headline[lang]!)}` : doc.headline[lang]!);
  const byline = order.map((lang) => doc.byline[lang]).filter((b): b is string => Boolean(b));
  if (byline.length) blocks.push(byline.map(esc).join(md ? '  \n' : '\n'));
  if (doc.url) blocks.push(md ? `<${doc.url}>` : doc.url);

  for (const row of rows) {
    if (row.kind === 'headline' || row.kind === 'byline') continue;
    const sides = order.filter((lang) => row[lang].length > 0);
    const paired = sides.length === 2;
    if (paired) blocks.push(md ? '---' : '—');
    for (const lang of sides) {
      const text = row[lang].map((t) => t.text).join(' ');
      blocks.push(row.kind === 'caption' ? (md ? `> ${esc(text)}` : `[${text}]`) : esc(text));
    }
  }
  return blocks.join('\n\n') + '\n';
}
