/** "1 company", "2 companies": a count with its noun, for messages and summaries. */
export const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;
