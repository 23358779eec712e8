/**
 * Links a document's references in one walk over its AST. Langium's linker finds them with its
 * generic streams: for every AST node a stream of its children and another of its references,
 * each with closures, iterator and result objects, and a cancellation check (a promise) per
 * node. In a 5,000-line file that machinery cost several times the linking itself (resolving a
 * name is a lookup in the name index, see RevorgScopeProvider), on every edit, plus megabytes of
 * garbage. This walk visits the same nodes in the same order (a node's references, then its
 * children, property by property in `Object.keys` order, as Langium's streams do), so the
 * document's references are linked and listed exactly as before; it checks for cancellation
 * every few hundred nodes.
 */
import {
    Cancellation, DefaultLinker, interruptAndCheck, isAstNode, isMultiReference, isReference,
    type AstNode, type LangiumDocument,
} from 'langium';

/** Nodes linked between two cancellation checks: well under a millisecond of work. */
const NODES_PER_CHECK = 256;

export class RevorgLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        // Langium's own walk reports each reference to an active profiler: keep it for that case.
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        // Depth first, children pushed in reverse so that they come off the stack in order.
        const stack: AstNode[] = [document.parseResult.value];
        for (let visited = 0; stack.length > 0; visited++) {
            if (visited % NODES_PER_CHECK === 0) await interruptAndCheck(cancelToken);
            const node = stack.pop()!;
            const firstChild = stack.length;
            for (const property of Object.keys(node)) {
                if (property.startsWith('$')) continue;
                const value: unknown = (node as unknown as Record<string, unknown>)[property];
                if (isReference(value) || isMultiReference(value)) {
                    this.doLink({ reference: value, container: node, property }, document);
                } else if (isAstNode(value)) {
                    stack.push(value);
                } else if (Array.isArray(value)) {
                    for (let index = 0; index < value.length; index++) {
                        const element: unknown = value[index];
                        if (isReference(element) || isMultiReference(element)) {
                            this.doLink({ reference: element, container: node, property, index }, document);
                        } else if (isAstNode(element)) {
                            stack.push(element);
                        }
                    }
                }
            }
            reverse(stack, firstChild);
        }
    }
}

/** Reverses the end of the array from `start` on, in place. */
function reverse(array: unknown[], start: number): void {
    for (let i = start, j = array.length - 1; i < j; i++, j--) {
        const swap = array[i];
        array[i] = array[j];
        array[j] = swap;
    }
}
