/** Small text helpers shared by messages. */

/** "1 finding", "3 findings"; `many` where the plural is not the word and an s ("people"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length];
}

/** The closest candidate within a small distance, for a "did you mean" hint. */
export function closest(value: string, candidates: Iterable<string>, maxDistance = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === value.toLowerCase() ? 0 : editDistance(candidate, value);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `; did you mean "…"?` for the closest candidate, or an empty string when none is close. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const near = closest(value, candidates);
  return near ? `; did you mean "${near}"?` : '';
}

/**
 * A text as the rules compare texts written by people (docs/rules.md: "trimmed,
 * compared without case, runs of white space as one"): two texts are the same
 * when their keys are equal.
 */
export function textKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
