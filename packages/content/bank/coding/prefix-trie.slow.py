# Too slow on purpose, for reference-solutions.test.ts: keeps the words in a plain list and compares
# the query with every stored word, O(number of words) per call.
class Trie:
    def __init__(self):
        self.words = []

    def insert(self, word):
        if word not in self.words:
            self.words.append(word)

    def search(self, word):
        return any(stored == word for stored in self.words)

    def startsWith(self, prefix):
        return any(stored.startswith(prefix) for stored in self.words)
