/** Every string the translation parts of the panel show, from the extension's locales (both UI languages). */
export interface TranslationStrings {
  /** "Translated by {engine}" is built by the bar: this is "Translated by". */
  translatedBy: string;
  checking: string;
  /** Said before the download button: what will happen and why a click is needed. */
  needsDownload: string;
  download: string;
  /** "Downloading the Korean–English model" (the bar appends the percentage). */
  downloading: string;
  downloadFailed: string;
  progress: string;
  cancel: string;
  cancelled: string;
  resume: string;
  finished: string;
  retry: string;
  pending: string;
  failedParagraph: string;
  unsupported: string;
  unsupportedHint: string;
  noEngine: string;
  openOptions: string;
}
