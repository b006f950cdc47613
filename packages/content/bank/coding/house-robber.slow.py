# Too slow on purpose, for reference-solutions.test.ts: for each night, scans every earlier night it may follow; O(n²).
def maxFees(fees):
    ending_at = []  # ending_at[i]: best total whose last gig is night i
    for i, fee in enumerate(fees):
        best_before = 0
        for j in range(i - 1):
            if ending_at[j] > best_before:
                best_before = ending_at[j]
        ending_at.append(best_before + fee)
    return max([0] + ending_at)
