// Reference solution for bank/coding/prefix-trie.md: a tree of nodes, one level per letter, each
// with 26 child slots (a–z) and an end flag; O(L) per call for a word of length L.
interface TrieNode {
  readonly children: (TrieNode | undefined)[];
  isWord: boolean;
}

const LETTER_A = 97;
const newNode = (): TrieNode => ({ children: new Array<TrieNode | undefined>(26), isWord: false });

class Trie {
  private readonly root: TrieNode = newNode();

  insert(word: string): void {
    let node = this.root;
    for (let index = 0; index < word.length; index += 1) {
      const slot = word.charCodeAt(index) - LETTER_A;
      let child = node.children[slot];
      if (child === undefined) {
        child = newNode();
        node.children[slot] = child;
      }
      node = child;
    }
    node.isWord = true;
  }

  search(word: string): boolean {
    const node = this.walk(word);
    return node !== null && node.isWord;
  }

  startsWith(prefix: string): boolean {
    return this.walk(prefix) !== null;
  }

  private walk(text: string): TrieNode | null {
    let node: TrieNode = this.root;
    for (let index = 0; index < text.length; index += 1) {
      const child = node.children[text.charCodeAt(index) - LETTER_A];
      if (child === undefined) return null;
      node = child;
    }
    return node;
  }
}
