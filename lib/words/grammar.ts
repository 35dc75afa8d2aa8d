/**
 * The Korean grammar the word analyser knows, as tables: particles (조사), endings (어미) and
 * pre-final endings (선어말 어미), each with the short label a learner sees on the card, and the
 * closed class of native verb and adjective stems (plus the auxiliaries written onto them).
 *
 * Written from Korean school grammar (표준국어대사전's particle and ending entries and a learner's
 * basic vocabulary), not from any treebank: nouns are an open class we never list; native verb
 * and adjective stems are a few hundred words a learner meets first, and Sino-Korean verbs come
 * from the productive suffixes 하다/되다/시키다 instead of a list.
 *
 * Notation: a form may start with a lone final consonant (ㄴ ㄹ ㅁ ㅂ ㅆ) that sits in the
 * previous syllable (가+ㄴ다 → 간다); "(으)" marks the 으 a consonant-final stem takes
 * (먹으면, 가면); "(스)ㅂ" the 습/ㅂ pair (먹습니다, 갑니다); a form starting with 어 also
 * stands for its 아/여 harmony variants (먹어, 잡아, 하여) and for the contracted syllables
 * 해, 돼, 가, 와, 줘, 져 (the analyser undoes those in analyse.ts).
 */

export interface Entry {
  form: string;
  label: string;
}

/** Particles after nouns. Paired forms: the first after a consonant, the second after a vowel. */
export const PAIRED_PARTICLES: [string, string, string][] = [
  ['이', '가', 'subject particle'],
  ['은', '는', 'topic particle'],
  ['을', '를', 'object particle'],
  ['과', '와', '"and / with" particle'],
  ['으로', '로', '"to / by / as" particle'],
  ['으로서', '로서', '"as (a role)" particle'],
  ['으로써', '로써', '"by means of" particle'],
  ['으로부터', '로부터', '"from" particle'],
  ['으로는', '로는', '"as for / by" particle'],
  ['으로도', '로도', '"also by / as" particle'],
  ['으로의', '로의', '"to (modifier)" particle'],
  ['이나', '나', '"or / as many as" particle'],
  ['이나마', '나마', '"even if only" particle'],
  ['이며', '며', '"and" particle'],
  ['이랑', '랑', '"and / with" particle'],
  ['이라도', '라도', '"even / at least" particle'],
  ['이야', '야', '"only if / as for" particle'],
  ['이든', '든', '"whichever" particle'],
  ['이든지', '든지', '"whichever" particle'],
  ['이란', '란', '"as for (defining)" particle'],
  ['이라든가', '라든가', '"such as" particle'],
];

/** Particles with one form. Stacked forms (에서는, 에게도) are listed whole: longest match wins. */
export const PARTICLES: Entry[] = [
  { form: '의', label: 'possessive particle' },
  { form: '에', label: '"at / to" particle' },
  { form: '에서', label: '"at / from" particle' },
  { form: '에게', label: '"to (someone)" particle' },
  { form: '에게서', label: '"from (someone)" particle' },
  { form: '한테', label: '"to (someone)" particle' },
  { form: '께', label: '"to (someone, honorific)" particle' },
  { form: '께서', label: 'subject particle (honorific)' },
  { form: '도', label: '"also / even" particle' },
  { form: '만', label: '"only" particle' },
  { form: '까지', label: '"until / up to" particle' },
  { form: '부터', label: '"from / starting" particle' },
  { form: '마저', label: '"even (the last)" particle' },
  { form: '조차', label: '"even" particle' },
  { form: '밖에', label: '"nothing but" particle' },
  { form: '보다', label: '"than" particle' },
  { form: '처럼', label: '"like" particle' },
  { form: '만큼', label: '"as much as" particle' },
  { form: '대로', label: '"according to" particle' },
  { form: '마다', label: '"every" particle' },
  { form: '뿐', label: '"only" particle' },
  { form: '하고', label: '"and / with" particle' },
  { form: '에다', label: '"onto" particle' },
  { form: '에다가', label: '"onto / in addition" particle' },
  { form: '더러', label: '"to (someone)" particle' },
  { form: '요', label: 'polite particle' },
  { form: '라고', label: 'quotation particle' },
  { form: '이라고', label: 'quotation particle' },
  { form: '고', label: 'quotation particle' },
];

