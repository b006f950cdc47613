// Reference solution for bank/coding/edit-distance.md: table over prefix pairs (Levenshtein), filled one row at a time; O(n · m) time, O(m) space.
function editDistance(typed: string, target: string): number {
  // above[j]: edits to turn the previous prefix of typed into target's first j letters
  let above: number[] = Array.from({ length: target.length + 1 }, (_, j) => j);
  for (let i = 1; i <= typed.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= target.length; j += 1) {
      row.push(
        typed[i - 1] === target[j - 1]
          ? above[j - 1]
          : 1 + Math.min(above[j - 1], above[j], row[j - 1]),
      );
    }
    above = row;
  }
  return above[target.length];
}
