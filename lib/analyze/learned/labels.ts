/** The tone subtypes of the corpus, in the order of the subtype models in weights.json. */
export const SUBTYPES = ['condescending', 'dismissive', 'sarcasm', 'threat', 'sara', 'insult', 'shouting'] as const;
export type Subtype = (typeof SUBTYPES)[number];
/** The subtle kinds with a head of their own in weights.json (insult and shouting stay with the rules). */
export const HEAD_KINDS = ['condescending', 'dismissive', 'sarcasm', 'threat', 'sara'] as const;
