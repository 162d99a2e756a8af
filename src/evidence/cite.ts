/** Citations: the report's own suggested citation where it prints one, otherwise one built from its fields. */
import type { Source } from './schema.ts';

export const citationOf = (s: Source) => s.citation ?? `${s.authors}. (${s.year}). ${s.title}. ${s.publisher}.`;

/** Display form of verbatim text: the report texts escape "$" as "\$" (a conversion artefact, not the authors' words). */
export const displayText = (s: string) => s.replace(/\\\$/g, '$');
