/**
 * Test builds only (`__TEST_HOOKS__`: installed by testing/test-bridge.ts, from entrypoints/detector.ts): a stand-in for the
 * browser's speech synthesis, put into the extension's content-script world, where the reader looks
 * `speechSynthesis` up when a panel opens (entrypoints/reader/speech.ts).
 *
 * Why a stand-in: the browsers the end-to-end tests run have no voice to speak with. Headless
 * Chromium 156 lists no voices and fails every utterance with "synthesis-failed"; Firefox ESR 153
 * lists espeak-ng's voices once speech-dispatcher is installed, but with no sound device an utterance
 * starts and never ends (both tried on the CI machine). The stand-in keeps the Web Speech API's shape
 * and event order (start, then end; cancel ends a spoken utterance with "interrupted" and a queued one
 * with "canceled"), records every call, and lets the test end the utterance being spoken, so what the
 * panel reads, in which voice, and what it highlights meanwhile are checked step by step.
 *
 * A stand-in in the page's main world would never be seen: the reader runs in the isolated world
 * (Chromium) or the content-script sandbox (Firefox), which share their globals with this script only.
 */

export interface SpeechRecord {
  call: 'speak' | 'pause' | 'resume' | 'cancel';
  text?: string;
  lang?: string;
  voice?: string | null;
}

export interface SpeechStandIn {
  /** Every call the reader made, in order. */
  log: SpeechRecord[];
  /** Ends the utterance being spoken (fires its `end`) and starts the next; false when none is being spoken or speech is paused. */
  finish(): boolean;
  /** Fails the utterance being spoken with `error` (a SpeechSynthesisErrorEvent code) and starts the next; false when none is being spoken. */
  fail(error: string): boolean;
}

interface StandInVoice {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default: boolean;
}

const VOICES: StandInVoice[] = [
  { name: 'Stand-in 한국어', lang: 'ko-KR', voiceURI: 'stand-in-ko', localService: true, default: false },
  { name: 'Stand-in English', lang: 'en-US', voiceURI: 'stand-in-en', localService: true, default: true },
];

type Handler = ((event: Event) => void) | null;

class StandInUtterance extends EventTarget {
  text: string;
  lang = '';
  voice: StandInVoice | null = null;
  rate = 1;
  pitch = 1;
  volume = 1;
  onstart: Handler = null;
  onend: Handler = null;
  onerror: Handler = null;
  onpause: Handler = null;
  onresume: Handler = null;
  onboundary: Handler = null;
  onmark: Handler = null;

  constructor(text = '') {
    super();
    this.text = text;
  }

  /** Fires `type` the way the browser does: the `on…` property, then the listeners. */
  fire(type: 'start' | 'end' | 'error' | 'pause' | 'resume', error?: string): void {
    const event = new Event(type);
    Object.defineProperty(event, 'utterance', { value: this });
    if (error) Object.defineProperty(event, 'error', { value: error });
    (this[`on${type}`] as Handler)?.call(this, event);
    this.dispatchEvent(event);
  }
}

/**
 * Replaces `speechSynthesis` and `SpeechSynthesisUtterance` on `world` (this script's global).
 * `langs`: the languages of the voices it lists (a Korean and an English one unless told otherwise).
 */
export function installSpeechStandIn(world: Record<string, unknown>, langs?: readonly string[]): SpeechStandIn {
  const voices = langs ? VOICES.filter((voice) => langs.includes(voice.lang)) : VOICES;
  const log: SpeechRecord[] = [];
  const queue: StandInUtterance[] = [];
  let current: StandInUtterance | null = null;
  let paused = false;

  // Events are asynchronous in the browsers: never fire from inside the reader's own call.
  const later = (fn: () => void) => setTimeout(fn, 0);
  const startNext = () => {
    if (current || paused) return;
    current = queue.shift() ?? null;
    const started = current;
    if (started) later(() => started.fire('start'));
  };

  const synthesis = {
    get speaking() {
      return current !== null;
    },
    get pending() {
      return queue.length > 0;
    },
    get paused() {
      return paused;
    },
    onvoiceschanged: null,
    getVoices: () => voices.slice(),
    speak(utterance: StandInUtterance) {
      if (!(utterance instanceof StandInUtterance)) throw new TypeError('speechSynthesis.speak: not a SpeechSynthesisUtterance');
      log.push({ call: 'speak', text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
      queue.push(utterance);
      startNext();
    },
    pause() {
      log.push({ call: 'pause' });
      if (paused) return;
      paused = true;
      const spoken = current;
      if (spoken) later(() => spoken.fire('pause'));
    },
    resume() {
      log.push({ call: 'resume' });
      if (!paused) return;
      paused = false;
      const spoken = current;
      if (spoken) later(() => spoken.fire('resume'));
      else startNext();
    },
    cancel() {
      log.push({ call: 'cancel' });
      const spoken = current;
      const queued = queue.splice(0);
      current = null;
      if (spoken) later(() => spoken.fire('error', 'interrupted'));
      for (const utterance of queued) later(() => utterance.fire('error', 'canceled'));
    },
  };

  // Defined, not assigned: Window's own `speechSynthesis` has no setter (and Firefox's sandbox
  // inherits it from the page's window), so an assignment would fail.
  Object.defineProperty(world, 'speechSynthesis', { value: synthesis, configurable: true, writable: true });
  Object.defineProperty(world, 'SpeechSynthesisUtterance', { value: StandInUtterance, configurable: true, writable: true });

  return {
    log,
    finish() {
      if (!current || paused) return false;
      const spoken = current;
      current = null;
      spoken.fire('end');
      startNext();
      return true;
    },
    fail(error) {
      if (!current) return false;
      const spoken = current;
      current = null;
      spoken.fire('error', error);
      startNext();
      return true;
    },
  };
}
