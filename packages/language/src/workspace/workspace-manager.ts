/**
 * Validates the whole workspace on start-up, not only the files the editor opens: a RevOps
 * engineer expects the Problems panel to show every file's problems, as `revorg lint` would.
 */
import { DefaultWorkspaceManager, type BuildOptions } from 'langium';

export class RevorgWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };
}
