// Reference solution for bank/coding/is-palindrome-alphanumeric.md: two pointers moving inwards, skipping symbols, O(n) time, O(1) space.
function isCleanPalindrome(s: string): boolean {
  const counts = (code: number): boolean =>
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Lower-cases an ASCII letter code; digits are left alone.
  const folded = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);
  let left = 0;
  let right = s.length - 1;
  while (left < right) {
    const leftCode = s.charCodeAt(left);
    const rightCode = s.charCodeAt(right);
    if (!counts(leftCode)) left += 1;
    else if (!counts(rightCode)) right -= 1;
    else if (folded(leftCode) !== folded(rightCode)) return false;
    else {
      left += 1;
      right -= 1;
    }
  }
  return true;
}
