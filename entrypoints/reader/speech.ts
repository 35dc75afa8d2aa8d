/**
 * Read aloud's speech: the Web Speech API's synthesis as the panel uses it (PanelSpeech,
 * components/panel/read-aloud.ts), with a voice chosen for the language and a watchdog for
 * utterances that never start. Tested with a fake synthesis (tests/reader-speech.test.ts).
 */
import type { PanelSpeech } from '../../components/panel/read-aloud';

/** What the panel needs of a SpeechSynthesisVoice. */
export interface VoiceLike {
  lang: string;
  localService?: boolean;
}

/**
 * The voice to read `lang` (a BCP 47 tag, "ko-KR") with: the exact tag, else the same language
 * ("ko", "ko_KR" from espeak), on-device voices before network ones (Chrome's network voices send
 * the text to Google). null when the system's voices are known and none speaks the language;
 * undefined while the list is empty (Chrome fills it after a `voiceschanged` event, or never).
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | null | undefined {
  if (voices.length === 0) return undefined;
  const tag = (v: V) => v.lang.replace('_', '-').toLowerCase();
  const wanted = lang.toLowerCase();
  const primary = wanted.split('-')[0];
  const rank = (v: V) => (tag(v) === wanted ? 0 : 2) + (v.localService === false ? 1 : 0);
  const speaking = voices.filter((v) => tag(v) === wanted || tag(v).split('-')[0] === primary);
  return speaking.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/**
 * How long an utterance may wait to start before read-aloud gives up on it. Firefox with no voice
 * fails the first utterance and then leaves every later one pending for good (seen in Firefox ESR
 * 153 on Linux without speech-dispatcher); a working voice starts well within this, network voices
 * included.
 */
export const SPEECH_START_TIMEOUT_MS = 8_000;

/** The Web Speech API's synthesis, or undefined where the browser has none (the panel hides read-aloud). */
export function webSpeech(synth: SpeechSynthesis | undefined = globalThis.speechSynthesis, Utterance: typeof SpeechSynthesisUtterance | undefined = globalThis.SpeechSynthesisUtterance): PanelSpeech | undefined {
  if (!synth || !Utterance) return undefined;
  return {
    speak(text, lang, done) {
      const utterance = new Utterance(text);
      utterance.lang = lang;
      // A voice for the language when the system lists one; otherwise the browser picks by `lang`.
      const voice = chooseVoice(synth.getVoices(), lang);
      if (voice) utterance.voice = voice;
      let settled = false;
      const settle = (error: string | null) => {
        clearTimeout(watchdog);
        if (settled) return;
        settled = true;
        done(error);
      };
      const giveUp = () => {
        // Paused before it began: the reader's pause, not a stuck voice.
        if (synth.paused) {
          watchdog = setTimeout(giveUp, SPEECH_START_TIMEOUT_MS);
          return;
        }
        settle('not-started');
        synth.cancel();
      };
      let watchdog = setTimeout(giveUp, SPEECH_START_TIMEOUT_MS);
      utterance.onstart = () => clearTimeout(watchdog);
      utterance.onend = () => settle(null);
      utterance.onerror = (event) => settle((event as SpeechSynthesisErrorEvent).error || 'synthesis-failed');
      synth.speak(utterance);
    },
    hasVoice: (lang) => {
      const voice = chooseVoice(synth.getVoices(), lang);
      return voice === undefined ? null : voice !== null;
    },
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    cancel: () => synth.cancel(),
  };
}
