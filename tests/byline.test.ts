import { describe, expect, it } from 'vitest';
import { bylineRow, cleanBylineText } from '../lib/extract/byline';
import { parseKoreanDate, parsePrintedDates } from '../lib/extract/dates';
import { bareReporterName, isReporterLine, namesBeforeEmail, parseAuthors, roleOf } from '../lib/extract/reporters';

describe('parseAuthors', () => {
  it.each([
    ['홍길동 기자', ['홍길동']],
    ['홍길동·김철수 기자', ['홍길동', '김철수']],
    ['[서울=뉴시스]홍길동 기자 =', ['홍길동']],
    ['(서울=연합뉴스) 홍길동 기자 =', ['홍길동']],
    ['[홍길동 기자 = 경기북부/강원]', ['홍길동']],
    ['글 홍길동', ['홍길동']],
    ['홍길동 특파원', ['홍길동']],
    ['홍길동 선임기자', ['홍길동']],
    ['홍길동 논설위원', ['홍길동']],
    ['홍길동 인턴기자 hong@example.com', ['홍길동']],
    ['순천, 광양 구현모 기자 ninek@hankookilbo.com', ['구현모']],
    ['이현주 기자(lovelypsyche@newsis.com) 이현주 기자', ['이현주']],
    ['김정환 기자 | 기사입력 2021/05/31 [16:43]', ['김정환']],
  ])('%s', (text, names) => {
    expect(parseAuthors(text)).toEqual(names);
  });

  it('separates reporters whose links are printed without a space (Dong-A .author_info)', () => {
    expect(parseAuthors('송치훈 기자이지윤 기자')).toEqual(['송치훈', '이지윤']);
    expect(parseAuthors('홍길동 특파원김철수 기자')).toEqual(['홍길동', '김철수']);
    expect(parseAuthors('최유나 기자입력 2024. 2. 6. 14:05수정 2024. 2. 6. 16:30')).toEqual(['최유나']);
  });

  it('does not take a word before 기자 in prose for a name', () => {
    expect(parseAuthors('한 통신사 기자를 쏘아보며')).toEqual([]);
    expect(parseAuthors('한국기자협회는 사과를 촉구했다')).toEqual([]);
  });
});

describe('parseKoreanDate', () => {
  it.each([
    ['2021/05/31 [16:43]', '2021-05-31T16:43:00+09:00'],
    ['2024.05.30. 오전 11:40', '2024-05-30T11:40:00+09:00'],
    ['입력 2019-02-07 16:09', '2019-02-07T16:09:00+09:00'],
    ['기사입력 2020.07.13. 오후 5:04', '2020-07-13T17:04:00+09:00'],
    ['입력 : 2021/05/31 [16:43]', '2021-05-31T16:43:00+09:00'],
    ['2024. 2. 6. 14:05', '2024-02-06T14:05:00+09:00'],
    ['2024-05-30 11:40:08', '2024-05-30T11:40:08+09:00'],
    ['2025-05-15T20:00:52.000+0900', '2025-05-15T20:00:52+09:00'],
    ['2024-10-07T21:10:00Z', '2024-10-08T06:10:00+09:00'],
    ['2024.03.12 (19:02)', '2024-03-12T19:02:00+09:00'],
    ['2024년 1월 2일 오후 12:30', '2024-01-02T12:30:00+09:00'],
    ['2023-11-07', '2023-11-07'],
  ])('%s', (text, iso) => {
    expect(parseKoreanDate(text)).toBe(iso);
  });

  it('gives null for text without a date', () => {
    expect(parseKoreanDate('홍길동 기자')).toBeNull();
  });
});

describe('parsePrintedDates', () => {
  it('tells 입력 from 수정', () => {
    expect(parsePrintedDates('수정 2025.05.15 20:57 입력 2025.05.15 20:00')).toEqual({
      published: '2025-05-15T20:00:00+09:00',
      updated: '2025-05-15T20:57:00+09:00',
    });
  });

  it('reads English labels', () => {
    expect(parsePrintedDates('Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46').updated).toBe('2023-11-07T15:30:46+09:00');
  });
});

describe('isReporterLine', () => {
  it('recognises credit lines and leaves prose alone', () => {
    expect(isReporterLine('김경희 기자 amator@joongang.co.kr')).toBe(true);
    expect(isReporterLine('star@yna.co.kr')).toBe(true);
    expect(isReporterLine('김경희 기자는 현장에서 취재했다.')).toBe(false);
  });
});

