import { describe, expect, it } from 'vitest';
import { parseChannelLine } from './protocol';

describe('the harness channel', () => {
  it("reads a message carrying this run's nonce", () => {
    expect(parseChannelLine('abc {"t":"start","i":2}', 'abc')).toEqual({ t: 'start', i: 2 });
  });

  it('ignores lines without the nonce, with another nonce, or that break the schema', () => {
    expect(parseChannelLine('{"t":"done","i":0,"ok":true,"value":1}', 'abc')).toBeNull();
    expect(parseChannelLine('xyz {"t":"done","i":0,"ok":true,"value":1}', 'abc')).toBeNull();
    expect(parseChannelLine('abc {"t":"done","i":"zero"}', 'abc')).toBeNull();
    expect(parseChannelLine('abc not json', 'abc')).toBeNull();
  });

  it('fills measurement defaults on a result', () => {
    expect(parseChannelLine('n {"t":"done","i":0,"ok":true,"value":[1]}', 'n')).toMatchObject({
      value: [1],
      cpuMs: 0,
      memoryKb: 0,
      stdout: '',
    });
  });
});
