package org.planstudio.ui.authoring.structure;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.planstudio.authoring.Moves;

/** Move Up (Alt+Up) and Move Down (Alt+Down) of the selected elements within their list. */
abstract class MoveHandler extends StructureHandler {

    private final int delta;

    MoveHandler(int delta) {
        this.delta = delta;
    }

    private Optional<Command> command(Structure structure) {
        return structure.elements().isEmpty() ? Optional.empty() : Moves.step(structure.domain(), structure.elements(), delta);
    }

    @Override
    boolean canRun(Structure structure) {
        return command(structure).isPresent();
    }

    @Override
    void run(Structure structure) {
        command(structure).ifPresent(c -> structure.run(c, false));
    }

    public static final class Up extends MoveHandler {
        public Up() {
            super(-1);
        }
    }

    public static final class Down extends MoveHandler {
        public Down() {
            super(1);
        }
    }
}