/**
 * Endings that close a predicate: sentence enders (EF), connectives (EC), modifier (ETM) and
 * noun-forming (ETN) endings, as school grammar lists them, with their learner labels.
 */
export const ENDINGS: Entry[] = [
  // sentence enders
  { form: '다', label: '-다: plain statement' },
  { form: 'ㄴ다', label: '-ㄴ다: present statement' },
  { form: '는다', label: '-는다: present statement' },
  { form: '(스)ㅂ니다', label: '-습니다: formal statement' },
  { form: '(스)ㅂ니까', label: '-습니까: formal question' },
  { form: '(스)ㅂ시다', label: '-읍시다: "let\'s" (formal)' },
  { form: '어요', label: '-어요: polite statement' },
  { form: '지요', label: '-지요: polite "isn\'t it"' },
  { form: '죠', label: '-죠: polite "isn\'t it"' },
  { form: '네', label: '-네: exclamation' },
  { form: '네요', label: '-네요: polite exclamation' },
  { form: '군', label: '-군: realisation' },
  { form: '군요', label: '-군요: polite realisation' },
  { form: '구나', label: '-구나: realisation' },
  { form: '는군요', label: '-는군요: polite realisation' },
  { form: '는구나', label: '-는구나: realisation' },
  { form: '더군요', label: '-더군요: recalled realisation' },
  { form: '더라', label: '-더라: recalled statement' },
  { form: '니', label: '-니: question' },
  { form: '냐', label: '-냐: question' },
  { form: '나요', label: '-나요: polite question' },
  { form: '는가', label: '-는가: question' },
  { form: '(으)ㄴ가', label: '-ㄴ가: question' },
  { form: '(으)ㄹ까', label: '-ㄹ까: "shall I / I wonder"' },
  { form: '(으)ㄹ까요', label: '-ㄹ까요: polite "shall we"' },
  { form: '(으)ㄹ게', label: '-ㄹ게: promise' },
  { form: '(으)ㄹ게요', label: '-ㄹ게요: polite promise' },
  { form: '(으)ㄹ래', label: '-ㄹ래: intention' },
  { form: '(으)ㄹ래요', label: '-ㄹ래요: polite intention' },
  { form: '자', label: '-자: "let\'s" / "as soon as"' },
  { form: '어라', label: '-어라: command' },
  { form: '(으)라', label: '-으라: command (reported)' },
  { form: '(으)세요', label: '-세요: polite request (honorific)' },
  { form: '(으)십시오', label: '-십시오: formal request' },
  { form: '거든요', label: '-거든요: "you see"' },
  { form: '는데요', label: '-는데요: polite background' },
  { form: '(으)ㄴ데요', label: '-ㄴ데요: polite background' },
  { form: '고요', label: '-고요: polite "and also"' },
  { form: '대', label: '-대: "they say"' },
  { form: '래', label: '-래: "they say"' },
  // connectives
  { form: '고', label: '-고: "and"' },
  { form: '(으)며', label: '-며: "and / while"' },
  { form: '(으)면', label: '-면: "if / when"' },
  { form: '(으)면서', label: '-면서: "while"' },
  { form: '(으)니', label: '-니: "since"' },
  { form: '(으)니까', label: '-니까: "because"' },
  { form: '(으)나', label: '-나: "but"' },
  { form: '(으)므로', label: '-므로: "because" (formal)' },
  { form: '지만', label: '-지만: "but"' },
  { form: '는데', label: '-는데: background "and / but"' },
  { form: '(으)ㄴ데', label: '-ㄴ데: background "and / but"' },
  { form: '어', label: '-어: connective' },
  { form: '어서', label: '-어서: "so / and then"' },
  { form: '어도', label: '-어도: "even if"' },
  { form: '어야', label: '-어야: "only if / must"' },
  { form: '게', label: '-게: "so that / -ly"' },
  { form: '지', label: '-지: connective (before a negative)' },
  { form: '도록', label: '-도록: "so that / until"' },
  { form: '(으)려고', label: '-려고: "in order to"' },
  { form: '(으)려면', label: '-려면: "if one intends to"' },
  { form: '(으)러', label: '-러: "to (go and)"' },
  { form: '거나', label: '-거나: "or"' },
  { form: '든지', label: '-든지: "whether"' },
  { form: '더라도', label: '-더라도: "even if"' },
  { form: '다가', label: '-다가: "while doing, then"' },
  { form: '자마자', label: '-자마자: "as soon as"' },
  { form: '듯', label: '-듯: "as if"' },
  { form: '듯이', label: '-듯이: "as if"' },
  { form: '고자', label: '-고자: "in order to"' },
  { form: '기에', label: '-기에: "because"' },
  { form: '느라', label: '-느라: "because (busy doing)"' },
  { form: '느라고', label: '-느라고: "because (busy doing)"' },
  { form: '(으)ㄹ수록', label: '-ㄹ수록: "the more"' },
  { form: '(으)되', label: '-되: "but / while"' },
  { form: '고서', label: '-고서: "after"' },
  { form: '더니', label: '-더니: "and then (recalled)"' },
  { form: '더라고', label: '-더라고: "I noticed that"' },
  { form: '더라고요', label: '-더라고요: polite "I noticed that"' },
  { form: '더라구요', label: '-더라고요: polite "I noticed that" (spoken spelling)' },
  { form: '구요', label: '-고요: polite "and also" (spoken spelling)' },
  { form: '더군', label: '-더군: recalled realisation' },
  { form: '(으)ㄹ지', label: '-ㄹ지: "whether"' },
  { form: '(으)려', label: '-려: "in order to"' },
  { form: '(으)려는', label: '-려는: "meaning to …" (modifier)' },
  { form: '(으)오', label: '-오: formal command / statement' },
  { form: '(으)니깐', label: '-니까: "because" (spoken spelling)' },
  { form: '곤', label: '-곤: "used to (repeatedly)"' },
  { form: '다든가', label: '-다든가: "or (said that)"' },
  { form: '다네', label: '-다네: "they say" (friendly)' },
  { form: 'ㄴ다네', label: '-ㄴ다네: "they say" (friendly)' },
  { form: '답니다', label: '-답니다: "I tell you" (polite)' },
  { form: 'ㄴ답니다', label: '-ㄴ답니다: "I tell you" (polite)' },
  { form: '는답니다', label: '-는답니다: "I tell you" (polite)' },
  { form: '랄까', label: '-랄까: "shall I say"' },
  { form: '던데', label: '-던데: "I noticed, and / but"' },
  { form: '던데요', label: '-던데요: polite "I noticed"' },
  { form: '구', label: '-고: "and" (spoken spelling)' },
  { form: '라', label: '-라: "being / since" (after the copula)' },
  { form: '는지', label: '-는지: "whether / if"' },
  { form: '(으)ㄴ지', label: '-ㄴ지: "whether / since"' },
  { form: '에요', label: '-에요: polite "is" (after the copula)' },
  { form: '예요', label: '-예요: polite "is" (copula after a vowel)' },
  // quoting
  { form: '다고', label: '-다고: quoted statement' },
  { form: 'ㄴ다고', label: '-ㄴ다고: quoted statement' },
  { form: '는다고', label: '-는다고: quoted statement' },
  { form: '라고', label: '-라고: quoted statement' },
  { form: '냐고', label: '-냐고: quoted question' },
  { form: '자고', label: '-자고: quoted proposal' },
  { form: '다며', label: '-다며: "saying that"' },
  { form: 'ㄴ다며', label: '-ㄴ다며: "saying that"' },
  { form: '는다며', label: '-는다며: "saying that"' },
  { form: '라며', label: '-라며: "saying that"' },
  { form: '다면', label: '-다면: "if (it is said)"' },
  { form: 'ㄴ다면', label: '-ㄴ다면: "if"' },
  { form: '는다면', label: '-는다면: "if"' },
  { form: '라면', label: '-라면: "if it is"' },
  { form: '다는', label: '-다는: "that (quoted) …"' },
  { form: 'ㄴ다는', label: '-ㄴ다는: "that (quoted) …"' },
  { form: '는다는', label: '-는다는: "that (quoted) …"' },
  { form: '라는', label: '-라는: "called / that …"' },
  { form: '냐는', label: '-냐는: "whether …"' },
  { form: '자는', label: '-자는: "let\'s …" (quoted)' },
  { form: '단', label: '-단: "that (quoted) …"' },
  { form: '란', label: '-란: "called …"' },
  { form: '다니', label: '-다니: surprise' },
  // modifiers
  { form: '는', label: '-는: present modifier' },
  { form: '(으)ㄴ', label: '-ㄴ: past / state modifier' },
  { form: '(으)ㄹ', label: '-ㄹ: future modifier' },
  { form: '던', label: '-던: recalled modifier' },
  // noun-forming
  { form: '기', label: '-기: noun-forming' },
  { form: '(으)ㅁ', label: '-음: noun-forming' },
];

