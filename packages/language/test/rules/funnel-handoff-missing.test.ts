import { runRuleTests } from '../rule-tester.js';

/** Roles of all four tiers (MDR, SDR/BDR, AE/ISR/SAR, AM/CSM) on lines 3-6 after the organization. */
const fourTiers = `
role MDR { kind: mdr }
role SDR { kind: sdr }
role AE { kind: ae }
role CSM { kind: csm }`;

runRuleTests('funnel-handoff-missing', {
    valid: [
        {
            name: 'a handoff whose ends are teams counts for every role of those teams',
            code: `
organization "Acme" { arr: 20M model: assembly-line }
team Sales { function: sales }
team Success { function: success }
role AE { kind: ae team: Sales }
role CSM { kind: csm team: Success }
handoff SalesToSuccess { from: Sales to: Success }`,
        },
        {
            name: 'a team end mixes with a role end',
            code: `
organization "Acme" { arr: 20M model: hybrid }
team Development { function: sales }
role SDR { kind: sdr team: Development }
role BDR { kind: bdr team: Development }
role AE { kind: ae }
handoff DevToAe { from: Development to: AE }`,
        },
        {
            name: 'every present tier hands to the next: MDR -> SDR -> AE -> CSM',
            code: `organization "Acme" { arr: 20M model: assembly-line }${fourTiers}
handoff MdrToSdr { from: MDR to: SDR }
handoff SdrToAe { from: SDR to: AE }
handoff AeToCsm { from: AE to: CSM }`,
        },
        {
            name: 'an absent tier is skipped: without SDRs the MDR hands straight to the AE tier',
            code: `organization "Acme" { arr: 20M model: hybrid }
role MDR { kind: mdr }
role ISR { kind: isr }
role AM { kind: am }
handoff MdrToIsr { from: MDR to: ISR }
handoff IsrToAm { from: ISR to: AM }`,
        },
        {
            name: 'any kind of a tier counts for it (BDR for SDR/BDR, SAR for the AE tier, AM for AM/CSM)',
            code: `organization "Acme" { arr: 20M model: assembly-line }
role BDR { kind: bdr }
role SDR { kind: sdr }
role SAR { kind: sar }
role AE { kind: ae }
role AM { kind: am }
role CSM { kind: csm }
handoff BdrToSar { from: BDR to: SAR }
handoff SarToAm { from: SAR to: AM }`,
        },
        {
            name: 'only one tier present: nothing to link',
            code: `organization "Acme" { arr: 20M model: assembly-line }
role SDR { kind: sdr }
role BDR { kind: bdr }
role VP { kind: vp-sales }`,
        },
        {
            name: 'a pod organization is not checked',
            code: `organization "Acme" { arr: 20M model: pod }${fourTiers}`,
        },
        {
            name: 'an island organization is not checked',
            code: `organization "Acme" { arr: 2M model: island }${fourTiers}`,
        },
        {
            name: 'an organization without a model is not checked',
            code: `organization "Acme" { arr: 20M }${fourTiers}`,
        },
        {
            name: 'no organization: silent',
            code: fourTiers,
        },
    ],
    invalid: [
        {
            name: 'SDR and AE without a handoff, reported on the SDR role naming both tiers',
            code: `
organization "Acme" { arr: 20M model: assembly-line }
role SDR { kind: sdr }
role AE { kind: ae }`,
            errors: [{ line: 3, column: 6, message: /No handoff from the SDR\/BDR tier to the AE\/ISR\/SAR tier/ }],
        },
        {
            name: 'one diagnostic per missing link, in a hybrid organization',
            code: `organization "Acme" { arr: 20M model: hybrid }${fourTiers}
handoff SdrToAe { from: SDR to: AE }`,
            errors: [
                { line: 2, column: 6, message: /from the MDR tier to the SDR\/BDR tier/ },
                { line: 4, column: 6, message: /from the AE\/ISR\/SAR tier to the AM\/CSM tier/ },
            ],
        },
        {
            name: 'reported on the first role of the earlier tier in model order, whichever kind it is',
            code: `
organization "Acme" { arr: 20M model: assembly-line }
role Bdr { kind: bdr }
role Sdr { kind: sdr }
role Ae { kind: ae }
handoff SdrToAe { from: Ae to: Ae }`,
            errors: [{ line: 3, column: 6, message: "'Bdr'" }],
        },
        {
            name: 'a handoff in the wrong direction does not link the tiers',
            code: `
organization "Acme" { arr: 20M model: assembly-line }
role SDR { kind: sdr }
role AE { kind: ae }
handoff AeToSdr { from: AE to: SDR }`,
            errors: [{ line: 3 }],
        },
        {
            name: 'a handoff that skips a present tier links neither pair',
            code: `
organization "Acme" { arr: 20M model: assembly-line }
role MDR { kind: mdr }
role SDR { kind: sdr }
role AE { kind: ae }
handoff MdrToAe { from: MDR to: AE }`,
            errors: [{ line: 3, message: 'MDR tier to the SDR/BDR tier' }, { line: 4, message: 'SDR/BDR tier to the AE/ISR/SAR tier' }],
        },
        {
            name: 'a handoff between teams counts only for the tiers the teams hold',
            code: `
organization "Acme" { arr: 20M model: assembly-line }
team Sales { function: sales }
team Success { function: success }
role SDR { kind: sdr team: Success }
role AE { kind: ae team: Sales }
role CSM { kind: csm }
handoff SalesToSuccess { from: Sales to: Success }`,
            errors: [{ line: 6, column: 6, message: 'from the AE/ISR/SAR tier to the AM/CSM tier' }, { line: 5, column: 6, message: 'from the SDR/BDR tier to the AE/ISR/SAR tier' }],
        },
        {
            name: 'across files, the first role of the tier in model order (files sorted by path)',
            code: {
                'b.revorg': 'organization "Acme" { arr: 20M model: assembly-line }\nrole LateSdr { kind: sdr }',
                'a.revorg': 'role AE { kind: ae }\nrole EarlySdr { kind: sdr }',
            },
            errors: [{ line: 2, column: 6, file: 'a.revorg', message: "'EarlySdr'" }],
        },
    ],
});
