import type { Language } from '../../lib/types';

/** Every string the translation parts of the panel show, from the extension's locales (both UI languages). */
export interface TranslationStrings {
  /** "Translated by DeepL". */
  translatedBy: (engine: string) => string;
  checking: string;
  /** Said before the download button: which model, that it downloads once, and why a click is needed. */
  needsDownload: (engine: string) => string;
  download: string;
  /** The download button when the host says what it fetches: "Download Mozilla's Korean→English model (33 MB, from storage.googleapis.com)". */
  downloadSized: (direction: string, size: string, source: string) => string;
  /** "Korean→English" / "English→Korean". */
  direction: (from: Language) => string;
  /** "Downloading the model of Mozilla on-device (Bergamot)" (the bar appends the percentage). */
  downloading: (engine: string) => string;
  downloadFailed: string;
  progress: string;
  cancel: string;
  cancelled: string;
  resume: string;
  finished: string;
  retry: string;
  /** The rows that failed, sent again. */
  retryFailed: string;
  waiting: string;
  translating: string;
  /** A row nothing is sent for until the reader acts. */
  notTranslated: string;
  failedParagraph: string;
  /** A row the engine never answered for (the run ended without it). */
  noAnswer: string;
  /** "DeepL could not translate some paragraphs." */
  someFailed: (engine: string) => string;
  /** A keyless engine stopped answering: unofficial, may be down or blocking. */
  keylessFailed: (engine: string) => string;
  /** "Translate with Mozilla on-device (Bergamot)": the one button of an offer. */
  useEngine: (engine: string) => string;
  noneChosen: string;
  /** The chosen engine does not run here (this browser, or this page: Chrome's needs a secure one): "Chrome on-device is not available here." */
  notHere: (engine: string) => string;
  nothingOnDevice: string;
  /** What this browser can do instead, by which on-device engines can run here. */
  canChromeAndMozilla: string;
  canChrome: string;
  canMozilla: string;
  canOnlyOnline: string;
  openOptions: string;
}
