# Too slow on purpose, for reference-solutions.test.ts: finds each character's partner by counting letters and digits again from the end, O(n²).
def isCleanPalindrome(s):
    def counts(ch):
        return ch.isascii() and ch.isalnum()

    kept = 0
    for ch in s:
        if counts(ch):
            kept += 1
    rank = 0
    for ch in s:
        if not counts(ch):
            continue
        if rank >= kept - 1 - rank:
            break
        # the partner is the (rank + 1)-th kept character counted from the end
        seen = -1
        for j in range(len(s) - 1, -1, -1):
            if counts(s[j]):
                seen += 1
                if seen == rank:
                    if s[j].lower() != ch.lower():
                        return False
                    break
        rank += 1
    return True
