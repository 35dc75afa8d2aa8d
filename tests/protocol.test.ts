import { describe, expect, it } from 'vitest';
import { parseBackgroundMessage, parseTabMessage } from '../lib/protocol';

describe('message validation', () => {
  it('accepts the documented tab messages', () => {
    for (const type of ['reader:toggle', 'reader:open', 'reader:close', 'reader:switch-language', 'reader:state']) {
      expect(parseTabMessage({ type })).toEqual({ type });
    }
  });

  it.each([null, 'reader:toggle', {}, { type: 'reader:explode' }, { type: 'reader:toggle', tabId: 4 }, [{ type: 'reader:toggle' }]])(
    'rejects %j as a tab message',
    (value) => expect(parseTabMessage(value)).toBeNull(),
  );

  it('accepts background messages of the right shape only', () => {
    expect(parseBackgroundMessage({ type: 'page:candidate', candidate: true })).toEqual({ type: 'page:candidate', candidate: true });
    expect(parseBackgroundMessage({ type: 'page:candidate', candidate: 'yes' })).toBeNull();
    expect(parseBackgroundMessage({ type: 'reader:load' })).toEqual({ type: 'reader:load' });
    expect(parseBackgroundMessage({ type: 'reader:load', tabId: 9 })).toBeNull();
  });
});
