import { describe, expect, it } from 'vitest';
import { practisedKinds, roomOf } from './rooms';

describe('roomOf', () => {
  it('starts a round for every registered kind, and names the solo room of a kind that has one', () => {
    expect(roomOf('behavioral')).toEqual({ startsRound: true });
    const coding = roomOf('coding');
    expect(coding?.startsRound).toBe(true);
    expect(coding?.soloPathOf?.('coding/two-sum')).toBe('/code/coding/two-sum');
  });

  it('has no room for a kind the bank lists but no round runs yet, nor for an unknown one', () => {
    expect(roomOf('system-design')).toBeUndefined();
    expect(roomOf('no-such-kind')).toBeUndefined();
  });

  it("names the kinds that can be practised, from core's registry", () => {
    expect(practisedKinds).toBe('behavioral and coding');
  });
});
