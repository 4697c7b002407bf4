package org.planstudio.ui.authoring.structure;

import java.util.Objects;
import java.util.Optional;

import org.planstudio.authoring.Clipboard;

/**
 * The workbench's clipboard for plan elements. It is the workbench's own, not the system's: the
 * copied elements carry references into their plan that a text clipboard cannot hold.
 */
final class StructureClipboard {

    private static Clipboard contents;

    private StructureClipboard() {
    }

    static synchronized void set(Clipboard clipboard) {
        contents = Objects.requireNonNull(clipboard, "clipboard");
    }

    static synchronized Optional<Clipboard> get() {
        return Optional.ofNullable(contents);
    }
}
