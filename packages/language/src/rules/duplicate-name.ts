import { AstUtils } from 'langium';
import { declarationKeyword } from '../model/properties.js';
import { defineRule } from './rule.js';

/** Names are global across every file of the model, whatever the declaration kind. */
export default defineRule({
    meta: {
        id: 'duplicate-name',
        defaultSeverity: 'error',
        theme: 'language',
        description: 'Names are unique across the whole model, and there is only one organization.',
        source: 'LANGUAGE.md section 1',
        fixable: false,
        options: {},
        core: true,
    },
    check({ facts, report }) {
        for (const { declaration, first: earlier } of facts.duplicates) {
            const line = (earlier.$cstNode?.range.start.line ?? 0) + 1;
            const where = earlier.$container === declaration.$container ? ` on line ${line}` : ` in ${AstUtils.getDocument(earlier).uri.path.split('/').pop()}, line ${line}`;
            report({
                node: declaration,
                message: `The name '${declaration.name}' is already used by ${declarationKeyword(earlier)} '${declaration.name}'${where}: names are unique across the whole model, so rename this ${declarationKeyword(declaration)}.`,
            });
        }
        const [firstOrganization, ...others] = facts.organizations;
        for (const organization of others) {
            report({
                node: organization,
                message: `A second organization ("${organization.title}"): a model describes one company, and the rules read the first one ("${firstOrganization.title}"); remove or merge this one.`,
            });
        }
    },
});
