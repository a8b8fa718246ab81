/** The tone subtypes of the corpus, in the order of the subtype models in weights.json. */
export const SUBTYPES = ['condescending', 'dismissive', 'sarcasm', 'threat', 'sara', 'insult', 'shouting'] as const;
export type Subtype = (typeof SUBTYPES)[number];
