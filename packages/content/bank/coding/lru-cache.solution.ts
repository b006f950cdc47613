// Reference solution for bank/coding/lru-cache.md: hash map of nodes + doubly linked list in use order, O(1) per call.
interface CacheNode {
  key: number;
  value: number;
  prev: CacheNode | null;
  next: CacheNode | null;
}

class LRUCache {
  private readonly nodes = new Map<number, CacheNode>();
  // Sentinels: head.next is the least recently used entry, tail.prev the most recent.
  private readonly head: CacheNode = { key: -1, value: -1, prev: null, next: null };
  private readonly tail: CacheNode = { key: -1, value: -1, prev: null, next: null };

  constructor(private readonly capacity: number) {
    this.head.next = this.tail;
    this.tail.prev = this.head;
  }

  get(key: number): number {
    const node = this.nodes.get(key);
    if (node === undefined) return -1;
    this.moveToEnd(node);
    return node.value;
  }

  put(key: number, value: number): void {
    const existing = this.nodes.get(key);
    if (existing !== undefined) {
      existing.value = value;
      this.moveToEnd(existing);
      return;
    }
    if (this.nodes.size === this.capacity) {
      const oldest = this.head.next as CacheNode;
      this.unlink(oldest);
      this.nodes.delete(oldest.key);
    }
    const node: CacheNode = { key, value, prev: null, next: null };
    this.nodes.set(key, node);
    this.append(node);
  }

  private moveToEnd(node: CacheNode): void {
    this.unlink(node);
    this.append(node);
  }

  private unlink(node: CacheNode): void {
    (node.prev as CacheNode).next = node.next;
    (node.next as CacheNode).prev = node.prev;
  }

  private append(node: CacheNode): void {
    const last = this.tail.prev as CacheNode;
    node.prev = last;
    node.next = this.tail;
    last.next = node;
    this.tail.prev = node;
  }
}
