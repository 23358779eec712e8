/**
 * The company: its numbers as the organization states them, its stage on 003's ladder (from its
 * `employees`, as the rules read it) and what the article says that stage needs.
 */
import { formatMoney, type RevorgFacts } from '@revorg/language';
import type { ModelLocator } from '../model-locator.js';
import { STAGE_HEADINGS } from './article.js';
import { counted } from './model-element.js';
import type { Company } from './schema.js';
import { stageNeeds } from './stage-needs.js';

const money = (value: number | undefined) => (value === undefined ? null : { value, text: formatMoney(value) });

/** Every role's headcount summed: the people the model describes. */
export function modelledHeadcount(facts: RevorgFacts): number {
    let total = 0;
    for (const role of facts.roles) total += role.headcount;
    return total;
}

export function company(facts: RevorgFacts, locator: ModelLocator): Company {
    const organization = facts.organization;
    const modelled = modelledHeadcount(facts);
    const stage = organization?.stage ?? null;
    const modelledNote = modelled > 0 ? ` (the roles in the model hold ${counted(modelled, 'person', 'people')})` : '';
    return {
        title: organization?.node.title ?? null,
        location: organization ? locator.locate(organization.node) : null,
        arr: money(organization?.arr),
        employees: organization?.employees ?? null,
        acv: money(organization?.acv),
        model: organization?.model ?? null,
        revops: organization?.revops ?? null,
        products: organization?.products ?? null,
        modelledHeadcount: modelled,
        stage,
        stageHeading: stage ? STAGE_HEADINGS[stage] : null,
        stageUnknown: stage ? null
            : !organization ? `The model has no \`organization\`, so the company's size and stage are unknown${modelledNote}.`
                : `The organization does not state \`employees\`, and 003's stages go by the company's headcount${modelledNote}.`,
        needs: stage ? stageNeeds(stage, facts, locator) : [],
    };
}
