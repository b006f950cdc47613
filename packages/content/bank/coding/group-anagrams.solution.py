# Reference solution for bank/coding/group-anagrams.md: a hash map keyed by each word's sorted letters, O(n · L log L) time, O(n) space.
def groupAnagrams(words):
    groups = {}
    for word in words:
        key = "".join(sorted(word))
        groups.setdefault(key, []).append(word)
    return list(groups.values())
