/**
 * A snippet per declaration kind, offered at the top level: the whole block with its required
 * properties (and the few optional ones almost every model sets), with tab stops for the name, the
 * title and each value. Enumerated values are snippet choices (`${3|sdr,ae,...|}`) read from the
 * grammar, so a snippet can never suggest a value the parser rejects.
 */
import type { Declaration } from '../generated/ast.js';
import type { GrammarEnums } from './grammar-enums.js';

type DeclarationType = Declaration['$type'];

/** The body lines of each snippet; `choice(n, rule)` and `$n`/`${n:text}` are tab stops. */
function bodies(choice: (stop: number, rule: string) => string): Record<DeclarationType, { head: string; lines: string[] }> {
    return {
        Organization: { head: 'organization "${1:Company}"', lines: ['arr: ${2:10M}', 'employees: ${3:100}', `model: ${choice(4, 'OrgModel')}`] },
        Team: { head: 'team ${1:Name} "${2:Title}"', lines: [`function: ${choice(3, 'TeamFunction')}`, 'lead: ${4:Role}'] },
        Role: { head: 'role ${1:Name} "${2:Title}"', lines: [`kind: ${choice(3, 'RoleKind')}`, 'team: ${4:Team}', 'reportsTo: ${5:Manager}'] },
        Definition: { head: 'definition ${1:Name} "${2:Title}"', lines: [`stage: ${choice(3, 'Stage')}`, 'owner: ${4:Team}', 'title: "${5:Job titles that qualify}"', 'fit: "${6:Company fit}"', 'engagement: "${7:Engagement threshold}"'] },
        Icp: { head: 'icp ${1:Name} "${2:Title}"', lines: ['owners: [${3:Marketing}, ${4:Sales}]', 'criteria: ["${5:Criterion}"]'] },
        Handoff: { head: 'handoff ${1:Name} "${2:Title}"', lines: ['from: ${3:Sender}', 'to: ${4:Receiver}', 'trigger: ${5:Definition}', 'owner: ${6:Role}'] },
        Sla: { head: 'sla ${1:Name} "${2:Title}"', lines: ['handoff: ${3:Handoff}', 'within: ${4:4h}', 'touches: ${5:3}'] },
        Kpi: { head: 'kpi ${1:Name} "${2:Title}"', lines: [`measures: ${choice(3, 'Measure')}`, 'owners: [${4:Owner}]', 'target: ${5:40%}', `period: ${choice(6, 'Frequency')}`] },
        Cadence: { head: 'cadence ${1:Name} "${2:Title}"', lines: [`purpose: ${choice(3, 'Purpose')}`, `every: ${choice(4, 'Frequency')}`, 'duration: ${5:30m}', 'attendees: [${6:Attendee}]'] },
        Pod: { head: 'pod ${1:Name} "${2:Title}"', lines: ['segment: ${3:Segment}', 'lead: ${4:Role}', 'members: [${5:Role} x${6:1}]'] },
        Segment: { head: 'segment ${1:Name} "${2:Title}"', lines: ['acv: ${3:45K}', `model: ${choice(4, 'OrgModel')}`, `development: ${choice(5, 'Development')}`] },
    };
}

export class DeclarationSnippets {
    private readonly snippets: Record<DeclarationType, string>;

    constructor(enums: GrammarEnums) {
        const choice = (stop: number, rule: string) => `\${${stop}|${enums.values(rule).join(',')}|}`;
        const all = bodies(choice);
        const snippets = {} as Record<DeclarationType, string>;
        for (const type of Object.keys(all) as DeclarationType[]) {
            const { head, lines } = all[type];
            // A tab, which the editor turns into the user's indentation; `$0` leaves the cursor after the block.
            snippets[type] = `${head} {\n${lines.map(line => `\t${line}`).join('\n')}\n}\n$0`;
        }
        this.snippets = snippets;
    }

    /** The snippet text (LSP snippet syntax) of a declaration kind. */
    snippet(type: DeclarationType): string {
        return this.snippets[type];
    }

    /** The snippet as the user will see it once inserted: placeholders by their default, choices by their first value. */
    preview(type: DeclarationType): string {
        return this.snippets[type]
            .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
            .replace(/\$\{\d+:([^}]*)\}/g, '$1')
            .replace(/\$\d+/g, '')
            .replace(/\t/g, '    ')
            .trimEnd();
    }
}