/** Pre-final endings, right to left after the final ending is cut. */
export const PAST: Entry = { form: '었', label: '-었-: past' };
export const PAST_PERFECT: Entry = { form: '었었', label: '-었었-: past perfect' };
export const FUTURE: Entry = { form: '겠', label: '-겠-: future / guess' };
export const MUST: Entry = { form: '어야 (하)', label: '-어야 (하)-: "must"' };
export const HONORIFIC: Entry = { form: '(으)시', label: '-시-: honorific' };

/** Auxiliary verbs written onto a main verb after 어/고/게 (만들어지다, 알아보다). */
export const AUXILIARIES = ['지', '주', '보', '있', '버리', '놓', '두', '내', '대', '드리'];

/** The connective before an auxiliary, with its label. */
export const AUXILIARY_LINKS: Entry[] = [
  { form: '어', label: '-어: connective (before a helping verb)' },
  { form: '고', label: '-고: connective (before a helping verb)' },
  { form: '게', label: '-게: connective (before a helping verb)' },
];

/** Suffixes that make a verb or an adjective out of a noun or root: 발표하다, 지속되다, 자연스럽다. */
export const VERB_SUFFIXES = ['하', '되', '시키', '받', '당하', '드리'];
export const ADJECTIVE_SUFFIXES = ['스럽', '롭', '답', '하', '없', '있', '같'];

