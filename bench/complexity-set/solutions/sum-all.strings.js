function sumAll(nums) {
  // Allocation-heavy linear: a string and an object per element.
  return nums.map((x) => ({ text: String(x) })).reduce((total, box) => total + Number(box.text), 0);
}
