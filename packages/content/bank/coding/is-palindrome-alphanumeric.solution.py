# Reference solution for bank/coding/is-palindrome-alphanumeric.md: two pointers moving inwards, skipping symbols, O(n) time, O(1) space.
def isCleanPalindrome(s):
    def counts(ch):
        return ch.isascii() and ch.isalnum()

    left, right = 0, len(s) - 1
    while left < right:
        if not counts(s[left]):
            left += 1
        elif not counts(s[right]):
            right -= 1
        elif s[left].lower() != s[right].lower():
            return False
        else:
            left += 1
            right -= 1
    return True
