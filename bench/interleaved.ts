// Ratios between renderers that hold on a noisy machine. Medians taken one renderer after
// another drift with the machine (on a 2-core VM the same median moves by a third between
// runs); here the renderers take turns in short rounds, each round gives one ratio per renderer
// against the baseline measured in that same round, and the median of those ratios is reported.

/** Time per call of `fn`, in µs, running it for about `budgetMs`. */
function perCall(fn: () => void, budgetMs: number): number {
  let calls = 0;
  const started = performance.now();
  let elapsed: number;
  do {
    fn();
    calls++;
    elapsed = performance.now() - started;
  } while (elapsed < budgetMs);
  return (elapsed * 1000) / calls;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * The median ratio of each renderer's time to `baseline`'s, over `rounds` rounds in which every
 * renderer runs for `budgetMs`, in an order that rotates from round to round.
 */
export function interleavedRatios(
  renderers: Record<string, () => void>,
  baseline: string,
  { rounds = 31, budgetMs = 20 } = {},
): Record<string, number> {
  const names = Object.keys(renderers);
  for (const name of names) perCall(renderers[name]!, budgetMs * 5); // warm up
  const ratios = Object.fromEntries(names.map((name) => [name, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    const times: Record<string, number> = {};
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]!;
      times[name] = perCall(renderers[name]!, budgetMs);
    }
    for (const name of names) ratios[name]!.push(times[name]! / times[baseline]!);
  }
  return Object.fromEntries(names.map((name) => [name, median(ratios[name]!)]));
}
