/**
 * The word analyser on hand-made cases, one or more per rule, from text outside the treebank it is
 * measured on: the seed article (BreakNews, 2021-05-31), everyday sentences, and the examples of
 * school grammar. Dictionary form by word mode's rule: the morphemes before the first particle or
 * ending, plus 다 for verbs and adjectives; a noun with the copula gives the noun.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence, analyseWord } from '../lib/words';

const lemma = (word: string) => analyseWord(word).lemma;

describe('word analyser: dictionary forms', () => {
  it.each([
    // nouns with particles, compounds kept whole (seed article)
    ['연구원은', '연구원'],
    ['수석연구원은', '수석연구원'],
    ['유성구청장은', '유성구청장'],
    ['대강당에서', '대강당'],
    ['지방정부협의회에서는', '지방정부협의회'],
    ['참가자들로부터', '참가자들'],
    ['미국으로의', '미국'],
    ['산업혁명과', '산업혁명'],
    ['정책을', '정책'],
    ['서비스를', '서비스'],
    ['결과', '결과'],
    // 하다/되다 verbs with contractions: 했 = 하+였, 돼 = 되+어, 됐 = 되+었
    ['발표했다.', '발표하다'],
    ['지속될', '지속되다'],
    ['마련됐다.', '마련되다'],
    ['참가해', '참가하다'],
    ['강조되고', '강조되다'],
    ['돼서', '되다'],
    ['기탁할', '기탁하다'],
    // native stems and vowel contractions
    ['앞둔', '앞두다'],
    ['받은', '받다'],
    ['돌아왔다.', '돌아오다'],
    ['샀습니다.', '사다'],
    ['주었고', '주다'],
    ['보였다.', '보이다'],
    ['모여', '모이다'],
    ['먹었습니다', '먹다'],
    // irregular stems: ㅂ, 르, ㄷ, ㅎ, 으, ㄹ-dropping
    ['어려운', '어렵다'],
    ['가까워', '가깝다'],
    ['불러', '부르다'],
    ['들어도', '들다'],
    ['빨간', '빨갛다'],
    ['그렇게', '그렇다'],
    ['써서', '쓰다'],
    ['바빠서', '바쁘다'],
    ['만드는', '만들다'],
    ['살았던', '살다'],
    ['아름다운', '아름답다'],
    // copula after nouns
    ['학생이다', '학생'],
    ['계획이다.', '계획'],
    ['처음이었다.', '처음'],
    ['창의적인', '창의적'],
    ['학교였다', '학교'],
    ['국가산업단지다.', '국가산업단지'],
    // auxiliaries cut at their connective, particles after endings
    ['만들어진', '만들다'],
    ['알려줘', '알리다'],
    ['찾기도', '찾다'],
    // derived nouns and look-alikes
    ['이름은', '이름'],
    ['믿음이', '믿음'],
    ['좋음.', '좋다'],
    ['했음.', '하다'],
    ['하기가', '하다'],
    ['올해도', '올해'],
    ['지난해', '지난해'],
    ['카메라', '카메라'],
    ['축하', '축하'],
    ['아이는', '아이'],
    ['180만', '180만'],
    ['맛있어요', '맛있다'],
    ['짜증내고', '짜증내다'],
    ['술렁거렸다', '술렁거리다'],
    ['막히는', '막히다'],
    ['소개해', '소개하다'],
    ['그런', '그런'],
    ['게', '것'],
    ['먹어야겠네요.', '먹다'],
    ['가는', '가다'],
    ['따라', '따르다'],
    // quotes and brackets inside the word
    ['있다.”며', '있다'],
    ['나가겠다.”고', '나가다'],
    ['상금(100만원)은', '상금'],
  ])('%s → %s', (word, expected) => {
    expect(lemma(word)).toBe(expected);
  });
});

describe('word analyser: tags and grammar', () => {
  it('labels particles and endings for the learner', () => {
    expect(analyseWord('연구원은').grammar).toEqual(['은: topic particle']);
    expect(analyseWord('발표했다').grammar).toEqual(['-었-: past', '-다: plain statement']);
    expect(analyseWord('주관하는').grammar).toEqual(['-는: present modifier']);
    expect(analyseWord('학생이다').grammar[0]).toMatch(/^이다: copula/);
  });

  it('gives its own part-of-speech tags', () => {
    expect(analyseWord('발표했다').pos).toBe('verb');
    expect(analyseWord('어려운').pos).toBe('adjective');
    expect(analyseWord('연구원은').pos).toBe('noun');
    expect(analyseWord('학생이다').pos).toBe('noun');
    expect(analyseWord('24개').pos).toBe('number');
    expect(analyseWord('이런').pos).toBe('determiner');
    expect(analyseWord('같이').pos).toBe('adverb');
    expect(analyseWord('COVID-19').pos).toBe('foreign');
    expect(analyseWord('…').pos).toBe('symbol');
  });

  it('keeps attached punctuation in the text and gives string offsets in the line', () => {
    const line = '정용래 유성구청장은 “우수정책을 발표했다.”';
    const words = analyseSentence(line);
    expect(words.map((w) => w.text)).toEqual(['정용래', '유성구청장은', '“우수정책을', '발표했다.”']);
    for (const word of words) expect(line.slice(word.start, word.end)).toBe(word.text);
    expect(words[2].lemma).toBe('우수정책');
    expect(words[3].lemma).toBe('발표하다');
  });

  it('reads multiple spaces and an empty line without inventing words', () => {
    expect(analyseSentence('')).toEqual([]);
    const words = analyseSentence('  학교에   갔다 ');
    expect(words.map((w) => [w.text, w.start, w.end])).toEqual([
      ['학교에', 2, 5],
      ['갔다', 8, 10],
    ]);
  });
});
