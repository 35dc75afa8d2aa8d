/**
 * Saving a file from the panel (an export, a page report): a Blob URL clicked through a detached
 * link, one URL alive at a time, all revoked when the panel closes. The link never joins the panel
 * or the page (page text never becomes markup in the panel, and e2e/hostile.scenarios.ts checks the
 * panel holds no <a>).
 */
import type { SavedFile } from '../../components/panel/context';

export interface Downloads {
  saveFile(file: SavedFile): void;
  /** Revokes the last file's URL (the panel closed). */
  revoke(): void;
}

export function createDownloads(doc: Document = document): Downloads {
  let current: string | null = null;
  const revoke = () => {
    if (current) URL.revokeObjectURL(current);
    current = null;
  };
  return {
    saveFile(file) {
      revoke();
      current = URL.createObjectURL(new Blob([file.text], { type: file.type }));
      const link = doc.createElement('a');
      link.href = current;
      link.download = file.name;
      link.click();
    },
    revoke,
  };
}
