/**
 * Read aloud as a plain module (components/panel/read-aloud.ts): the queue it reads, and the state
 * machine driving a fake speech synthesis: which sentence is marked, what a missing or failing voice
 * says, what a stop or a late `end` does.
 */
import { describe, expect, it } from 'vitest';
import { createReadAloud, readingQueue, type PanelSpeech, type ReadAloudState, type SpeechLanguage } from '../components/panel/read-aloud';

describe('readingQueue', () => {
  const rows = [
    { ko: [{ text: '제목' }], en: [{ text: 'Title' }] },
    { ko: [{ text: '사진 설명' }], en: [] },
    { ko: [{ text: '첫 문단이다. “인용이다.”라고 말했다.' }, { text: '둘째 문단.' }], en: [{ text: 'Both paragraphs. Two sentences.' }] },
  ];
  const spoken = (queue: { row: number; text: string }[]) => queue.map((piece) => `${piece.row}:${piece.text}`);

  it('reads one pair in the chosen language, a sentence per utterance, with each sentence\'s place', () => {
    const korean = readingQueue(rows, 2, 'ko', 'pair');
    expect(spoken(korean)).toEqual(['2:첫 문단이다.', '2:“인용이다.”라고 말했다.', '2:둘째 문단.']);
    expect(korean.map(({ para, start, end }) => [para, start, end])).toEqual([
      [0, 0, 7],
      [0, 8, 22],
      [1, 0, 6],
    ]);
    for (const piece of korean) expect(rows[2].ko[piece.para].text.slice(piece.start, piece.end)).toBe(piece.text);
    expect(spoken(readingQueue(rows, 2, 'en', 'pair'))).toEqual(['2:Both paragraphs.', '2:Two sentences.']);
    expect(readingQueue(rows, 0, 'en', 'pair')).toEqual([{ row: 0, para: 0, start: 0, end: 5, text: 'Title' }]);
  });

  it('reads from a pair to the end, skipping rows with nothing in that language', () => {
    expect([...new Set(readingQueue(rows, 0, 'en', 'from-here').map((r) => r.row))]).toEqual([0, 2]);
    expect([...new Set(readingQueue(rows, 1, 'ko', 'from-here').map((r) => r.row))]).toEqual([1, 2]);
    expect(readingQueue(rows, 1, 'en', 'pair')).toEqual([]);
  });
});


/** A speech synthesis that records what it was asked and finishes an utterance when told. */
function fakeSpeech(voices: Partial<Record<SpeechLanguage, boolean | null>> = { 'ko-KR': true, 'en-US': true }) {
  const said: { text: string; lang: SpeechLanguage; done: (error: string | null) => void }[] = [];
  const calls: string[] = [];
  const speech: PanelSpeech = {
    speak: (text, lang, done) => void said.push({ text, lang, done }),
    hasVoice: (lang) => voices[lang] ?? null,
    pause: () => void calls.push('pause'),
    resume: () => void calls.push('resume'),
    cancel: () => void calls.push('cancel'),
  };
  return { speech, said, calls };
}

const strings = { noVoice: (language: string) => `no ${language} voice`, readAloudFailed: (language: string, code: string) => `${language} failed: ${code}` };
const rows = [
  { ko: [{ text: '첫 문장이다. 둘째 문장이다.' }], en: [{ text: 'First. Second.' }] },
  { ko: [{ text: '다음 문단.' }], en: [{ text: 'Next paragraph.' }] },
];

function start(voices?: Partial<Record<SpeechLanguage, boolean | null>>) {
  const fake = fakeSpeech(voices);
  const states: ReadAloudState[] = [];
  const spoken: number[] = [];
  const reader = createReadAloud(fake.speech, strings, (state) => states.push(state), (row) => spoken.push(row));
  return { ...fake, states, spoken, reader };
}

describe('createReadAloud', () => {
  it('reads from a pair to the end a sentence at a time, marking each and activating its pair', () => {
    const { reader, said, spoken } = start();
    reader.start(rows, 0, 'ko', 'from-here');
    expect(said.map((s) => [s.text, s.lang])).toEqual([['첫 문장이다.', 'ko-KR']]);
    expect(reader.state().reading).toEqual({ row: 0, lang: 'ko', para: 0, start: 0, end: 7, paused: false });
    said[0].done(null);
    said[1].done(null);
    expect(reader.state().reading).toMatchObject({ row: 1, start: 0, end: 6 });
    said[2].done(null);
    expect(reader.state()).toEqual({ reading: null, problem: null });
    expect(spoken).toEqual([0, 0, 1]);
  });

  it('says there is no voice for the language and speaks nothing', () => {
    const { reader, said } = start({ 'ko-KR': false, 'en-US': true });
    reader.start(rows, 0, 'ko', 'pair');
    expect(said).toEqual([]);
    expect(reader.state()).toEqual({ reading: null, problem: 'no 한국어 voice' });
    // A voice list not known yet is not "no voice": reading goes ahead.
    const unknown = start({});
    unknown.reader.start(rows, 0, 'en', 'pair');
    expect(unknown.said.map((s) => s.text)).toEqual(['First.']);
  });

  it('ends with the voice\'s error code when it fails, and says nothing for a cancel', () => {
    const failing = start();
    failing.reader.start(rows, 0, 'en', 'pair');
    failing.said[0].done('synthesis-failed');
    expect(failing.reader.state()).toEqual({ reading: null, problem: 'English failed: synthesis-failed' });
    const cancelled = start();
    cancelled.reader.start(rows, 0, 'en', 'pair');
    cancelled.said[0].done('interrupted');
    expect(cancelled.reader.state()).toEqual({ reading: null, problem: null });
  });

  it('ignores a late end from a reading that was stopped or replaced', () => {
    const { reader, said, calls } = start();
    reader.start(rows, 0, 'ko', 'from-here');
    reader.stop();
    expect(calls).toEqual(['cancel', 'cancel']);
    said[0].done(null);
    expect(said).toHaveLength(1);
    expect(reader.state().reading).toBeNull();
    reader.start(rows, 1, 'en', 'pair');
    said[0].done('synthesis-failed');
    expect(reader.state().problem).toBeNull();
    expect(reader.state().reading).toMatchObject({ row: 1, lang: 'en' });
  });

  it('pauses and resumes the sentence being read, and does nothing when not reading', () => {
    const { reader, calls } = start();
    reader.togglePause();
    expect(calls).toEqual([]);
    reader.start(rows, 0, 'ko', 'pair');
    reader.togglePause();
    expect(reader.state().reading?.paused).toBe(true);
    reader.togglePause();
    expect(reader.state().reading?.paused).toBe(false);
    expect(calls).toEqual(['cancel', 'pause', 'resume']);
  });
});
