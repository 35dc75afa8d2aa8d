import { describe, expect, it } from 'vitest';
import { findLanguageSwitch, isTranslationMarker, splitBilingual } from '../lib/split';
import type { Block, Extraction } from '../lib/types';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const extraction = (body: Block[], over: Partial<Extraction> = {}): Pick<Extraction, 'headline' | 'subheadline' | 'byline' | 'body'> => ({
  headline: '포천시 내촌면, 왕숙천 둘레길 환경 정화활동 실시',
  subheadline: null,
  byline: { text: '김현우 기자 | 기사입력 2021/06/23 [12:56]', authors: ['김현우'], published: null, updated: null },
  body,
  ...over,
});

describe('isTranslationMarker', () => {
  it.each([
    '*아래는 위 기사를 구글 번역기로 번역한 영문 기사의 [전문]이다. [Below is the [full text] of an English article translated from the above article with Google Translate.',
    "*아래는 위 기사를 '구글 번역'으로 번역한 영문 기사의 [전문]이다.",
    "*아래는 위 기사를 '구글 번역'으로 번역한 영문 기사의 [전문]입니다. '구글번역'은 이해도 높이기를 위해 노력하고 있습니다. 영문 번역에 오류가 있을 수 있음을 전제로 합니다.",
    '<아래는 구글번역기로 번역한 기사 전문이다.>',
    '아래는 위의 글을 구글번역이 번역한 영문의 전문이다.',
    'Below is the full text of an English article translated from the above article with Google Translate.',
  ])('recognises %s', (line) => expect(isTranslationMarker(line)).toBe(true));

  it.each([
    '구청은 아래는 번역 지원 사업의 전문 내용이라고 설명하면서 관련 예산 3억 원을 추가로 편성해 외국인 주민을 위한 행정 서류 번역 서비스를 확대하고, 통역 전문 인력을 각 동 주민센터에 배치하겠다고 밝혔다. '.repeat(3),
    '정용래 유성구청장은 31일 대전시청 대강당에서 열린 정책대회에 참가했다.',
    'The mayor said the translation budget would grow.',
  ])('does not take a body paragraph for a marker: %s', (line) => expect(isTranslationMarker(line)).toBe(false));
});

describe('splitBilingual', () => {
  it('splits at the marker and peels the English byline, bracketed headline and nothing else', () => {
    const split = splitBilingual(
      extraction([
        p('23일 포천시 내촌면은 주요 하천인 왕숙천 둘레길을 대대적으로 청소했다고 밝혔다.'),
        { kind: 'caption', text: '▲ 포천시 내촌면, 여름철 맞이 주요 하천 대청소 © 경기북부 브레이크뉴스' },
        p('강성모 내촌면장은 “민·관이 꾸준히 협력하겠다.”고 전했다.'),
        p('*아래는 위 기사를 구글 번역기로 번역한 영문 기사의 [전문]이다.'),
        p('Reporter Hyeon-Woo KIM'),
        p('[Naechon-myeon, Pocheon, conducts environmental cleanup on the Wangsukcheon trail]'),
        p('On the 23rd, Naechon-myeon, Pocheon-si, announced that it had extensively cleaned the trail.'),
        p('Mayor Kang Seong-mo said, “The public and private sectors will keep working together.”'),
      ]),
    );
    expect(split.marker).toMatch(/^\*아래는/);
    expect(split.ko.blocks.map((b) => b.kind)).toEqual(['paragraph', 'caption', 'paragraph']);
    expect(split.en?.byline).toBe('Reporter Hyeon-Woo KIM');
    expect(split.en?.headline).toBe('Naechon-myeon, Pocheon, conducts environmental cleanup on the Wangsukcheon trail');
    expect(split.en?.blocks.map((b) => b.text)).toEqual([
      'On the 23rd, Naechon-myeon, Pocheon-si, announced that it had extensively cleaned the trail.',
      'Mayor Kang Seong-mo said, “The public and private sectors will keep working together.”',
    ]);
  });

  it('takes an unbracketed English headline and subheadline when the Korean side has both', () => {
    const split = splitBilingual(
      extraction(
        [
          p('[장선희 기자 = 경기북부/강원] 지난 14일 보산동 행정복지센터는 쌀과 송편을 어려운 이웃 190가구에게 전달했다.'),
          p('아래는 위의 글을 구글번역이 번역한 영문의 전문이다.'),
          p('Bosan-dong delivered goods to help neighbors for Chuseok'),
          p('Delivered to 190 neighbors in need'),
          p('[Reporter Jang Seon-hee = Northern Gyeonggi/Gangwon] On the 14th, the center delivered rice and songpyeon to 190 families in need.'),
        ],
        { headline: '동두천시 보산동, 추석맞이 이웃돕기 물품 전달', subheadline: '어려운 이웃 190가구에게 전달' },
      ),
    );
    expect(split.en?.headline).toBe('Bosan-dong delivered goods to help neighbors for Chuseok');
    expect(split.en?.subheadline).toBe('Delivered to 190 neighbors in need');
    expect(split.en?.byline).toBe('Reporter Jang Seon-hee = Northern Gyeonggi/Gangwon');
    expect(split.en?.blocks).toHaveLength(1);
  });

  it('finds the switch to English without a marker, and a mixed-script Korean paragraph does not move it', () => {
    const body = [
      p('삼성전자가 올해 더 강력한 인공지능(AI) 기능을 갖춘 갤럭시 북4 엣지로 국내 AI PC 시장을 주도한다.'),
      p("갤럭시 북4 엣지는 퀄컴의 'Snapdragon X Elite'를 탑재한 'Copilot+' PC다."),
      p('가격은 14인치 215만원이다.'),
      p('Samsung Electronics will lead the domestic AI PC market this year with the Galaxy Book4 Edge.'),
      p("The Galaxy Book4 Edge is a 'Copilot+' PC equipped with Qualcomm's Snapdragon X Elite."),
      p('The 14-inch model costs 2.15 million won.'),
    ];
    expect(findLanguageSwitch(body)).toBe(3);
    const split = splitBilingual(extraction(body, { headline: 'AI 노트북 3대 중 2대는 갤럭시' }));
    expect(split.marker).toBeNull();
    expect(split.ko.blocks).toHaveLength(3);
    expect(split.en?.blocks).toHaveLength(3);
  });

  it('leaves a Korean article with one English quote alone', () => {
    const body = [
      p('정부는 새 정책을 발표했다.'),
      p('장관은 기자회견에서 이렇게 말했다.'),
      p('“We will do our best.”'),
    ];
    expect(findLanguageSwitch(body)).toBe(-1);
    expect(splitBilingual(extraction(body)).en).toBeNull();
  });
});
