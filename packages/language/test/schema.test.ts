/**
 * The language schema (src/model/schema.ts) and the grammar (src/revorg.langium) state the same
 * language: every declaration kind with its keyword, every property the grammar accepts with the
 * shape of its value, the declaration kinds its references accept and its enumeration, and every
 * enumeration with its values in order; nothing more on either side.
 */
import { AstUtils, EmptyFileSystem, GrammarAST, type Grammar } from 'langium';
import { describe, expect, it } from 'vitest';
import { createRevorgServices, DECLARATIONS, ENUMERATIONS, type DeclarationType, type ValueShape } from '../src/index.js';

const { Revorg } = createRevorgServices(EmptyFileSystem);
const grammar: Grammar = Revorg.Grammar;
const reflection = Revorg.shared.AstReflection;

interface PropertyShape {
    key: string;
    shape: ValueShape;
    enumeration?: string;
    targets?: string[];
}

function rule(name: string): GrammarAST.ParserRule {
    const found = grammar.rules.find(candidate => candidate.name === name);
    if (!GrammarAST.isParserRule(found)) throw new Error(`no parser rule ${name}`);
    return found;
}

/** The enumerations of the grammar: datatype rules made only of keywords. */
function grammarEnumerations(): Map<string, string[]> {
    const enumerations = new Map<string, string[]>();
    for (const candidate of grammar.rules) {
        if (!GrammarAST.isParserRule(candidate) || !candidate.dataType) continue;
        const definition = candidate.definition;
        const elements = GrammarAST.isAlternatives(definition) ? definition.elements : [definition];
        if (elements.every(GrammarAST.isKeyword)) enumerations.set(candidate.name, elements.map(keyword => keyword.value));
    }
    return enumerations;
}

const ENUMERATION_RULES = grammarEnumerations();

/** The declaration kinds a cross-reference accepts, by the AST's type hierarchy (`Party` is a team or a role). */
function targetsOf(reference: GrammarAST.CrossReference): string[] {
    const typeName = reference.type.ref?.name ?? '';
    return DECLARATIONS.map(declaration => declaration.type).filter(type => reflection.isSubtype(type, typeName)).sort();
}

/** What one property rule of the grammar accepts: its key(s) and the shape of its value. */
function propertiesOfRule(propertyRule: GrammarAST.ParserRule): PropertyShape[] {
    const assignments = AstUtils.streamAllContents(propertyRule.definition).filter(GrammarAST.isAssignment).toArray();
    const keyAssignment = assignments.find(assignment => assignment.feature === 'key')!;
    const keys = AstUtils.streamAllContents(keyAssignment).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray();
    const value = assignments.find(assignment => assignment.feature === 'value' || assignment.feature === 'values')!;
    const list = value.operator === '+=';
    const terminal = value.terminal;
    let shape: Omit<PropertyShape, 'key'>;
    if (GrammarAST.isCrossReference(terminal)) {
        shape = { shape: list ? 'reference-list' : 'reference', targets: targetsOf(terminal) };
    } else if (GrammarAST.isRuleCall(terminal) && GrammarAST.isParserRule(terminal.rule.ref) && !terminal.rule.ref.dataType) {
        // A list item that is a node of its own: `SDR x2` (a role with a count).
        const item = AstUtils.streamAllContents(terminal.rule.ref.definition).find(GrammarAST.isCrossReference)!;
        shape = { shape: 'member-list', targets: targetsOf(item) };
    } else if (GrammarAST.isRuleCall(terminal)) {
        const called = terminal.rule.ref!.name;
        if (ENUMERATION_RULES.has(called)) shape = { shape: 'enum', enumeration: called };
        else if (called === 'STRING') shape = { shape: list ? 'string-list' : 'string' };
        else if (called === 'Quantity') shape = { shape: 'quantity' };
        else throw new Error(`${propertyRule.name}: a value of rule ${called} has no shape in the schema`);
    } else {
        throw new Error(`${propertyRule.name}: an unexpected value`);
    }
    return keys.map(key => ({ key, ...shape }));
}

/** What the grammar says a declaration kind is: its keyword, whether it has a name, and its properties. */
function grammarDeclaration(type: string): { keyword: string; named: boolean; properties: PropertyShape[] } {
    const declarationRule = rule(type);
    const group = declarationRule.definition as GrammarAST.Group;
    const keyword = (group.elements[0] as GrammarAST.Keyword).value;
    const assignments = AstUtils.streamAllContents(group).filter(GrammarAST.isAssignment).toArray();
    const named = assignments.some(assignment => assignment.feature === 'name');
    // `properties+=(KindProperty | TeamRefProperty | ...)*`: the property rules written in place.
    const terminal = assignments.find(assignment => assignment.feature === 'properties')!.terminal;
    const calls = GrammarAST.isAlternatives(terminal) ? terminal.elements : [terminal];
    const properties = calls.flatMap(call => propertiesOfRule(rule((call as GrammarAST.RuleCall).rule.ref!.name)));
    return { keyword, named, properties: properties.sort((a, b) => a.key.localeCompare(b.key)) };
}

/** The same, from the schema. */
function schemaDeclaration(type: DeclarationType): ReturnType<typeof grammarDeclaration> {
    const declaration = DECLARATIONS.find(candidate => candidate.type === type)!;
    const properties = declaration.properties.map((property): PropertyShape => {
        const value = property.value;
        switch (value.shape) {
            case 'enum': return { key: property.key, shape: value.shape, enumeration: value.enumeration };
            case 'reference':
            case 'reference-list':
            case 'member-list': return { key: property.key, shape: value.shape, targets: [...value.targets].sort() };
            default: return { key: property.key, shape: value.shape };
        }
    });
    return { keyword: declaration.keyword, named: declaration.named, properties: properties.sort((a, b) => a.key.localeCompare(b.key)) };
}

describe('the language schema', () => {
    it('has exactly the declaration kinds of the grammar, in its order', () => {
        // `declarations+=(Organization | Team | ...)*` in the entry rule.
        const entry = grammar.rules.find(candidate => GrammarAST.isParserRule(candidate) && candidate.entry) as GrammarAST.ParserRule;
        const alternatives = (entry.definition as GrammarAST.Assignment).terminal as GrammarAST.Alternatives;
        expect(DECLARATIONS.map(declaration => declaration.type)).toEqual(alternatives.elements.map(call => (call as GrammarAST.RuleCall).rule.ref!.name));
    });

    it.each(DECLARATIONS.map(declaration => declaration.type))('describes %s as the grammar accepts it, property by property', type => {
        expect(schemaDeclaration(type)).toEqual(grammarDeclaration(type));
    });

    it('has exactly the enumerations of the grammar, each with its values in the grammar\'s order', () => {
        expect(new Map(ENUMERATIONS.map(enumeration => [enumeration.name, Object.keys(enumeration.values)]))).toEqual(ENUMERATION_RULES);
    });

    it('lists, for each declaration, snippet properties it has, an example for each property and a characteristic it has', () => {
        for (const declaration of DECLARATIONS) {
            const keys = declaration.properties.map(property => property.key);
            expect(declaration.snippet.filter(key => !keys.includes(key)), declaration.type).toEqual([]);
            // Every required property is in the snippet: a new declaration starts without errors.
            expect(declaration.properties.filter(property => property.required && !declaration.snippet.includes(property.key)), declaration.type).toEqual([]);
            if (declaration.characteristic) expect(keys).toContain(declaration.characteristic);
            for (const property of declaration.properties) expect(property.example.length, `${declaration.type}.${property.key}`).toBeGreaterThan(0);
        }
    });
});
