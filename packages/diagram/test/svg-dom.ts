/**
 * A small strict XML reader for the tests: enough to parse the renderer's SVG into elements and
 * to fail on anything that is not well-formed (an unescaped `<` or `&`, a stray quote in an
 * attribute, mismatched tags). Kept here so the tests need no XML library.
 */

export interface XmlElement {
    name: string;
    attributes: Record<string, string>;
    children: XmlElement[];
    /** The element's own text and its descendants', entities decoded. */
    text: string;
    parent?: XmlElement;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
    if (/[<]/.test(raw)) throw new Error(`raw '<' in ${where}: ${raw.slice(0, 80)}`);
    return raw.replace(/&([^;\s]*);?/g, (match, name: string) => {
        if (!match.endsWith(';')) throw new Error(`bare '&' in ${where}: ${raw.slice(0, 80)}`);
        if (name in ENTITY) return ENTITY[name];
        const numeric = /^#(x[0-9a-fA-F]+|\d+)$/.exec(name);
        if (numeric) return String.fromCodePoint(numeric[1].startsWith('x') ? parseInt(numeric[1].slice(1), 16) : Number(numeric[1]));
        throw new Error(`unknown entity &${name}; in ${where}`);
    });
}

export function parseXml(source: string): XmlElement {
    let pos = 0;
    const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
    const stack: XmlElement[] = [root];
    const name = /^[A-Za-z_][\w.:-]*/;
    while (pos < source.length) {
        const next = source.indexOf('<', pos);
        const textEnd = next < 0 ? source.length : next;
        if (textEnd > pos) {
            const text = decode(source.slice(pos, textEnd), 'text');
            for (const open of stack) open.text += text;
            if (stack.length === 1 && text.trim()) throw new Error('text outside the root element');
        }
        if (next < 0) break;
        if (source.startsWith('<!--', next)) {
            pos = source.indexOf('-->', next) + 3;
            continue;
        }
        if (source.startsWith('</', next)) {
            const end = source.indexOf('>', next);
            const closing = source.slice(next + 2, end).trim();
            const open = stack.pop();
            if (!open || open.name !== closing) throw new Error(`</${closing}> closes <${open?.name}>`);
            pos = end + 1;
            continue;
        }
        const tag = name.exec(source.slice(next + 1));
        if (!tag) throw new Error(`bad tag at ${next}: ${source.slice(next, next + 40)}`);
        const element: XmlElement = { name: tag[0], attributes: {}, children: [], text: '', parent: stack[stack.length - 1] };
        pos = next + 1 + tag[0].length;
        for (;;) {
            const rest = source.slice(pos);
            const attribute = /^\s+([A-Za-z_][\w.:-]*)="([^"]*)"/.exec(rest);
            if (attribute) {
                if (attribute[1] in element.attributes) throw new Error(`duplicate attribute ${attribute[1]}`);
                element.attributes[attribute[1]] = decode(attribute[2], `attribute ${attribute[1]}`);
                pos += attribute[0].length;
                continue;
            }
            const close = /^\s*(\/?)>/.exec(rest);
            if (!close) throw new Error(`bad attribute syntax in <${element.name}>: ${rest.slice(0, 60)}`);
            pos += close[0].length;
            stack[stack.length - 1].children.push(element);
            if (!close[1]) stack.push(element);
            break;
        }
    }
    if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
    if (root.children.length !== 1) throw new Error('not exactly one root element');
    return root.children[0];
}

export function all(element: XmlElement, predicate: (element: XmlElement) => boolean): XmlElement[] {
    const found: XmlElement[] = [];
    const visit = (current: XmlElement): void => {
        for (const child of current.children) {
            if (predicate(child)) found.push(child);
            visit(child);
        }
    };
    visit(element);
    return found;
}

export function classes(element: XmlElement): string[] {
    return (element.attributes.class ?? '').split(/\s+/).filter(Boolean);
}

/** `g` elements with this class. */
export function groupsWithClass(element: XmlElement, className: string): XmlElement[] {
    return all(element, candidate => candidate.name === 'g' && classes(candidate).includes(className));
}
