/**
 * The panel's strings from the extension's locales (locales/en.yml, locales/ko.yml through
 * @wxt-dev/i18n): the one place a locale key meets the name the panel knows it by.
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { PanelStrings } from '../../components/strings';
import type { TranslationStrings } from '../../components/translation/translation-strings';

/**
 * "19,990": digits grouped by threes with commas, as English and Korean write them. Not
 * toLocaleString: its first call loads the locale's number data, a long task on a busy machine.
 */
const groupDigits = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function panelStrings(): PanelStrings {
  return {
    language: browser.i18n.getUILanguage(),
    panelLabel: i18n.t('panelLabel'),
    close: i18n.t('close'),
    switchLanguage: i18n.t('switchLanguage'),
    more: i18n.t('moreControls'),
    moreLabel: i18n.t('moreControlsLabel'),
    layoutLabel: i18n.t('panelLayout'),
    layoutNames: {
      auto: i18n.t('layoutAuto'),
      'side-by-side': i18n.t('optionsLayoutSideBySide'),
      interleaved: i18n.t('layoutInterleaved'),
      single: i18n.t('layoutSingle'),
    },
    themeLabel: i18n.t('panelTheme'),
    themeNames: { auto: i18n.t('optionsThemeAuto'), light: i18n.t('optionsThemeLight'), dark: i18n.t('optionsThemeDark'), sepia: i18n.t('optionsThemeSepia') },
    textSize: i18n.t('panelTextSize'),
    textSmaller: i18n.t('textSmaller'),
    textLarger: i18n.t('textLarger'),
    textSizeNow: (px) => i18n.t('textSizeNow', [String(px)]),
    lineSpacing: i18n.t('panelLineSpacing'),
    lineTighter: i18n.t('lineTighter'),
    lineLooser: i18n.t('lineLooser'),
    lineSpacingNow: (value) => i18n.t('lineSpacingNow', [value]),
    exportLabel: i18n.t('exportLabel'),
    exportMarkdown: i18n.t('exportMarkdown'),
    exportText: i18n.t('exportText'),
    copyPair: i18n.t('copyPair'),
    copied: i18n.t('copied'),
    copyFailed: i18n.t('copyFailed'),
    resizePanel: i18n.t('resizePanel'),
    readAloud: i18n.t('readAloud'),
    readPair: i18n.t('readPair'),
    readFromHere: i18n.t('readFromHere'),
    readPause: i18n.t('readPause'),
    readStop: i18n.t('readStop'),
    noVoice: (language) => i18n.t('noVoice', [language]),
    readAloudFailed: (language, code) => i18n.t('readAloudFailed', [language, code]),
    pairPosition: (position, total) => i18n.t('pairPosition', [String(position), String(total)]),
    leadingLanguage: (language) => i18n.t('leadingLanguage', [language]),
    unpaired: i18n.t('unpaired'),
    caption: i18n.t('caption'),
    sourcePage: i18n.t('sourcePage'),
    sourceNone: i18n.t('sourceNone'),
    noArticle: i18n.t('noArticle'),
    noArticleHint: i18n.t('noArticleHint'),
    limitCut: (paragraphs) => i18n.t('limitCut', [groupDigits(paragraphs)]),
    limitShown: (shown, total) => i18n.t('limitShown', [groupDigits(shown), groupDigits(total)]),
    showMoreRows: (count) => i18n.t('showMoreRows', [groupDigits(count)]),
    reportPage: i18n.t('reportPage'),
    reportPageHint: i18n.t('reportPageHint'),
    wordMode: i18n.t('wordMode'),
    wordModeHint: i18n.t('wordModeHint'),
    wordCard: (word) => i18n.t('wordCard', [word]),
    wordLoading: i18n.t('wordLoading'),
    wordFailed: i18n.t('wordFailed'),
    wordDictionaryForm: i18n.t('wordDictionaryForm'),
    wordRomanization: i18n.t('wordRomanization'),
    wordGrammar: i18n.t('wordGrammar'),
    wordNoEntry: i18n.t('wordNoEntry'),
    wordNoDictionary: (size, host) => i18n.t('wordNoDictionary', [size, host]),
    wordDownload: i18n.t('wordDownload'),
    wordDownloading: (percent) => i18n.t('wordDownloading', [String(percent)]),
    wordDownloadFailed: (reason) => i18n.t('wordDownloadFailed', [reason]),
    wordCancel: i18n.t('wordCancel'),
    wordSave: i18n.t('wordSave'),
    wordSaved: i18n.t('wordSaved'),
    wordAlreadySaved: i18n.t('wordAlreadySaved'),
    wordOpenList: i18n.t('wordOpenList'),
    wordClose: i18n.t('wordClose'),
    wordCredit: i18n.t('wordCredit'),
    wordPosNames: {
      noun: i18n.t('wordPosNoun'),
      verb: i18n.t('wordPosVerb'),
      adjective: i18n.t('wordPosAdjective'),
      adverb: i18n.t('wordPosAdverb'),
      determiner: i18n.t('wordPosDeterminer'),
      copula: i18n.t('wordPosCopula'),
      number: i18n.t('wordPosNumber'),
      foreign: i18n.t('wordPosForeign'),
      symbol: i18n.t('wordPosSymbol'),
    },
  };
}

export function translationStrings(): TranslationStrings {
  return {
    translatedBy: (engine) => i18n.t('translationBy', [engine]),
    checking: i18n.t('translationChecking'),
    needsDownload: (engine) => i18n.t('translationModelMissing', [engine]),
    download: i18n.t('translationDownload'),
    downloadSized: (direction, size, source) => i18n.t('translationDownloadSized', [direction, size, source]),
    direction: (from) => (from === 'ko' ? i18n.t('translationKoToEn') : i18n.t('translationEnToKo')),
    downloading: (engine) => i18n.t('translationDownloadingModel', [engine]),
    downloadFailed: i18n.t('translationDownloadFailed'),
    progress: i18n.t('translationProgress'),
    cancel: i18n.t('translationCancel'),
    cancelled: i18n.t('translationCancelled'),
    resume: i18n.t('translationResume'),
    finished: i18n.t('translationFinished'),
    retry: i18n.t('translationRetry'),
    retryFailed: i18n.t('translationRetryFailed'),
    waiting: i18n.t('translationWaiting'),
    translating: i18n.t('translationPending'),
    notTranslated: i18n.t('translationNotYet'),
    failedParagraph: i18n.t('translationFailedParagraph'),
    noAnswer: i18n.t('translationNoAnswer'),
    someFailed: (engine) => i18n.t('translationSomeFailed', [engine]),
    keylessFailed: (engine) => i18n.t('translationKeylessFailed', [engine]),
    useEngine: (engine) => i18n.t('translationUseEngine', [engine]),
    noneChosen: i18n.t('translationNoneChosen'),
    notHere: (engine) => i18n.t('translationNotHere', [engine]),
    nothingOnDevice: i18n.t('translationNothingOnDevice'),
    canChromeAndMozilla: i18n.t('translationCanChromeAndMozilla'),
    canChrome: i18n.t('translationCanChrome'),
    canMozilla: i18n.t('translationCanMozilla'),
    canOnlyOnline: i18n.t('translationCanOnlyOnline'),
    openOptions: i18n.t('translationOpenOptions'),
  };
}

/** The notice when reading the page failed. */
export function failureNotice(): { title: string; hint: string } {
  return { title: i18n.t('failed'), hint: i18n.t('failedHint') };
}
