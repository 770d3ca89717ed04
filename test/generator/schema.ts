import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const schemaPath = new URL('../../packages/language/schema/sla.schema.json', import.meta.url);
export const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $id: string };

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** The schema's complaints about a parsed JSON value, as readable lines; empty when it is valid. */
export function schemaErrors(value: unknown): string[] {
    return validate(value)
        ? []
        : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
