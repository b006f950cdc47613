/** "8 minutes": a round's length as Practice and Today promise it, from the same milliseconds the room's timer counts down. */
export const formatRoundLength = (timeLimitMs: number): string => {
  const minutes = Math.round(timeLimitMs / 60_000);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
};
