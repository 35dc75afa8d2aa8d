import type { Layout, Theme } from './panel-state';

/** Every string the panel shows, passed in by the entrypoint (from the extension's locales). */
export interface PanelStrings {
  /**
   * The language these strings are in (a BCP 47 tag), the panel's `lang`: the panel asks only for
   * generic font families (panel.css), and the browser picks the generic's font for a language by
   * the text's lang, so Korean labels get the Korean sans-serif rather than a Japanese or Chinese one.
   */
  language: string;
  panelLabel: string;
  close: string;
  switchLanguage: string;
  /** The bar's "More" button (its menu holds the controls the bar has no room for). */
  more: string;
  moreLabel: string;
  layoutLabel: string;
  layoutNames: Record<Layout, string>;
  themeLabel: string;
  themeNames: Record<Theme, string>;
  textSize: string;
  textSmaller: string;
  textLarger: string;
  /** "Text size 18 px", announced when A−/A+ change it. */
  textSizeNow: (px: number) => string;
  lineSpacing: string;
  lineTighter: string;
  lineLooser: string;
  /** "Line spacing 1.8", announced when the line-spacing buttons change it. */
  lineSpacingNow: (value: string) => string;
  exportLabel: string;
  exportMarkdown: string;
  exportText: string;
  copyPair: string;
  copied: string;
  copyFailed: string;
  resizePanel: string;
  readAloud: string;
  readPair: string;
  readFromHere: string;
  readPause: string;
  readStop: string;
  /** "No 한국어 voice is installed…", when the system lists voices but none for the language. */
  noVoice: (language: string) => string;
  /** "Read aloud stopped: …", when the voice failed; `code` is the SpeechSynthesisErrorEvent's. */
  readAloudFailed: (language: string, code: string) => string;
  /** "Pair 3 of 12", announced to screen readers as the keyboard moves. */
  pairPosition: (position: number, total: number) => string;
  /** "English first", announced when the leading language changes. */
  leadingLanguage: (language: string) => string;
  unpaired: string;
  caption: string;
  sourcePage: string;
  sourceNone: string;
  noArticle: string;
  noArticleHint: string;
  /** "This page is too long to read whole: the reader read its first 19,990 paragraphs; …", when the copy was cut (lib/snapshot.ts). */
  limitCut: (paragraphs: number) => string;
  /** "Showing the first 5,000 of 100,002 pairs.", when not every row is rendered. */
  limitShown: (shown: number, total: number) => string;
  /** "Show 5,000 more". */
  showMoreRows: (count: number) => string;
  /** "This page looks wrong": saves a report file of the page and what the reader made of it. */
  reportPage: string;
  reportPageHint: string;
  /** Word mode's toggle, and its card. */
  wordMode: string;
  wordModeHint: string;
  wordCard: (word: string) => string;
  wordLoading: string;
  wordFailed: string;
  wordDictionaryForm: string;
  wordRomanization: string;
  wordGrammar: string;
  wordNoEntry: string;
  /** "No dictionary yet: download kengdic (about 12 MB from raw.githubusercontent.com)?" */
  wordNoDictionary: (size: string, host: string) => string;
  wordDownload: string;
  wordDownloading: (percent: number) => string;
  wordDownloadFailed: (reason: string) => string;
  wordCancel: string;
  wordSave: string;
  wordSaved: string;
  wordAlreadySaved: string;
  wordOpenList: string;
  wordClose: string;
  wordCredit: string;
  wordPosNames: Record<string, string>;
}
