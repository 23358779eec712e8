import type { Pod, Role, Team } from '../generated/ast.js';
import { formatMoney } from '../model/values.js';
import { defineRule } from './rule.js';

/** Under $5M ARR, pods and RevOps teams are bureaucracy before repeatable revenue (003). */
export default defineRule<{ maxArr: number }>({
    meta: {
        id: 'premature-structure',
        defaultSeverity: 'info',
        theme: 'structure',
        description: 'Pods before $5M ARR, and RevOps teams or roles before $5M ARR and 51 employees, are usually premature structure.',
        source: '003 "most companies under $5M ARR don\'t need any of these models yet"',
        fixable: false,
        options: { maxArr: { type: 'money', default: 5_000_000, description: 'ARR below which pods and RevOps structure are flagged.' } },
    },
    check({ facts, options, report }) {
        const arr = facts.organization?.arr;
        if (arr === undefined || arr >= options.maxArr) return;
        // From 51 employees revops-leader-required asks for RevOps: the two rules must never contradict.
        const revopsWanted = (facts.organization?.employees ?? 0) >= 51;
        const premature: Array<Pod | Team | Role> = [
            ...facts.pods.map(pod => pod.node),
            ...(revopsWanted ? [] : facts.teams.filter(team => team.function === 'revops').map(team => team.node)),
            ...(revopsWanted ? [] : facts.roles.filter(role => role.kind === 'revops').map(role => role.node)),
        ];
        const byModelOrder = new Map<unknown, number>(facts.declarations.map((declaration, index) => [declaration, index]));
        premature.sort((a, b) => byModelOrder.get(a)! - byModelOrder.get(b)!);
        for (const node of premature) {
            const what = node.$type === 'Pod' ? `Pod '${node.name}'` : node.$type === 'Team' ? `RevOps team '${node.name}'` : `RevOps role '${node.name}'`;
            report({
                node,
                // What is premature: a reader (or a tool) can tell pods from RevOps structure.
                data: { structure: node.$type === 'Pod' ? 'pod' : 'revops' },
                message: `${what} at ${formatMoney(arr)} ARR is premature structure: under ${formatMoney(options.maxArr)} ARR a founder close to sales and marketing and one honest pipeline sheet do more than pods or a RevOps function.`,
            });
        }
    },
});
