package org.planstudio.docimport;

import java.util.Locale;

import org.planstudio.docimport.internal.Messages;

/** What a part of the document becomes in the plan; staff can change it in the preview. */
public enum PartKind {
    /** A heading that only groups what is under it (起草背景, 总体要求): nothing of its own. */
    SECTION,
    /** Left out of the plan, with everything under it. */
    IGNORED,
    GUIDING_IDEOLOGY,
    PRINCIPLE,
    GOAL,
    INDICATOR,
    TASK_AREA,
    TASK,
    SAFEGUARD,
    CONSIDERATION,
    POLICY_REFERENCE,
    CONSULTATION;

    public String label(Locale locale) {
        return Messages.format(locale, "kind." + name());
    }
}
