# Reference solution for bank/coding/prefix-trie.md: a tree of nested dicts, one level per letter,
# with an end marker; O(L) per call for a word of length L.
class Trie:
    END = "$"

    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node[self.END] = True

    def _walk(self, text):
        node = self.root
        for letter in text:
            node = node.get(letter)
            if node is None:
                return None
        return node

    def search(self, word):
        node = self._walk(word)
        return node is not None and self.END in node

    def startsWith(self, prefix):
        return self._walk(prefix) is not None
