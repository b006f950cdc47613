// Reference solution for bank/coding/minimum-window-containing.md: a sliding window with per-letter needs and a missing count, O(|s| + |t|) time, O(alphabet) space.
function shortestCoveringWindow(s: string, t: string): string {
  const need = new Int32Array(128);
  for (let index = 0; index < t.length; index += 1) need[t.charCodeAt(index)] += 1;
  let missing = t.length;
  let bestStart = 0;
  let bestLength = s.length + 1;
  let left = 0;
  for (let right = 0; right < s.length; right += 1) {
    const code = s.charCodeAt(right);
    if (need[code] > 0) missing -= 1;
    need[code] -= 1;
    if (missing > 0) continue;
    // the window covers t: drop surplus characters from the left
    while (need[s.charCodeAt(left)] < 0) {
      need[s.charCodeAt(left)] += 1;
      left += 1;
    }
    if (right - left + 1 < bestLength) {
      bestStart = left;
      bestLength = right - left + 1;
    }
    // give up the leftmost needed character and look for the next covering window
    need[s.charCodeAt(left)] += 1;
    missing += 1;
    left += 1;
  }
  return bestLength > s.length ? "" : s.slice(bestStart, bestStart + bestLength);
}
