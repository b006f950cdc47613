import { describe, expect, it } from 'vitest';
import { formatMemoryKb } from './judge';

describe('formatMemoryKb', () => {
  it('writes the peak measured in KB or MB', () => {
    expect(formatMemoryKb(512)).toBe('512 KB');
    expect(formatMemoryKb(14_540)).toBe('14.2 MB');
  });

  it('writes "—" when nothing was measured, never "0 KB"', () => {
    expect(formatMemoryKb(null)).toBe('—');
    expect(formatMemoryKb(0)).toBe('—');
  });
});
