def sortValues(nums):
    # Allocation-heavy n log n: new lists at every level.
    if len(nums) <= 1:
        return list(nums)
    mid = len(nums) // 2
    left, right = sortValues(nums[:mid]), sortValues(nums[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:]); out.extend(right[j:])
    return out
