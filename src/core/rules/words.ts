/**
 * The words text-vague and measure-not-measurable judge a text by. The lists
 * are the contract's, word for word (docs/rules/text-vague.md, the word lists):
 * change them only with it. A text is read as its words: the runs of letters
 * between anything that is not a letter, compared without case.
 */

/** A list written as the spec writes it, words between spaces. */
function list(words: string): readonly string[] {
  return words.split(' ');
}

/** Words that carry no meaning of their own. */
export const STOP_WORDS: readonly string[] = list(
  'a an the to of and or for in on at by with as is are be it its our we us all more every each their they them that this from into ' +
    'up out so than then very',
);

/** The stock vocabulary of charters and mission statements: a text made only of these commits nobody to anything. */
export const GENERIC_WORDS: readonly string[] = list(
  'achieve agile align aligned alignment best better business celebrate class collaborate collaboration communicate communication ' +
    'competitive continuous culture customer customers deliver delivering delivery digital door drive driven efficiency efficient ' +
    'empower empowered engage engagement ensure example excellence excellent focus goal goals great grow growth high honest impact ' +
    'improve improved improvement increase increased innovation innovative leader leaders leadership learn learning make met mindset ' +
    'more open operational optimise optimize ownership performance policy practice practices process processes productivity quality ' +
    'regular regularly respect respectful responsibility responsible satisfaction stakeholder stakeholders stay strategic strategy ' +
    'success successes successful support synergy take team teams together transformation transparency transparent trust updates value ' +
    'values vision well win wins work world',
);

/** Words that state a quantity (measure-not-measurable): "no more manual deploys" names a target as surely as a number. */
export const NUMBER_WORDS: readonly string[] = list(
  'zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred ' +
    'thousand million half third quarter double twice no none never all every each',
);

/** Words of change (measure-not-measurable): "faster", "reduced" say which way, not how far. */
export const CHANGE_WORDS: readonly string[] = list(
  'improve improves improved improving improvement increase increases increased increasing reduce reduces reduced reducing reduction ' +
    'decrease decreases decreased decreasing grow grows grew grown growing raise raises raised raising cut cuts cutting boost boosts ' +
    'boosted boosting enhance enhances enhanced enhancing enhancement optimise optimises optimised optimising optimize optimizes ' +
    'optimized optimizing maximise maximised maximize maximized minimise minimised minimize minimized better more less fewer faster ' +
    'slower higher lower',
);

const VAGUE = new Set([...STOP_WORDS, ...GENERIC_WORDS]);
const NUMBERS = new Set(NUMBER_WORDS);
const CHANGES = new Set(CHANGE_WORDS);

/** The words of a text, lower case: runs of letters (any script), split on everything else. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

export function hasDigit(text: string): boolean {
  return /\p{Nd}/u.test(text);
}

/**
 * A text's judge for text-vague: `extraWords` adds generic words (the
 * option `words`, each read as the words in it, so "follow-up" adds "follow"
 * and "up"). A text with no word is not vague.
 */
export function vagueness(extraWords: readonly string[] = []): (text: string) => boolean {
  const extra = new Set(extraWords.flatMap(wordsOf));
  const generic = (word: string) => VAGUE.has(word) || extra.has(word);
  return (text) => {
    if (hasDigit(text)) return false;
    const words = wordsOf(text);
    return words.length > 0 && words.every(generic);
  };
}

/** The built-in test, without extra words. */
export const isVague = vagueness();

/** A text that names a quantity: a digit or a number word. */
export function hasQuantity(text: string): boolean {
  return hasDigit(text) || wordsOf(text).some((word) => NUMBERS.has(word));
}

/** A text with a word of change ("faster", "reduced"). */
export function hasChangeWord(text: string): boolean {
  return wordsOf(text).some((word) => CHANGES.has(word));
}

/** A text as a finding quotes it: trimmed, in double quotes, at most 60 characters. */
export function quoted(text: string): string {
  const trimmed = text.trim();
  return JSON.stringify(trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed);
}

/** A word list as a rule's page shows it. */
export function shownWords(words: readonly string[]): string {
  return words.map((word) => `\`${word}\``).join(', ');
}
