package org.planstudio.ui.editor.form;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/** The contributed form sections, read from the extension registry once. */
final class FormSections {

    static final String EXTENSION_POINT = "org.planstudio.ui.formSections";

    private static List<FormSection> sections;

    private FormSections() {
    }

    static synchronized List<FormSection> all() {
        if (sections == null) {
            List<FormSection> found = new ArrayList<>();
            if (Platform.getExtensionRegistry() != null) {
                for (IConfigurationElement element : Platform.getExtensionRegistry()
                        .getConfigurationElementsFor(EXTENSION_POINT)) {
                    try {
                        found.add((FormSection) element.createExecutableExtension("class"));
                    } catch (CoreException | ClassCastException e) {
                        // A broken contribution costs its section, not the editor.
                        ILog.of(FormSections.class).error("form section of " + element.getContributor().getName(), e);
                    }
                }
            }
            sections = List.copyOf(found);
        }
        return sections;
    }
}
