/**
 * Fisher's exact test on a 2×2 table, one-sided: how likely is a table at least as
 * concentrated in the top-left cell (failing runs holding this value) if value and
 * outcome were independent. Exact (hypergeometric) rather than chi-squared because
 * fleets are small and the interesting cells hold a handful of runs. Pure.
 */

/** ln(n!) for n up to the fleet size, cached: fleets are at most tens of thousands. */
const logFactorials: number[] = [0];

function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) logFactorials.push(logFactorials[i - 1]! + Math.log(i));
  return logFactorials[n]!;
}

/** ln P(top-left = a) for the hypergeometric with the table's margins. */
function logHypergeometric(a: number, row1: number, col1: number, n: number): number {
  const b = row1 - a;
  const c = col1 - a;
  const d = n - row1 - c;
  return (
    logFactorial(row1) +
    logFactorial(n - row1) +
    logFactorial(col1) +
    logFactorial(n - col1) -
    logFactorial(n) -
    logFactorial(a) -
    logFactorial(b) -
    logFactorial(c) -
    logFactorial(d)
  );
}

/**
 * One-sided p-value of the table
 *   [ a  b ]   a: failing runs with the value   b: passing runs with the value
 *   [ c  d ]   c: failing runs without it       d: passing runs without it
 * for "failures are enriched among runs with the value".
 */
export function fisherGreater(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  const top = Math.min(row1, col1);
  let p = 0;
  for (let x = a; x <= top; x++) p += Math.exp(logHypergeometric(x, row1, col1, n));
  return Math.min(1, p);
}