describe('namesBeforeEmail', () => {
  it.each([
    ['YTN 정인용 (quotejeong@ytn.co.kr)', ['정인용']],
    ['홍길동 hong@example.com', ['홍길동']],
    ['◎공감언론 뉴시스 sky@newsis.com', []],
    ['연합뉴스 webmaster@yna.co.kr', []],
    ['yagoojoa@news1.kr', []],
  ])('%s', (text, names) => {
    expect(namesBeforeEmail(text)).toEqual(names);
  });
});

describe('bareReporterName', () => {
  it.each([
    ['박소희', '박소희'],
    [' 최하얀 ', '최하얀'],
    ['장진복 기자', '장진복'],
    ['박소희 hong@imbc.com', '박소희'],
    ['사회부', null],
    ['MBC 뉴스', null],
    ['정치부 박소희 기자', null],
  ])('%s', (text, name) => {
    expect(bareReporterName(text)).toBe(name);
  });
});

/** The byline row shows reporters with their role, the desk, the times; nothing else. */
describe('bylineRow', () => {
  const at = { published: '2016-09-17T14:26:51+09:00', updated: null };

  it('takes page furniture out of the byline line (share buttons, text size, portal widgets)', () => {
    expect(cleanBylineText('홍길동 기자 페이스북 트위터 카카오스토리 확대 축소')).toBe('홍길동 기자');
    expect(cleanBylineText('요약봇beta 글자 크기 변경하기 인쇄하기 보내기 입력 2024.01.02 09:00')).toBe('입력 2024.01.02 09:00');
    expect(cleanBylineText('이호승 기자구독')).toBe('이호승 기자');
    expect(cleanBylineText('송치훈 기자이지윤 기자')).toBe('송치훈 기자 이지윤 기자');
    expect(cleanBylineText('홍길동 기자 hong@example.com')).toBe('홍길동 기자');
  });

  it('keeps a clean line that names every reporter, and adds the time it lacks', () => {
    expect(bylineRow({ texts: ['김정환 기자 | 기사입력 2021/05/31 [16:43]'], authors: ['김정환'], published: '2021-05-31T16:43:00+09:00', updated: null })).toBe('김정환 기자 | 기사입력 2021/05/31 [16:43]');
    expect(bylineRow({ texts: ['임정우 기자'], authors: ['임정우'], ...at })).toBe('임정우 기자 · 입력 2016.09.17 14:26');
  });

  it('writes the reporters found elsewhere (dateline, meta, closing line) before a line that names nobody', () => {
    expect(bylineRow({ texts: ['등록 :2016-09-17 14:26'], authors: ['이창곤'], ...at })).toBe('이창곤 기자 · 등록 :2016-09-17 14:26');
  });

  it('lists every reporter when the line names only some, with the role each is printed with', () => {
    const row = bylineRow({ texts: ['배윤경 기자'], authors: ['배윤경', '김혜진', '박철수'], roleTexts: ['박철수 특파원 park@example.com'], ...at });
    expect(row).toBe('배윤경·김혜진 기자, 박철수 특파원 · 입력 2016.09.17 14:26');
    expect(roleOf('오정훈', ['오정훈 논설위원 · 2024.11.12'])).toBe('논설위원');
  });

  it('drops a line that is all furniture (longer than a byline) and writes the row from its parts', () => {
    const furniture = '기사입력 2020.07.13. 오후 5:04 최종수정 2020.07.13. 오후 5:18 기사원문 스크랩 본문듣기 설정 이 기사를 추천합니다 나눔고딕 닫기 인쇄하기 보내기 공감 좋아요 훈훈해요 슬퍼요 화나요 후속기사 원해요';
    expect(bylineRow({ texts: [furniture], authors: ['김경희'], published: '2020-07-13T17:04:00+09:00', updated: '2020-07-13T17:18:00+09:00' })).toBe('김경희 기자 · 입력 2020.07.13 17:04 · 수정 2020.07.13 17:18');
  });

  it('is null with nothing to show', () => {
    expect(bylineRow({ texts: ['페이스북 트위터'], authors: [], published: null, updated: null })).toBeNull();
  });
});

describe('photographers are not reporters', () => {
  it('skips names credited for a photo', () => {
    expect(parseAuthors('홍길동 기자 | 사진=김철수 기자')).toEqual(['홍길동']);
    expect(parseAuthors('(사진 이영희 기자)')).toEqual([]);
    expect(parseAuthors('사진 박민수')).toEqual([]);
    expect(parseAuthors('글·사진 박민수')).toEqual(['박민수']);
  });
});
