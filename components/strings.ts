/** Every string the panel shows, passed in by the entrypoint (from the extension's locales). */
export interface PanelStrings {
  panelLabel: string;
  close: string;
  switchLanguage: string;
  layoutBoth: string;
  layoutSingle: string;
  unpaired: string;
  caption: string;
  sourcePage: string;
  sourceNone: string;
  noArticle: string;
  noArticleHint: string;
}
