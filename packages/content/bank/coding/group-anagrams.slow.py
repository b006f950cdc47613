# Too slow on purpose, for reference-solutions.test.ts: scans every group found so far for each word, O(n · groups).
def groupAnagrams(words):
    keys = []
    groups = []
    for word in words:
        key = sorted(word)
        for index in range(len(groups)):
            if keys[index] == key:
                groups[index].append(word)
                break
        else:
            keys.append(key)
            groups.append([word])
    return groups
