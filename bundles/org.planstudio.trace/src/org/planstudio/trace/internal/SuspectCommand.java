package org.planstudio.trace.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.command.AbstractCommand;
import org.planstudio.model.plan.TraceLink;

/**
 * Sets the suspect flag of some links, remembering each link's previous flag for undo. Plain
 * emf.common, so it runs on an editing domain's command stack and without one alike.
 */
public final class SuspectCommand extends AbstractCommand {

    private final List<TraceLink> links;
    private final boolean suspect;
    private final boolean[] before;

    public SuspectCommand(Collection<TraceLink> links, boolean suspect, String labelKey) {
        super(Messages.get(Locale.getDefault(), Objects.requireNonNull(labelKey, "labelKey")));
        this.links = List.copyOf(links);
        this.suspect = suspect;
        this.before = new boolean[this.links.size()];
    }

    @Override
    protected boolean prepare() {
        return !links.isEmpty();
    }

    @Override
    public void execute() {
        for (int i = 0; i < links.size(); i++) {
            before[i] = links.get(i).isSuspect();
            links.get(i).setSuspect(suspect);
        }
    }

    @Override
    public void undo() {
        for (int i = 0; i < links.size(); i++) {
            links.get(i).setSuspect(before[i]);
        }
    }

    @Override
    public void redo() {
        execute();
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return new ArrayList<>(links);
    }

    @Override
    public Collection<?> getResult() {
        return getAffectedObjects();
    }
}
