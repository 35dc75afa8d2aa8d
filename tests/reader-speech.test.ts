/**
 * The Web Speech adapter (entrypoints/reader/speech.ts) over a fake synthesis: the voice it picks,
 * what it reports, and its watchdog for an utterance that never starts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseVoice, SPEECH_START_TIMEOUT_MS, webSpeech } from '../entrypoints/reader/speech';

describe('chooseVoice', () => {
  const google = { name: 'Google 한국의', lang: 'ko-KR', localService: false };
  const heami = { name: 'Microsoft Heami', lang: 'ko-KR', localService: true };
  const espeak = { name: 'Korean', lang: 'ko', localService: true };
  const david = { name: 'Microsoft David', lang: 'en-US', localService: true };

  it('takes the exact language tag, an on-device voice before a network one', () => {
    expect(chooseVoice([david, google, heami], 'ko-KR')).toBe(heami);
    expect(chooseVoice([david, google], 'ko-KR')).toBe(google);
    expect(chooseVoice([google, heami, david], 'en-US')).toBe(david);
  });

  it('falls back to the same language under another tag (espeak "ko", "ko_KR")', () => {
    expect(chooseVoice([david, espeak], 'ko-KR')).toBe(espeak);
    expect(chooseVoice([{ name: 'x', lang: 'ko_KR' }], 'ko-KR')).toEqual({ name: 'x', lang: 'ko_KR' });
    expect(chooseVoice([espeak, google], 'ko-KR')).toBe(google);
  });

  it('says "none" when the voices are known and none speaks the language, "unknown" while the list is empty', () => {
    expect(chooseVoice([david], 'ko-KR')).toBeNull();
    expect(chooseVoice([], 'ko-KR')).toBeUndefined();
  });
});


class FakeUtterance {
  lang = '';
  voice: unknown = null;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

function fakeSynth(voices: { name: string; lang: string; localService?: boolean }[]) {
  const spoken: FakeUtterance[] = [];
  const synth = {
    paused: false,
    cancelled: 0,
    getVoices: () => voices,
    speak: (u: FakeUtterance) => void spoken.push(u),
    pause() {
      this.paused = true;
    },
    resume() {
      this.paused = false;
    },
    cancel() {
      this.cancelled++;
    },
  };
  const speech = webSpeech(synth as unknown as SpeechSynthesis, FakeUtterance as unknown as typeof SpeechSynthesisUtterance)!;
  return { synth, spoken, speech };
}

describe('webSpeech', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const heami = { name: 'Microsoft Heami', lang: 'ko-KR', localService: true };

  it('is absent where the browser has no speech synthesis', () => {
    expect(webSpeech(undefined, undefined)).toBeUndefined();
  });

  it('speaks with the chosen voice and reports the end or the error code', () => {
    const { spoken, speech } = fakeSynth([heami]);
    const done: (string | null)[] = [];
    speech.speak('안녕하세요.', 'ko-KR', (error) => done.push(error));
    expect(spoken[0]).toMatchObject({ text: '안녕하세요.', lang: 'ko-KR', voice: heami });
    spoken[0].onstart?.();
    spoken[0].onend?.();
    speech.speak('다시.', 'ko-KR', (error) => done.push(error));
    spoken[1].onerror?.({ error: 'audio-busy' });
    expect(done).toEqual([null, 'audio-busy']);
    expect(speech.hasVoice('ko-KR')).toBe(true);
    expect(speech.hasVoice('en-US')).toBe(false);
    expect(fakeSynth([]).speech.hasVoice('ko-KR')).toBeNull();
  });

  it('gives up on an utterance that never starts, once, and cancels the synthesis', () => {
    const { synth, spoken, speech } = fakeSynth([heami]);
    const done: (string | null)[] = [];
    speech.speak('멈춘 목소리.', 'ko-KR', (error) => done.push(error));
    vi.advanceTimersByTime(SPEECH_START_TIMEOUT_MS - 1);
    expect(done).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(done).toEqual(['not-started']);
    expect(synth.cancelled).toBe(1);
    // The cancel's own error event afterwards does not report twice.
    spoken[0].onerror?.({ error: 'canceled' });
    expect(done).toEqual(['not-started']);
  });

  it('waits while the reader paused before the utterance began, and not once it started', () => {
    const { synth, spoken, speech } = fakeSynth([heami]);
    const done: (string | null)[] = [];
    speech.speak('잠깐.', 'ko-KR', (error) => done.push(error));
    speech.pause();
    vi.advanceTimersByTime(SPEECH_START_TIMEOUT_MS * 3);
    expect(done).toEqual([]);
    speech.resume();
    spoken[0].onstart?.();
    vi.advanceTimersByTime(SPEECH_START_TIMEOUT_MS * 3);
    expect(done).toEqual([]);
    expect(synth.cancelled).toBe(0);
  });
});
