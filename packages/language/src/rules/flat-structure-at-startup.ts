import { deepestRole } from '../model/facts/index.js';
import { defineRule } from './rule.js';

/** A startup's org is flat: the founder runs sales (003, Startup 1-10). */
export default defineRule({
    meta: {
        id: 'flat-structure-at-startup',
        defaultSeverity: 'info',
        theme: 'structure',
        description: 'A company of 10 or fewer employees has at most two layers of reporting.',
        source: '003 Org Charts by Company Stage, Startup (1-10 People): "Flat structure. The founder runs sales."',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const employees = facts.organization?.employees;
        if (employees === undefined || employees > 10) return;
        const { role: deepest, depth } = deepestRole(facts);
        if (!deepest || depth <= 1) return;
        report({
            node: deepest.node,
            message: `Role '${deepest.node.name}' is ${depth + 1} layers down at ${employees} employees: at startup stage the structure is flat (the founder runs sales and a revenue generalist covers the rest); let it report to the founder until there are teams to lead.`,
        });
    },
});
