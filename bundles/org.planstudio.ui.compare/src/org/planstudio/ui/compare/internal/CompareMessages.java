package org.planstudio.ui.compare.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the compare view and its version dialog, English and Chinese. */
public final class CompareMessages extends NLS {

    public static String chooseTitle;
    public static String chooseMessage;
    public static String from;
    public static String to;
    public static String revision;
    public static String revisionWithBaselines;
    public static String sameVersion;
    public static String listing;
    public static String comparing;
    public static String failedTitle;
    public static String failed;
    public static String header;
    public static String counts;
    public static String nothing;
    public static String colElement;
    public static String colChange;
    public static String colField;
    public static String colBefore;
    public static String colAfter;
    public static String kindAdded;
    public static String kindRemoved;
    public static String kindMoved;
    public static String kindChanged;
    public static String notInPlanTitle;
    public static String notInPlan;
    public static String saveReport;
    public static String saveReportTooltip;
    public static String writing;
    public static String written;
    public static String writeFailed;
    public static String noRevisions;
    public static String empty;
    public static String versionShort;
    public static String versionBaseline;

    static {
        NLS.initializeMessages("org.planstudio.ui.compare.internal.compare", CompareMessages.class);
    }

    private CompareMessages() {
    }
}
