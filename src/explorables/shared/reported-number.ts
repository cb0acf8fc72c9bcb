import { z } from 'astro/zod';

/** A number as a source reports it: its value for the math and its text for display ("18.0" keeps its zero). */
export interface ReportedNumber {
  value: number;
  text: string;
}

/**
 * Accepts a YAML number (0.32) or a quoted number ("18.0", to keep trailing zeros as printed)
 * and returns both the value and the text.
 */
const notANumber = 'must be a number as the source prints it, e.g. -0.34 or "18.0" (quote it to keep trailing zeros)';

export const reportedNumberSchema = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/, { error: notANumber })], { error: notANumber })
  .transform((raw): ReportedNumber => ({ value: Number(raw), text: String(raw) }));

/** A p value as printed, e.g. "0.27" or "<0.001". */
export const pValueSchema = z
  .string({ error: 'p must be quoted text as printed, e.g. "0.27" or "<0.001"' })
  .regex(/^[<>≤≥]?\s?0?\.\d+$/, { error: 'p must look like "0.27" or "<0.001" (quoted)' });

/** Required, non-empty text; the message names the field. */
export const requiredText = (field: string) =>
  z
    .string({ error: `${field} is required: write it as text` })
    .trim()
    .min(1, { error: `${field} must not be empty` });

/** Reference keys that support an entry; each must exist in content/references/*.yaml. */
export const refsSchema = z
  .array(z.string({ error: 'each reference key must be text such as "younger2013"' }), {
    error: 'refs is required: a list of reference keys such as [younger2013]',
  })
  .min(1, { error: 'refs needs at least one reference key from content/references/*.yaml' });
