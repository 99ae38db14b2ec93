/** `text` as a regular expression that matches it literally ("Dr. J." matches the dot, not any character). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
