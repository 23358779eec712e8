/**
 * A snippet per declaration kind: the whole block with the properties the schema lists for a new
 * declaration (the required ones and those almost every model sets), with tab stops for the name,
 * the title and each value, the schema's examples as placeholders. Enumerated values are snippet
 * choices (`${3|ae,sdr,...|}`, the example first) of exactly the values the grammar accepts.
 *
 * The language server offers them in completion, and the extension's snippets file
 * (`packages/extension/snippets/revorg.json`) is written from the same function at build time, so
 * the two never differ.
 */
import { DECLARATIONS, declarationSchema, enumerationValues, propertySchema, type DeclarationSchema, type DeclarationType, type PropertySchema } from '../../model/schema.js';

/** Numbers the tab stops of one snippet in order. */
class TabStops {
    private next = 1;

    /** `${n:text}` with the characters snippet syntax reserves escaped. */
    placeholder(text: string): string {
        return `\${${this.next++}:${text.replace(/[$}\\]/g, '\\$&')}}`;
    }

    /** `${n|first,second|}`. */
    choice(values: readonly string[]): string {
        return `\${${this.next++}|${values.join(',')}|}`;
    }
}

/** The value of one property line, its example turned into tab stops. */
function valueSnippet(property: PropertySchema, stops: TabStops): string {
    const example = property.example;
    const value = property.value;
    switch (value.shape) {
        case 'enum': {
            const values = enumerationValues(value.enumeration);
            return stops.choice([example, ...values.filter(other => other !== example)]);
        }
        case 'reference':
        case 'quantity':
            return stops.placeholder(example);
        case 'string':
            return `"${stops.placeholder(example.slice(1, -1))}"`;
        case 'reference-list':
            return `[${listItems(example).map(item => stops.placeholder(item)).join(', ')}]`;
        case 'string-list':
            return `[${listItems(example).map(item => `"${stops.placeholder(item.slice(1, -1))}"`).join(', ')}]`;
        case 'member-list':
            return `[${listItems(example).map(item => {
                const [role, count = 'x1'] = item.split(/\s+/);
                return `${stops.placeholder(role)} x${stops.placeholder(count.slice(1))}`;
            }).join(', ')}]`;
    }
}

/** The items of an example list: `[A, B]` -> `A`, `B` (the schema's examples hold no commas in strings). */
function listItems(example: string): string[] {
    return example.slice(1, -1).split(',').map(item => item.trim()).filter(item => item.length > 0);
}

export interface DeclarationSnippet {
    /** The keyword the snippet is offered for. */
    prefix: string;
    description: string;
    /** The snippet's lines (LSP / VS Code snippet syntax), the body indented with a tab. */
    lines: string[];
}

/** The snippet of one declaration kind. */
export function declarationSnippet(declaration: DeclarationSchema): DeclarationSnippet {
    const stops = new TabStops();
    const head = declaration.named
        ? `${declaration.keyword} ${stops.placeholder(declaration.exampleName)} "${stops.placeholder(declaration.exampleTitle)}" {`
        : `${declaration.keyword} "${stops.placeholder(declaration.exampleTitle)}" {`;
    const body = declaration.snippet.map(key => {
        const property = propertySchema(declaration.type, key)!;
        return `\t${key}: ${valueSnippet(property, stops)}`;
    });
    // `$0` leaves the cursor after the block.
    return { prefix: declaration.keyword, description: declaration.doc, lines: [head, ...body, '}', '$0'] };
}

/** The snippet text of a declaration kind, for a completion item. */
export function snippetText(type: DeclarationType): string {
    return declarationSnippet(declarationSchema(type)).lines.join('\n');
}

/** The snippet as the user will see it once inserted: placeholders by their default, choices by their first value. */
export function snippetPreview(type: DeclarationType): string {
    return snippetText(type)
        .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
        .replace(/(?<!\\)\$\d+/g, '')
        .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, text: string) => text.replace(/\\(.)/g, '$1'))
        .replace(/\t/g, '    ')
        .trimEnd();
}

/**
 * VS Code's snippets file: one entry per declaration kind, the body indented with four spaces
 * (VS Code replaces them with the user's indentation).
 */
export function vscodeSnippets(): Record<string, { prefix: string; description: string; body: string[] }> {
    const snippets: Record<string, { prefix: string; description: string; body: string[] }> = {};
    for (const declaration of DECLARATIONS) {
        const { prefix, description, lines } = declarationSnippet(declaration);
        snippets[declaration.keyword] = { prefix, description, body: lines.map(line => line.replace(/^\t/, '    ')) };
    }
    return snippets;
}