/**
 * Native verb stems a learner meets first (dictionary form minus 다). Irregular ones are marked
 * by their class, which tells the analyser how their surface changes: ㄷ (듣다 → 들어),
 * ㅂ (돕다 → 도와), ㅅ (짓다 → 지어), ㅎ (그렇다 → 그래), 르 (부르다 → 불러); ㄹ stems drop
 * their ㄹ before ㄴ/ㅂ/ㅅ (만들다 → 만드는) and 으 stems lose 으 before 어 (쓰다 → 써): both
 * follow from the stem's letters and need no mark.
 */
export const VERB_STEMS =
  '가 오 하 되 보 주 받 먹 마시 자 살 알 모르 듣 묻 걷 싣 깨닫 짓 낫 붓 잇 돕 눕 굽 부르 흐르 오르 고르 누르 서두르 ' +
  '기르 따르 치르 이르 들르 머무르 쓰 끄 뜨 크 담그 잠그 따 타 사 서 켜 펴 피 키 지 치 찍 던지 만들 놀 울 열 벌 불 팔 풀 ' +
  '걸 밀 빌 떨 끌 물 날 말 갈 졸 돌 들 늘 줄 알리 나 나가 나오 들어가 들어오 올라가 내려가 내려오 돌아가 돌아오 돌리 ' +
  '찾 잡 읽 쓰 입 벗 씻 닦 웃 앉 놓 넣 낳 닿 쌓 빼 내 보내 지내 끝내 그리 바꾸 배우 가르치 기다리 만나 떠나 버리 ' +
  '맞 맞추 잃 얻 잊 남 남기 넘 넘기 옮기 숨기 즐기 믿 끝나 나타나 나타내 드러나 드러내 이루 이루어지 ' +
  '세우 세 새 채우 키우 비우 깨 깨우 싸우 외우 주우 태우 ' +
  '거두 두 뛰 쉬 뀌 쥐 꾸 바뀌 사귀 달리 흘리 열리 알리 팔리 걸리 밀리 들리 불리 살리 올리 내리 버티 ' +
  '따지 떨어지 넘어지 쓰러지 이어지 만지 고치 미치 그치 펼치 마치 부치 바치 끼치 비치 합치 겪 섞 볶 꺾 묶 ' +
  '보이 먹이 속이 줄이 높이 늘이 붙이 숙이 죽이 살피 ' +
  '죽 막 묵 씹 업 접 좇 쫓 참 품 심 감 신 안 껴안 삼 ' +
  '생기 견디 모이 모으 쏟 흩 뽑 꼽 뿌리 가리 가리키 다니 다루 두드리 맡 맡기 어기 이기 지키 ' +
  '향하 위하 통하 대하 의하 관하 비하 못하 당하 ' +
  '여기 느끼 원하 바라 꿈꾸 ' +
  '말하 일하 공부하 사랑하 좋아하 싫어하 ' +
  '두드러지 벌어지 사라지 헤어지 터지 빠지 미끄러지 부서지 달라지 ' +
  '빠뜨리 떨어뜨리 ' +
  '앞두 앞서 뒤지 뒤따르 잇따르 비롯하 비롯되 위치하 ' +
  '끼 끊 꿇 뚫 잃 앓 ' +
  '이끌 거치 거느리 건너 건네 견주 겨루 고프 ' +
  '마련하 밝히 밝 알아보 알아듣 살아가 살아남 찾아가 찾아오 ' +
  '늦 늦추 낮추 갖추 감추 멈추 ' +
  '어울리 울리 올 나누 나뉘 뉘우치 ' +
  '가지 갖 데리 모시 드리 여쭈 주무시 계시 잡수 ' +
  '놀라 자라 바르 마르 ' +
  '빌리 꾸미 다듬 ' +
  '붙 꿰 않 싶 못하 바라보 움직이 자르 찌르 벗어나 받아들이 이어가 부딪치 부딪히 다치 잠들 일어나 일어서 떠오르 돌아보 돌보 살펴보 지켜보 갚 아끼 줍 다투 시키 지니 나서 닮 기울 지나 지나가 가져가 가져오 올라오 파 뜯 떠들';

/** Native adjective stems (형용사) a learner meets first, with the same irregular behaviour. */
export const ADJECTIVE_STEMS =
  '있 없 좋 싫 많 적 크 작 길 짧 높 낮 넓 좁 깊 얕 멀 가깝 쉽 어렵 덥 춥 무겁 가볍 뜨겁 차갑 ' +
  '맵 짜 달 쓰 시 싱겁 고맙 반갑 즐겁 아름답 귀엽 외롭 새롭 괴롭 날카롭 부드럽 ' +
  '아프 바쁘 기쁘 슬프 나쁘 예쁘 배고프 고프 크 ' +
  '다르 빠르 이르 게으르 ' +
  '그렇 이렇 저렇 어떻 빨갛 노랗 파랗 하얗 까맣 ' +
  '같 낫 젊 늙 밝 맑 굵 얇 옳 괜찮 ' +
  '착하 깨끗하 조용하 따뜻하 시원하 편하 ' +
  '아니 ' +
  '비싸 싸 느리 흐리 드물 힘들 어리 검 더럽 멋지 가늘 거칠 매끄럽 잦 못생기 ' +
  '두렵 무섭 어둡 가렵 간지럽 ' +
  '뛰어나 못나 잘나 ' +
  '';
